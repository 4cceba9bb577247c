"""The part of the store contract that mutation testing asked for (docs/testing.md).

Promises a store could break while the rest of the contract passed:

- pages never skip or repeat runs that share a ``created_at``: the cursor is ``(created_at, run_id)``;
- every write moves the run's ``updated_at`` on, and a job log written to a run keeps its steps;
- streaming runs (``iter_run_logs``) gives headers unless ``full=True`` is asked for, as a listing does,
  and applies every filter (a store that answers ``get_run_logs`` itself is handed each one);
- a store keeps its own copies: changing an object after writing it, or one read from the store,
  changes nothing stored (an in-memory store that keeps or hands out references fails this).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import ClassVar

from runnable import defaults
from runnable.models import JsonParameter, Parameter, RunLog, RunLogFilter, StepAttempt, StepLog
from runnable.run_log_store.base import BaseRunLogStore

_LONG_AGO = datetime(2020, 1, 1, tzinfo=timezone.utc)
_T0 = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)


class GuardsContract:
    """Pagination ties, ``updated_at`` moving on, and stores keeping their own copies."""

    __test__ = False
    headers_omit_steps: ClassVar[bool]  # set by StoreContract

    def test_pagination_breaks_created_at_ties_on_run_id(self, store: BaseRunLogStore) -> None:
        # Four runs share each created_at, so page boundaries fall inside ties; the next page starts
        # strictly below (created_at, run_id). Ids like tie-1 < tie-10 < tie-2 test run-id order too.
        for index in range(26):
            created_at = _T0 + timedelta(seconds=index % 4)
            store.put_run_log(RunLog(run_id=f"tie-{index}", created_at=created_at, updated_at=created_at))
        expected = sorted(
            (f"tie-{index}" for index in range(26)), key=lambda run_id: (int(run_id[4:]) % 4, run_id)
        )[::-1]
        for page_size in (3, 5):
            listed: list[str] = []
            cursor: str | None = None
            while page := [r.run_id for r in store.get_run_logs(limit=page_size, after=cursor)]:
                listed.extend(page)
                cursor = page[-1]
            assert listed == expected, f"pages of {page_size}"

    def test_every_write_moves_updated_at(self, store: BaseRunLogStore) -> None:
        run_id = "moves"
        writes: dict[str, Callable[[], None]] = {
            "status": lambda: store.update_run_log_status(run_id, defaults.SUCCESS),
            "parameters": lambda: store.set_parameters(run_id, {"p": JsonParameter(value=1)}),
            "run config": lambda: store.set_run_config(run_id, {"k": "v"}),
            "step": lambda: store.add_step_log(store.create_step_log("s", "s"), run_id),
            "branch": lambda: store.add_branch_log(store.create_branch_log("s.b"), run_id),
            "job": lambda: store.add_job_log(run_id, store.create_job_log()),
        }
        store.create_run_log(run_id)
        for name, write in writes.items():
            run_log = store.get_run_log_by_id(run_id, full=True)
            run_log.updated_at = _LONG_AGO
            store.put_run_log(run_log)
            write()
            assert store.get_run_log_by_id(run_id).updated_at > _LONG_AGO, f"{name} left updated_at"
        stored = store.get_run_log_by_id(run_id, full=True)
        assert list(stored.steps) == ["s"] and list(stored.steps["s"].branches) == ["s.b"]

    def test_the_store_keeps_its_own_copies(self, store: BaseRunLogStore) -> None:
        created = store.create_run_log("copies")
        created.run_config["leaked"] = True
        step_log = store.create_step_log("s", "s")
        store.add_step_log(step_log, "copies")
        step_log.attempts.append(StepAttempt(status=defaults.FAIL))
        branch_log = store.create_branch_log("s.b")
        store.add_branch_log(branch_log, "copies")
        branch_log.parameters["leaked"] = JsonParameter(value=1)
        job_log = store.create_job_log()
        store.add_job_log("copies", job_log)
        job_log.attempts.append(StepAttempt(status=defaults.FAIL))
        parameters: dict[str, Parameter] = {"p": JsonParameter(value=[1])}
        store.set_parameters("copies", parameters)
        _append(parameters["p"], 2)
        run_config = {"nested": {"k": "v"}}
        store.set_run_config("copies", run_config)
        run_config["nested"]["k"] = "leaked"
        for read in (store.get_run_log_by_id("copies"), store.get_run_log_by_id("copies", full=True)):
            _append(read.parameters["p"], 3)
            read.run_config["nested"]["k"] = "leaked"
        _append(store.get_parameters("copies")["p"], 4)

        stored = store.get_run_log_by_id("copies", full=True)
        assert "leaked" not in stored.run_config and stored.run_config["nested"] == {"k": "v"}
        assert stored.steps["s"].attempts == [] and stored.steps["s"].branches["s.b"].parameters == {}
        assert stored.job is not None and stored.job.attempts == []
        assert stored.parameters["p"].get_value() == [1]
        put = RunLog(run_id="copies-put", parameters={"p": JsonParameter(value=[1])})
        store.put_run_log(put)
        _append(put.parameters["p"], 2)
        assert store.get_parameters("copies-put")["p"].get_value() == [1]

    def test_streamed_runs_are_headers_unless_full_is_asked(self, store: BaseRunLogStore) -> None:
        # An export walks every run: headers by default keep it from reading every step it does not need.
        run_log = RunLog(run_id="streamed", created_at=_T0, updated_at=_T0)
        run_log.insert_step_log(StepLog(name="s", internal_name="s"))
        store.put_run_log(run_log)
        for query in (RunLogFilter(), RunLogFilter(run_ids=["streamed"])):
            (header,) = store.iter_run_logs(query)
            (full,) = store.iter_run_logs(query, full=True)
            assert list(full.steps) == ["s"]
            assert header.steps == ({} if self.headers_omit_steps else full.steps)

    def test_streaming_applies_every_filter(self, store: BaseRunLogStore) -> None:
        late = _T0 + timedelta(days=1)
        store.put_run_logs(
            [
                RunLog(
                    run_id="early",
                    tag="a",
                    created_at=_T0,
                    updated_at=_T0,
                    parameters={"p": JsonParameter(value=1)},
                ),
                RunLog(run_id="late", tag="b", status=defaults.FAIL, created_at=late, updated_at=late),
            ]
        )
        middle = _T0 + timedelta(hours=1)
        expected = {
            "early": [
                RunLogFilter(tag="a"),
                RunLogFilter(status=defaults.CREATED),
                RunLogFilter(created_before=middle),
                RunLogFilter(updated_before=middle),
                RunLogFilter(parameters={"p": 1}),
                RunLogFilter(conditions=["p>0"]),
                RunLogFilter(conditions=["p<2"], tag="a"),
            ],
            "late": [
                RunLogFilter(run_ids=["late"]),
                RunLogFilter(created_after=middle),
                RunLogFilter(updated_after=middle),
            ],
        }
        for run_id, queries in expected.items():
            for query in queries:
                assert [run.run_id for run in store.iter_run_logs(query)] == [run_id], query


def _append(parameter: Parameter, item: int) -> None:
    """Change a list parameter in place, as careless code holding a reference would."""
    value = parameter.get_value()
    assert isinstance(value, list)
    value.append(item)
