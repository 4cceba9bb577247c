"""Chunked run logs on a file system: ``<log_folder>/<run_id>/`` with one file per chunk.

Layout of a run folder (see :mod:`runnable.run_log_store.chunked` for what a chunk holds)::

    <log_folder>/<run_id>/run.json                   status, tag, timestamps, job
    <log_folder>/<run_id>/config.json                the run config (with the dag)
    <log_folder>/<run_id>/parameters.json            the run-level parameters
    <log_folder>/<run_id>/step-<name>.json           one per step log
    <log_folder>/<run_id>/branch-<name>.json         one per branch log (with its parameters)
    <log_folder>/<run_id>/value-<sha256>.json        one per large parameter value (its JSON alone)

``<name>`` is the internal name, encoded as :mod:`runnable.run_log_store.chunk_names` says.

Every file is written atomically (temporary file, fsync, rename). The folder is
synced when a run is created, not after every rename: like SQLite's
``synchronous=NORMAL``, a power loss may undo the last writes, never tear a
file. The run-level files and branch files, which several processes may change
at once, are only changed under a lock (:class:`~runnable.run_log_store._io.PathLocks`,
``.lock.<n>`` files in the run folder). Many processes can therefore write
different steps, branches and parameter scopes of one run
at the same time without losing anything.

Folders written by runnable 0.50's ``chunked-fs`` store (``RunLog.json`` plus
``BranchLog-<branch>.json``, read by :mod:`runnable.run_log_store.legacy_050`) are read as they
are, without writing anything: reading never changes what is stored. The first write to such a run (a retry)
stores it in this layout too, leaving the old files in place.
"""

from __future__ import annotations

import functools
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.config import Folder
from runnable.run_log_store import _io, legacy_050
from runnable.run_log_store.chunk_names import chunk_file_name, chunk_key_of_file_name
from runnable.run_log_store.chunked import (
    RUN_CHUNK,
    ChunkedRunLogStore,
    ChunkKey,
    encode_parts,
    encode_run,
)


class ChunkedFileSystemRunLogStore(ChunkedRunLogStore):
    service_name: str = "chunked-fs"
    log_folder: Folder = defaults.DEFAULT_RUN_LOG_FOLDER
    supports_parallel_writes: bool = True

    _locks: _io.PathLocks = PrivateAttr(default_factory=_io.PathLocks)
    # Paths are built for every chunk operation: keep each run's folder once built.
    _run_folders: dict[str, Path] = PrivateAttr(default_factory=dict)
    # Runs known to be in this layout (not runnable 0.50 folders): no need to look again.
    _current_layout: set[str] = PrivateAttr(default_factory=set)
    # A runnable 0.50 run read in memory: run id -> (its files and their times, its chunks).
    _legacy_cache: dict[str, tuple[tuple[tuple[str, int], ...], dict[ChunkKey, bytes]]] = PrivateAttr(
        default_factory=dict
    )

    @property
    def folder(self) -> Path:
        return Path(self.log_folder)

    def run_folder(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def chunk_path(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(run_id) / chunk_file_name(key)

    # -- chunk I/O ------------------------------------------------------------------------

    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(run_id, key))

    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and self._is_legacy(run_id):
            return self._legacy_chunks(run_id).get(key)
        return data

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "check"):
            return path.is_file()

    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self._convert_if_legacy(run_id)
        self._write_file(run_id, key, data)

    def _write_file(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        self._convert_if_legacy(run_id)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            _io.write_atomic(path, change(current), sync_folder=False)

    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        if self._is_legacy(run_id):
            return list(self._legacy_chunks(run_id))
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self._convert_if_legacy(run_id)
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    # -- the rest of the contract ---------------------------------------------------------

    def delete_run_log(self, run_id: str) -> None:
        """Rename the run's folder out of sight (one atomic step), then remove it.

        Runs left by runnable 0.50 (``RunLog.json``) go the same way.
        """
        folder = self.run_folder(run_id)
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        if not folder.is_dir():
            raise exceptions.RunLogNotFoundError(run_id)
        with self._locks.hold(run_path, run_id), _io.os_errors_as_store_errors(run_id, folder, "delete"):
            if not (run_path.exists() or self._is_legacy(run_id)):
                raise exceptions.RunLogNotFoundError(run_id)
            doomed = folder.with_name(f".deleted-{folder.name}-{os.getpid()}-{time.monotonic_ns()}")
            os.replace(folder, doomed)
            _io.fsync_folder(self.folder)
        shutil.rmtree(doomed, ignore_errors=True)
        self._touched.forget(run_id)

    def iter_run_ids(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=True))

    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    # -- helpers --------------------------------------------------------------------------

    def _is_legacy(self, run_id: str) -> bool:
        """Whether the run is a runnable 0.50 folder not yet stored in this layout."""
        if run_id in self._current_layout:
            return False
        folder = self.run_folder(run_id)
        if (folder / chunk_file_name(RUN_CHUNK)).exists():
            self._remember_current_layout(run_id)
            return False
        return legacy_050.is_run_folder(folder)

    def _remember_current_layout(self, run_id: str) -> None:
        if len(self._current_layout) >= _io.MAX_CACHED_RUNS:
            self._current_layout.clear()
        self._current_layout.add(run_id)

    def _legacy_chunks(self, run_id: str) -> dict[ChunkKey, bytes]:
        """A runnable 0.50 run as the chunks of this layout, made in memory (read once per change)."""
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "read"):
            version = tuple(sorted((entry.name, entry.stat().st_mtime_ns) for entry in os.scandir(folder)))
        cached = self._legacy_cache.get(run_id)
        if cached is not None and cached[0] == version:
            return cached[1]
        run_log = legacy_050.read_run_folder(folder, run_id)
        chunks = dict(encode_parts(run_log))
        chunks[RUN_CHUNK] = encode_run(run_log)
        self._legacy_cache = {run_id: (version, chunks)}  # one run at a time: a retry reads one run
        return chunks

    def _convert_if_legacy(self, run_id: str) -> None:
        """Before the first write to a runnable 0.50 run: store it in this layout (under the run lock)."""
        if not self._is_legacy(run_id):
            return
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                chunks = self._legacy_chunks(run_id)
                for key, data in chunks.items():
                    if key != RUN_CHUNK:
                        self._write_file(run_id, key, data)
                self._write_file(run_id, RUN_CHUNK, chunks[RUN_CHUNK])  # last: it marks the run converted
        self._legacy_cache.pop(run_id, None)
        self._remember_current_layout(run_id)
