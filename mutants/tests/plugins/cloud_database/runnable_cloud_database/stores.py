"""The public guide's ``CloudDatabaseRunLogStore`` template, filled in.

The "cloud database" here is a table per ``(connection_string, table_name)`` held in this process's
memory, shared by every store instance that names the same pair, as a real database is shared by
every connection to it. Nothing survives the process, and other processes do not see it: do not set
``supports_parallel_writes`` for pipelines that run branches in worker processes.

Only the methods the template overrides are overridden; every other store method (steps, branches,
parameters, job logs) is runnable's base-class default, working through ``get_run_log_by_id`` and
``put_run_log``.
"""

from __future__ import annotations

import copy
import json
import threading
import zlib
from typing import Any

from pydantic import Field

from runnable import defaults, exceptions
from runnable.config import mask_url
from runnable.datastore import BaseRunLogStore, RunLog, RunLogFilter

# table key (connection_string, table_name) -> run_id -> stored record
_TABLES: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
_TABLES_LOCK = threading.Lock()


class CloudDatabaseRunLogStore(BaseRunLogStore):
    """Store run logs in cloud database or storage systems"""

    service_name: str = "cloud-database"
    service_type: str = "run_log_store"  # Always set to "run_log_store"

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

    # From the guide's testing section; this example backend is in memory either way.
    mock: bool = Field(default=False, description="Enable mock mode for testing")
    compression_threshold_bytes: int = Field(
        default=1_000_000, description="Compress serialized run logs larger than this"
    )

    def create_run_log(  # type: ignore[override]  # the guide's signature, narrower than the base's
        self,
        run_id: str,
        dag_hash: str = "",
        tag: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        """Create new run log entry in storage"""

        # STEP 1: Create RunLog object
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)

        # STEP 2: Store in your database/storage system
        self._store_run_log_metadata(run_log)

        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = True) -> RunLog:
        """Retrieve run log from storage"""

        # STEP 1: Query your storage system
        raw_data = self._fetch_run_log_data(run_id)

        if not raw_data:
            raise exceptions.RunLogNotFoundError(f"Run log {run_id} not found")

        # STEP 2: Convert to RunLog object
        run_log = self._deserialize_run_log(raw_data, full=full)

        return run_log

    def put_run_log(self, run_log: RunLog) -> None:
        """Store/update complete run log"""

        # STEP 1: Serialize run log data
        serialized_data = self._serialize_run_log(run_log)

        # STEP 2: Store in your database/storage system
        self._update_run_log_storage(run_log.run_id, serialized_data)

    def get_run_logs(
        self,
        run_ids: list[str] | None = None,
        tag: str = "",
        status: str = "",
        **kwargs: Any,
    ) -> list[RunLog]:
        """Query multiple run logs with filters"""
        full = bool(kwargs.pop("full", False))

        # STEP 1: Build query based on filters
        query_conditions = self._build_query_conditions(run_ids, tag, status, **kwargs)

        # STEP 2: Execute query against your storage
        raw_results = self._query_run_logs(query_conditions)

        # STEP 3: Convert results to RunLog objects
        run_logs = [self._deserialize_run_log(data, full=full) for data in raw_results]

        return run_logs

    def _table(self) -> dict[str, dict[str, Any]]:
        # Callers hold _TABLES_LOCK.
        return _TABLES.setdefault((self.connection_string, self.table_name), {})

    def _store_run_log_metadata(self, run_log: RunLog) -> None:
        """Store initial run log in your database/storage"""
        data = self._serialize_run_log(run_log)
        with _TABLES_LOCK:
            table = self._table()
            # What a unique key on run_id does in a real database.
            if run_log.run_id in table:
                raise exceptions.RunLogExistsError(run_log.run_id)
            table[run_log.run_id] = data

    def _fetch_run_log_data(self, run_id: str) -> dict[str, Any] | None:
        """Fetch run log data from your storage system"""
        with _TABLES_LOCK:
            record = self._table().get(run_id)
            # A database hands out a fresh row on every read, never its own storage.
            return copy.deepcopy(record)

    def _update_run_log_storage(self, run_id: str, data: dict[str, Any]) -> None:
        """Update complete run log in storage"""
        if self.enable_compression and len(json.dumps(data)) > self.compression_threshold_bytes:
            data = self._compress_run_log_data(data)

        with _TABLES_LOCK:
            self._table()[run_id] = copy.deepcopy(data)

    def _compress_run_log_data(self, data: dict[str, Any]) -> dict[str, Any]:
        return {"compressed": "zlib", "body": zlib.compress(json.dumps(data).encode("utf-8"))}

    def _decompress_run_log_data(self, data: dict[str, Any]) -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(zlib.decompress(data["body"]).decode("utf-8"))
        return decoded

    def _serialize_run_log(self, run_log: RunLog) -> dict[str, Any]:
        """Convert RunLog to storage format"""
        # JSON mode: timestamps become ISO strings, so the body can be measured and compressed.
        return run_log.model_dump(mode="json")

    def _deserialize_run_log(self, data: dict[str, Any], full: bool = True) -> RunLog:
        """Convert storage data to RunLog object"""
        # Decompress whatever was stored compressed, even if compression has since been turned off.
        if "compressed" in data:
            data = self._decompress_run_log_data(data)

        run_log = RunLog(**data)
        return run_log if full else run_log.header()

    def _build_query_conditions(
        self, run_ids: list[str] | None, tag: str, status: str, **kwargs: Any
    ) -> RunLogFilter:
        """Build database query conditions"""
        # runnable's own filter model is this storage's query format: it also takes the time
        # window, parameter values and pagination (limit, after).
        return RunLogFilter(run_ids=run_ids, tag=tag, status=status, **kwargs)

    def _query_run_logs(self, conditions: RunLogFilter) -> list[dict[str, Any]]:
        """Execute query against your storage system"""
        with _TABLES_LOCK:
            records = copy.deepcopy(self._table())
        matching = conditions.select(self._deserialize_run_log(data) for data in records.values())
        return [records[run_log.run_id] for run_log in matching]

    def get_summary(self) -> dict[str, Any]:
        """Return storage system summary"""
        with _TABLES_LOCK:
            runs = len(self._table())
        return {
            "Type": self.service_name,
            "Connection": mask_url(self.connection_string),
            "Table": self.table_name,
            "Retention": f"{self.retention_days} days",
            "Compression": self.enable_compression,
            "Runs": runs,
        }
