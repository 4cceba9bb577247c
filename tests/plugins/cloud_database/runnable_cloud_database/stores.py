"""The public guide's ``CloudDatabaseRunLogStore`` template, as the guide prints it, TODOs filled in.

Every line the guide prints is here as it prints it (its "Implementation Template", with the fields of
its "YAML to Pydantic Field Mapping" and "Development Testing" sections); only the bodies the guide
leaves as ``# TODO`` are written, and type annotations are added. tests/plugins checks that this stays
true, so that runnable keeps working with the guide's code as readers copy it.

The "cloud database" here is a table per ``(connection_string, table_name)`` held in this process's
memory, shared by every store instance that names the same pair, as a real database is shared by
every connection to it. Nothing survives the process, and other processes do not see it: do not set
``supports_parallel_writes`` for pipelines that run branches in worker processes.

Only the methods the template overrides are overridden; every other store method (steps, branches,
parameters, job logs) is runnable's base-class default, working through ``get_run_log_by_id`` and
``put_run_log``.
"""

from __future__ import annotations

from typing import Dict, Any, List, Optional
from pydantic import Field
import json

from runnable.datastore import BaseRunLogStore, RunLog, JobLog, StepLog, JsonParameter
from runnable import defaults, exceptions

import copy
import threading
import zlib

from runnable.datastore import RunLogFilter

# table key (connection_string, table_name) -> run_id -> stored record
_TABLES: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
_TABLES_LOCK = threading.Lock()
# Keyword arguments of runnable's get_run_logs() that are not filters of the stored records.
_NOT_FILTERS = ("full",)


