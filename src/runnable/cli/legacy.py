"""Runs left in ``.run_log_store/`` by file stores (runnable 0.50's default): how to read them.

runnable 0.50 kept its runs as ``.run_log_store/<run_id>.json`` (``file-system``) or
``.run_log_store/<run_id>/`` (``chunked-fs``); our default store is the database
``.run_log_store/runs.db``. When a command finds nothing in the store in use, these say that runs of
another store are there, and give the command that reads them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from runnable import defaults
from runnable.run_log_store.base import BaseRunLogStore

FILE_SYSTEM = "file-system"
CHUNKED_FS = "chunked-fs"
# runnable 0.50's chunked-fs run file, and ours.
_RUN_FILES = ("RunLog.json", "run.json")
_STORE_NAMES = {
    FILE_SYSTEM: "the file-system store (runnable 0.50's default)",
    CHUNKED_FS: "the chunked-fs store",
}


@dataclass(frozen=True)
class FolderRuns:
    """Run ids found in a log folder, by the file store that reads them."""

    folder: Path
    file_system: tuple[str, ...] = ()
    chunked_fs: tuple[str, ...] = ()

    def store_of(self, run_id: str) -> str:
        if run_id in self.file_system:
            return FILE_SYSTEM
        return CHUNKED_FS if run_id in self.chunked_fs else ""

    def without(self, store: BaseRunLogStore | None) -> FolderRuns:
        """Leave out the runs ``store`` itself reads (a file store on this very folder)."""
        folder = getattr(store, "log_folder", None)
        if store is None or folder is None or Path(folder).resolve() != self.folder.resolve():
            return self
        if store.service_name == FILE_SYSTEM:
            return FolderRuns(self.folder, chunked_fs=self.chunked_fs)
        if store.service_name == CHUNKED_FS:
            return FolderRuns(self.folder, file_system=self.file_system)
        return self


def runs_in_folder(folder: Path = Path(defaults.DEFAULT_RUN_LOG_FOLDER)) -> FolderRuns:
    """The runs file stores would read in ``folder``; nothing when there is no such folder."""
    file_system: list[str] = []
    chunked: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return FolderRuns(folder)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_file() and entry.name.endswith(".json"):
            file_system.append(entry.name.removesuffix(".json"))
        elif entry.is_dir() and any((Path(entry.path) / name).is_file() for name in _RUN_FILES):
            chunked.append(entry.name)
    return FolderRuns(folder, tuple(sorted(file_system)), tuple(sorted(chunked)))


def reading_command(store_type: str, folder: Path, command: str) -> str:
    """A shell command that writes a configuration for ``store_type`` on ``folder`` and runs ``command``."""
    config_file = f"{store_type}.yaml"
    section = f"type: {store_type}"
    if folder != Path(defaults.DEFAULT_RUN_LOG_FOLDER):
        section += f", config: {{log_folder: {folder}}}"
    return f"echo 'run-log-store: {{{section}}}' > {config_file} && {command} -c {config_file}"


def hint_for_listing(store: BaseRunLogStore | None) -> str:
    """Said after "No runs yet" when the log folder holds runs of a file store."""
    found = runs_in_folder().without(store)
    parts = []
    for store_type, run_ids in ((FILE_SYSTEM, found.file_system), (CHUNKED_FS, found.chunked_fs)):
        if run_ids:
            count = "1 run" if len(run_ids) == 1 else f"{len(run_ids)} runs"
            command = reading_command(store_type, found.folder, "runnable runs list")
            parts.append(
                f"{found.folder}/ holds {count} of {_STORE_NAMES[store_type]}; list them with: {command}"
            )
    return " ".join(parts)


def hint_for_missing_run(run_id: str, store: BaseRunLogStore | None, command: str = "") -> str:
    """Said after "no run X" when ``.run_log_store/`` holds run X of a file store ("" otherwise)."""
    found = runs_in_folder().without(store)
    store_type = found.store_of(run_id)
    if not store_type:
        return ""
    command = command or f"runnable runs show {run_id}"
    return (
        f" Run '{run_id}' is in {found.folder}/, recorded by {_STORE_NAMES[store_type]}; use that store: "
        f"{reading_command(store_type, found.folder, command)}"
    )
