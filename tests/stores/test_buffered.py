"""The in-memory store against the shared store contract."""

from __future__ import annotations

import pytest

from runnable.models import CodeIdentity, RunLogFilter
from runnable.run_log_store import base
from runnable.run_log_store.base import paged_run_logs
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
    assert store.create_code_identity() == CodeIdentity()


def test_paging_through_a_store_gives_every_run_once_page_after_page() -> None:
    store = BufferedRunLogStore()
    for index in range(5):
        store.create_run_log(f"run-{index}")
    paged = [run.run_id for run in paged_run_logs(store, RunLogFilter(), full=False, page=2)]
    assert sorted(paged) == [f"run-{index}" for index in range(5)] and len(paged) == 5


def test_the_updated_at_throttle_forgets_every_run_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long-lived process writes many runs: the throttle starts afresh rather than growing.
    monkeypatch.setattr(base, "_THROTTLED_RUNS", 2)
    throttle = base.UpdatedAtThrottle()
    throttle.touched("a")
    throttle.touched("b")
    assert not throttle.due("a") and not throttle.due("b")
    throttle.touched("c")
    assert throttle.due("a") and throttle.due("b") and not throttle.due("c")
