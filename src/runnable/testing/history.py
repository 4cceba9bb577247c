"""The part of the store contract that history operations rely on: streaming and deleting runs.

Every store that implements ``delete_run_log`` must pass them;
a store that cannot delete passes by refusing with DeleteUnsupportedError.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store.base import BaseRunLogStore
from runnable.testing.samples import example_run_log

_T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


def _example(run_id: str, minutes: int = 0, tag: str = "") -> RunLog:
    run_log = example_run_log(run_id, created_at=_T0 + timedelta(minutes=minutes))
    run_log.tag = tag or run_log.tag
    return run_log


class HistoryContract:
    """Streaming (``iter_run_logs``) and deleting (``delete_run_log``) runs."""

    __test__ = False

    def test_iter_run_logs_streams_every_match(self, store: BaseRunLogStore) -> None:
        for index in range(7):
            store.put_run_log(_example(f"it-{index}", minutes=index, tag="even" if index % 2 == 0 else "odd"))
        every = {run.run_id for run in store.iter_run_logs(RunLogFilter())}
        assert every == {f"it-{index}" for index in range(7)}
        even = list(store.iter_run_logs(RunLogFilter(tag="even", limit=1, after="it-6"), full=True))
        assert sorted(run.run_id for run in even) == ["it-0", "it-2", "it-4", "it-6"]
        assert all(run.steps for run in even)
        named = store.iter_run_logs(RunLogFilter(run_ids=["it-1", "it-missing"]))
        assert [run.run_id for run in named] == ["it-1"]
        old = store.iter_run_logs(RunLogFilter(created_before=_T0 + timedelta(minutes=2)))
        assert sorted(run.run_id for run in old) == ["it-0", "it-1"]

    def test_delete_removes_the_run_and_only_it(self, store: BaseRunLogStore) -> None:
        if not store.can_delete:
            with pytest.raises(exceptions.DeleteUnsupportedError):
                store.delete_run_log("anything")
            return
        store.put_run_log(_example("doomed"))
        store.put_run_log(_example("kept", minutes=1))
        store.delete_run_log("doomed")
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.get_run_log_by_id("doomed", full=True)
        assert [run.run_id for run in store.get_run_logs()] == ["kept"]
        assert [run.run_id for run in store.iter_run_logs(RunLogFilter())] == ["kept"]
        assert store.get_run_log_by_id("kept", full=True) == _example("kept", minutes=1)

    def test_deleted_run_id_can_be_used_again(self, store: BaseRunLogStore) -> None:
        if not store.can_delete:
            pytest.skip("the store cannot delete runs")
        store.put_run_log(_example("again"))
        store.delete_run_log("again")
        created = store.create_run_log("again", status=defaults.PROCESSING)
        assert created.steps == {}
        stored = store.get_run_log_by_id("again", full=True)
        assert stored.status == defaults.PROCESSING and stored.steps == {} and stored.parameters == {}

    def test_a_deleted_run_refuses_writes_at_once(self, store: BaseRunLogStore) -> None:
        if not store.can_delete:
            pytest.skip("the store cannot delete runs")
        store.create_run_log("written-then-deleted")
        store.add_step_log(store.create_step_log("s", "s"), "written-then-deleted")
        store.delete_run_log("written-then-deleted")
        # Within a second of the last write: what the store remembers of the run must not let it through.
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.add_step_log(store.create_step_log("t", "t"), "written-then-deleted")
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.get_run_log_by_id("written-then-deleted", full=True)

    def test_deleting_a_missing_run_raises_not_found(self, store: BaseRunLogStore) -> None:
        if not store.can_delete:
            pytest.skip("the store cannot delete runs")
        with pytest.raises(exceptions.RunLogNotFoundError, match="never-was"):
            store.delete_run_log("never-was")
        store.put_run_log(_example("once"))
        store.delete_run_log("once")
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.delete_run_log("once")
