"""The in-memory store against the shared store contract."""

from __future__ import annotations

import pytest

from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import StoreContract


class TestBufferedStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self) -> BufferedRunLogStore:
        return BufferedRunLogStore()


def test_summary_says_where_and_how_many() -> None:
    store = BufferedRunLogStore()
    store.create_run_log("one")
    store.create_run_log("two")
    assert store.get_summary() == {"Type": "buffered", "Location": "memory of this process", "Runs": 2}
