"""Composite steps: definitions, parameter scoping, branch names, reducers and failures.

These run on the in-memory ``buffered`` store, in this process. test_composite_stores.py runs
composite pipelines on every store (and in worker processes), test_parallel_workers.py tests
the worker processes themselves.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from run_log_views import tree
from runnable import (
    Conditional,
    Loop,
    Map,
    Parallel,
    Pipeline,
    PythonTask,
    ShellTask,
    Stub,
    defaults,
    metric,
    pickled,
)
from runnable.context import RunContext
from runnable.exceptions import BranchNotFoundError, ExecutionFailedError, PipelineDefinitionError
from runnable.executor.branches import enclosing_scope, scope_chain, visible_parameters
from runnable.graph import MapNode
from runnable.models import (
    BranchLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    encode_name_segment,
    join_internal_name,
)
from runnable.run_log_store.buffered import BufferedRunLogStore

ConfigWriter = Callable[..., Path]


# --------------------------------------------------------------------------- step functions


def numbers() -> list[int]:
    return [3, 1, 2]


def setup() -> tuple[list[int], int]:
    return [3, 1, 2], 10


def square(x: int) -> int:
    return x * x


def scale(x: int, factor: int) -> int:
    return x * factor


def left(factor: int) -> int:
    return factor + 1


def right(factor: int) -> int:
    return factor + 2


def same_name_left() -> str:
    return "from left"


def same_name_right() -> str:
    return "from right"


def fail_on_two(x: int) -> int:
    if x == 2:
        raise ValueError("two is not allowed")
    return x


def total(*values: int) -> int:
    return sum(values)


def echo(item: Any) -> Any:
    return item


def make_basket(x: int) -> set[int]:
    return set(range(x))


def basket_sizes(baskets: list[set[int]]) -> list[int]:
    assert all(isinstance(basket, set) for basket in baskets)
    return [len(basket) for basket in baskets]


def accuracy(x: int) -> float:
    return x / 10


def choose() -> str:
    return "heads"


def heads() -> str:
    return "it was heads"


def tails() -> str:
    return "it was tails"


def count_up(i: int, total: int = 0) -> tuple[int, bool]:
    return total + i, i >= 2


def never_stop(i: int) -> bool:
    return False


def not_a_boolean(i: int) -> str:
    return "yes"


def count_with_the_index(i: int) -> tuple[int, str, bool]:
    return i, os.environ["i"], i >= 2  # noqa: SIM112 (the loop exposes its index_as, "i")


def a_pickled_stop(i: int) -> bool:
    return True


def values_no_map_takes() -> tuple[None, str, str, str]:
    return None, "y" * 100, "z" * 58, "w" * 59


def fail_on_second_iteration(i: int) -> bool:
    if i == 1:
        raise RuntimeError("second iteration breaks")
    return False


def nested_lists() -> list[list[int]]:
    return [[1, 2], [3]]


def inner_items(outer: list[int]) -> list[int]:
    return outer


def double(inner: int) -> int:
    return inner * 2


# --------------------------------------------------------------------------- helpers


def run(pipeline: Pipeline, write_config: ConfigWriter, run_id: str) -> RunLog:
    return pipeline.execute(configuration_file=str(write_config()), run_id=run_id)


def failed_run(pipeline: Pipeline, write_config: ConfigWriter, run_id: str) -> RunLog:
    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()), run_id=run_id)
    run_log = raised.value.run_log
    assert isinstance(run_log, RunLog) and run_log.status == defaults.FAIL
    return run_log


def values(parameters: dict[str, Any]) -> dict[str, Any]:
    return {name: parameter.get_value() for name, parameter in parameters.items()}


def branch(run_log: RunLog, internal_name: str) -> BranchLog:
    found, _ = run_log.search_branch_by_internal_name(internal_name)
    assert found is not None
    return found


def one(task: Callable[..., Any], name: str, returns: list[Any] | None = None) -> Pipeline:
    return Pipeline(steps=[PythonTask(function=task, name=name, returns=returns or [])])


def loop_until_stop(branch: Pipeline) -> Pipeline:
    """A pipeline of one Loop over ``branch``, index ``i``, ending when ``stop`` is true (at most 5)."""
    return Pipeline(steps=[Loop(name="loop", max_iterations=5, break_on="stop", index_as="i", branch=branch)])


# --------------------------------------------------------------------------- definitions


def test_definitions_record_the_runnable_050_shapes() -> None:
    branch_pipeline = one(square, "square", ["y"])
    pipeline = Pipeline(
        steps=[
            Parallel(name="par", branches={"a": branch_pipeline, "b": branch_pipeline}),
            Map(
                name="map",
                branch=branch_pipeline,
                iterate_on="xs",
                iterate_as="x",
                reducer="lambda *x: max(x)",
            ),
            Conditional(name="cond", branches={"heads": branch_pipeline}, parameter="side"),
            Loop(name="loop", branch=branch_pipeline, max_iterations=3, break_on="stop", index_as="i"),
        ]
    )

    nodes = pipeline.dag.definition()["nodes"]
    branch_definition = branch_pipeline.dag.definition()

    assert nodes["par"]["node_type"] == "parallel" and nodes["par"]["is_composite"] is True
    assert nodes["par"]["branches"] == {"a": branch_definition, "b": branch_definition}
    assert nodes["par"]["next_node"] == "map"
    assert {k: nodes["map"][k] for k in ("node_type", "iterate_on", "iterate_as", "reducer")} == {
        "node_type": "map",
        "iterate_on": "xs",
        "iterate_as": "x",
        "reducer": "lambda *x: max(x)",
    }
    assert nodes["map"]["branch"] == branch_definition
    assert (nodes["cond"]["node_type"], nodes["cond"]["parameter"]) == ("conditional", "side")
    assert nodes["cond"]["branches"] == {"heads": branch_definition}
    loop = nodes["loop"]
    assert (loop["node_type"], loop["max_iterations"], loop["break_on"], loop["index_as"]) == (
        "loop",
        3,
        "stop",
        "i",
    )
    assert loop["next_node"] == "success"


def test_a_function_reducer_is_recorded_by_its_dotted_path() -> None:
    node = Map(name="map", branch=one(square, "sq"), iterate_on="xs", iterate_as="x", reducer=total)

    assert node.create_node("success", "").definition()["reducer"] == f"{__name__}.total"


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (lambda b: Parallel(name="p", branches={}), "at least one branch"),
        (lambda b: Parallel(name="p", branches={" ": b}), "non-empty name"),
        (lambda b: Parallel(name="p.q", branches={"a": b}), "contains '.'"),
        (lambda b: Conditional(name="c", branches={"a": b}, parameter=""), "parameter needs"),
        (lambda b: Map(name="m", branch=b, iterate_on="xs", iterate_as="x y"), "valid Python identifier"),
        (lambda b: Map(name="m", branch=b, iterate_on="", iterate_as="x"), "iterate_on needs"),
        (
            lambda b: Map(name="m", branch=b, iterate_on="xs", iterate_as="x", reducer="lambda *x: max(x"),
            "not a valid lambda",
        ),
        (
            lambda b: Map(name="m", branch=b, iterate_on="xs", iterate_as="x", reducer="no_such.module.f"),
            "cannot be imported",
        ),
        (
            lambda b: Map(name="m", branch=b, iterate_on="xs", iterate_as="x", reducer=lambda *x: x),
            "must be given as a string",
        ),
        (lambda b: Loop(name="l", branch=b, max_iterations=0, break_on="s", index_as="i"), "greater than"),
        (lambda b: Loop(name="l", branch=b, max_iterations=2, break_on="s", index_as="1i"), "identifier"),
        (lambda b: Loop(name="l", branch=b, max_iterations=2, break_on="", index_as="i"), "break_on needs"),
    ],
)
def test_definition_mistakes_are_refused_when_built(build: Callable[[Pipeline], Any], problem: str) -> None:
    with pytest.raises(PipelineDefinitionError, match=problem):
        build(one(square, "sq"))


@pytest.mark.parametrize(
    ("items", "keys"),
    [
        ([3, 1, 2], ["3", "1", "2"]),
        ([0.5, "a.b", "x y", "ünïcødé", True, None], ["0.5", "a.b", "x y", "ünïcødé", "true", "null"]),
        ([{"b": 1, "a": [1, 2]}, [1, "2"]], ['{"a":[1,2],"b":1}', '[1,"2"]']),
        ([1.0, 1], ["1.0", "1"]),
        # Ambiguous or unusable as names: every branch is named by position.
        ([1, "1"], ["#0", "#1"]),
        (["same", "same"], ["#0", "#1"]),
        (["", "a"], ["#0", "#1"]),
        (["x" * 101, "y"], ["#0", "#1"]),
        ([None, "null"], ["#0", "#1"]),
    ],
)
def test_map_branch_keys(items: list[Any], keys: list[str]) -> None:
    assert MapNode.branch_keys(items) == keys


def test_the_graph_of_any_branch_is_found_from_its_internal_name() -> None:
    inner = one(double, "double", ["doubled"])
    middle = Pipeline(steps=[Map(name="inner map", branch=inner, iterate_on="o", iterate_as="inner")])
    pipeline = Pipeline(
        steps=[Parallel(name="par", branches={"a.b": middle, "c": one(square, "sq")}), Stub(name="after")]
    )
    dag = pipeline.dag

    assert dag.branch_graph("") is dag
    assert dag.branch_graph(join_internal_name("par", encode_name_segment("a.b"))) is middle.dag
    assert dag.branch_graph("par.c").start_at == "sq"
    nested = join_internal_name("par", encode_name_segment("a.b"), "inner map", encode_name_segment("0.5"))
    assert dag.branch_graph(nested) is inner.dag
    for missing in ("par.z", "after.x", "par", "nope.a"):
        with pytest.raises(BranchNotFoundError):
            dag.branch_graph(missing)
    assert dag.returned_names() == ["doubled"]


def test_a_branch_sees_each_enclosing_scope_with_the_innermost_winning() -> None:
    # What a worker process rebuilds for the branch it is handed (the run's process passes it down).
    store = BufferedRunLogStore()
    store.create_run_log("scopes")
    for step_name, branch_name in (("outer", "outer.a"), ("outer.a.map", "outer.a.map.1")):
        store.add_step_log(store.create_step_log(step_name.rsplit(".", 1)[-1], step_name), "scopes")
        store.add_branch_log(store.create_branch_log(branch_name), "scopes")
    for scope, level in (("", "run"), ("outer.a", "branch"), ("outer.a.map.1", "item")):
        store.set_parameters("scopes", {"level": JsonParameter(value=level)}, scope)
    store.set_parameters("scopes", {"only_run": JsonParameter(value=1)})
    context = cast(RunContext, SimpleNamespace(run_log_store=store, run_id="scopes"))

    assert scope_chain("") == [""]
    assert scope_chain("outer.a.map.1") == ["", "outer.a", "outer.a.map.1"]
    assert enclosing_scope("outer.a.map.1") == "outer.a"

    def visible(branch: str) -> dict[str, Any]:
        return {name: value.get_value() for name, value in visible_parameters(context, branch).items()}

    assert visible("outer.a.map.1") == {"level": "item", "only_run": 1}
    assert visible(enclosing_scope("outer.a.map.1")) == {"level": "branch", "only_run": 1}
    assert visible("") == {"level": "run", "only_run": 1}


# --------------------------------------------------------------------------- Parallel


def test_parallel_branches_see_the_parent_parameters_and_merge_their_returns(
    write_config: ConfigWriter,
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=setup, name="setup", returns=["xs", "factor"]),
            Parallel(
                name="par",
                branches={
                    "left": one(left, "left", ["from_left"]),
                    "right": one(right, "right", ["from_right"]),
                },
            ),
        ]
    )

    run_log = run(pipeline, write_config, "parallel")

    assert tree(run_log) == [
        ("setup", "SUCCESS"),
        ("par", "SUCCESS"),
        ("par.left", "SUCCESS"),
        ("par.left.left", "SUCCESS"),
        ("par.left.success", "SUCCESS"),
        ("par.right", "SUCCESS"),
        ("par.right.right", "SUCCESS"),
        ("par.right.success", "SUCCESS"),
        ("success", "SUCCESS"),
    ]
    assert values(run_log.parameters) == {"xs": [3, 1, 2], "factor": 10, "from_left": 11, "from_right": 12}
    # A branch's scope holds what it set; the parent's parameters are inherited, not copied.
    assert values(branch(run_log, "par.left").parameters) == {"from_left": 11}
    step = run_log.steps["par"]
    assert step.step_type == "parallel"
    [attempt] = step.attempts
    assert values(attempt.output_parameters) == {"from_left": 11, "from_right": 12}
    assert values(attempt.input_parameters) == {"xs": [3, 1, 2], "factor": 10}
    # The step's one attempt is timed and says which code ran it, as a task's does.
    assert attempt.start_time is not None and attempt.end_time is not None
    assert attempt.start_time <= attempt.end_time
    assert attempt.code_identities != []
    inner_attempt = branch(run_log, "par.left").steps["par.left.left"].attempts[0]
    assert values(inner_attempt.input_parameters) == {}
    assert values(inner_attempt.output_parameters) == {"from_left": 11}


def test_parallel_returns_of_one_name_keep_the_later_branch(
    write_config: ConfigWriter, caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = Pipeline(
        steps=[
            Parallel(
                name="par",
                branches={
                    "first": one(same_name_left, "l", ["said"]),
                    "second": one(same_name_right, "r", ["said"]),
                },
            )
        ]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = run(pipeline, write_config, "conflict")

    assert run_log.parameters["said"] == JsonParameter(value="from right")
    assert (
        "Branches 'par.first' and 'par.second' both returned 'said'; the value of 'par.second' (later in "
        "the definition) is kept."
    ) in caplog.messages


# --------------------------------------------------------------------------- Map


def test_map_runs_the_branch_per_item_and_collects_a_list_in_iteration_order(
    write_config: ConfigWriter,
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=setup, name="setup", returns=["xs", "factor"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(
                    steps=[
                        PythonTask(function=square, name="square", returns=["squared"]),
                        PythonTask(function=scale, name="scale", returns=["scaled"]),
                    ]
                ),
            ),
        ]
    )

    run_log = run(pipeline, write_config, "map")

    expected_tree = [("setup", "SUCCESS"), ("map", "SUCCESS")]
    for item in ("3", "1", "2"):
        expected_tree += [
            (f"map.{item}", "SUCCESS"),
            (f"map.{item}.square", "SUCCESS"),
            (f"map.{item}.scale", "SUCCESS"),
            (f"map.{item}.success", "SUCCESS"),
        ]
    assert tree(run_log) == [*expected_tree, ("success", "SUCCESS")]
    assert values(run_log.parameters) == {
        "xs": [3, 1, 2],
        "factor": 10,
        "squared": [9, 1, 4],
        "scaled": [30, 10, 20],
    }
    # The map variable lives in its branch's scope, with what the branch returned.
    assert values(branch(run_log, "map.1").parameters) == {"x": 1, "squared": 1, "scaled": 10}
    assert "x" not in run_log.parameters
    attempt = run_log.steps["map"].attempts[0]
    assert values(attempt.output_parameters) == {"squared": [9, 1, 4], "scaled": [30, 10, 20]}


@pytest.mark.parametrize(
    ("reducer", "expected"),
    [
        ("lambda *x: max(x)", 9),
        ("lambda *x: sorted(x)", [1, 4, 9]),
        (f"{__name__}.total", 14),
        (total, 14),
    ],
)
def test_map_reducers(reducer: Any, expected: Any, write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                reducer=reducer,
                branch=one(square, "square", ["squared"]),
            ),
        ]
    )

    run_log = run(pipeline, write_config, "reducers")

    assert run_log.parameters["squared"] == JsonParameter(value=expected)


def test_map_reduces_pickled_objects_and_metrics_by_kind(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(
                    steps=[
                        PythonTask(function=make_basket, name="basket", returns=[pickled("baskets")]),
                        PythonTask(function=accuracy, name="accuracy", returns=[metric("accuracy")]),
                    ]
                ),
            ),
            PythonTask(function=basket_sizes, name="sizes", returns=["sizes"]),
        ]
    )

    run_log = run(pipeline, write_config, "objects")

    assert run_log.parameters["sizes"] == JsonParameter(value=[3, 1, 2])
    assert run_log.parameters["baskets"] == ObjectParameter(value="map.baskets")
    assert run_log.parameters["accuracy"] == MetricParameter(value=[0.3, 0.1, 0.2])
    assert run_log.steps["map"].attempts[0].user_defined_metrics == {
        "accuracy": MetricParameter(value=[0.3, 0.1, 0.2])
    }
    # Each iteration pickled its own object under its branch's name.
    assert branch(run_log, "map.1").parameters["baskets"] == ObjectParameter(value="map.1.baskets")
    assert (Path(".catalog") / "objects" / "map.1.baskets.pickle").is_file()


def test_map_over_values_of_any_json_type_names_branches_unambiguously(write_config: ConfigWriter) -> None:
    items = [0.5, "a.b", "x y", "ünïcødé", "100%", {"k": [1]}, True, None]

    def pipeline_over(listed: list[Any]) -> Pipeline:
        return Pipeline(
            steps=[
                PythonTask(function=given(listed), name="items", returns=["items"]),
                Map(name="map", iterate_on="items", iterate_as="item", branch=one(echo, "echo", ["echoed"])),
            ]
        )

    run_log = run(pipeline_over(items), write_config, "awkward")

    keys = ["0.5", "a.b", "x y", "ünïcødé", "100%", '{"k":[1]}', "true", "null"]
    expected_names = [join_internal_name("map", encode_name_segment(key)) for key in keys]
    assert list(run_log.steps["map"].branches) == expected_names
    for name, item in zip(expected_names, items, strict=True):
        found = branch(run_log, name)
        assert found.status == defaults.SUCCESS
        assert values(found.parameters) == {"item": item, "echoed": item}
        step, _ = run_log.search_step_by_internal_name(join_internal_name(name, "echo"))
        assert step.status == defaults.SUCCESS
    assert run_log.parameters["echoed"] == JsonParameter(value=items)

    colliding = run(pipeline_over([1, "1", 1]), write_config, "colliding")
    assert list(colliding.steps["map"].branches) == ["map.#0", "map.#1", "map.#2"]
    assert colliding.parameters["echoed"] == JsonParameter(value=[1, "1", 1])


# A value for a test's first step to return: set by given(), returned by current_value().
_GIVEN: list[Any] = [None]


def given(value: Any) -> Callable[[], Any]:
    _GIVEN[0] = value
    return current_value


def current_value() -> Any:
    return _GIVEN[0]


def test_map_over_an_empty_list_succeeds_and_reduces_nothing(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=given([]), name="items", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=one(square, "square", ["squared"])),
        ]
    )

    run_log = run(pipeline, write_config, "empty")

    assert run_log.steps["map"].status == defaults.SUCCESS and run_log.steps["map"].branches == {}
    assert run_log.parameters["squared"] == JsonParameter(value=[])


@pytest.mark.parametrize(
    ("iterate_on", "reducer", "problem"),
    [
        ("missing", None, "no parameter named 'missing' (the parameter it iterates on) at this step"),
        ("factor", None, "parameter 'factor' is 10 (int); a Map iterates on a JSON list"),
        ("xs", "lambda a, b: a", "reducer lambda a, b: a failed on 'squared' (3 values): TypeError"),
        (
            "xs",
            "lambda *values: object()",
            "the reduced value of return 'squared' is a object, which is not JSON serialisable",
        ),
        ("nothing", None, "parameter 'nothing' is null; a Map iterates on a JSON list"),
        # Values are shown up to 60 characters, then cut.
        ("long", None, f"parameter 'long' is '{'y' * 56}... (str); a Map iterates on a JSON list"),
        ("sixty", None, f"parameter 'sixty' is '{'z' * 58}' (str); a Map iterates on a JSON list"),
        ("sixty_one", None, f"parameter 'sixty_one' is '{'w' * 56}... (str); a Map iterates on a JSON list"),
    ],
)
def test_map_step_failures_say_what_to_fix(
    iterate_on: str, reducer: str | None, problem: str, write_config: ConfigWriter
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=setup, name="setup", returns=["xs", "factor"]),
            PythonTask(
                function=values_no_map_takes, name="odd", returns=["nothing", "long", "sixty", "sixty_one"]
            ),
            Map(
                name="map",
                iterate_on=iterate_on,
                iterate_as="x",
                reducer=reducer,
                branch=one(square, "square", ["squared"]),
            ),
        ]
    )

    run_log = failed_run(pipeline, write_config, "map-failures")

    step = run_log.steps["map"]
    assert step.status == defaults.FAIL
    assert problem in step.message
    assert "squared" not in run_log.parameters


def test_one_failing_branch_fails_the_map_and_the_other_branches_complete(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(
                    steps=[
                        PythonTask(function=fail_on_two, name="check", returns=["checked"]),
                        Stub(name="after"),
                    ]
                ),
            ),
            Stub(name="never"),
        ]
    )

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()), run_id="one-fails")

    assert "step 'map' failed: branch 'map.2' failed: step 'map.2.check' failed" in str(raised.value)
    run_log = raised.value.run_log
    assert isinstance(run_log, RunLog)
    assert tree(run_log) == [
        ("numbers", "SUCCESS"),
        ("map", "FAIL"),
        ("map.3", "SUCCESS"),
        ("map.3.check", "SUCCESS"),
        ("map.3.after", "SUCCESS"),
        ("map.3.success", "SUCCESS"),
        ("map.1", "SUCCESS"),
        ("map.1.check", "SUCCESS"),
        ("map.1.after", "SUCCESS"),
        ("map.1.success", "SUCCESS"),
        ("map.2", "FAIL"),
        ("map.2.check", "FAIL"),
        ("map.2.fail", "SUCCESS"),
        ("fail", "SUCCESS"),
    ]
    assert "two is not allowed" in branch(run_log, "map.2").steps["map.2.check"].attempts[0].message
    assert run_log.steps["map"].message.startswith("branch 'map.2' failed: step 'map.2.check' failed:")
    # A failed composite step writes no outputs, as a failed task writes no returns.
    assert "checked" not in run_log.parameters


def test_several_failing_branches_are_counted(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=given([2, 1, 2]), name="items", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=one(fail_on_two, "check")),
        ]
    )

    run_log = failed_run(pipeline, write_config, "several")

    assert run_log.steps["map"].message.startswith(
        "2 of 3 branches failed; the first, branch 'map.#0' failed"
    )


def test_on_failure_of_a_composite_step_is_followed(write_config: ConfigWriter) -> None:
    recover = Pipeline(steps=[Stub(name="recover")])
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=one(fail_on_two, "check"),
                on_failure=recover,
            ),
        ]
    )

    run_log = run(pipeline, write_config, "handled")

    assert run_log.status == defaults.SUCCESS
    assert [(name, step.status) for name, step in run_log.steps.items()] == [
        ("numbers", "SUCCESS"),
        ("map", "FAIL"),
        ("recover", "SUCCESS"),
        ("success", "SUCCESS"),
    ]


def test_a_failure_handled_inside_a_branch_leaves_the_branch_successful(write_config: ConfigWriter) -> None:
    inside = Pipeline(
        steps=[PythonTask(function=fail_on_two, name="check", on_failure=Pipeline(steps=[Stub(name="mend")]))]
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=inside),
        ]
    )

    run_log = run(pipeline, write_config, "handled-inside")

    assert tree(run_log) == [
        ("numbers", "SUCCESS"),
        ("map", "SUCCESS"),
        ("map.3", "SUCCESS"),
        ("map.3.check", "SUCCESS"),
        ("map.3.success", "SUCCESS"),
        ("map.1", "SUCCESS"),
        ("map.1.check", "SUCCESS"),
        ("map.1.success", "SUCCESS"),
        ("map.2", "SUCCESS"),
        ("map.2.check", "FAIL"),
        ("map.2.mend", "SUCCESS"),
        ("map.2.success", "SUCCESS"),
        ("success", "SUCCESS"),
    ]


def test_shell_tasks_in_a_branch_see_the_map_variable(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=setup, name="setup", returns=["xs", "factor"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(
                    steps=[ShellTask(command='export out="$x-$factor"', name="shell", returns=["out"])]
                ),
            ),
        ]
    )

    run_log = run(pipeline, write_config, "shell-map")

    assert run_log.parameters["out"] == JsonParameter(value=["3-10", "1-10", "2-10"])


# --------------------------------------------------------------------------- Conditional


def test_conditional_runs_the_matching_branch_only(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=choose, name="choose", returns=["side"]),
            Conditional(
                name="toss",
                parameter="side",
                branches={"heads": one(heads, "h", ["said"]), "tails": one(tails, "t", ["said"])},
            ),
        ]
    )

    run_log = run(pipeline, write_config, "conditional")

    assert tree(run_log) == [
        ("choose", "SUCCESS"),
        ("toss", "SUCCESS"),
        ("toss.heads", "SUCCESS"),
        ("toss.heads.h", "SUCCESS"),
        ("toss.heads.success", "SUCCESS"),
        ("success", "SUCCESS"),
    ]
    assert run_log.steps["toss"].step_type == "conditional"
    assert run_log.parameters["said"] == JsonParameter(value="it was heads")


@pytest.mark.parametrize(("value", "key"), [(1, "1"), (True, "True"), (0.5, "0.5")])
def test_conditional_compares_numbers_and_booleans_as_text(
    value: Any, key: str, write_config: ConfigWriter
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=given(value), name="choose", returns=["side"]),
            Conditional(
                name="pick", parameter="side", branches={key: one(heads, "h"), "other": one(tails, "t")}
            ),
        ]
    )

    run_log = run(pipeline, write_config, "conditional-text")

    assert list(run_log.steps["pick"].branches) == [join_internal_name("pick", encode_name_segment(key))]


def test_conditional_without_a_matching_branch_fails_clearly(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=given("edge"), name="choose", returns=["side"]),
            Conditional(
                name="toss", parameter="side", branches={"heads": one(heads, "h"), "tails": one(tails, "t")}
            ),
        ]
    )

    run_log = failed_run(pipeline, write_config, "no-match")

    step = run_log.steps["toss"]
    assert step.status == defaults.FAIL and step.branches == {}
    assert step.message == (
        "parameter 'side' is 'edge', which matches none of the branches ('heads', 'tails'); "
        "set it to one of them or add a branch"
    )


@pytest.mark.parametrize(
    ("side", "problem"),
    [
        (
            "missing",
            "no parameter named 'missing' (the parameter it branches on) at this step (available: side); "
            "return it from an earlier step or set it in the parameters file",
        ),
        (
            "side",
            "parameter 'side' is ['heads'] (list); a Conditional compares a string, number or boolean "
            "with its branch names",
        ),
    ],
)
def test_conditional_on_a_missing_or_non_scalar_parameter_fails_clearly(
    side: str, problem: str, write_config: ConfigWriter
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=given(["heads"]), name="choose", returns=["side"]),
            Conditional(
                name="toss", parameter=side, branches={"heads": one(heads, "h"), "tails": one(tails, "t")}
            ),
        ]
    )

    run_log = failed_run(pipeline, write_config, "bad-side")

    assert run_log.steps["toss"].message == problem


# --------------------------------------------------------------------------- Loop


def test_loop_iterates_until_break_on_carrying_parameters(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            Loop(
                name="loop",
                max_iterations=10,
                break_on="stop",
                index_as="i",
                branch=one(count_up, "count", ["total", "stop"]),
            )
        ]
    )

    run_log = run(pipeline, write_config, "loop")

    expected = [("loop", "SUCCESS")]
    for iteration in range(3):
        expected += [
            (f"loop.{iteration}", "SUCCESS"),
            (f"loop.{iteration}.count", "SUCCESS"),
            (f"loop.{iteration}.success", "SUCCESS"),
        ]
    assert tree(run_log) == [*expected, ("success", "SUCCESS")]
    # total: 0, then 0 + 1, then 1 + 2; each iteration starts from what the previous one left.
    assert [values(branch(run_log, f"loop.{i}").parameters) for i in range(3)] == [
        {"i": 0, "total": 0, "stop": False},
        {"i": 1, "total": 1, "stop": False},
        {"i": 2, "total": 3, "stop": True},
    ]
    assert values(run_log.parameters) == {"total": 3, "stop": True}


def test_a_loop_whose_branch_returns_its_index_carries_it_out_and_sees_it_in_the_environment(
    write_config: ConfigWriter,
) -> None:
    # runnable 0.50's max_iterations_loop returns its counter to the steps after the loop, and its
    # examples read the index from the environment.
    pipeline = loop_until_stop(one(count_with_the_index, "count", ["i", "seen", "stop"]))

    run_log = run(pipeline, write_config, "index-returned")

    assert values(run_log.parameters) == {"i": 2, "seen": "2", "stop": True}


def test_loop_ends_at_max_iterations_with_a_warning(
    write_config: ConfigWriter, caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = Pipeline(
        steps=[
            Loop(
                name="loop",
                max_iterations=3,
                break_on="stop",
                index_as="i",
                branch=one(never_stop, "spin", ["stop"]),
            )
        ]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = run(pipeline, write_config, "max-iterations")

    assert run_log.steps["loop"].status == defaults.SUCCESS
    assert list(run_log.steps["loop"].branches) == ["loop.0", "loop.1", "loop.2"]
    assert (
        "Loop 'loop' reached max_iterations (3) before 'stop' became true; it ends there." in caplog.messages
    )


@pytest.mark.parametrize(
    ("task", "problem"),
    [
        (
            not_a_boolean,
            "parameter 'stop' (break_on) is 'yes' (str) after iteration 0; it must be true or false",
        ),
        (fail_on_second_iteration, "branch 'loop.1' failed: step 'loop.1.spin' failed"),
        (
            a_pickled_stop,
            "parameter 'stop' (break_on) is a pickled object after iteration 0; it must be true or false",
        ),
    ],
)
def test_loop_failures(task: Callable[..., Any], problem: str, write_config: ConfigWriter) -> None:
    pipeline = loop_until_stop(one(task, "spin", [pickled("stop") if task is a_pickled_stop else "stop"]))

    run_log = failed_run(pipeline, write_config, "loop-failure")

    assert run_log.steps["loop"].status == defaults.FAIL
    assert problem in run_log.steps["loop"].message
    assert "stop" not in run_log.parameters


# --------------------------------------------------------------------------- nesting


def test_a_map_inside_a_parallel_inside_a_map(write_config: ConfigWriter) -> None:
    inner_map = Map(
        name="inner", iterate_on="items", iterate_as="inner", branch=one(double, "double", ["doubled"])
    )
    parallel = Parallel(
        name="par",
        branches={
            "work": Pipeline(
                steps=[PythonTask(function=inner_items, name="items", returns=["items"]), inner_map]
            ),
            "idle": Pipeline(steps=[Stub(name="rest")]),
        },
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=nested_lists, name="lists", returns=["lists"]),
            Map(name="outer", iterate_on="lists", iterate_as="outer", branch=Pipeline(steps=[parallel])),
        ]
    )

    run_log = run(pipeline, write_config, "nested")

    def outer_branch(key: str, inner_keys: list[str]) -> list[tuple[str, str]]:
        work = f"outer.{key}.par.work"
        found = [
            (f"outer.{key}", "SUCCESS"),
            (f"outer.{key}.par", "SUCCESS"),
            (work, "SUCCESS"),
            (f"{work}.items", "SUCCESS"),
            (f"{work}.inner", "SUCCESS"),
        ]
        for inner in inner_keys:
            found += [
                (f"{work}.inner.{inner}", "SUCCESS"),
                (f"{work}.inner.{inner}.double", "SUCCESS"),
                (f"{work}.inner.{inner}.success", "SUCCESS"),
            ]
        found += [
            (f"{work}.success", "SUCCESS"),
            (f"outer.{key}.par.idle", "SUCCESS"),
            (f"outer.{key}.par.idle.rest", "SUCCESS"),
            (f"outer.{key}.par.idle.success", "SUCCESS"),
            (f"outer.{key}.success", "SUCCESS"),
        ]
        return found

    assert tree(run_log) == [
        ("lists", "SUCCESS"),
        ("outer", "SUCCESS"),
        *outer_branch("[1,2]", ["1", "2"]),
        *outer_branch("[3]", ["3"]),
        ("success", "SUCCESS"),
    ]
    # Reduced inside out: the inner map's list per outer item, the parallel merges it, the outer map lists.
    assert values(branch(run_log, "outer.[1,2].par.work").parameters) == {"items": [1, 2], "doubled": [2, 4]}
    assert values(branch(run_log, "outer.[1,2]").parameters) == {
        "outer": [1, 2],
        "items": [1, 2],
        "doubled": [2, 4],
    }
    assert values(run_log.parameters) == {
        "lists": [[1, 2], [3]],
        "items": [[1, 2], [3]],
        "doubled": [[2, 4], [6]],
    }
