"""Store kinds and sample runs the history tests share (imported by tests/history)."""

from __future__ import annotations

import functools

from runnable.models import RunLog
from runnable.testing import example_run_log, legacy_run_logs

KINDS = ["buffered", "file-system", "chunked-fs", "sqlite", "postgres", "chunked-minio"]


def sample_runs() -> list[RunLog]:
    """Runs that use every part of the model, plus what runnable 0.50 wrote (fresh copies, same content)."""
    return [run_log.model_copy(deep=True) for run_log in _samples()]


@functools.cache
def _samples() -> list[RunLog]:
    runs = [example_run_log(f"sample-{index}") for index in range(3)]
    runs[1].status, runs[1].tag = "FAIL", "other"
    # runnable 0.50 recorded no times: they are filled in once here, so every copy agrees.
    return [*runs, *legacy_run_logs().values()]
