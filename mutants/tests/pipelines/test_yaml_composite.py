"""Composite steps (parallel, map, conditional, loop) in YAML pipelines, in both forms of the file.

examples/composites.yaml (the list form, a Map in a Parallel in a Map) runs from the command line on
the default store and in worker processes on chunked-fs; a runnable 0.50 graph-form file (YAML
anchors beside ``dag``, implicit ``success``) runs on chunked-fs. Each run log is asserted step by
step. Both forms build the dag the SDK builds from the same pipeline in Python, and every mistake
names the file and the path of the step.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml_composite_steps as steps
from typer.testing import CliRunner

from run_log_views import read_run_log, scope, tree
from runnable import Conditional, Loop, Map, Parallel, Pipeline, PythonTask, Stub, defaults
from runnable.cli import app
from runnable.exceptions import PipelineDefinitionError
from runnable.models import RunLog
from runnable.pipeline_yaml import load_pipeline

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLE = REPOSITORY / "examples" / "composites.yaml"
ReadBack = Callable[[Path, str], RunLog]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


def branch_of(name: str, *inner: str) -> list[str]:
    """A branch and its steps, ended by the branch's success step."""
    return [name, *(f"{name}.{step}" for step in inner), f"{name}.success"]


def all_succeeded(names: list[str]) -> list[tuple[str, str]]:
    return [(name, defaults.SUCCESS) for name in names]


# --------------------------------------------------------------------------- examples/composites.yaml


def expected_example_tree() -> list[tuple[str, str]]:
    names = ["setup", "chunks", "process"]
    for chunk in ("1", "2", "3"):
        names += branch_of(f"process.{chunk}", "process chunk")
    names += ["train", *branch_of("train.linear", "fit"), *branch_of("train.tree", "fit")]
    names += ["pick best", "forecast", "weather", *branch_of("weather.rainy", "umbrella"), "wait for it"]
    for attempt in range(3):
        names += branch_of(f"wait for it.{attempt}", "poll")
    names += ["datasets", "per dataset"]
    for dataset, seeds in (("small", "12"), ("large", "123")):
        models = f"per dataset.{dataset}.models"
        names += [f"per dataset.{dataset}", models, f"{models}.fit", f"{models}.fit.seeds"]
        names.append(f"{models}.fit.per seed")
        for seed in seeds:
            names += branch_of(f"{models}.fit.per seed.{seed}", "fit")
        names += [f"{models}.fit.success", *branch_of(f"{models}.baseline", "baseline")]
        names.append(f"per dataset.{dataset}.success")
    return all_succeeded([*names, "success"])


def assert_example_recorded(run_log: RunLog) -> None:
    assert run_log.status == defaults.SUCCESS
    assert tree(run_log) == expected_example_tree()
    assert scope(run_log) == {
        "multiplier": 10,
        "data_size": 1000,
        "chunks": [1, 2, 3],
        "processed": 30,  # reducer "lambda *x: max(x)"
        "linear_score": 0.8,
        "tree_score": 0.85,
        "best": "tree",
        "outlook": "rainy",
        "take": "umbrella",
        "waited": 3,
        "done": True,
        "datasets": ["small", "large"],
        "seeds": [[1, 2], [1, 2, 3]],
        "scores": [[0.1, 0.2], [0.6, 0.7, 0.8]],
    }
    assert scope(run_log, "process.2") == {"chunk": 2, "processed": 20}
    assert scope(run_log, "train.tree") == {"tree_score": 0.85}
    assert scope(run_log, "weather.rainy") == {"take": "umbrella"}
    assert scope(run_log, "wait for it.1") == {"attempt": 1, "waited": 1, "done": False}
    assert scope(run_log, "per dataset.small") == {"dataset": "small", "seeds": [1, 2], "scores": [0.1, 0.2]}
    assert scope(run_log, "per dataset.large.models.fit.per seed.3") == {"seed": 3, "scores": 0.8}
    assert {name: step.step_type for name, step in run_log.steps.items()} == {
        "setup": "task",
        "chunks": "task",
        "process": "map",
        "train": "parallel",
        "pick best": "task",
        "forecast": "task",
        "weather": "conditional",
        "wait for it": "loop",
        "datasets": "task",
        "per dataset": "map",
        "success": "success",
    }
    models, _ = run_log.search_step_by_internal_name("per dataset.large.models")
    per_seed, _ = run_log.search_step_by_internal_name("per dataset.large.models.fit.per seed")
    assert (models.step_type, per_seed.step_type) == ("parallel", "map")
    assert list(models.branches) == ["per dataset.large.models.fit", "per dataset.large.models.baseline"]
    assert run_log.run_config["dag"]["name"] == "composites"


