"""Pages of runs read in a background thread while the caller works on the previous page.

A copy alternates between reading the source and writing (then reading back) the
destination, and most of each is waiting: on the disk, on the database server, on the
network, all of which release the GIL. Reading the next page meanwhile overlaps the two.
At most one page waits in the queue and one is being read, so memory stays that of a few
pages, whatever the number of runs.

An error raised while reading reaches the caller at the page where it happened; a caller
that stops early (an error of its own, or it breaks out of the loop) stops the reader.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Final, Generic, TypeVar, cast

T = TypeVar("T")

# How long the reader waits on a full queue before checking whether the caller gave up.
_POLL_SECONDS: Final = 0.1


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


_DONE: Final = object()


class _Reader(Generic[T]):
    def __init__(self, pages: Iterable[T]) -> None:
        self._pages = pages
        self._queue: queue.Queue[object] = queue.Queue(maxsize=1)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._read, name="runnable-read-ahead", daemon=True)

    def _read(self) -> None:
        try:
            for page in self._pages:
                if not self._hand_over(page):
                    return
        except BaseException as exc:  # handed to the caller, who raises it
            self._hand_over(_Failed(exc))
            return
        self._hand_over(_DONE)

    def _hand_over(self, item: object) -> bool:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[T]:
        self._thread.start()
        try:
            while True:
                item = self._queue.get()
                if item is _DONE:
                    return
                if isinstance(item, _Failed):
                    raise item.error
                yield cast(T, item)
        finally:
            self._stopped.set()
            self._thread.join()


def read_ahead(pages: Iterable[T]) -> Iterator[T]:
    """``pages``, each read in a background thread while the previous one is being used."""
    return iter(_Reader(pages))
