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


def test_the_050_factories_give_uncommitted_logs_named_as_asked() -> None:
    # runnable 0.50's catalog and executors build their log entries through the store.
    store = BufferedRunLogStore()
    catalog = store.create_data_catalog("data/model.pkl")
    assert catalog.name == "data/model.pkl" and catalog.data_hash == ""
    step = store.create_step_log("train", "map.1.train")
    assert (step.name, step.internal_name, step.status) == ("train", "map.1.train", "CREATED")
    assert store.create_job_log().status == "CREATED"
