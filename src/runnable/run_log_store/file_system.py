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

import copy
import hashlib
import os
import threading
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
    _written: _WrittenRuns = PrivateAttr(default_factory=lambda: _WrittenRuns())

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
        if full and self._written.is_updating(run_id):
            # A granular write of this thread reads the run it last wrote: unchanged on disk since
            # (same file, same size and time), it is not parsed and validated again.
            unchanged = self._written.unchanged(run_id, path)
            if unchanged is not None:
                return unchanged
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
    # Each reads the run, changes it and writes it whole; the run it wrote is kept (_WrittenRuns),
    # so the next granular write reads it back without parsing the file again. What the caller
    # hands over is copied first: the kept run must not change when the caller's objects do.

    def update_run_log_status(self, run_id: str, status: str) -> None:
        with self._updating(run_id):
            super().update_run_log_status(run_id, status)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._updating(run_id):
            owned = {name: value.model_copy(deep=True) for name, value in parameters.items()}
            super().set_parameters(run_id, owned, internal_branch_name)

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._updating(run_id):
            super().set_run_config(run_id, copy.deepcopy(run_config))

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        with self._updating(run_id):
            super().add_step_log(step_log.model_copy(deep=True), run_id)

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._updating(run_id):
            super().add_branch_log(branch_log.model_copy(deep=True), run_id)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        with self._updating(run_id):
            super().add_job_log(run_id, job_log.model_copy(deep=True))

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

    @contextmanager
    def _updating(self, run_id: str) -> Iterator[None]:
        with self._locked(run_id), self._written.updating(run_id):
            try:
                yield
            except BaseException:
                # The run in memory may have been changed and not written: read the file next time.
                self._written.forget(run_id)
                raise

    def put_run_log(self, run_log: RunLog) -> None:
        run_id = run_log.run_id
        # A granular write's run is this store's own; any other caller keeps its object: never reuse it.
        ours = self._written.is_updating(run_id)
        self._written.forget(run_id)
        path = self.path_for(run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_id, path, "write"),
        ):
            _io.write_atomic(path, data)
            if ours:
                self._written.remember(run_id, path, run_log, data)

    @staticmethod
    def _encode(run_log: RunLog) -> bytes:
        return _values.encode_document(run_log, indent=2)


def _read_with_mtime(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


class _WrittenRuns:
    """The run logs this store object last wrote through a granular write, with the bytes each left.

    A run is reused only by a granular write of the thread that holds the run's lock, and only while
    the file holds exactly the bytes written (checked by size and time first, then by digest: a
    file another writer replaced is read and parsed again). Pickled empty: another process reads
    the file.
    """

    def __init__(self) -> None:
        self._runs: dict[str, tuple[int, int, bytes, RunLog]] = {}
        self._guard = threading.Lock()
        self._updating = threading.local()

    def __reduce__(self) -> tuple[type[_WrittenRuns], tuple[()]]:
        return type(self), ()

    @contextmanager
    def updating(self, run_id: str) -> Iterator[None]:
        runs: set[str] = getattr(self._updating, "runs", set())
        self._updating.runs = runs | {run_id}
        try:
            yield
        finally:
            self._updating.runs = runs

    def is_updating(self, run_id: str) -> bool:
        return run_id in getattr(self._updating, "runs", ())

    def remember(self, run_id: str, path: Path, run_log: RunLog, data: bytes) -> None:
        status = path.stat()
        with self._guard:
            self._runs[run_id] = (status.st_size, status.st_mtime_ns, _digest(data), run_log)

    def forget(self, run_id: str) -> None:
        with self._guard:
            self._runs.pop(run_id, None)

    def unchanged(self, run_id: str, path: Path) -> RunLog | None:
        with self._guard:
            kept = self._runs.get(run_id)
        if kept is None:
            return None
        size, modified, digest, run_log = kept
        try:
            status = path.stat()
            if (status.st_size, status.st_mtime_ns) == (size, modified) and _digest(
                path.read_bytes()
            ) == digest:
                return run_log
        except OSError:
            pass
        self.forget(run_id)
        return None


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()
