"""The store contract: :class:`StoreContract`, the class a store's tests subclass.

It holds the core promises (creating, reading and putting runs; steps, branches, parameters, run
config, status and job logs) and inherits the rest from its parts: queries, conditions, history,
guards and the stress tests (see :mod:`runnable.testing` for the hooks).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import pytest

from runnable import defaults, exceptions
from runnable.models import (
    BranchLog,
    DataCatalog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    StepAttempt,
    StepLog,
    encode_name_segment,
    join_internal_name,
)
from runnable.run_log_store.base import BaseRunLogStore, ScopeWrite
from runnable.testing.conditions import ConditionsContract
from runnable.testing.guards import GuardsContract
from runnable.testing.history import HistoryContract
from runnable.testing.queries import QueriesContract
from runnable.testing.samples import (
    AWKWARD_MAP_VALUES,
    SAMPLE_TIME,
    as_json,
    assert_same_run_log,
    example_run_log,
    legacy_run_logs,
    tree_order,
)
from runnable.testing.stress import ConcurrencyContract


def _add_nested_step(store: BaseRunLogStore, run_id: str) -> None:
    store.add_step_log(store.create_step_log("inner", "missing_step.branch.inner"), run_id)


MISSING_RUN_OPERATIONS: dict[str, Callable[[BaseRunLogStore, str], object]] = {
    "get_run_log_by_id": lambda store, run_id: store.get_run_log_by_id(run_id),
    "get_run_log_by_id_full": lambda store, run_id: store.get_run_log_by_id(run_id, full=True),
    "update_run_log_status": lambda store, run_id: store.update_run_log_status(run_id, defaults.SUCCESS),
    "get_parameters": lambda store, run_id: store.get_parameters(run_id),
    "get_branch_parameters": lambda store, run_id: store.get_parameters(run_id, "a.b"),
    "set_parameters": lambda store, run_id: store.set_parameters(run_id, {"p": JsonParameter(value=1)}),
    "set_branch_parameters": lambda store, run_id: store.set_parameters(
        run_id, {"p": JsonParameter(value=1)}, "a.b"
    ),
    "get_run_config": lambda store, run_id: store.get_run_config(run_id),
    "set_run_config": lambda store, run_id: store.set_run_config(run_id, {"k": "v"}),
    "get_step_log": lambda store, run_id: store.get_step_log("step", run_id),
    "get_nested_step_log": lambda store, run_id: store.get_step_log("a.b.step", run_id),
    "add_step_log": lambda store, run_id: store.add_step_log(store.create_step_log("s", "s"), run_id),
    "add_nested_step_log": _add_nested_step,
    "get_branch_log": lambda store, run_id: store.get_branch_log("a.b", run_id),
    "get_run_as_branch_log": lambda store, run_id: store.get_branch_log("", run_id),
    "add_branch_log": lambda store, run_id: store.add_branch_log(store.create_branch_log("a.b"), run_id),
    "get_job_log": lambda store, run_id: store.get_job_log(run_id),
    "add_job_log": lambda store, run_id: store.add_job_log(run_id, store.create_job_log()),
}


class StoreContract(
    QueriesContract, ConditionsContract, HistoryContract, GuardsContract, ConcurrencyContract
):
    """Behaviour every run log store must show. See :mod:`runnable.testing` for how to use it."""

    __test__ = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Concrete subclasses are test classes; only an explicit False opts out.
        cls.__test__ = bool(cls.__dict__.get("__test__", True))

    # -- creating and reading runs ------------------------------------------------------

    def test_create_then_get(self, store: BaseRunLogStore) -> None:
        created = store.create_run_log("create-1", dag_hash="abc", tag="t1", status=defaults.PROCESSING)
        assert (created.run_id, created.dag_hash, created.tag, created.status) == (
            "create-1",
            "abc",
            "t1",
            defaults.PROCESSING,
        )
        assert created.created_at.tzinfo is not None
        for full in (False, True):
            stored = store.get_run_log_by_id("create-1", full=full)
            assert (stored.run_id, stored.dag_hash, stored.tag, stored.status) == (
                "create-1",
                "abc",
                "t1",
                defaults.PROCESSING,
            )
            assert stored.created_at == created.created_at
            assert stored.steps == {}
            assert stored.job is None

    def test_create_defaults_to_created_status(self, store: BaseRunLogStore) -> None:
        created = store.create_run_log("create-2")
        assert store.get_run_log_by_id("create-2").status == defaults.CREATED
        assert (created.dag_hash, created.tag) == ("", "")

    def test_create_existing_run_raises(self, store: BaseRunLogStore) -> None:
        store.create_run_log("taken", tag="first")
        with pytest.raises(exceptions.RunLogExistsError, match="taken"):
            store.create_run_log("taken", tag="second")
        assert store.get_run_log_by_id("taken").tag == "first"

    def test_missing_run_raises_not_found(self, store: BaseRunLogStore) -> None:
        store.create_run_log("present")
        with pytest.raises(exceptions.RunLogNotFoundError, match="absent") as caught:
            store.get_run_log_by_id("absent", full=True)
        assert caught.value.run_id == "absent"

    @pytest.mark.parametrize("operation", list(MISSING_RUN_OPERATIONS), ids=list(MISSING_RUN_OPERATIONS))
    def test_every_method_reports_a_missing_run(self, store: BaseRunLogStore, operation: str) -> None:
        # Only RunLogNotFoundError, never a raw backend error (OSError, KeyError, json errors...).
        store.create_run_log("someone-else")
        with pytest.raises(exceptions.RunLogNotFoundError) as caught:
            MISSING_RUN_OPERATIONS[operation](store, "no-such-run")
        assert "no-such-run" in str(caught.value)

    def test_put_then_get_full_is_identical(self, store: BaseRunLogStore) -> None:
        run_log = example_run_log("put-1")
        store.put_run_log(run_log)
        assert_same_run_log(store.get_run_log_by_id("put-1", full=True), run_log)

    def test_put_replaces_the_stored_run(self, store: BaseRunLogStore) -> None:
        store.put_run_log(example_run_log("put-2"))
        replacement = RunLog(run_id="put-2", status=defaults.FAIL, tag="second")
        replacement.insert_step_log(StepLog(name="only", internal_name="only"))
        store.put_run_log(replacement)
        assert_same_run_log(store.get_run_log_by_id("put-2", full=True), replacement)

    def test_json_round_trip(self, store: BaseRunLogStore) -> None:
        store.put_run_log(example_run_log("json-1"))
        stored = store.get_run_log_by_id("json-1", full=True)
        assert_same_run_log(RunLog.model_validate_json(stored.model_dump_json()), stored)
        assert_same_run_log(RunLog.model_validate(json.loads(stored.model_dump_json())), stored)

    def test_header_and_full(self, store: BaseRunLogStore) -> None:
        run_log = example_run_log("header-1")
        store.put_run_log(run_log)
        header = store.get_run_log_by_id("header-1", full=False)
        if self.headers_omit_steps:
            assert header.steps == {}
        else:
            assert as_json(header) == as_json(run_log)
        assert as_json(header.header()) == as_json(run_log.header())
        assert header.parameters == run_log.parameters
        assert header.run_config == run_log.run_config
        assert header.job == run_log.job
        assert_same_run_log(store.get_run_log_by_id("header-1", full=True), run_log)

    @pytest.mark.parametrize("run_id", ["params-python-fs", "py-tasks-fs", "map-fs", "map-chunked"])
    def test_runnable_050_run_logs_import_and_read_back(self, store: BaseRunLogStore, run_id: str) -> None:
        sample = legacy_run_logs()[run_id]
        store.put_run_log(sample)
        stored = store.get_run_log_by_id(run_id, full=True)
        assert_same_run_log(stored, sample)
        assert stored.created_at.tzinfo is not None
        first_step = next(iter(sample.steps.values()))
        assert store.get_step_log(first_step.internal_name, run_id) == first_step

    # -- steps ----------------------------------------------------------------------------

    def test_created_step_log_is_not_stored_until_added(self, store: BaseRunLogStore) -> None:
        store.create_run_log("steps-1")
        step_log = store.create_step_log("train", "train")
        assert (step_log.name, step_log.internal_name, step_log.status) == (
            "train",
            "train",
            defaults.CREATED,
        )
        with pytest.raises(exceptions.StepLogNotFoundError):
            store.get_step_log("train", "steps-1")
        store.add_step_log(step_log, "steps-1")
        assert store.get_step_log("train", "steps-1") == step_log

    def test_add_step_log_replaces_the_step(self, store: BaseRunLogStore) -> None:
        store.create_run_log("steps-2")
        step_log = store.create_step_log("train", "train")
        store.add_step_log(step_log, "steps-2")
        step_log.status = defaults.SUCCESS
        step_log.attempts.append(
            StepAttempt(status=defaults.SUCCESS, start_time=SAMPLE_TIME, end_time=SAMPLE_TIME)
        )
        store.add_step_log(step_log, "steps-2")
        stored = store.get_step_log("train", "steps-2")
        assert stored.status == defaults.SUCCESS
        assert stored.attempts == step_log.attempts
        assert list(store.get_run_log_by_id("steps-2", full=True).steps) == ["train"]

    def test_add_step_log_touches_updated_at(self, store: BaseRunLogStore) -> None:
        old = datetime(2020, 1, 1, tzinfo=timezone.utc)
        store.put_run_log(RunLog(run_id="steps-3", created_at=old, updated_at=old))
        store.add_step_log(store.create_step_log("a", "a"), "steps-3")
        stored = store.get_run_log_by_id("steps-3")
        assert stored.updated_at > old
        assert stored.created_at == old

    def test_missing_step_names_run_and_step(self, store: BaseRunLogStore) -> None:
        store.create_run_log("steps-4")
        store.add_step_log(store.create_step_log("a", "a"), "steps-4")
        for name in ("b", "a.x.b", "a.x"):
            with pytest.raises(exceptions.StepLogNotFoundError) as caught:
                store.get_step_log(name, "steps-4")
            assert "steps-4" in str(caught.value)
            assert name in str(caught.value)

    def test_updated_at_follows_later_writes(self, store: BaseRunLogStore) -> None:
        # Stores may bump updated_at once per UPDATED_AT_RESOLUTION_SECONDS; a later write moves it on.
        store.create_run_log("touch-2")
        store.add_step_log(store.create_step_log("a", "a"), "touch-2")
        first = store.get_run_log_by_id("touch-2").updated_at
        time.sleep(defaults.UPDATED_AT_RESOLUTION_SECONDS + 0.1)
        store.add_step_log(store.create_step_log("b", "b"), "touch-2")
        assert store.get_run_log_by_id("touch-2").updated_at > first

    def test_step_order_is_insertion_order(self, store: BaseRunLogStore) -> None:
        store.create_run_log("order-1")
        names = ["zeta", "alpha", "mid", "beta", "omega", "10", "9"]
        for name in names:
            store.add_step_log(store.create_step_log(name, name), "order-1")
        store.add_step_log(store.create_step_log("alpha", "alpha"), "order-1")  # replacing keeps the place
        assert list(store.get_run_log_by_id("order-1", full=True).steps) == names

    # -- branches -------------------------------------------------------------------------

    def test_nested_branches_three_levels_deep(self, store: BaseRunLogStore) -> None:
        run_id = "nested-1"
        store.create_run_log(run_id)
        expected = RunLog(run_id=run_id)
        levels = ["outer", "b1", "mid", encode_name_segment("0.5"), "deep", "x", "leaf"]
        prefix = ""
        for depth, segment in enumerate(levels):
            prefix = join_internal_name(prefix, segment)
            if depth % 2 == 0:
                step_log = store.create_step_log(segment, prefix)
                store.add_step_log(step_log, run_id)
                expected.insert_step_log(step_log)
            else:
                branch = store.create_branch_log(prefix)
                store.add_branch_log(branch, run_id)
                expected.insert_branch_log(branch)
        stored = store.get_run_log_by_id(run_id, full=True)
        assert tree_order(stored) == tree_order(expected)
        assert as_json(stored)["steps"] == as_json(expected)["steps"]
        deepest = "outer.b1.mid.0%2E5.deep.x.leaf"
        assert store.get_step_log(deepest, run_id).name == "leaf"
        middle = store.get_branch_log("outer.b1.mid.0%2E5", run_id)
        assert isinstance(middle, BranchLog)
        assert list(middle.steps) == ["outer.b1.mid.0%2E5.deep"]
        assert list(middle.steps["outer.b1.mid.0%2E5.deep"].branches["outer.b1.mid.0%2E5.deep.x"].steps) == [
            deepest
        ]
        outer = store.get_step_log("outer", run_id)
        assert list(outer.branches) == ["outer.b1"]
        assert tree_order(RunLog(run_id=run_id, steps={"outer": outer})) == tree_order(expected)

    def test_map_values_with_awkward_characters(self, store: BaseRunLogStore) -> None:
        run_id = "map-values"
        store.create_run_log(run_id)
        map_step = store.create_step_log("map", "map")
        map_step.step_type = defaults.MAP
        store.add_step_log(map_step, run_id)
        for value in AWKWARD_MAP_VALUES:
            branch_name = join_internal_name("map", encode_name_segment(value))
            store.add_branch_log(
                store.create_branch_log(branch_name, parameters={"value": JsonParameter(value=value)}), run_id
            )
            store.add_step_log(store.create_step_log("task", join_internal_name(branch_name, "task")), run_id)
        stored = store.get_run_log_by_id(run_id, full=True)
        branch_names = [join_internal_name("map", encode_name_segment(v)) for v in AWKWARD_MAP_VALUES]
        assert list(stored.steps["map"].branches) == branch_names
        for value, branch_name in zip(AWKWARD_MAP_VALUES, branch_names, strict=True):
            branch = store.get_branch_log(branch_name, run_id)
            assert isinstance(branch, BranchLog)
            assert branch.internal_name == branch_name
            assert list(branch.steps) == [f"{branch_name}.task"]
            assert store.get_parameters(run_id, branch_name)["value"].get_value() == value
            assert store.get_step_log(f"{branch_name}.task", run_id).internal_name == f"{branch_name}.task"

    def test_branch_order_is_insertion_order(self, store: BaseRunLogStore) -> None:
        store.create_run_log("order-2")
        store.add_step_log(store.create_step_log("par", "par"), "order-2")
        names = ["par.z", "par.a", "par.m", "par.0", "par.b"]
        for name in names:
            store.add_branch_log(store.create_branch_log(name), "order-2")
        assert list(store.get_step_log("par", "order-2").branches) == names

    def test_missing_branch_names_run_and_branch(self, store: BaseRunLogStore) -> None:
        store.create_run_log("branches-1")
        store.add_step_log(store.create_step_log("par", "par"), "branches-1")
        with pytest.raises(exceptions.BranchLogNotFoundError) as caught:
            store.get_branch_log("par.nope", "branches-1")
        assert "branches-1" in str(caught.value)
        assert "par.nope" in str(caught.value)
        for read_parameters in (
            lambda: store.get_parameters("branches-1", "par.nope"),
            lambda: store.get_parameters_of_branches("branches-1", ["par.nope"]),
        ):
            with pytest.raises(exceptions.BranchLogNotFoundError) as caught:
                read_parameters()
            assert "branches-1" in str(caught.value)
            assert "par.nope" in str(caught.value)
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"par\.nope") as caught:
            store.add_step_log(store.create_step_log("s", "par.nope.s"), "branches-1")
        assert "branches-1" in str(caught.value)
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"par\.nope") as caught:
            store.set_parameters("branches-1", {"p": JsonParameter(value=1)}, "par.nope")
        assert "branches-1" in str(caught.value)
        with pytest.raises(exceptions.StepLogNotFoundError) as missing_step:
            store.add_branch_log(store.create_branch_log("ghost.b"), "branches-1")
        assert "ghost" in str(missing_step.value)
        assert "branches-1" in str(missing_step.value)
        assert store.get_step_log("par", "branches-1").branches == {}

    def test_empty_branch_name_is_the_run(self, store: BaseRunLogStore) -> None:
        store.put_run_log(example_run_log("branches-2"))
        run_as_branch = store.get_branch_log("", "branches-2")
        assert isinstance(run_as_branch, RunLog)
        assert_same_run_log(run_as_branch, example_run_log("branches-2"))
        run_as_branch.tag = "written as a branch"  # runnable 0.50: add_branch_log(run_log) puts the run
        store.add_branch_log(run_as_branch, "branches-2")
        assert store.get_run_log_by_id("branches-2").tag == "written as a branch"

    def test_rewriting_a_step_or_branch_keeps_what_is_stored_under_it(self, store: BaseRunLogStore) -> None:
        run_id = "merge-1"
        store.create_run_log(run_id)
        parallel = store.create_step_log("par", "par")
        store.add_step_log(parallel, run_id)
        branch = store.create_branch_log("par.one", parameters={"p": JsonParameter(value=1)})
        store.add_branch_log(branch, run_id)
        store.add_step_log(store.create_step_log("task", "par.one.task"), run_id)
        # Stale copies: the step object never saw its branch, the branch never saw its step.
        parallel.status = defaults.SUCCESS
        store.add_step_log(parallel, run_id)
        branch.status = defaults.SUCCESS
        store.add_branch_log(branch, run_id)
        stored = store.get_step_log("par", run_id)
        assert stored.status == defaults.SUCCESS
        assert list(stored.branches) == ["par.one"]
        assert stored.branches["par.one"].status == defaults.SUCCESS
        assert list(stored.branches["par.one"].steps) == ["par.one.task"]
        assert store.get_parameters(run_id, "par.one") == {"p": JsonParameter(value=1)}

    def test_a_step_carrying_branches_stores_them(self, store: BaseRunLogStore) -> None:
        # runnable 0.50 recorded composite steps with their branches inside.
        sample = example_run_log("carry-1")
        store.create_run_log("carry-1")
        for step_log in sample.steps.values():
            store.add_step_log(step_log, "carry-1")
        stored = store.get_run_log_by_id("carry-1", full=True)
        assert as_json(stored)["steps"] == as_json(sample)["steps"]
        assert tree_order(stored) == tree_order(sample)
        assert store.get_step_log("outer.right.mid.x y.deep.only.leaf", "carry-1").name == "leaf"

    # -- parameters, config, status, jobs -------------------------------------------------

    def test_run_parameters_merge(self, store: BaseRunLogStore) -> None:
        store.create_run_log("params-1")
        assert store.get_parameters("params-1") == {}
        store.set_parameters("params-1", {"a": JsonParameter(value=1), "m": MetricParameter(value=0.5)})
        store.set_parameters("params-1", {"b": ObjectParameter(value="b.pickle")})
        store.set_parameters("params-1", {"a": JsonParameter(value={"now": [3]})})
        expected = {
            "a": JsonParameter(value={"now": [3]}),
            "m": MetricParameter(value=0.5),
            "b": ObjectParameter(value="b.pickle"),
        }
        assert store.get_parameters("params-1") == expected
        assert list(store.get_parameters("params-1")) == ["a", "m", "b"]
        assert store.get_run_log_by_id("params-1").parameters == expected
        assert store.get_run_log_by_id("params-1", full=True).parameters == expected

    def test_branch_parameters_are_scoped(self, store: BaseRunLogStore) -> None:
        run_id = "params-2"
        store.create_run_log(run_id)
        store.add_step_log(store.create_step_log("map", "map"), run_id)
        first = store.create_branch_log("map.1", parameters={"chunk": JsonParameter(value=1)})
        first.status = defaults.SUCCESS
        store.add_branch_log(first, run_id)
        store.add_branch_log(store.create_branch_log("map.2"), run_id)
        store.set_parameters(run_id, {"out": JsonParameter(value=10)}, "map.1")
        store.set_parameters(run_id, {"out": JsonParameter(value=20)}, "map.2")
        store.set_parameters(run_id, {"top": JsonParameter(value=0)})
        assert store.get_parameters(run_id, "map.1") == {
            "chunk": JsonParameter(value=1),
            "out": JsonParameter(value=10),
        }
        assert store.get_parameters(run_id, "map.2") == {"out": JsonParameter(value=20)}
        assert store.get_parameters(run_id) == {"top": JsonParameter(value=0)}
        branch = store.get_branch_log("map.1", run_id)
        assert isinstance(branch, BranchLog)
        assert branch.parameters == store.get_parameters(run_id, "map.1")
        assert branch.status == defaults.SUCCESS  # setting a branch's parameters changes nothing else
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"map\.3"):
            store.get_parameters(run_id, "map.3")

    def test_parameters_of_many_branches_read_together(self, store: BaseRunLogStore) -> None:
        run_id = "params-3"
        store.create_run_log(run_id)
        store.add_step_log(store.create_step_log("map", "map"), run_id)
        names = [f"map.{index}" for index in range(510)]  # more than one batch of a database query
        run_log = store.get_run_log_by_id(run_id, full=True)
        for index, name in enumerate(names):
            run_log.insert_branch_log(
                store.create_branch_log(name, parameters={"i": JsonParameter(value=index)})
            )
        store.put_run_log(run_log)
        store.set_parameters(run_id, {"out": JsonParameter(value="last")}, names[-1])
        store.set_parameters(run_id, {"top": JsonParameter(value=0)})
        asked = [names[5], names[-1], names[0]]
        found = store.get_parameters_of_branches(run_id, asked)
        assert list(found) == asked
        assert found[names[5]] == {"i": JsonParameter(value=5)}
        assert found[names[-1]] == {"i": JsonParameter(value=509), "out": JsonParameter(value="last")}
        assert len(store.get_parameters_of_branches(run_id, names)) == 510
        assert store.get_parameters_of_branches(run_id, []) == {}
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.get_parameters_of_branches("no-such-run", [])
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"map\.missing"):
            store.get_parameters_of_branches(run_id, [names[0], "map.missing"])

    def test_add_logs_writes_in_the_order_given(self, store: BaseRunLogStore) -> None:
        run_id = "logs-1"
        store.create_run_log(run_id)
        store.add_step_log(store.create_step_log("map", "map"), run_id)
        opening = store.create_branch_log("map.a", parameters={"x": JsonParameter(value=1)})
        opening.status = defaults.PROCESSING
        step = store.create_step_log("work", "map.a.work")
        step.status = defaults.PROCESSING
        # A branch's start: the branch, then its first step (which needs the branch).
        store.add_logs(run_id, [opening, step])
        assert store.get_step_log("map.a.work", run_id).status == defaults.PROCESSING
        ended = step.model_copy(update={"status": defaults.SUCCESS})
        success = store.create_step_log("success", "map.a.success")
        success.status = defaults.SUCCESS
        # A step's end (its returns, then its log) and the branch's end (its last step, then it).
        store.add_logs(
            run_id,
            [
                ScopeWrite("map.a", {"y": JsonParameter(value=2)}),
                ended,
                success,
                BranchLog(internal_name="map.a", status=defaults.SUCCESS),
            ],
        )
        branch = store.get_branch_log("map.a", run_id)
        assert isinstance(branch, BranchLog)
        assert branch.status == defaults.SUCCESS
        assert branch.parameters == {"x": JsonParameter(value=1), "y": JsonParameter(value=2)}
        assert list(branch.steps) == ["map.a.work", "map.a.success"]
        assert branch.steps["map.a.work"].status == defaults.SUCCESS
        store.add_logs(run_id, [ScopeWrite("", {"top": JsonParameter(value=0)}), ScopeWrite("map.a", {})])
        assert store.get_parameters(run_id) == {"top": JsonParameter(value=0)}
        store.add_logs(run_id, [])  # nothing to write

    def test_add_logs_reports_what_is_missing(self, store: BaseRunLogStore) -> None:
        run_id = "logs-2"
        store.create_run_log(run_id)
        store.add_step_log(store.create_step_log("map", "map"), run_id)
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"map\.b"):
            store.add_logs(run_id, [store.create_step_log("work", "map.b.work")])
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"map\.b"):
            store.add_logs(run_id, [ScopeWrite("map.b", {"y": JsonParameter(value=2)})])
        with pytest.raises(exceptions.StepLogNotFoundError, match=r"other"):
            store.add_logs(run_id, [store.create_branch_log("other.b")])
        with pytest.raises(exceptions.RunLogNotFoundError):
            store.add_logs("no-such-run", [store.create_step_log("s", "s")])

    def test_run_config_merges(self, store: BaseRunLogStore) -> None:
        store.create_run_log("config-1")
        assert store.get_run_config("config-1") == {}
        store.set_run_config("config-1", {"executor": {"type": "local"}, "tag": "a"})
        store.set_run_config("config-1", {"tag": "b", "dag": {"start_at": "x"}})
        assert store.get_run_config("config-1") == {
            "executor": {"type": "local"},
            "tag": "b",
            "dag": {"start_at": "x"},
        }
        assert store.get_run_log_by_id("config-1").run_config == store.get_run_config("config-1")

    def test_status_updates(self, store: BaseRunLogStore) -> None:
        store.create_run_log("status-1")
        store.add_step_log(store.create_step_log("s", "s"), "status-1")
        for status in (defaults.PROCESSING, defaults.FAIL, defaults.SUCCESS):
            store.update_run_log_status("status-1", status)
            assert store.get_run_log_by_id("status-1").status == status
        assert list(store.get_run_log_by_id("status-1", full=True).steps) == ["s"]

    def test_job_logs(self, store: BaseRunLogStore) -> None:
        store.create_run_log("job-1")
        with pytest.raises(exceptions.JobLogNotFoundError, match="job-1"):
            store.get_job_log("job-1")
        job_log = store.create_job_log()
        assert job_log.status == defaults.CREATED
        job_log.status = defaults.SUCCESS
        job_log.attempts.append(
            StepAttempt(status=defaults.SUCCESS, start_time=SAMPLE_TIME, end_time=SAMPLE_TIME)
        )
        job_log.add_data_catalogs([DataCatalog(name="out.csv", stage="put")])
        store.add_job_log("job-1", job_log)
        assert store.get_job_log("job-1") == job_log
        assert store.get_run_log_by_id("job-1").status == defaults.SUCCESS
        assert store.get_run_log_by_id("job-1").job == job_log
