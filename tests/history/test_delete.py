"""Deleting named runs and purging old ones, on every store (the database store keeps its own purge)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from history_samples import KINDS
from runnable import exceptions
from runnable.history import delete_runs, purge_runs
from runnable.models import RunLog, utc_now
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import example_run_log

StoreFactory = Callable[..., BaseRunLogStore]


def _aged(store: BaseRunLogStore) -> BaseRunLogStore:
    for run_id, days in (("ancient", 400), ("old", 100), ("recent", 1)):
        store.put_run_log(example_run_log(run_id, created_at=utc_now() - timedelta(days=days)))
    return store


@pytest.mark.parametrize("kind", KINDS)
def test_delete_named_runs(make_store: StoreFactory, kind: str) -> None:
    store = _aged(make_store(kind))
    rehearsal = delete_runs(store, ["old", "ancient"], dry_run=True)
    assert (rehearsal.runs, rehearsal.run_ids, rehearsal.dry_run) == (2, ["old", "ancient"], True)
    assert sorted(store.iter_run_ids()) == ["ancient", "old", "recent"]
    with pytest.raises(exceptions.RunLogNotFoundError, match="'missing'"):
        delete_runs(store, ["old", "missing"])
    assert sorted(store.iter_run_ids()) == ["ancient", "old", "recent"]  # one unknown id deletes nothing
    delete_runs(store, ["old", "ancient", "old"])
    assert [run.run_id for run in store.get_run_logs()] == ["recent"]


@pytest.mark.parametrize("kind", KINDS)
def test_purge_older_than(make_store: StoreFactory, kind: str) -> None:
    store = _aged(make_store(kind))
    rehearsal = purge_runs(store, timedelta(days=30), dry_run=True)
    assert (rehearsal.runs, sorted(rehearsal.sample)) == (2, ["ancient", "old"])
    assert len(list(store.iter_run_ids())) == 3
    report = purge_runs(store, timedelta(days=200))
    assert report.runs == 1 and report.sample == ["ancient"]
    assert sorted(run.run_id for run in store.get_run_logs()) == ["old", "recent"]


def test_a_store_that_cannot_delete_says_so() -> None:
    class AppendOnly(BufferedRunLogStore):
        service_name: str = "append-only"

        def delete_run_log(self, run_id: str) -> None:  # what a store without deletion inherits
            BaseRunLogStore.delete_run_log(self, run_id)

    store = AppendOnly()
    store.put_run_log(RunLog(run_id="kept"))
    assert store.can_delete  # it overrides the method, so it is asked; the base refuses
    with pytest.raises(exceptions.DeleteUnsupportedError, match="'append-only' cannot delete runs"):
        delete_runs(store, ["kept"])
