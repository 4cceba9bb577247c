"""One JSON file per run: ``<log_folder>/<run_id>.json``, runnable 0.50's ``file-system`` layout.

Every write replaces the whole file atomically, so a reader (or a crash)
only ever sees a complete run log. Recording a step rewrites the whole run,
which is fine for small runs and sequential pipelines; for parallel
branches use ``chunked-fs`` or ``database``. The granular writers hold a
per-run file lock around their read-modify-write, so threads and processes
that do write one run at once never interleave or lose each other's writes;
``put_run_log`` of a stale copy still replaces the run, hence
``supports_parallel_writes = False``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.config import Folder
from runnable.models import BranchLog, JobLog, Parameter, RunLog, StepLog
from runnable.run_log_store import _io, _values, legacy_050
from runnable.run_log_store.base import BaseRunLogStore

RUN_LOG_SUFFIX = ".json"


class FileSystemRunLogStore(BaseRunLogStore):
    service_name: str = "file-system"
    log_folder: Folder = defaults.DEFAULT_RUN_LOG_FOLDER

    _locks: _io.PathLocks = PrivateAttr(default_factory=_io.PathLocks)

    @property
    def folder(self) -> Path:
        return Path(self.log_folder)

    def path_for(self, run_id: str) -> Path:
        return self.folder / f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}"

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
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        legacy_050.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        values = _values.document_source_or_corrupted(payload, run_id, path)
        run_log = _io.decode_model(RunLog, payload, run_id, path, values.context)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def put_run_log(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def iter_run_ids(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False, suffix=RUN_LOG_SUFFIX))

    def delete_run_log(self, run_id: str) -> None:
        path = self.path_for(run_id)
        with self._locked(run_id), _io.os_errors_as_store_errors(run_id, path, "delete"):
            try:
                path.unlink()
            except FileNotFoundError:
                raise exceptions.RunLogNotFoundError(run_id) from None
            _io.fsync_folder(self.folder)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(run_id, status)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, internal_branch_name)

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_id, run_config)

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(step_log, run_id)

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(branch_log, run_id)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(run_id, job_log)

    # -- helpers ----------------------------------------------------------------------

    @contextmanager
    def _locked(self, run_id: str, create_folder: bool = False) -> Iterator[None]:
        path = self.path_for(run_id)
        if create_folder:
            with _io.os_errors_as_store_errors(run_id, self.folder, "create the folder"):
                self.folder.mkdir(parents=True, exist_ok=True)
        elif not self.folder.is_dir():
            # No folder, no runs; do not create folders on behalf of a writer that will fail.
            raise exceptions.RunLogNotFoundError(run_id)
        with self._locks.hold(path, run_id):
            yield

    @staticmethod
    def _encode(run_log: RunLog) -> bytes:
        return _values.encode_document(run_log, indent=2)


def _read_with_mtime(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None
