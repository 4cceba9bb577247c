"""Composite pipelines on every built-in store, in this process and in worker processes.

One pipeline uses every composite step and nests them three deep; its run log is asserted
step by step (names, order, statuses, parameters per scope) as the run returns it and as a
freshly built store reads it back. The stress test maps 1,000 items over 8 worker processes
on each store that supports parallel writes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from run_log_views import scope, tree
from runnable import Conditional, Loop, Map, Parallel, Pipeline, PythonTask, Stub, defaults
from runnable.exceptions import ExecutionFailedError
from runnable.models import RunLog
from store_sections import store_section

ReadBack = Callable[[Path, str], RunLog]

SEQUENTIAL = ["buffered", "file-system", "chunked-fs", "sqlite", "postgres"]
PARALLEL = ["chunked-fs", "sqlite", "postgres"]
_prefixes = itertools.count()


@pytest.fixture
def configure(workdir: Path, request: pytest.FixtureRequest) -> Callable[..., Path]:
    """Writes a configuration for a store; ``workers`` > 0 enables parallel branches."""

    def write(store: str, workers: int = 0, catalog: str = "file-system") -> Path:
        section = store_section(store, workdir)
        if store == "postgres":
            url = request.getfixturevalue("postgres_url")
            section = {
                "type": "database",
                "config": {"connection_string": url, "table_name": f"composite{next(_prefixes)}"},
            }
        content: dict[str, Any] = {
            "run-log-store": section,
            "catalog": {"type": catalog, "config": {"catalog_location": ".catalog"}}
            if catalog == "file-system"
            else {"type": catalog},
            "pipeline-executor": {
                "type": "local",
                "config": {"enable_parallel": workers > 0, "max_workers": max(workers, 1)},
            },
        }
        path = workdir / f"{store}-{workers}.yaml"
        path.write_text(yaml.safe_dump(content))
        return path

    return write


def store_params(stores: list[str]) -> list[Any]:
    return [pytest.param(s, marks=pytest.mark.postgres) if s == "postgres" else s for s in stores]


def store_and_workers() -> list[Any]:
    """Every store running branches here, and each store that can running them in 2 workers."""
    cases = [(store, 0) for store in SEQUENTIAL] + [(store, 2) for store in PARALLEL]
    return [
        pytest.param(
            store,
            workers,
            id=f"{store}-{'workers' if workers else 'here'}",
            marks=[pytest.mark.postgres] if store == "postgres" else [],
        )
        for store, workers in cases
    ]


# --------------------------------------------------------------------------- step functions


def setup() -> tuple[list[int], int, str, list[list[int]]]:
    return [3, 1, 2], 10, "heads", [[1, 2], [3]]


def square(x: int) -> int:
    return x * x


def heads(x: int, factor: int) -> int:
    return x * factor


def tails() -> int:
    return -1


def count_up(i: int, total: int = 0) -> tuple[int, bool]:
    return total + i, i >= 2


def inner_items(outer: list[int]) -> list[int]:
    return outer


def double(inner: int) -> int:
    return inner * 2


def collect(squared: list[int], scaled: list[int], total: int, doubled: list[list[int]]) -> str:
    return f"{sum(squared)}/{sum(scaled)}/{total}/{doubled}"


def fail_on_two(x: int) -> int:
    if x == 2:
        raise ValueError("two is not allowed")
    return x


def numbers() -> list[int]:
    return [3, 1, 2]


def stress_items() -> list[int]:
    return list(range(1000))


def stress_branch(x: int) -> int:
    return x * 2


# --------------------------------------------------------------------------- the pipelines


def everything() -> Pipeline:
    """Parallel of (Map of (task, Conditional)) and Loop; Map of Parallel of (task, Map); a task."""
    toss = Conditional(
        name="toss",
        parameter="side",
        branches={
            "heads": Pipeline(steps=[PythonTask(function=heads, name="h", returns=["scaled"])]),
            "tails": Pipeline(steps=[PythonTask(function=tails, name="t", returns=["scaled"])]),
        },
    )
    squares = Map(
        name="squares",
        iterate_on="xs",
        iterate_as="x",
        branch=Pipeline(steps=[PythonTask(function=square, name="square", returns=["squared"]), toss]),
    )
    loop = Loop(
        name="count",
        max_iterations=5,
        break_on="stop",
        index_as="i",
        branch=Pipeline(steps=[PythonTask(function=count_up, name="up", returns=["total", "stop"])]),
    )
    inner = Map(
        name="inner",
        iterate_on="items",
        iterate_as="inner",
        branch=Pipeline(steps=[PythonTask(function=double, name="double", returns=["doubled"])]),
    )
    nested = Parallel(
        name="fork",
        branches={
            "work": Pipeline(
                steps=[PythonTask(function=inner_items, name="items", returns=["items"]), inner]
            ),
            "idle": Pipeline(steps=[Stub(name="rest")]),
        },
    )
    return Pipeline(
        steps=[
            PythonTask(function=setup, name="setup", returns=["xs", "factor", "side", "lists"]),
            Parallel(
                name="par",
                branches={"maps": Pipeline(steps=[squares]), "loop": Pipeline(steps=[loop])},
            ),
            Map(name="outer", iterate_on="lists", iterate_as="outer", branch=Pipeline(steps=[nested])),
            PythonTask(function=collect, name="collect", returns=["summary"]),
        ]
    )


def expected_tree() -> list[tuple[str, str]]:
    tree = [
        ("setup", "SUCCESS"),
        ("par", "SUCCESS"),
        ("par.maps", "SUCCESS"),
        ("par.maps.squares", "SUCCESS"),
    ]
    for x in ("3", "1", "2"):
        branch = f"par.maps.squares.{x}"
        tree += [
            (branch, "SUCCESS"),
            (f"{branch}.square", "SUCCESS"),
            (f"{branch}.toss", "SUCCESS"),
            (f"{branch}.toss.heads", "SUCCESS"),
            (f"{branch}.toss.heads.h", "SUCCESS"),
            (f"{branch}.toss.heads.success", "SUCCESS"),
            (f"{branch}.success", "SUCCESS"),
        ]
    tree += [("par.maps.success", "SUCCESS"), ("par.loop", "SUCCESS"), ("par.loop.count", "SUCCESS")]
    for i in range(3):
        tree += [
            (f"par.loop.count.{i}", "SUCCESS"),
            (f"par.loop.count.{i}.up", "SUCCESS"),
            (f"par.loop.count.{i}.success", "SUCCESS"),
        ]
    tree += [("par.loop.success", "SUCCESS"), ("outer", "SUCCESS")]
    for key, inner_keys in (("[1,2]", ["1", "2"]), ("[3]", ["3"])):
        fork = f"outer.{key}.fork"
        tree += [
            (f"outer.{key}", "SUCCESS"),
            (fork, "SUCCESS"),
            (f"{fork}.work", "SUCCESS"),
            (f"{fork}.work.items", "SUCCESS"),
            (f"{fork}.work.inner", "SUCCESS"),
        ]
        for inner in inner_keys:
            tree += [
                (f"{fork}.work.inner.{inner}", "SUCCESS"),
                (f"{fork}.work.inner.{inner}.double", "SUCCESS"),
                (f"{fork}.work.inner.{inner}.success", "SUCCESS"),
            ]
        tree += [
            (f"{fork}.work.success", "SUCCESS"),
            (f"{fork}.idle", "SUCCESS"),
            (f"{fork}.idle.rest", "SUCCESS"),
            (f"{fork}.idle.success", "SUCCESS"),
            (f"outer.{key}.success", "SUCCESS"),
        ]
    return [*tree, ("collect", "SUCCESS"), ("success", "SUCCESS")]


def assert_everything_recorded(run_log: RunLog) -> None:
    assert run_log.status == defaults.SUCCESS
    assert tree(run_log) == expected_tree()
    assert scope(run_log) == {
        "xs": [3, 1, 2],
        "factor": 10,
        "side": "heads",
        "lists": [[1, 2], [3]],
        "squared": [9, 1, 4],
        "scaled": [30, 10, 20],
        "total": 3,
        "stop": True,
        "items": [[1, 2], [3]],
        "doubled": [[2, 4], [6]],
        "summary": "14/60/3/[[2, 4], [6]]",
    }
    # Every scope holds its own values only: the map variable, the loop index, what it returned.
    assert scope(run_log, "par.maps.squares.1") == {"x": 1, "squared": 1, "scaled": 10}
    assert scope(run_log, "par.maps.squares.1.toss.heads") == {"scaled": 10}
    assert scope(run_log, "par.maps") == {"squared": [9, 1, 4], "scaled": [30, 10, 20]}
    assert scope(run_log, "par.loop.count.1") == {"i": 1, "total": 1, "stop": False}
    assert scope(run_log, "outer.[1,2]") == {"outer": [1, 2], "items": [1, 2], "doubled": [2, 4]}
    assert scope(run_log, "outer.[1,2].fork.work.inner.2") == {"inner": 2, "doubled": 4}
    step_types = {name: step.step_type for name, step in run_log.steps.items()}
    assert step_types == {
        "setup": "task",
        "par": "parallel",
        "outer": "map",
        "collect": "task",
        "success": "success",
    }
    squares, _ = run_log.search_step_by_internal_name("par.maps.squares")
    toss, _ = run_log.search_step_by_internal_name("par.maps.squares.3.toss")
    count, _ = run_log.search_step_by_internal_name("par.loop.count")
    assert (squares.step_type, toss.step_type, count.step_type) == ("map", "conditional", "loop")
    # The parameters a task saw include those of its enclosing scopes; its attempt records its own.
    h, _ = run_log.search_step_by_internal_name("par.maps.squares.2.toss.heads.h")
    assert h.attempts[0].output_parameters["scaled"].get_value() == 20


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("store", store_params(SEQUENTIAL))
def test_every_composite_step_nested_on_every_store(
    store: str, configure: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = configure(store)

    run_log = everything().execute(configuration_file=str(configuration), run_id="everything")

    assert_everything_recorded(run_log)
    if store != "buffered":
        stored = stored_run_log(configuration, "everything")
        assert stored.model_dump() == run_log.model_dump()
        assert tree(stored) == expected_tree()


@pytest.mark.parametrize("store", store_params(PARALLEL))
def test_every_composite_step_nested_in_worker_processes(
    store: str, configure: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = configure(store, workers=2)

    run_log = everything().execute(configuration_file=str(configuration), run_id="everything-parallel")

    assert_everything_recorded(run_log)
    assert stored_run_log(configuration, "everything-parallel").model_dump() == run_log.model_dump()


@pytest.mark.parametrize(("store", "workers"), store_and_workers())
def test_one_failing_branch_on_every_store(
    store: str, workers: int, configure: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = configure(store, workers=workers)
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(steps=[PythonTask(function=fail_on_two, name="check", returns=["checked"])]),
            ),
            Stub(name="never"),
        ]
    )

    with pytest.raises(ExecutionFailedError, match=r"branch 'map\.2' failed") as raised:
        pipeline.execute(configuration_file=str(configuration), run_id="one-fails")

    run_log = raised.value.run_log if store == "buffered" else stored_run_log(configuration, "one-fails")
    assert isinstance(run_log, RunLog) and run_log.status == defaults.FAIL
    assert tree(run_log) == [
        ("numbers", "SUCCESS"),
        ("map", "FAIL"),
        ("map.3", "SUCCESS"),
        ("map.3.check", "SUCCESS"),
        ("map.3.success", "SUCCESS"),
        ("map.1", "SUCCESS"),
        ("map.1.check", "SUCCESS"),
        ("map.1.success", "SUCCESS"),
        ("map.2", "FAIL"),
        ("map.2.check", "FAIL"),
        ("map.2.fail", "SUCCESS"),
        ("fail", "SUCCESS"),
    ]
    assert scope(run_log, "map.3") == {"x": 3, "checked": 3}
    assert "two is not allowed" in run_log.steps["map"].branches["map.2"].steps["map.2.check"].message
    assert "checked" not in scope(run_log)


@pytest.mark.parametrize("store", store_params(PARALLEL))
def test_a_map_of_1000_items_over_8_workers(
    store: str, configure: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = configure(store, workers=8, catalog="do-nothing")
    pipeline = Pipeline(
        steps=[
            PythonTask(function=stress_items, name="items", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(steps=[PythonTask(function=stress_branch, name="work", returns=["y"])]),
            ),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configuration), run_id="stress")

    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["y"].get_value() == [x * 2 for x in range(1000)]
    stored = stored_run_log(configuration, "stress")
    branches = stored.steps["map"].branches
    assert list(branches) == [f"map.{x}" for x in range(1000)]
    for x, (name, branch) in enumerate(branches.items()):
        assert branch.status == defaults.SUCCESS, name
        assert [(s.name, s.status) for s in branch.steps.values()] == [
            ("work", "SUCCESS"),
            ("success", "SUCCESS"),
        ]
        assert scope(stored, name) == {"x": x, "y": x * 2}