def test_example_from_the_command_line_on_the_default_store(workdir: Path) -> None:
    environment = {name: value for name, value in os.environ.items() if not name.startswith("RUNNABLE_")}
    completed = subprocess.run(
        [str(Path(sys.executable).parent / "runnable"), "execute", str(EXAMPLE), "--run-id", "composites"],
        cwd=workdir,
        env={**environment, "PYTHONPATH": str(REPOSITORY)},
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stderr
    assert "composites" in completed.stdout
    assert (workdir / ".run_log_store" / "runs.db").is_file()
    run_log = read_run_log("composites")
    assert_example_recorded(run_log)
    assert run_log.run_config["run_log_store"]["service_name"] == "database"
    assert run_log.run_config["pipeline_definition_file"] == str(EXAMPLE)


def test_example_in_worker_processes_on_chunked_fs(
    workdir: Path,
    write_config: Callable[..., Path],
    stored_run_log: ReadBack,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.syspath_prepend(str(REPOSITORY))  # examples.common.functions, here and in the workers
    configuration = write_config("chunked-fs", parallel=True)

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = load_pipeline(EXAMPLE).execute(configuration_file=str(configuration), run_id="in-workers")

    assert_example_recorded(run_log)
    assert run_log.run_config["pipeline_executor"]["enable_parallel"] is True
    # No warning that the branches ran in this process instead.
    assert [record.getMessage() for record in caplog.records] == []
    assert stored_run_log(configuration, "in-workers").model_dump() == run_log.model_dump()


# --------------------------------------------------------------------------- a runnable 0.50 graph file

RUNNABLE_050 = """
# Anchors beside `dag`, as runnable 0.50's examples write them; 'success' and 'fail' are implicit.
branch: &per_item
  start_at: square
  steps:
    square:
      type: task
      command: yaml_composite_steps.square
      returns:
        - name: squared
        - name: parity
      next: by parity
    by parity:
      type: conditional
      parameter: parity
      next: success
      branches:
        odd:
          start_at: odd
          steps:
            odd:
              type: task
              command_type: python
              command: yaml_composite_steps.odd
              returns: [label]
              next: success
        even:
          start_at: even
          steps:
            even: {type: stub, next: success}
    success:
      type: success
    fail:
      type: fail

dag:
  description: every composite step, written for runnable 0.50
  start_at: numbers
  steps:
    numbers:
      type: task
      command_type: python
      command: yaml_composite_steps.numbers
      returns:
        - name: xs
      overrides: {argo: large}
      next: squares
    squares:
      type: map
      branch: *per_item
      iterate_on: xs
      iterate_as: x
      reducer: "lambda *x: max(x)"
      next: fork
    fork:
      type: parallel
      next: count
      branches:
        again:
          start_at: inner
          steps:
            inner:
              type: map
              iterate_on: xs
              iterate_as: x
              branch: *per_item
              next: success
        rest:
          start_at: rest
          steps:
            rest: {type: stub, next: success}
    count:
      type: loop
      max_iterations: 5
      break_on: stop
      index_as: i
      next: success
      branch:
        start_at: up
        steps:
          up:
            type: task
            command: yaml_composite_steps.count_up
            returns: [total, stop]
            next: success
"""

# The same pipeline in the list form.
LISTED = """
description: every composite step, written for runnable 0.50
steps:
  - name: numbers
    command: yaml_composite_steps.numbers
    returns: [xs]
    overrides: {argo: large}
  - name: squares
    type: map
    iterate_on: xs
    iterate_as: x
    reducer: "lambda *x: max(x)"
    branch: &per_item
      - name: square
        command: yaml_composite_steps.square
        returns: [squared, parity]
      - name: by parity
        type: conditional
        parameter: parity
        branches:
          odd: [{name: odd, command: yaml_composite_steps.odd, returns: [label]}]
          even: {steps: [{name: even, type: stub}]}
  - name: fork
    type: parallel
    branches:
      again:
        - {name: inner, type: map, iterate_on: xs, iterate_as: x, branch: *per_item}
      rest:
        - {name: rest, type: stub}
  - name: count
    type: loop
    max_iterations: 5
    break_on: stop
    index_as: i
    branch:
      - {name: up, command: yaml_composite_steps.count_up, returns: [total, stop]}
"""


def in_python() -> Pipeline:
    def per_item() -> Pipeline:
        odd = Pipeline(steps=[PythonTask(function=steps.odd, name="odd", returns=["label"])])
        even = Pipeline(steps=[Stub(name="even")])
        return Pipeline(
            steps=[
                PythonTask(function=steps.square, name="square", returns=["squared", "parity"]),
                Conditional(name="by parity", parameter="parity", branches={"odd": odd, "even": even}),
            ]
        )

    inner = Map(name="inner", iterate_on="xs", iterate_as="x", branch=per_item())
    count = Pipeline(steps=[PythonTask(function=steps.count_up, name="up", returns=["total", "stop"])])
    return Pipeline(
        name="pipeline",
        description="every composite step, written for runnable 0.50",
        steps=[
            PythonTask(function=steps.numbers, name="numbers", returns=["xs"], overrides={"argo": "large"}),
            Map(
                name="squares",
                iterate_on="xs",
                iterate_as="x",
                reducer="lambda *x: max(x)",
                branch=per_item(),
            ),
            Parallel(
                name="fork",
                branches={"again": Pipeline(steps=[inner]), "rest": Pipeline(steps=[Stub(name="rest")])},
            ),
            Loop(name="count", max_iterations=5, break_on="stop", index_as="i", branch=count),
        ],
    )


def test_both_forms_build_the_dag_the_sdk_builds(workdir: Path) -> None:
    graph_form = load_pipeline(write(workdir, "pipeline.yaml", RUNNABLE_050))
    (workdir / "listed").mkdir()
    list_form = load_pipeline(write(workdir / "listed", "pipeline.yaml", LISTED))

    expected = in_python().dag.definition()
    assert graph_form.dag.definition() == expected
    assert list_form.dag.definition() == expected
    assert isinstance(graph_form.steps[1], Map) and isinstance(graph_form.steps[2], Parallel)


def test_runnable_050_graph_file_on_chunked_fs(
    workdir: Path, write_config: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = write_config("chunked-fs")
    pipeline = load_pipeline(write(workdir, "runnable-050.yaml", RUNNABLE_050))

    run_log = pipeline.execute(configuration_file=str(configuration), run_id="from-050")

    def per_item(branch: str, x: int) -> list[str]:
        chosen = "odd" if x % 2 else "even"
        return [
            branch,
            f"{branch}.square",
            f"{branch}.by parity",
            *branch_of(f"{branch}.by parity.{chosen}", chosen),
            f"{branch}.success",
        ]

    names = ["numbers", "squares"]
    for x in (3, 1, 2):
        names += per_item(f"squares.{x}", x)
    names += ["fork", "fork.again", "fork.again.inner"]
    for x in (3, 1, 2):
        names += per_item(f"fork.again.inner.{x}", x)
    names += ["fork.again.success", *branch_of("fork.rest", "rest"), "count"]
    for i in range(3):
        names += branch_of(f"count.{i}", "up")
    assert tree(run_log) == all_succeeded([*names, "success"])
    # squares reduced by max; fork merged the inner Map's lists over them; the loop left its last scope.
    assert scope(run_log) == {
        "xs": [3, 1, 2],
        "squared": [9, 1, 4],
        "parity": ["odd", "odd", "even"],
        "label": ["3 is odd", "1 is odd"],
        "total": 3,
        "stop": True,
    }
    squares, _ = run_log.search_step_by_internal_name("squares")
    assert squares.attempts[0].output_parameters["squared"].get_value() == 9
    assert squares.attempts[0].output_parameters["label"].get_value() == "3 is odd"
    assert scope(run_log, "squares.2") == {"x": 2, "squared": 4, "parity": "even"}
    assert scope(run_log, "squares.1.by parity.odd") == {"label": "1 is odd"}
    assert (
        "squares.2.by parity.odd" not in squares.branches["squares.2"].steps["squares.2.by parity"].branches
    )
    assert scope(run_log, "count.2") == {"i": 2, "total": 3, "stop": True}
    assert run_log.run_config["dag"]["description"] == "every composite step, written for runnable 0.50"
    assert stored_run_log(configuration, "from-050").model_dump() == run_log.model_dump()


# --------------------------------------------------------------------------- mistakes

LIST_TASK = "{name: x, command: yaml_composite_steps.numbers}"
GRAPH_BRANCH = "{start_at: x, steps: {x: {type: task, command: yaml_composite_steps.numbers, next: success}}}"


def nested_in_list(inner: str) -> str:
    """``inner`` (one step, YAML flow style) inside branch 'a' of a Parallel 'outer'."""
    return f"steps:\n  - name: outer\n    type: parallel\n    branches:\n      a: [{inner}]\n"


def nested_in_graph(inner: str) -> str:
    """``inner`` (step 'x', YAML flow style) inside branch 'a' of a Parallel 'outer'."""
    return (
        "dag:\n  start_at: outer\n  steps:\n    outer:\n      type: parallel\n      next: success\n"
        f"      branches:\n        a: {{start_at: x, steps: {{x: {inner}}}}}\n"
    )


MAP = "name: m, type: map, iterate_on: xs, iterate_as: x"
LOOP = "name: l, type: loop, max_iterations: 3, index_as: i"

MISTAKES = {
    "map-without-branch": (
        nested_in_list(f"{{{MAP}}}"),
        "step 'outer' > branch 'a' > step 'm', field 'branch': missing; write branch: <pipeline>",
    ),
    "map-without-iterate-on": (
        nested_in_list(f"{{name: m, type: map, iterate_as: x, branch: [{LIST_TASK}]}}"),
        "step 'outer' > branch 'a' > step 'm', field 'iterate_on': missing; write iterate_on: <the list",
    ),
    "unknown-field": (
        nested_in_list(f"{{name: m, type: map, iterate_on: xs, iterate_over: x, branch: [{LIST_TASK}]}}"),
        "step 'm', field 'iterate_over': a map step has no such field (its fields: type, branch, "
        "iterate_on, iterate_as, reducer, name, on_failure)",
    ),
    "empty-branch": (
        nested_in_list("{name: p, type: parallel, branches: {b: []}}"),
        "step 'p' > branch 'b': the pipeline is empty; write a list of steps",
    ),
    "branch-of-nothing": (
        nested_in_list("{name: p, type: parallel, branches: {b: }}"),
        "step 'outer' > branch 'a' > step 'p' > branch 'b': the pipeline is empty",
    ),
    "no-branches": (
        nested_in_list("{name: c, type: conditional, parameter: side, branches: {}}"),
        "step 'outer' > branch 'a' > step 'c', field 'branches': there are no branches; write branches: {",
    ),
    "branches-not-a-mapping": (
        nested_in_list(f"{{name: p, type: parallel, branches: [{LIST_TASK}]}}"),
        "step 'p', field 'branches': Input should be a valid dictionary",
    ),
    "only-an-ending": (
        nested_in_list("{name: p, type: parallel, branches: {b: [{type: success}]}}"),
        "step 'p' > branch 'b': the pipeline has no step to run",
    ),
    "loop-without-break-on": (
        nested_in_list(f"{{{LOOP}, branch: [{LIST_TASK}]}}"),
        "step 'outer' > branch 'a' > step 'l', field 'break_on': missing; write break_on: <a boolean",
    ),
    "loop-without-iterations": (
        nested_in_list(
            f"{{name: l, type: loop, max_iterations: 0, break_on: d, index_as: i, branch: [{LIST_TASK}]}}"
        ),
        "step 'l', field 'max_iterations': Input should be greater than or equal to 1",
    ),
    "bad-reducer": (
        nested_in_list(f"{{{MAP}, reducer: 'lambda x', branch: [{LIST_TASK}]}}"),
        "step 'outer' > branch 'a' > step 'm': Map 'm' cannot be built: "
        "the reducer 'lambda x' is not a valid lambda",
    ),
    "reducer-not-importable": (
        nested_in_list(f"{{{MAP}, reducer: no_such.module.f, branch: [{LIST_TASK}]}}"),
        "step 'm': Map 'm' cannot be built: the reducer 'no_such.module.f' cannot be imported",
    ),
    "unknown-type": (
        nested_in_list("{name: p, type: paralel, branches: {}}"),
        "step 'outer' > branch 'a' > step 'p', field 'type': 'paralel' is not a step type; "
        "write one of task, stub, parallel, map, conditional, loop, success, fail",
    ),
    "deep-task": (
        nested_in_list(f"{{{MAP}, branch: [{{name: y, command: yaml_composite_steps.nope}}]}}"),
        "step 'outer' > branch 'a' > step 'm' > branch > step 'y': "
        "module 'yaml_composite_steps' has no function 'nope'",
    ),
    "deep-failure-path": (
        nested_in_list("{name: t, command: yaml_composite_steps.numbers, on_failure: [{name: r, next: t}]}"),
        "step 'outer' > branch 'a' > step 't' > on_failure > step 'r', field 'next': "
        "a task step has no such field",
    ),
    "graph-branch-in-list-file": (
        nested_in_list(f"{{name: p, type: parallel, branches: {{b: {GRAPH_BRANCH}}}}}"),
        "step 'p' > branch 'b': this is runnable 0.50's graph form (start_at, steps), "
        "but the file uses the list form",
    ),
    "list-branch-in-graph-file": (
        nested_in_graph(f"{{type: parallel, next: success, branches: {{b: [{LIST_TASK}]}}}}"),
        "step 'outer' > branch 'a' > step 'x' > branch 'b': this is the list form, "
        "but the file uses runnable 0.50's graph form (dag:); write {start_at: first",
    ),
    "graph-bad-next": (
        nested_in_graph("{type: stub, next: y}"),
        "step 'outer' > branch 'a' > step 'x': 'next' names 'y', which is not a step "
        "(steps: x; 'success' and 'fail' always exist)",
    ),
    "graph-map-without-branch": (
        nested_in_graph("{type: map, iterate_on: xs, iterate_as: x, next: success}"),
        "step 'outer' > branch 'a' > step 'x', field 'branch': missing",
    ),
    "graph-without-start": (
        nested_in_graph(
            "{type: loop, max_iterations: 2, break_on: d, index_as: i, branch: {steps: {y: {}}}}"
        ),
        "step 'outer' > branch 'a' > step 'x' > branch, field 'start_at': missing; "
        "write start_at: <the name of the first step>",
    ),
    "graph-unknown-field": (
        nested_in_graph(
            f"{{type: conditional, parameter: p, next: success, branches: {{b: {GRAPH_BRANCH}}}, default: b}}"
        ),
        "step 'x', field 'default': a conditional step has no such field "
        "(its fields: type, parameter, branches, next, on_failure)",
    ),
}


@pytest.mark.parametrize(("definition", "expected"), list(MISTAKES.values()), ids=list(MISTAKES))
def test_mistakes_name_the_file_and_the_step_path(workdir: Path, definition: str, expected: str) -> None:
    path = write(workdir, "bad.yaml", definition)

    with pytest.raises(PipelineDefinitionError) as raised:
        load_pipeline(path)

    message = str(raised.value)
    assert message.startswith(f"The pipeline definition {path} is not valid: ")
    assert expected in message
    assert "\n" not in message and message.endswith(".")


def test_the_command_reports_a_nested_mistake_as_a_usage_error(workdir: Path) -> None:
    write(
        workdir,
        "bad.yaml",
        nested_in_list("{name: l, type: loop, max_iterations: 3, index_as: i, branch: []}"),
    )

    result = CliRunner().invoke(app, ["execute", "bad.yaml"], env={"COLUMNS": "300", "NO_COLOR": "1"})

    assert result.exit_code == 2, result.stdout
    message = " ".join(result.stderr.split())
    assert "bad.yaml" in message
    assert "step 'outer' > branch 'a' > step 'l', field 'break_on': missing" in message
    assert not (workdir / ".run_log_store").exists()  # nothing ran


def test_the_documented_yaml_loads(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPOSITORY))
    docs = (REPOSITORY / "docs" / "pipelines.md").read_text()
    section = docs.split("### Composite steps in YAML", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 2

    # `pkg` stands for the module of the examples' functions.
    loaded = [
        load_pipeline(
            write(workdir, f"documented-{n}.yaml", block.replace("pkg.", "examples.common.functions."))
        )
        for n, block in enumerate(blocks)
    ]

    kinds = [type(step).__name__ for step in loaded[0].steps]
    assert kinds == ["Parallel", "Map", "Conditional", "Loop"]
    assert isinstance(loaded[1].steps[0], Map) and loaded[1].steps[0].branch.dag.start_at == "process chunk"
