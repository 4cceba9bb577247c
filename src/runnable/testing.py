"""The contract every run log store passes, as a reusable pytest class.

Test a store by subclassing :class:`StoreContract` and providing a ``store``
fixture that returns a fresh, empty store::

    import pytest
    from runnable.testing import StoreContract
    from my_package.stores import CloudDatabaseRunLogStore

    class TestCloudDatabaseStore(StoreContract):
        @pytest.fixture
        def store(self, tmp_path):
            return CloudDatabaseRunLogStore(connection_string=f"sqlite:///{tmp_path}/runs.db")

Subclasses are collected by pytest automatically (``StoreContract`` itself is
not: it sets ``__test__ = False``; an intermediate subclass that should not
run sets ``__test__ = False`` again).

Capability hooks, all optional:

``parallel_writes_store`` (fixture)
    The store used by the multi-process stress test, or ``None`` to skip it.
    By default: ``store`` when it claims ``supports_parallel_writes``. Each
    worker process rebuilds the store from ``(import path of its class,
    store.model_dump())``, so the store must be rebuildable from its config
    and point at storage the processes share (a folder, a database file or
    server; not an in-memory database).
``thread_safe`` (class attribute, default ``False``)
    Set it when many threads of one process may write one run through the
    same store object; a threaded variant of the stress test then runs.
``headers_omit_steps`` (class attribute, default ``True``)
    ``get_run_log_by_id(run_id, full=False)`` leaves out step bodies.
    A store that always returns whole run logs sets it to ``False``.
``many_runs`` (class attribute, default 300)
    How many runs the pagination test creates.
``stress_processes`` / ``stress_steps`` / ``stress_start_method``
    Size of the stress test (8 processes, 4 steps each) and how its
    processes start (``"spawn"``).

The runnable 0.50 sample run logs the contract imports are shipped with the
package; :func:`legacy_run_logs` loads them.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import pytest

from runnable import defaults, exceptions
from runnable._guards_contract import GuardsContract
from runnable._history_contract import HistoryContract
from runnable._query_contract import ConditionsContract
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    StepAttempt,
    StepLog,
    encode_name_segment,
    join_internal_name,
)
from runnable.plugins import ServiceSpec, build_service, service_spec
from runnable.run_log_store.base import BaseRunLogStore

__all__ = [
    "StoreContract",
    "as_json",
    "assert_same_run_log",
    "build_store",
    "example_run_log",
    "legacy_run_logs",
    "legacy_samples_folder",
    "store_spec",
    "tree_order",
]

StoreSpec = ServiceSpec

# --------------------------------------------------------------------------- data


def legacy_samples_folder() -> Path:
    """The folder of runnable 0.50 sample run logs shipped with the package."""
    return Path(str(resources.files("runnable") / "_samples" / "runnable_0_50"))


def legacy_run_logs() -> dict[str, RunLog]:
    """Run logs written by runnable 0.50, keyed by run id.

    Three come from its ``file-system`` store; ``map-chunked`` is its
    ``chunked-fs`` layout (``RunLog.json`` plus one ``BranchLog-*.json`` per
    map branch) assembled into one run log.
    """
    from runnable.run_log_store.chunked_fs import read_legacy_run_folder

    folder = legacy_samples_folder()
    run_logs: dict[str, RunLog] = {}
    for path in sorted(folder.glob("*.json")):
        run_log = RunLog.model_validate_json(path.read_bytes())
        run_logs[run_log.run_id] = run_log
    run_logs["map-chunked"] = read_legacy_run_folder(folder / "map-chunked", "map-chunked")
    return run_logs


_T0 = datetime(2026, 11, 1, 9, 30, 0, 123456, tzinfo=timezone.utc)

# Map values that are awkward as names: dots, spaces, unicode, separators.
AWKWARD_MAP_VALUES = ("0.5", "a.b", "x y", "ünïcødé", "a/b", "100%", "..", "z")


def example_run_log(run_id: str, *, created_at: datetime = _T0) -> RunLog:
    """A run log using every part of the model, nested three branches deep."""

    def attempt(number: int, status: str, start: datetime) -> StepAttempt:
        return StepAttempt(
            attempt_number=number,
            start_time=start,
            end_time=start + timedelta(seconds=1, microseconds=250),
            status=status,
            message="" if status == defaults.SUCCESS else "boom",
            input_parameters={"x": JsonParameter(value=[1, 2.5, "three", None, {"k": True}])},
            output_parameters={
                "model": ObjectParameter(value="model.pickle"),
                "score": JsonParameter(value=0.75),
            },
            user_defined_metrics={"accuracy": MetricParameter(value=0.9)},
            retry_indicator="",
            code_identities=[
                CodeIdentity(code_identifier="abc123", code_identifier_url="https://example.org")
            ],
        )

    def step(internal_name: str, name: str, step_type: str = defaults.TASK) -> StepLog:
        return StepLog(
            name=name,
            internal_name=internal_name,
            status=defaults.SUCCESS,
            step_type=step_type,
            attempts=[] if step_type != defaults.TASK else [attempt(1, defaults.SUCCESS, created_at)],
            code_identities=[CodeIdentity(code_identifier="abc123")],
            data_catalog=[
                DataCatalog(
                    name="data/out.csv", data_hash="f00d", catalog_relative_path="r/out.csv", stage="put"
                )
            ],
        )

    run_log = RunLog(
        run_id=run_id,
        dag_hash="d1ce",
        tag="nightly",
        status=defaults.SUCCESS,
        parameters={
            "alpha": JsonParameter(value={"nested": [1, 2]}),
            "loss": MetricParameter(value=0.25),
            "frame": ObjectParameter(value="frame.pickle"),
        },
        run_config={"executor": {"type": "local"}, "tag": "nightly", "dag": {"start_at": "first"}},
        created_at=created_at,
        updated_at=created_at + timedelta(minutes=5),
    )
    retried = step("first", "first")
    retried.attempts = [attempt(1, defaults.FAIL, created_at), attempt(2, defaults.SUCCESS, created_at)]
    run_log.insert_step_log(retried)
    # step.branch.step.branch.step.branch.step
    run_log.insert_step_log(step("outer", "outer", defaults.PARALLEL))
    run_log.insert_branch_log(BranchLog(internal_name="outer.left", status=defaults.SUCCESS))
    run_log.insert_branch_log(
        BranchLog(
            internal_name="outer.right",
            status=defaults.SUCCESS,
            parameters={"side": JsonParameter(value="right")},
        )
    )
    run_log.insert_step_log(step("outer.right.mid", "mid", defaults.MAP))
    for value in ("0.5", "x y"):
        branch_name = join_internal_name("outer.right.mid", encode_name_segment(value))
        run_log.insert_branch_log(
            BranchLog(
                internal_name=branch_name,
                status=defaults.SUCCESS,
                parameters={"chunk": JsonParameter(value=value)},
            )
        )
        run_log.insert_step_log(step(f"{branch_name}.deep", "deep", defaults.PARALLEL))
        run_log.insert_branch_log(
            BranchLog(internal_name=f"{branch_name}.deep.only", status=defaults.SUCCESS)
        )
        run_log.insert_step_log(step(f"{branch_name}.deep.only.leaf", "leaf"))
        run_log.insert_step_log(step(f"{branch_name}.deep.only.leaf 2", "leaf 2"))
    run_log.insert_step_log(step("outer.left.solo", "solo"))
    run_log.insert_step_log(step("last", "last", defaults.SUCCESS_NODE))
    run_log.job = JobLog(
        status=defaults.SUCCESS,
        attempts=[attempt(1, defaults.SUCCESS, created_at)],
        data_catalog=[DataCatalog(name="report.html", stage="put")],
    )
    return run_log


def tree_order(run_log: RunLog) -> list[str]:
    """Internal names of every step and branch in the order a reader meets them."""
    order: list[str] = []

    def walk(steps: dict[str, StepLog]) -> None:
        for internal_name, step_log in steps.items():
            order.append(internal_name)
            for branch_name, branch in step_log.branches.items():
                order.append(branch_name)
                walk(branch.steps)

    walk(run_log.steps)
    return order


def as_json(run_log: RunLog | StepLog | BranchLog) -> dict[str, Any]:
    result: dict[str, Any] = run_log.model_dump(mode="json")
    return result


def assert_same_run_log(actual: RunLog, expected: RunLog) -> None:
    """Equal content and equal order of every step, branch and parameter."""
    assert as_json(actual) == as_json(expected)
    assert tree_order(actual) == tree_order(expected)
    assert actual.model_dump_json() == expected.model_dump_json()


# --------------------------------------------------------------------------- rebuilding stores


def store_spec(store: BaseRunLogStore) -> StoreSpec:
    """What another process needs to rebuild ``store``: its class's import path and its config."""
    return service_spec(store)