class CloudDatabaseRunLogStore(BaseRunLogStore):
    """Store run logs in cloud database or storage systems"""

    service_name: str = "cloud-database"
    service_type: str = "run_log_store"  # Always set to "run_log_store"

    # Configuration fields - these map to YAML config

    # Required fields (must be provided in YAML)
    connection_string: str = Field(..., description="Database connection string or storage endpoint")
    table_name: str = Field(..., description="Table/collection name for run logs")

    # Optional fields with defaults
    retention_days: int = Field(default=90, description="How long to keep run logs")
    enable_compression: bool = Field(default=True, description="Compress large run logs")
    max_connections: int = Field(default=20, description="Database connection pool size")
    timeout_seconds: int = Field(default=30, description="Query timeout")

    # Thread safety support
    supports_parallel_writes: bool = Field(default=False, description="Enable for parallel execution")

    mock: bool = Field(default=False, description="Enable mock mode for testing")

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        tag: str = "",
        status: str = defaults.CREATED
    ) -> RunLog:
        """Create new run log entry in storage"""

        # STEP 1: Create RunLog object
        run_log = RunLog(
            run_id=run_id,
            dag_hash=dag_hash,
            tag=tag,
            status=status
        )

        # STEP 2: Store in your database/storage system
        self._store_run_log_metadata(run_log)
        # TODO: Insert initial run log record into your database/storage

        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = True) -> RunLog:
        """Retrieve run log from storage"""

        # STEP 1: Query your storage system
        raw_data = self._fetch_run_log_data(run_id)
        # TODO: Query your database/storage for run_id

        if not raw_data:
            raise exceptions.RunLogNotFoundError(f"Run log {run_id} not found")

        # STEP 2: Convert to RunLog object
        run_log = self._deserialize_run_log(raw_data, full=full)

        return run_log

    def put_run_log(self, run_log: RunLog):
        """Store/update complete run log"""

        # STEP 1: Serialize run log data
        serialized_data = self._serialize_run_log(run_log)

        # STEP 2: Store in your database/storage system
        self._update_run_log_storage(run_log.run_id, serialized_data)
        # TODO: Update/insert complete run log in your database/storage

    def get_run_logs(
        self,
        run_ids: List[str] = None,
        tag: str = "",
        status: str = "",
        **kwargs
    ) -> List[RunLog]:
        """Query multiple run logs with filters"""

        # STEP 1: Build query based on filters
        query_conditions = self._build_query_conditions(run_ids, tag, status, **kwargs)

        # STEP 2: Execute query against your storage
        raw_results = self._query_run_logs(query_conditions)
        # TODO: Execute filtered query against your database/storage

        # STEP 3: Convert results to RunLog objects
        run_logs = [self._deserialize_run_log(data) for data in raw_results]

        return run_logs

    def _table(self) -> dict[str, dict[str, Any]]:
        # Callers hold _TABLES_LOCK.
        return _TABLES.setdefault((self.connection_string, self.table_name), {})

    def _store_run_log_metadata(self, run_log: RunLog):
        """Store initial run log in your database/storage"""
        # TODO: Implement storage-specific logic
        # Examples:
        # - SQL: INSERT INTO runnable_logs (run_id, status, created_at) VALUES (...)
        # - NoSQL: collection.insert_one({"run_id": run_log.run_id, ...})
        # - Cloud Storage: upload_object(f"runs/{run_log.run_id}/metadata.json", ...)
        data = self._serialize_run_log(run_log)
        with _TABLES_LOCK:
            table = self._table()
            # What a unique key on run_id does in a real database.
            if run_log.run_id in table:
                raise exceptions.RunLogExistsError(run_log.run_id)
            table[run_log.run_id] = copy.deepcopy(data)

    def _fetch_run_log_data(self, run_id: str) -> Optional[Dict[str, Any]]:
        """Fetch run log data from your storage system"""
        # TODO: Implement retrieval logic
        # Examples:
        # - SQL: SELECT * FROM runnable_logs WHERE run_id = ?
        # - NoSQL: collection.find_one({"run_id": run_id})
        # - Cloud Storage: download_object(f"runs/{run_id}/log.json")
        with _TABLES_LOCK:
            # A database hands out a fresh row on every read, never its own storage.
            return copy.deepcopy(self._table().get(run_id))

    def _update_run_log_storage(self, run_id: str, data: Dict[str, Any]):
        """Update complete run log in storage"""
        # TODO: Implement update/upsert logic
        # Handle large run logs based on your storage capabilities

        if self.enable_compression and len(json.dumps(data)) > 1000000:  # 1MB threshold
            data = self._compress_run_log_data(data)  # TODO: Implement compression

        # Store the data in your system
        with _TABLES_LOCK:
            self._table()[run_id] = copy.deepcopy(data)

    def _compress_run_log_data(self, data: Dict[str, Any]) -> Dict[str, Any]:
        return {"compressed": "zlib", "body": zlib.compress(json.dumps(data).encode("utf-8"))}

    def _decompress_run_log_data(self, data: Dict[str, Any]) -> Dict[str, Any]:
        decoded: Dict[str, Any] = json.loads(zlib.decompress(data["body"]).decode("utf-8"))
        return decoded

    def _serialize_run_log(self, run_log: RunLog) -> Dict[str, Any]:
        """Convert RunLog to storage format"""
        # Use RunLog's built-in serialization
        return run_log.model_dump()

    def _deserialize_run_log(self, data: Dict[str, Any], full: bool = True) -> RunLog:
        """Convert storage data to RunLog object"""
        # Handle decompression if needed
        if self.enable_compression and 'compressed' in data:
            data = self._decompress_run_log_data(data)  # TODO: Implement decompression

        # Create RunLog from stored data
        return RunLog(**data)

    def _build_query_conditions(self, run_ids: List[str], tag: str, status: str, **kwargs):
        """Build database query conditions"""
        # TODO: Translate filters to your storage query format
        # The guide's example is MongoDB style ("adapt to your DB"): runnable's own filter model is
        # this storage's query format, and it also takes the time window, parameter values and
        # pagination (limit, after) that runnable passes in kwargs.
        filters = {name: value for name, value in kwargs.items() if name not in _NOT_FILTERS}
        return RunLogFilter(run_ids=run_ids, tag=tag, status=status, **filters)

    def _query_run_logs(self, conditions: RunLogFilter) -> List[Dict[str, Any]]:
        """Execute query against your storage system"""
        # TODO: Execute filtered query
        # Examples:
        # - SQL: SELECT * FROM runnable_logs WHERE conditions
        # - NoSQL: collection.find(conditions)
        # - Cloud Storage: list_objects_with_filters(conditions)
        with _TABLES_LOCK:
            records = copy.deepcopy(self._table())
        matching = conditions.select(self._deserialize_run_log(data) for data in records.values())
        return [records[run_log.run_id] for run_log in matching]

    def get_summary(self) -> Dict[str, Any]:
        """Return storage system summary"""
        return {
            "Type": self.service_name,
            "Connection": self.connection_string,  # May want to mask sensitive parts
            "Table": self.table_name,
            "Retention": f"{self.retention_days} days",
            "Compression": self.enable_compression
        }
