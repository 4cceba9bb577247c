"""One object per run in an S3-compatible bucket: ``<prefix>/<run_id>.json`` (``type: minio``, alias ``s3``).

The object holds the whole run log as JSON, plus user metadata (``status``, ``tag``,
``created-at``, ``updated-at``) that a HEAD request returns without the body, so that listings
can rule a run out without downloading it. Every write replaces the whole object, like the
``file-system`` store replaces its file; use ``chunked-minio`` when runs grow large or branches
run in parallel processes.

Granular writers (status, parameters, a step...) read the object and write it back only if its
ETag is unchanged (``If-Match``), retrying on a lost race, so writers of one run never lose each
other's changes; creating a run uses ``If-None-Match: *``, so a taken run id raises
``RunLogExistsError``. ``put_run_log`` replaces the run unconditionally (it is the whole truth by
definition), which is why the store does not claim ``supports_parallel_writes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote

from pydantic import ValidationError

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, RunLogFilter, StepLog, utc_now
from runnable.run_log_store import _io, _values, legacy_050
from runnable.run_log_store._s3 import S3StoreMixin
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.s3_bucket import Payload, StoredObject

RUN_LOG_SUFFIX = ".json"
# S3 user metadata is ASCII and at most 2 KB in all; a longer tag is simply not put there.
_MAX_METADATA_VALUE = 1024


class S3RunLogStore(S3StoreMixin, BaseRunLogStore):
    service_name: str = "minio"

    def object_key(self, run_id: str) -> str:
        return self.objects().key(f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}")

    # -- the four abstract methods ------------------------------------------------------

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def put_run_log(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)

        def put() -> None:
            self.objects().put(key, _payload(run_log))

        self.indexed_put(run_log, put)

    def get_summary(self) -> dict[str, Any]:
        return self.describe(f"one object per run: {self.key_prefix}<run_id>{RUN_LOG_SUFFIX}")

    def iter_run_ids(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def delete_run_log(self, run_id: str) -> None:
        """The run's object, then its index entry (an entry without a run is passed over by listings)."""
        created_at = self.stored_created_at(run_id)
        if created_at is None:
            raise exceptions.RunLogNotFoundError(run_id)
        self.objects().delete([self.object_key(run_id)])
        self.objects().delete([self.index_key(created_at, run_id)])

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(run_id, change)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, lambda run_log: run_log.run_config.update(run_config))

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, lambda run_log: run_log.insert_step_log(step_log))

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, lambda run_log: run_log.insert_branch_log(branch_log))

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(run_id, change)

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def stored_created_at(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    def load_for_query(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        without_parameters = query.model_copy(update={"parameters": {}, "conditions": []})
        if header is not None and not without_parameters.matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    # -- helpers ----------------------------------------------------------------------

    def _change(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    def _decode(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        legacy_050.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        values = _values.document_source_or_corrupted(payload, run_id, location)
        run_log = _io.decode_model(RunLog, payload, run_id, location, values.context)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log


def _payload(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_values.encode_document(run_log), metadata)


def _header_from_metadata(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None
