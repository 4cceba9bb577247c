"""Building pipelines: the graph the SDK makes, and the mistakes it refuses at construction."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from runnable import (
    Catalog,
    Conditional,
    Fail,
    Loop,
    Map,
    NotebookJob,
    NotebookTask,
    Parallel,
    Pipeline,
    PythonJob,
    PythonTask,
    ShellJob,
    ShellTask,
    Stub,
    Success,
    json,
    metric,
    pickled,
)
from runnable.exceptions import PipelineDefinitionError
from runnable.graph import dag_hash


def noop() -> None:
    pass


def two_values() -> tuple[int, str]:
    return 1, "a"


def test_steps_are_linked_in_order_and_end_in_success() -> None:
    pipeline = Pipeline(
        steps=[PythonTask(function=noop, name="a"), Stub(name="b"), ShellTask(command="true", name="c")]
    )

    nodes = pipeline.dag.definition()["nodes"]

    assert pipeline.dag.start_at == "a"
    assert [nodes[n]["next_node"] for n in ("a", "b", "c")] == ["b", "c", "success"]
    assert nodes["a"]["command"] == f"{__name__}.noop"
    assert nodes["c"]["command_type"] == "shell"
    assert nodes["success"] == {"node_type": "success", "name": "success"}
    assert nodes["fail"] == {"node_type": "fail", "name": "fail"}


def test_returns_markers_and_plain_names() -> None:
    task = PythonTask(function=noop, name="t", returns=["x", json("y"), metric("m"), pickled("o")])

    assert [(r.name, r.kind) for r in task.returns] == [
        ("x", "json"),
        ("y", "json"),
        ("m", "metric"),
        ("o", "object"),
    ]


def test_rshift_chains_and_returns_the_right_hand_step() -> None:
    a, b, c = Stub(name="a"), Stub(name="b"), Stub(name="c")

    last = a >> b >> c
    pipeline = Pipeline(steps=[a, b, c])

    assert last is c
    assert (a.next_node, b.next_node) == ("b", "c")
    assert pipeline.dag.node("b").next_node == "c"


def test_chaining_that_contradicts_the_step_order_is_refused() -> None:
    a, b, c = Stub(name="a"), Stub(name="b"), Stub(name="c")
    a >> c

    with pytest.raises(PipelineDefinitionError, match=r"'a' is chained .* to 'c' but listed before 'b'"):
        Pipeline(steps=[a, b, c])


def test_duplicate_step_names_are_refused() -> None:
    with pytest.raises(PipelineDefinitionError, match="Two steps are named 'same'"):
        Pipeline(steps=[Stub(name="same"), PythonTask(function=noop, name="same")])


def test_a_name_with_a_dot_is_refused_naming_the_step() -> None:
    with pytest.raises(PipelineDefinitionError, match=r"PythonTask 'load\.data'.*contains '\.'"):
        PythonTask(function=noop, name="load.data")


def test_reserved_terminal_names_are_refused() -> None:
    with pytest.raises(PipelineDefinitionError, match="'success' is taken"):
        Pipeline(steps=[Stub(name="success")])


def test_returns_that_contradict_the_annotated_tuple_are_refused_at_construction() -> None:
    with pytest.raises(PipelineDefinitionError, match=r"returns names 3 values .* tuple of 2"):
        PythonTask(function=two_values, name="t", returns=["a", "b", "c"])
    # One name takes the whole tuple; two names match.
    PythonTask(function=two_values, name="t", returns=["pair"])
    PythonTask(function=two_values, name="t", returns=["a", "b"])


def test_duplicate_return_names_are_refused() -> None:
    with pytest.raises(PipelineDefinitionError, match="same value twice: x"):
        PythonTask(function=noop, name="t", returns=["x", metric("x")])


def test_wrong_argument_types_name_the_field() -> None:
    with pytest.raises(PipelineDefinitionError, match=r"PythonTask 't'.*function"):
        PythonTask(function="not callable", name="t")
    with pytest.raises(PipelineDefinitionError, match="unknown_option"):
        PythonTask(function=noop, name="t", unknown_option=1)  # type: ignore[call-arg]


def test_both_terminations_are_refused() -> None:
    with pytest.raises(PipelineDefinitionError, match="both success and failure"):
        Stub(name="s", terminate_with_success=True, terminate_with_failure=True)


def test_steps_after_a_terminating_step_are_unreachable() -> None:
    with pytest.raises(PipelineDefinitionError, match="can never run: 'after'"):
        Pipeline(steps=[Stub(name="first", terminate_with_success=True), Stub(name="after")])


def test_on_failure_pipeline_nodes_join_the_graph() -> None:
    failing = PythonTask(function=noop, name="risky")
    handler = Pipeline(steps=[Stub(name="cleanup"), Stub(name="notify", terminate_with_failure=True)])
    failing.on_failure = handler
    second = Stub(name="second", on_failure=handler)  # a shared handler is added once

    pipeline = Pipeline(steps=[failing, second])
    nodes = pipeline.dag.nodes

    assert nodes["risky"].on_failure == "cleanup"
    assert nodes["second"].on_failure == "cleanup"
    assert nodes["cleanup"].next_node == "notify"
    assert nodes["notify"].next_node == "fail"


def test_success_and_fail_markers_end_the_steps() -> None:
    ending_in_fail = Pipeline(steps=[Stub(name="a"), Fail()])
    ending_in_success = Pipeline(steps=[Stub(name="a"), Success(name="done")])

    assert ending_in_fail.dag.node("a").next_node == "fail"
    assert ending_in_success.dag.node("a").next_node == "done"
    with pytest.raises(PipelineDefinitionError, match="only be the last"):
        Pipeline(steps=[Fail(), Stub(name="a")])


def test_an_empty_pipeline_is_refused() -> None:
    with pytest.raises(PipelineDefinitionError, match="at least one step"):
        Pipeline(steps=[])


@pytest.mark.parametrize("composite", [Parallel, Map, Conditional, Loop])
def test_composite_steps_refuse_an_incomplete_definition(composite: type) -> None:
    # Their behaviour is tested in test_composite*.py.
    with pytest.raises(PipelineDefinitionError, match=f"{composite.__name__} 'c' cannot be built"):
        composite(name="c", branches={})


def test_notebook_and_shell_task_checks() -> None:
    with pytest.raises(PipelineDefinitionError, match="not a notebook"):
        NotebookTask(notebook="analysis.py", name="nb")
    with pytest.raises(PipelineDefinitionError, match="cannot return the object 'df'"):
        ShellTask(command="true", name="sh", returns=[pickled("df")])
    with pytest.raises(PipelineDefinitionError, match="cannot return the object 'df'"):
        NotebookJob(notebook="a.ipynb", returns=[pickled("df")])


def test_jobs_put_files_but_cannot_get_them() -> None:
    PythonJob(function=noop, catalog=Catalog(put=["*.csv"]))
    with pytest.raises(PipelineDefinitionError, match="catalog put only"):
        ShellJob(command="true", catalog=Catalog(get=["*.csv"]))


def test_dag_hash_is_stable_and_follows_the_definition() -> None:
    def build(command: str) -> Pipeline:
        return Pipeline(steps=[PythonTask(function=noop, name="a"), ShellTask(command=command, name="b")])

    first, again, changed = build("echo 1"), build("echo 1"), build("echo 2")

    assert dag_hash(first.dag.definition()) == dag_hash(again.dag.definition())
    assert dag_hash(first.dag.definition()) != dag_hash(changed.dag.definition())
    assert len(dag_hash(first.dag.definition())) == 40


class Settings(BaseModel):
    x: int


def test_pipeline_keeps_the_step_objects_it_was_given() -> None:
    step = PythonTask(function=noop, name="a")

    pipeline = Pipeline(steps=[step])

    assert pipeline.steps[0] is step
