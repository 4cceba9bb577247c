"""The part of the store contract about ``get_run_logs``: filters, headers and cursor pagination."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from runnable import defaults, exceptions
from runnable.models import JsonParameter, RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.testing.hooks import ContractHooks
from runnable.testing.samples import SAMPLE_TIME, as_json, example_run_log, tree_order


class QueriesContract(ContractHooks):
    """Runs found by tag, status, ids, times and parameters, newest first, a page at a time."""

    __test__ = False

    def _put_query_runs(self, store: BaseRunLogStore) -> None:
        specs = [
            # run id, tag, status, created (minutes after SAMPLE_TIME), parameter x
            ("q-a", "red", defaults.SUCCESS, 0, 1),
            ("q-b", "red", defaults.FAIL, 10, 2),
            ("q-c", "blue", defaults.SUCCESS, 20, 1),
            ("q-d", "blue", defaults.PROCESSING, 30, 3),
            ("q-e", "red", defaults.SUCCESS, 40, 1),
            ("q-f", "", defaults.SUCCESS, 40, 1),  # same created_at as q-e: run id breaks the tie
        ]
        for run_id, tag, status, minutes, x in specs:
            run_log = example_run_log(run_id, created_at=SAMPLE_TIME + timedelta(minutes=minutes))
            run_log.tag, run_log.status = tag, status
            run_log.parameters = {"x": JsonParameter(value=x)}
            run_log.updated_at = SAMPLE_TIME + timedelta(minutes=minutes + 1)
            store.put_run_log(run_log)

    def test_get_run_logs_filters(self, store: BaseRunLogStore) -> None:
        self._put_query_runs(store)

        def ids(**filters: Any) -> list[str]:
            return [run_log.run_id for run_log in store.get_run_logs(**filters)]

        assert ids() == ["q-f", "q-e", "q-d", "q-c", "q-b", "q-a"]
        assert ids(tag="red") == ["q-e", "q-b", "q-a"]
        assert ids(status=defaults.SUCCESS) == ["q-f", "q-e", "q-c", "q-a"]
        assert ids(tag="red", status=defaults.SUCCESS) == ["q-e", "q-a"]
        assert ids(run_ids=["q-missing", "q-a", "q-c"]) == ["q-c", "q-a"]
        assert ids(run_ids=[]) == []
        assert ids(run_ids=["q-a", "q-c", "q-e"], after="q-d") == ["q-c", "q-a"]  # a cursor from anywhere
        assert ids(
            created_after=SAMPLE_TIME + timedelta(minutes=10),
            created_before=SAMPLE_TIME + timedelta(minutes=30),
        ) == [
            "q-c",
            "q-b",
        ]
        assert ids(updated_after=SAMPLE_TIME + timedelta(minutes=31)) == ["q-f", "q-e", "q-d"]
        assert ids(updated_before=SAMPLE_TIME + timedelta(minutes=12)) == ["q-b", "q-a"]
        assert ids(parameters={"x": 1}) == ["q-f", "q-e", "q-c", "q-a"]
        assert ids(parameters={"x": 1}, tag="red", limit=1) == ["q-e"]
        assert ids(tag="nothing-has-this") == []
        naive = datetime(2026, 11, 1, 9, 50, 0, 123456)  # read as UTC, like runnable 0.50's timestamps
        assert ids(created_after=naive) == ["q-f", "q-e", "q-d", "q-c"]

    def test_get_run_logs_headers_and_full(self, store: BaseRunLogStore) -> None:
        self._put_query_runs(store)
        headers = store.get_run_logs(tag="blue")
        full = store.get_run_logs(tag="blue", full=True)
        assert [r.run_id for r in headers] == [r.run_id for r in full] == ["q-d", "q-c"]
        assert not self.headers_omit_steps or all(r.steps == {} for r in headers)
        assert full[0].parameters == {"x": JsonParameter(value=3)}
        for run_log in full:
            assert tree_order(run_log) == tree_order(example_run_log(run_log.run_id))
        assert [as_json(r.header()) for r in headers] == [as_json(r.header()) for r in full]
        (by_id,) = store.get_run_logs(run_ids=["q-c"], full=True)
        assert tree_order(by_id) == tree_order(example_run_log("q-c"))

    def test_get_run_logs_pagination(self, store: BaseRunLogStore) -> None:
        count = self.many_runs
        for index in range(count):
            run_log = RunLog(
                run_id=f"page-{index:04d}",
                tag="even" if index % 2 == 0 else "odd",
                status=defaults.SUCCESS if index % 3 else defaults.FAIL,
                created_at=SAMPLE_TIME + timedelta(seconds=index),
                updated_at=SAMPLE_TIME + timedelta(seconds=index),
            )
            store.put_run_log(run_log)
        newest_first = [f"page-{index:04d}" for index in reversed(range(count))]

        def pages(page_size: int, **filters: Any) -> list[list[str]]:
            collected: list[list[str]] = []
            cursor: str | None = None
            while True:
                page = [r.run_id for r in store.get_run_logs(limit=page_size, after=cursor, **filters)]
                if not page:
                    return collected
                assert len(page) <= page_size
                collected.append(page)
                cursor = page[-1]

        all_pages = pages(37)
        assert [run_id for page in all_pages for run_id in page] == newest_first
        assert [len(page) for page in all_pages[:-1]] == [37] * (len(all_pages) - 1)
        even_failures = [f"page-{i:04d}" for i in reversed(range(count)) if i % 2 == 0 and i % 3 == 0]
        filtered = pages(7, tag="even", status=defaults.FAIL)
        assert [run_id for page in filtered for run_id in page] == even_failures
        window = store.get_run_logs(
            created_after=SAMPLE_TIME + timedelta(seconds=10),
            created_before=SAMPLE_TIME + timedelta(seconds=20),
            limit=3,
        )
        assert [r.run_id for r in window] == ["page-0019", "page-0018", "page-0017"]
        with pytest.raises(exceptions.RunLogNotFoundError, match="page-9999"):
            store.get_run_logs(limit=5, after="page-9999")