def build_store(spec: StoreSpec) -> BaseRunLogStore:
    """The store :func:`store_spec` described, rebuilt in this process."""
    store = build_service(spec)
    assert isinstance(store, BaseRunLogStore)
    return store


# --------------------------------------------------------------------------- concurrent writers

FAN_STEP = "fan"


def _write_share(store: BaseRunLogStore, run_id: str, worker: int, steps: int) -> None:
    """What one of many concurrent writers records: its own branch, steps and parameters,
    plus merges into the run's shared parameters, run config and status."""
    branch_name = join_internal_name(FAN_STEP, f"w{worker}")
    branch = store.create_branch_log(branch_name, parameters={"seed": JsonParameter(value=worker)})
    store.add_branch_log(branch, run_id)
    for index in range(steps):
        step_log = store.create_step_log(f"s{index}", join_internal_name(branch_name, f"s{index}"))
        step_log.status = defaults.PROCESSING
        store.add_step_log(step_log, run_id)
        step_log.status = defaults.SUCCESS
        step_log.attempts.append(StepAttempt(status=defaults.SUCCESS, start_time=_T0, end_time=_T0))
        store.add_step_log(step_log, run_id)
        store.set_parameters(run_id, {f"out{index}": JsonParameter(value=index * worker)}, branch_name)
    inner = store.create_step_log("inner", join_internal_name(branch_name, "inner"))
    inner.step_type = defaults.MAP
    store.add_step_log(inner, run_id)
    inner_branch = join_internal_name(branch_name, "inner", encode_name_segment("x.y"))
    store.add_branch_log(store.create_branch_log(inner_branch), run_id)
    store.add_step_log(store.create_step_log("leaf", join_internal_name(inner_branch, "leaf")), run_id)
    store.add_step_log(store.create_step_log(f"solo_w{worker}", f"solo_w{worker}"), run_id)
    store.set_parameters(run_id, {f"from_w{worker}": MetricParameter(value=worker)})
    store.set_run_config(run_id, {f"w{worker}": worker})
    store.update_run_log_status(run_id, defaults.PROCESSING)
    # A stale copy of the branch (it carries no steps) must not drop the steps.
    branch.status = defaults.SUCCESS
    store.add_branch_log(branch, run_id)


