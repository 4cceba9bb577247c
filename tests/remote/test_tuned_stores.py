"""The guide's knobs (cache_ttl_seconds, batch_size, async_writes) as one layer over any store (issue 17).

The layer is runnable.run_log_store.tuned; these tests run it over a real store (chunked-fs).
tests/retry/test_retry_after_kill.py kills a writer to check what each setting can lose.
"""

from __future__ import annotations

import inspect
import pickle
import time
from pathlib import Path
from typing import Any

import pytest

from runnable import defaults, exceptions
from runnable.models import JsonParameter, StepLog
from runnable.plugins import build_service, service_spec
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.tuned import TunedRunLogStore, tuned
from runnable.run_log_store.write_behind import WriteBehind
from runnable.testing import StoreContract


def _chunked(folder: Path, **knobs: Any) -> ChunkedFileSystemRunLogStore:
    return ChunkedFileSystemRunLogStore(log_folder=str(folder / "runs"), **knobs)


class TestTunedChunkedStore(StoreContract):
    """Every knob on: the wrapped store still keeps the whole contract."""

    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> BaseRunLogStore:
        return tuned(_chunked(tmp_path, cache_ttl_seconds=30, batch_size=8, async_writes=True))


class TestCachedChunkedStore(StoreContract):
    """The read cache alone: batched writes (add_logs) go to the store at once and keep the cache true."""

    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> BaseRunLogStore:
        return tuned(_chunked(tmp_path, cache_ttl_seconds=30))


def test_knobs_are_off_by_default_and_the_store_is_then_itself(tmp_path: Path) -> None:
    store = _chunked(tmp_path)
    assert (store.cache_ttl_seconds, store.batch_size, store.async_writes) == (0, 1, False)
    assert tuned(store) is store


def test_the_layer_passes_every_method_of_the_contract_through(tmp_path: Path) -> None:
    # A method left to BaseRunLogStore's default would read and rewrite whole runs behind the store's back.
    public = {
        name
        for name, member in vars(BaseRunLogStore).items()
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property))
    } - {"masked_summary"}  # made of get_summary, which the layer passes through
    inherited = {name for name in public if name not in TunedRunLogStore.__dict__}
    assert inherited == set(), inherited


def test_a_worker_rebuilds_the_same_tuned_store(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, cache_ttl_seconds=5, batch_size=4))
    rebuilt = build_service(service_spec(store))
    assert isinstance(rebuilt, TunedRunLogStore)
    assert isinstance(rebuilt.inner, ChunkedFileSystemRunLogStore)
    assert (rebuilt.cache_ttl_seconds, rebuilt.batch_size, rebuilt.inner.log_folder) == (
        5,
        4,
        str(tmp_path / "runs"),
    )


def test_a_pickled_tuned_store_leaves_its_queue_behind(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, async_writes=True))
    store.create_run_log("pickled")
    store.add_step_log(StepLog(name="a", internal_name="a"), "pickled")
    copy = pickle.loads(pickle.dumps(store))
    assert isinstance(copy, TunedRunLogStore) and copy.async_writes
    assert copy.get_step_log("a", "pickled").name == "a"


# --------------------------------------------------------------------------- cache_ttl_seconds


def test_the_cache_serves_own_writes_at_once_and_others_after_the_ttl(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, cache_ttl_seconds=0.5))
    other = _chunked(tmp_path)
    store.create_run_log("cached")
    store.set_parameters("cached", {"a": JsonParameter(value=1)})
    assert store.get_parameters("cached") == {"a": JsonParameter(value=1)}

    store.set_parameters("cached", {"b": JsonParameter(value=2)})  # its own write: seen at once
    assert store.get_parameters("cached") == {"a": JsonParameter(value=1), "b": JsonParameter(value=2)}

    other.set_parameters("cached", {"c": JsonParameter(value=3)})  # another process's write
    assert "c" not in store.get_parameters("cached")  # served from the cache
    time.sleep(0.6)
    assert store.get_parameters("cached")["c"] == JsonParameter(value=3)  # the TTL passed: read again


def test_a_cached_value_changed_by_its_reader_does_not_change_the_cache(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, cache_ttl_seconds=30))
    store.create_run_log("copied")
    store.set_run_config("copied", {"k": [1]})
    store.get_run_config("copied")["k"].append(2)
    assert store.get_run_config("copied") == {"k": [1]}


# --------------------------------------------------------------------------- batch_size, async_writes


def test_queued_step_writes_reach_the_store_before_any_other_write(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, batch_size=10))
    reader = _chunked(tmp_path)
    store.create_run_log("queued")
    # The first write into the run is stored at once (a missing run must be reported to the caller).
    store.add_step_log(StepLog(name="a", internal_name="a", status=defaults.SUCCESS), "queued")
    store.add_step_log(StepLog(name="b", internal_name="b", status=defaults.PROCESSING), "queued")
    store.add_step_log(StepLog(name="b", internal_name="b", status=defaults.SUCCESS), "queued")
    assert reader.get_step_log("a", "queued").status == defaults.SUCCESS
    with pytest.raises(exceptions.StepLogNotFoundError):
        reader.get_step_log("b", "queued")  # still queued in the writer's process

    store.update_run_log_status("queued", defaults.SUCCESS)  # the final status: after what is queued

    assert reader.get_step_log("b", "queued").status == defaults.SUCCESS
    assert reader.get_run_log_by_id("queued").status == defaults.SUCCESS


def test_a_full_batch_is_stored_and_a_step_written_twice_is_stored_once() -> None:
    stored: list[tuple[str, str]] = []
    behind = WriteBehind(
        lambda step, run_id: stored.append((step.internal_name, step.status)), batch_size=3, background=False
    )
    behind.add(StepLog(name="a", internal_name="a", status=defaults.PROCESSING), "r")
    behind.add(StepLog(name="b", internal_name="b", status=defaults.PROCESSING), "r")
    behind.add(StepLog(name="a", internal_name="a", status=defaults.SUCCESS), "r")  # keeps its place
    assert stored == []
    behind.add(StepLog(name="c", internal_name="c", status=defaults.PROCESSING), "r")
    assert stored == [("a", defaults.SUCCESS), ("b", defaults.PROCESSING), ("c", defaults.PROCESSING)]


def test_async_writes_are_stored_by_a_background_thread(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, async_writes=True, batch_size=10))
    reader = _chunked(tmp_path)
    store.create_run_log("behind")
    store.add_step_log(StepLog(name="a", internal_name="a", status=defaults.SUCCESS), "behind")
    # Nothing else is called on the writer: only its background thread can store the step.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            assert reader.get_step_log("a", "behind").status == defaults.SUCCESS
            return
        except exceptions.StepLogNotFoundError:
            time.sleep(0.02)
    raise AssertionError("the queued step write was not stored within 10 seconds")


def test_a_write_that_failed_in_the_background_is_raised_by_the_next_call(tmp_path: Path) -> None:
    store = tuned(_chunked(tmp_path, async_writes=True))
    store.create_run_log("removed")
    store.add_step_log(StepLog(name="a", internal_name="a"), "removed")  # stored at once: the run exists
    _chunked(tmp_path).delete_run_log("removed")  # another process removes the run
    # The next write is queued, and fails in the background thread.
    with pytest.raises(exceptions.RunLogNotFoundError):
        for _ in range(200):
            store.add_step_log(StepLog(name="b", internal_name="b"), "removed")
            time.sleep(0.01)
        assert isinstance(store, TunedRunLogStore)
        store.flush()
