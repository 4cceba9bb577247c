"""The in-memory store against the shared store contract."""

from __future__ import annotations

import pytest

from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import StoreContract, example_run_log


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


def test_a_plain_read_is_the_header() -> None:
    # runnable 0.50's base class defaults full to False (the guide's template says True; ours follow 0.50).
    store = BufferedRunLogStore()
    store.put_run_log(example_run_log("plain"))
    assert store.get_run_log_by_id("plain").steps == {}
    assert store.get_run_log_by_id("plain", full=True).steps != {}