def _share_problems(run_log: RunLog, worker: int, steps: int) -> list[str]:
    problems: list[str] = []
    branch_name = join_internal_name(FAN_STEP, f"w{worker}")
    try:
        branch, _ = run_log.search_branch_by_internal_name(branch_name)
    except exceptions.BranchLogNotFoundError:
        return [f"branch {branch_name} is missing"]
    assert branch is not None
    if branch.status != defaults.SUCCESS:
        problems.append(f"branch {branch_name} has status {branch.status}")
    expected_steps = [join_internal_name(branch_name, f"s{i}") for i in range(steps)]
    expected_steps.append(join_internal_name(branch_name, "inner"))
    if list(branch.steps) != expected_steps:
        problems.append(f"branch {branch_name} has steps {list(branch.steps)}, expected {expected_steps}")
    for index in range(steps):
        step_log = branch.steps.get(join_internal_name(branch_name, f"s{index}"))
        if step_log is None or step_log.status != defaults.SUCCESS or len(step_log.attempts) != 1:
            problems.append(f"step s{index} of {branch_name} is missing or incomplete: {step_log}")
    expected_parameters = {"seed": worker, **{f"out{i}": i * worker for i in range(steps)}}
    parameters = {name: value.get_value() for name, value in branch.parameters.items()}
    if parameters != expected_parameters:
        problems.append(f"branch {branch_name} has parameters {parameters}, expected {expected_parameters}")
    leaf = join_internal_name(branch_name, "inner", encode_name_segment("x.y"), "leaf")
    try:
        run_log.search_step_by_internal_name(leaf)
    except exceptions.StepLogNotFoundError:
        problems.append(f"nested step {leaf} is missing")
    if f"solo_w{worker}" not in run_log.steps:
        problems.append(f"top-level step solo_w{worker} is missing")
    if run_log.parameters.get(f"from_w{worker}") != MetricParameter(value=worker):
        problems.append(f"run parameter from_w{worker} is missing")
    if run_log.run_config.get(f"w{worker}") != worker:
        problems.append(f"run config key w{worker} is missing")
    return problems


