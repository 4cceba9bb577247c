"""Read-ahead: pages in order, errors reach the caller where they happened, an early stop ends the reader."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from runnable.history.read_ahead import read_ahead


def test_pages_come_in_order_and_the_next_is_read_while_the_caller_works() -> None:
    read: list[int] = []
    second_read = threading.Event()

    def pages() -> Iterator[int]:
        for number in range(5):
            read.append(number)
            if number == 1:
                second_read.set()
            yield number

    seen = []
    for page in read_ahead(pages()):
        if page == 0:
            # The reader goes on to the next page while this one is being worked on.
            assert second_read.wait(timeout=10)
        seen.append(page)
    assert seen == read == [0, 1, 2, 3, 4]


def test_an_error_while_reading_reaches_the_caller_after_the_pages_before_it() -> None:
    def pages() -> Iterator[int]:
        yield 1
        raise LookupError("page 2 is unreadable")

    seen = []
    with pytest.raises(LookupError, match="page 2 is unreadable"):
        for page in read_ahead(pages()):
            seen.append(page)
    assert seen == [1]


def test_a_caller_that_stops_early_stops_the_reader() -> None:
    read: list[int] = []

    def pages() -> Iterator[int]:
        for number in range(1_000):
            read.append(number)
            yield number

    before = threading.active_count()
    with pytest.raises(RuntimeError, match="the caller failed"):
        for page in read_ahead(pages()):
            if page == 2:
                raise RuntimeError("the caller failed")
    # At most the page queued and the one being read beyond the caller's: the reader has ended.
    assert len(read) <= 5
    assert threading.active_count() == before
