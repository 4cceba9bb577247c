"""Names the retry tests share (fixtures live in conftest.py, step functions in retry_steps.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from runnable.models import RunLog

# Stores every retry test runs on. "buffered" is the in-memory store, shared by every instance built
# in this process (conftest.SharedBufferedStore) so that a retry finds the run the first execution left.
STORES = ("buffered", "file-system", "chunked-fs", "database")
PERSISTENT_STORES = ("file-system", "chunked-fs", "database")
# Stores that let branches run in worker processes.
PARALLEL_STORES = ("chunked-fs", "database")

ConfigWriter = Callable[..., Path]
ReadRun = Callable[[Path, str], RunLog]
