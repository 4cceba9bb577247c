"""Reading what runnable 0.50's stores left behind, so that its runs can be read, listed and retried.

The stores call these where they meet 0.50's forms:

- :func:`fill_missing_timestamps`: 0.50 recorded neither ``created_at`` nor ``updated_at``
  (``file-system`` files, ``minio`` objects, ``chunked-fs`` folders);
- :func:`is_run_folder` / :func:`read_run_folder`: 0.50's ``chunked-fs`` layout, a folder
  holding ``RunLog.json`` plus one ``BranchLog-<branch>.json`` per branch, read as one run log
  (``chunked-fs`` reads such folders in place; see :mod:`runnable.run_log_store.chunked_fs`).

Nothing here writes: reading never changes what 0.50 stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from runnable import defaults, exceptions
from runnable.models import BranchLog, RunLog
from runnable.run_log_store import _io

RUN_FILE = "RunLog.json"
BRANCH_PREFIX = "BranchLog-"


def is_run_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a run in 0.50's ``chunked-fs`` layout."""
    return (folder / RUN_FILE).is_file()


def read_run_folder(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def fill_missing_timestamps(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    The first attempt's start and the last attempt's end are the best record of the run (so its
    duration is known without reading its steps again); without attempts, ``modified``, the file's
    modification time.
    """
    if not isinstance(payload, dict) or ("created_at" in payload and "updated_at" in payload):
        return  # written by this runnable: walking every attempt of the run would find nothing to do
    moments = sorted(_attempt_moments(payload))
    fallback = datetime.fromtimestamp(modified, tz=timezone.utc)
    payload.setdefault("created_at", (moments[0] if moments else fallback).isoformat())
    payload.setdefault("updated_at", (moments[-1] if moments else fallback).isoformat())


def _attempt_moments(value: Any) -> Iterator[datetime]:
    """Every attempt start and end time under ``value`` (runnable 0.50 wrote naive UTC times)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("start_time", "end_time") and isinstance(item, str):
                try:
                    moment = datetime.fromisoformat(item)
                except ValueError:
                    continue
                yield moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
            elif isinstance(item, dict | list):
                yield from _attempt_moments(item)
    elif isinstance(value, list):
        for item in value:
            yield from _attempt_moments(item)
