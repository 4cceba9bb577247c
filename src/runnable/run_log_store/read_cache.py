"""A per-process cache of reads: the ``cache_ttl_seconds`` knob (see :mod:`~runnable.run_log_store.tuned`).

Entries are keyed by run and by what was read (a parameter scope, the run config, the run's
header); each is served for ``ttl_seconds`` after it was read, then read again. This process's own
writes change or drop the entries they touch, so a process always reads what it wrote; what other
processes write is seen at most ``ttl_seconds`` late. Copies go in and out, so a caller changing
what it got never changes the cache.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

# Entries kept before the cache starts afresh (a long-lived process reads many runs).
_MAX_ENTRIES = 10_000


class ReadCache:
    """``(run_id, what) -> value`` for ``ttl_seconds``; thread-safe."""

    def __init__(self, ttl_seconds: float) -> None:
        self.ttl_seconds = ttl_seconds
        self._entries: dict[tuple[str, Hashable], tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, run_id: str, what: Hashable, read: Callable[[], T]) -> T:
        """The cached value if fresh, else ``read()`` (cached for the next ``ttl_seconds``)."""
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get((run_id, what))
        if entry is not None and now - entry[0] < self.ttl_seconds:
            cached: T = copy.deepcopy(entry[1])
            return cached
        value = read()
        self.put(run_id, what, value, read_at=now)
        return value

    def put(self, run_id: str, what: Hashable, value: Any, read_at: float | None = None) -> None:
        """Remember ``value`` as read at ``read_at`` (now by default)."""
        with self._lock:
            if len(self._entries) >= _MAX_ENTRIES:
                self._entries.clear()
            moment = time.monotonic() if read_at is None else read_at
            self._entries[(run_id, what)] = (moment, copy.deepcopy(value))

    def update(self, run_id: str, what: Hashable, change: Callable[[Any], Any]) -> None:
        """Apply this process's own write to the cached entry, if any: ``change(value) -> new value``."""
        with self._lock:
            entry = self._entries.get((run_id, what))
            if entry is not None:
                self._entries[(run_id, what)] = (entry[0], change(entry[1]))

    def drop(self, run_id: str, what: Hashable) -> None:
        with self._lock:
            self._entries.pop((run_id, what), None)

    def drop_run(self, run_id: str) -> None:
        with self._lock:
            for key in [key for key in self._entries if key[0] == run_id]:
                del self._entries[key]
