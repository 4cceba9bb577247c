"""What runnable 0.50's own examples rely on, run end to end (issue 12, items 7 to 14)."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from runnable import Pipeline, PythonTask, defaults, pickled
from runnable.pipeline_yaml import load_pipeline


ConfigWriter = Callable[..., Path]


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_a_yaml_stub_ignores_any_other_key(workdir: Path, write_config: ConfigWriter) -> None:
    # runnable 0.50's examples/01-tasks/stub.yaml, as it is.
    definition = write(
        workdir / "stub.yaml",
        """
        dag:
          description: stubs take arbitrary keys
          start_at: step 1
          steps:
            step 1:
              type: stub
              next: step 2
            step 2:
              type: stub
              what: is this thing?
              It: does not matter!!
              returns: [not, a, list, of, anything]
              command: 42
              next: step 3
            step 3:
              type: stub
              next: success
            success:
              type: success
            fail:
              type: fail
        """,
    )
    listed = write(
        workdir / "listed.yaml",
        """
        steps:
          - {name: later, type: stub, command_type: notebook, nonsense: {deep: [1, 2]}}
        """,
    )
    configuration = str(write_config())
    run_log = load_pipeline(definition).execute(configuration_file=configuration)
    assert run_log.status == defaults.SUCCESS
    assert [step.step_type for step in run_log.steps.values()] == ["stub", "stub", "stub", "success"]
    assert load_pipeline(listed).execute(configuration_file=configuration).status == defaults.SUCCESS


class Point:
    """A plain picklable object (runnable 0.50's examples return a pandas DataFrame here)."""

    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


def make_point() -> Point:
    return Point(3, 4)


def function_using_argparse(integer: int, args: argparse.Namespace) -> int:
    # runnable 0.50's examples/common/functions.py, plus a pickled object.
    assert integer == 1
    assert args.floater == 3.14
    assert args.stringer == "hello"
    assert args.envvar == "from env"
    assert args.pydantic_param["x"] == 10
    assert args.pydantic_param["foo"] == "bar"
    assert (args.point.x, args.point.y) == (3, 4)
    return len(vars(args))


def test_an_argparse_namespace_argument_receives_every_parameter(
    workdir: Path, write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        workdir / "parameters.yaml",
        """
        integer: 1
        floater: 3.14
        stringer: hello
        pydantic_param: {x: 10, foo: bar}
        """,
    )
    monkeypatch.setenv("RUNNABLE_PRM_envvar", "from env")
    pipeline = Pipeline(
        steps=[
            PythonTask(name="point", function=make_point, returns=[pickled("point")]),
            PythonTask(name="argparse", function=function_using_argparse, returns=["count"]),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(write_config()), parameters_file="parameters.yaml")

    assert run_log.status == defaults.SUCCESS, run_log.steps["argparse"].message
    # Every parameter in scope, the one also bound by name included.
    assert run_log.parameters["count"].get_value() == 6
