"""Pages of runs read in a background thread while the caller works on the previous page.

A copy alternates between reading the source and writing (then reading back) the
destination, and most of each is waiting: on the disk, on the database server, on the
network, all of which release the GIL. Reading the next page meanwhile overlaps the two.
One page is read ahead at most, so memory stays that of a few pages, whatever the number of
runs.

An error raised while reading reaches the caller at the page where it happened; a caller
that stops early (an error of its own, or it breaks out of the loop) stops the reader once
the page it is reading is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar, cast

T = TypeVar("T")

_DONE = object()


def read_ahead(pages: Iterable[T]) -> Iterator[T]:
    """``pages``, each read in a background thread while the previous one is being used."""
    source = iter(pages)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="runnable-read-ahead") as reader:
        upcoming = reader.submit(next, source, _DONE)
        while (page := upcoming.result()) is not _DONE:
            upcoming = reader.submit(next, source, _DONE)
            yield cast(T, page)