def _stress_process(spec: StoreSpec, run_id: str, worker: int, steps: int, barrier: Any, report: str) -> None:
    try:
        store = build_store(spec)
        barrier.wait(timeout=120)
        _write_share(store, run_id, worker, steps)
    except BaseException:
        Path(report).write_text(traceback.format_exc())
        raise SystemExit(1) from None


def _prepare_shared_run(store: BaseRunLogStore, run_id: str) -> None:
    store.create_run_log(run_id, tag="stress")
    store.set_run_config(run_id, {"initial": True})
    fan = store.create_step_log(FAN_STEP, FAN_STEP)
    fan.step_type = defaults.PARALLEL
    store.add_step_log(fan, run_id)


# --------------------------------------------------------------------------- the contract


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


class StoreContract(ConditionsContract, HistoryContract, GuardsContract):
    """Behaviour every run log store must show. See the module docstring for how to use it."""

    __test__ = False

    thread_safe: ClassVar[bool] = False
    headers_omit_steps: ClassVar[bool] = True
    many_runs: ClassVar[int] = 300
    stress_processes: ClassVar[int] = 8
    stress_steps: ClassVar[int] = 4
    stress_start_method: ClassVar[str] = "spawn"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Concrete subclasses are test classes; only an explicit False opts out.
        cls.__test__ = bool(cls.__dict__.get("__test__", True))

    # -- hooks --------------------------------------------------------------------------

    @pytest.fixture
    def store(self) -> BaseRunLogStore:
        raise NotImplementedError("A StoreContract subclass must provide a `store` fixture.")

    @pytest.fixture
    def parallel_writes_store(self, store: BaseRunLogStore) -> BaseRunLogStore | None:
        return store if store.supports_parallel_writes else None

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
        step_log.attempts.append(StepAttempt(status=defaults.SUCCESS, start_time=_T0, end_time=_T0))
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
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"par\.nope"):
            store.add_step_log(store.create_step_log("s", "par.nope.s"), "branches-1")
        with pytest.raises(exceptions.BranchLogNotFoundError, match=r"par\.nope"):
            store.set_parameters("branches-1", {"p": JsonParameter(value=1)}, "par.nope")
        with pytest.raises(exceptions.StepLogNotFoundError, match="ghost"):
            store.add_branch_log(store.create_branch_log("ghost.b"), "branches-1")
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
        store.add_branch_log(
            store.create_branch_log("map.1", parameters={"chunk": JsonParameter(value=1)}), run_id
        )
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
        job_log.attempts.append(StepAttempt(status=defaults.SUCCESS, start_time=_T0, end_time=_T0))
        job_log.add_data_catalogs([DataCatalog(name="out.csv", stage="put")])
        store.add_job_log("job-1", job_log)
        assert store.get_job_log("job-1") == job_log
        assert store.get_run_log_by_id("job-1").status == defaults.SUCCESS
        assert store.get_run_log_by_id("job-1").job == job_log

    # -- queries --------------------------------------------------------------------------

    def _put_query_runs(self, store: BaseRunLogStore) -> None:
        specs = [
            # run id, tag, status, created (minutes after _T0), parameter x
            ("q-a", "red", defaults.SUCCESS, 0, 1),
            ("q-b", "red", defaults.FAIL, 10, 2),
            ("q-c", "blue", defaults.SUCCESS, 20, 1),
            ("q-d", "blue", defaults.PROCESSING, 30, 3),
            ("q-e", "red", defaults.SUCCESS, 40, 1),
            ("q-f", "", defaults.SUCCESS, 40, 1),  # same created_at as q-e: run id breaks the tie
        ]
        for run_id, tag, status, minutes, x in specs:
            run_log = example_run_log(run_id, created_at=_T0 + timedelta(minutes=minutes))
            run_log.tag, run_log.status = tag, status
            run_log.parameters = {"x": JsonParameter(value=x)}
            run_log.updated_at = _T0 + timedelta(minutes=minutes + 1)
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
        assert ids(created_after=_T0 + timedelta(minutes=10), created_before=_T0 + timedelta(minutes=30)) == [
            "q-c",
            "q-b",
        ]
        assert ids(updated_after=_T0 + timedelta(minutes=31)) == ["q-f", "q-e", "q-d"]
        assert ids(updated_before=_T0 + timedelta(minutes=12)) == ["q-b", "q-a"]
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
                created_at=_T0 + timedelta(seconds=index),
                updated_at=_T0 + timedelta(seconds=index),
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
            created_after=_T0 + timedelta(seconds=10), created_before=_T0 + timedelta(seconds=20), limit=3
        )
        assert [r.run_id for r in window] == ["page-0019", "page-0018", "page-0017"]
        with pytest.raises(exceptions.RunLogNotFoundError, match="page-9999"):
            store.get_run_logs(limit=5, after="page-9999")

    # -- concurrency ----------------------------------------------------------------------

    def test_concurrent_threads_lose_nothing(self, store: BaseRunLogStore) -> None:
        if not self.thread_safe:
            pytest.skip("the store does not claim thread safety (thread_safe = False)")
        run_id = "threads-1"
        workers = self.stress_processes
        _prepare_shared_run(store, run_id)
        barrier = threading.Barrier(workers)
        failures: list[str] = []

        def work(worker: int) -> None:
            try:
                barrier.wait(timeout=60)
                _write_share(store, run_id, worker, self.stress_steps)
            except BaseException:
                failures.append(traceback.format_exc())

        threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not failures, "\n".join(failures)
        self._assert_every_share_present(store, run_id, workers)

    def test_concurrent_processes_lose_nothing(
        self, parallel_writes_store: BaseRunLogStore | None, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        if parallel_writes_store is None:
            pytest.skip("the store does not support parallel writes from many processes")
        store = parallel_writes_store
        run_id = "processes-1"
        workers = self.stress_processes
        _prepare_shared_run(store, run_id)
        reports = tmp_path_factory.mktemp("stress-reports")
        # typeshed types get_context(str) as BaseContext, which lacks Process.
        context: Any = multiprocessing.get_context(self.stress_start_method)
        barrier = context.Barrier(workers)
        spec = store_spec(store)
        processes = [
            context.Process(
                target=_stress_process,
                args=(
                    spec,
                    run_id,
                    worker,
                    self.stress_steps,
                    barrier,
                    str(reports / f"worker-{worker}.txt"),
                ),
                daemon=True,
            )
            for worker in range(workers)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=180)
        hung = [p for p in processes if p.is_alive()]
        for process in hung:
            process.kill()
        failures = [path.read_text() for path in sorted(reports.iterdir())]
        assert not hung, f"{len(hung)} writer processes did not finish"
        assert not failures, "\n".join(failures)
        assert [p.exitcode for p in processes] == [0] * workers
        self._assert_every_share_present(store, run_id, workers)

    def _assert_every_share_present(self, store: BaseRunLogStore, run_id: str, workers: int) -> None:
        run_log = store.get_run_log_by_id(run_id, full=True)
        problems = [p for w in range(workers) for p in _share_problems(run_log, w, self.stress_steps)]
        assert not problems, "\n".join(problems)
        assert run_log.status == defaults.PROCESSING
        assert run_log.run_config["initial"] is True
        assert sorted(run_log.steps["fan"].branches) == sorted(f"fan.w{w}" for w in range(workers))
        assert sorted(run_log.steps) == sorted(["fan", *(f"solo_w{w}" for w in range(workers))])
