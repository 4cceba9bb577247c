"""``runnable execute`` on Python files in every supported style and on YAML definitions, for real."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from runnable import defaults
from runnable.models import RunLog
from runnable.run_log_store.file_system import FileSystemRunLogStore

STEPS_MODULE = """
from pathlib import Path

def hello():
    with Path("calls.txt").open("a") as calls:
        calls.write("hello\\n")
    print("hello from a step")

def explode():
    raise ValueError("the step exploded")

def refuse_token():
    import os
    raise PermissionError(f"the server refused the token {os.environ['API_TOKEN']}")

def scale(learning_rate: float, epochs: int) -> float:
    return learning_rate * epochs
"""


@pytest.fixture(autouse=True)
def project(tmp_path: Path) -> Path:
    """A working directory with a file-system store configured and a module of step functions."""
    (tmp_path / "runnable-config.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs\n"
    )
    (tmp_path / "cli_test_steps.py").write_text(STEPS_MODULE)
    return tmp_path


def write(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(textwrap.dedent(text).lstrip())
    return name


def runs(folder: str = "runs") -> dict[str, RunLog]:
    store = FileSystemRunLogStore(log_folder=folder)
    return {run.run_id: store.get_run_log_by_id(run.run_id, full=True) for run in store.get_run_logs()}


def calls() -> int:
    path = Path("calls.txt")
    return len(path.read_text().splitlines()) if path.exists() else 0


def one_paragraph(result: Result) -> str:
    message = result.stderr.strip()
    assert message.count("\n") == 0, message
    assert "Traceback" not in message
    return message


# --------------------------------------------------------------------------- Python files

GUIDE_STYLE = """
from runnable import Pipeline, PythonTask
from cli_test_steps import hello

def main():
    pipeline = Pipeline(
        steps=[PythonTask(function=hello, name="task1"), PythonTask(function=hello, name="task2")]
    )
    pipeline.execute(configuration_file="cloud-database-config.yaml")
    return pipeline

if __name__ == "__main__":
    main()
"""


LINEAR = """
from runnable import Pipeline, PythonTask
from cli_test_steps import hello

pipeline = Pipeline(
    steps=[PythonTask(function=hello, name="task1"), PythonTask(function=hello, name="task2")]
)
"""


def test_guide_style_main_runs_once_with_the_command_line_config(cli: Callable[..., Result]) -> None:
    write("pipeline.py", GUIDE_STYLE)
    write("fs.yaml", "run-log-store:\n  type: file-system\n  config:\n    log_folder: other-runs\n")
    # The script names a configuration that does not exist here: --config wins over it.
    result = cli("execute", "pipeline.py", "-c", "fs.yaml", "--run-id", "guide-1", "--tag", "docs")
    assert result.exit_code == 0, result.stderr
    assert calls() == 2  # two tasks, executed once
    stored = runs("other-runs")
    assert list(stored) == ["guide-1"]
    assert stored["guide-1"].status == defaults.SUCCESS and stored["guide-1"].tag == "docs"
    assert list(stored["guide-1"].steps)[:2] == ["task1", "task2"]
    assert "Run guide-1 succeeded" in result.stdout
    assert "runnable runs show guide-1" in result.stdout


def test_module_level_pipeline(cli: Callable[..., Result]) -> None:
    write(
        "linear.py",
        """
        from runnable import Pipeline, PythonTask, ShellTask
        from cli_test_steps import hello

        hi = PythonTask(function=hello, name="hi")
        pipeline = Pipeline(steps=[hi, ShellTask(command="echo shell", name="sh")])
        """,
    )
    result = cli("execute", "linear.py", "--run-id", "module-level")
    assert result.exit_code == 0, result.stderr
    assert calls() == 1
    assert "hello from a step" in result.stdout
    assert runs()["module-level"].status == defaults.SUCCESS


def test_main_returning_an_unexecuted_pipeline_is_executed(cli: Callable[..., Result]) -> None:
    write(
        "builder.py",
        """
        from runnable import Pipeline, PythonTask
        from cli_test_steps import hello

        def main():
            return Pipeline(steps=[PythonTask(function=hello, name="only")])
        """,
    )
    result = cli("execute", "builder.py", "--run-id", "built")
    assert result.exit_code == 0, result.stderr
    assert calls() == 1
    assert list(runs()) == ["built"]


def test_script_that_executes_at_import_runs_once(cli: Callable[..., Result]) -> None:
    write(
        "script.py",
        """
        from runnable import Pipeline, PythonTask
        from cli_test_steps import hello

        pipeline = Pipeline(steps=[PythonTask(function=hello, name="only")])
        pipeline.execute()
        """,
    )
    result = cli("execute", "script.py", "--tag", "scripted")
    assert result.exit_code == 0, result.stderr
    assert calls() == 1
    (run,) = runs().values()
    assert run.tag == "scripted"


def test_run_id_from_the_environment(cli: Callable[..., Result]) -> None:
    write("linear.py", LINEAR)
    result = cli("execute", "linear.py", env={defaults.ENV_RUN_ID: "from-env"})
    assert result.exit_code == 0, result.stderr
    assert list(runs()) == ["from-env"]


def test_file_colon_name_picks_one_of_several(cli: Callable[..., Result]) -> None:
    write(
        "two.py",
        """
        from runnable import Pipeline, PythonTask, ShellTask
        from cli_test_steps import hello

        first = Pipeline(steps=[PythonTask(function=hello, name="a")])
        second = Pipeline(steps=[ShellTask(command="echo second", name="b")])
        """,
    )
    ambiguous = cli("execute", "two.py")
    assert ambiguous.exit_code == 2
    assert "two.py:NAME" in one_paragraph(ambiguous)
    assert runs() == {}
    chosen = cli("execute", "two.py:second", "--run-id", "chosen")
    assert chosen.exit_code == 0, chosen.stderr
    assert next(iter(runs()["chosen"].steps)) == "b"
    assert calls() == 0


def test_job(cli: Callable[..., Result]) -> None:
    write(
        "job.py",
        """
        from runnable import PythonJob
        from cli_test_steps import hello

        job = PythonJob(function=hello)
        """,
    )
    result = cli("execute", "job.py", "--run-id", "a-job")
    assert result.exit_code == 0, result.stderr
    run = runs()["a-job"]
    assert run.job is not None and run.job.status == defaults.SUCCESS
    assert calls() == 1
    shown = cli("runs", "show", "a-job")
    assert shown.exit_code == 0, shown.stderr
    assert "run a-job  SUCCESS" in shown.stdout
    assert "job  SUCCESS" in shown.stdout


def test_parameters_file(cli: Callable[..., Result]) -> None:
    write("params.yaml", "learning_rate: 0.5\nepochs: 4\n")
    write(
        "train.py",
        """
        from runnable import Pipeline, PythonTask, metric
        from cli_test_steps import scale

        pipeline = Pipeline(steps=[PythonTask(function=scale, name="scale", returns=[metric("product")])])
        """,
    )
    result = cli("execute", "train.py", "--parameters-file", "params.yaml", "--run-id", "params")
    assert result.exit_code == 0, result.stderr
    run = runs()["params"]
    assert run.parameters["learning_rate"].get_value() == 0.5
    assert run.steps["scale"].attempts[-1].user_defined_metrics["product"].get_value() == 2.0


def test_failed_run_exits_1_with_one_paragraph(cli: Callable[..., Result]) -> None:
    write(
        "failing.py",
        """
        from runnable import Pipeline, PythonTask
        from cli_test_steps import explode, hello

        fine = PythonTask(function=hello, name="fine")
        pipeline = Pipeline(steps=[fine, PythonTask(function=explode, name="boom")])
        """,
    )
    result = cli("execute", "failing.py", "--run-id", "failed-run")
    assert result.exit_code == 1
    message = one_paragraph(result)
    assert "failed-run" in message and "boom" in message and "the step exploded" in message
    assert "runnable runs show failed-run" in message
    run = runs()["failed-run"]
    assert run.status == defaults.FAIL
    assert run.steps["boom"].status == defaults.FAIL


def test_a_secret_in_a_failure_message_is_masked_on_the_console_in_the_run_and_in_runs_show(
    cli: Callable[..., Result],
) -> None:
    secret = "tok-123-very-secret"
    write(
        "leaky.py",
        """
        from runnable import Pipeline, PythonTask
        from cli_test_steps import refuse_token

        pipeline = Pipeline(steps=[PythonTask(function=refuse_token, name="call", secrets=["API_TOKEN"])])
        """,
    )
    result = cli("execute", "leaky.py", "--run-id", "leaky", env={"API_TOKEN": secret})
    assert result.exit_code == 1
    assert "the server refused the token" in result.stderr
    assert secret not in result.stdout + result.stderr

    call = runs()["leaky"].steps["call"]
    assert f"the server refused the token {defaults.MASK}" in call.attempts[-1].message
    assert f"the server refused the token {defaults.MASK}" in call.message
    assert secret not in runs()["leaky"].model_dump_json()
    for shown in (cli("runs", "show", "leaky"), cli("runs", "show", "leaky", "--json")):
        assert shown.exit_code == 0 and "the server refused the token" in shown.stdout
        assert secret not in shown.stdout + shown.stderr


def test_a_script_that_swallows_the_failure_still_exits_1(cli: Callable[..., Result]) -> None:
    write(
        "swallow.py",
        """
        from runnable import Pipeline, PythonTask
        from runnable.exceptions import ExecutionFailedError
        from cli_test_steps import explode

        def main():
            pipeline = Pipeline(steps=[PythonTask(function=explode, name="boom")])
            try:
                pipeline.execute()
            except ExecutionFailedError:
                pass
            return pipeline
        """,
    )
    result = cli("execute", "swallow.py", "--run-id", "swallowed")
    assert result.exit_code == 1
    assert "swallowed" in one_paragraph(result)
    assert list(runs()) == ["swallowed"]  # not executed a second time


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = 1\n", "defines no pipeline"),
        ("import no_such_module_here\n", "ModuleNotFoundError"),
        ("def main():\n    return 42\n", "main() neither executed a pipeline nor returned one"),
        (
            "from runnable import Pipeline, PythonTask\nPipeline(steps=[])\n",
            "needs at least one step",
        ),
    ],
    ids=["nothing", "import-error", "main-returns-junk", "bad-definition"],
)
def test_python_files_that_define_nothing_runnable(
    cli: Callable[..., Result], source: str, expected: str
) -> None:
    write("broken.py", source)
    result = cli("execute", "broken.py")
    assert result.exit_code == 2
    message = one_paragraph(result)
    assert "broken.py" in message or "Pipeline" in message
    assert expected in message
    assert runs() == {}


def test_missing_or_unsupported_file(cli: Callable[..., Result]) -> None:
    missing = cli("execute", "nowhere.py")
    assert missing.exit_code == 2
    assert "nowhere.py does not exist" in one_paragraph(missing)
    write("notes.txt", "hello")
    unsupported = cli("execute", "notes.txt")
    assert unsupported.exit_code == 2
    assert ".py" in one_paragraph(unsupported)


def test_run_id_already_taken_is_a_usage_error(cli: Callable[..., Result]) -> None:
    write("linear.py", LINEAR)
    assert cli("execute", "linear.py", "--run-id", "taken").exit_code == 0
    again = cli("execute", "linear.py", "--run-id", "taken")
    assert again.exit_code == 2
    assert "taken" in one_paragraph(again) and "already exists" in again.stderr
    assert calls() == 2  # the second attempt ran nothing


# --------------------------------------------------------------------------- YAML definitions


def test_yaml_list_form(cli: Callable[..., Result]) -> None:
    write(
        "pipeline.yaml",
        """
        name: listed
        steps:
          - name: greet
            command: cli_test_steps.hello
          - name: scale
            command: cli_test_steps.scale
            returns: [{name: product, kind: metric}]
          - name: shout
            command_type: shell
            command: echo HELLO
        """,
    )
    write("params.yaml", "learning_rate: 0.25\nepochs: 2\n")
    result = cli("execute", "pipeline.yaml", "--run-id", "yaml-list", "--parameters-file", "params.yaml")
    assert result.exit_code == 0, result.stderr
    run = runs()["yaml-list"]
    assert run.status == defaults.SUCCESS
    assert [name for name in run.steps if name != "success"] == ["greet", "scale", "shout"]
    assert run.steps["scale"].attempts[-1].user_defined_metrics["product"].get_value() == 0.5
    assert calls() == 1


DAG = """
dag:
  start_at: first
  steps:
    first:
      type: task
      command_type: shell
      command: exit 3
      next: second
      on_failure: recover
    second:
      type: stub
      next: success
    recover:
      type: task
      command: cli_test_steps.hello
      next: {ending}
    success:
      type: success
    fail:
      type: fail
"""


@pytest.mark.parametrize(("ending", "exit_code", "status"), [("fail", 1, "FAIL"), ("success", 0, "SUCCESS")])
def test_yaml_graph_form_with_failure_path(
    cli: Callable[..., Result], ending: str, exit_code: int, status: str
) -> None:
    write("graph.yaml", DAG.format(ending=ending))
    result = cli("execute", "graph.yaml", "--run-id", "graph")
    assert result.exit_code == exit_code, result.stderr
    run = runs()["graph"]
    assert run.status == status
    assert run.steps["first"].status == defaults.FAIL
    assert run.steps["recover"].status == defaults.SUCCESS
    assert "second" not in run.steps
    assert calls() == 1


@pytest.mark.parametrize(
    ("definition", "expected"),
    [
        (
            "steps:\n  - name: a\n    command: cli_test_steps.nope\n",
            "step 'a': module 'cli_test_steps' has no",
        ),
        ("steps:\n  - name: a\n    command: not_a_module_anywhere.f\n", "step 'a': cannot import module"),
        ("steps:\n  - name: a\n    type: task\n", "step 'a': a task needs a 'command'"),
        ("steps:\n  - name: a\n    comand: x.y\n", "step 'a', field 'comand'"),
        (
            "dag:\n  start_at: a\n  steps:\n    a: {type: stub, next: b}\n",
            "step 'a': 'next' names 'b', which is not a step",
        ),
        ("dag:\n  start_at: z\n  steps:\n    a: {type: stub}\n", "'start_at' names 'z'"),
        (
            "dag:\n  start_at: a\n  steps:\n    a: {type: stub}\n    b: {type: stub}\n",
            "'b' are never reached",
        ),
        ("steps: [\n", "not valid YAML at line"),
        ("- just\n- a list\n", "must be a mapping"),
        ("steps:\n  - name: a.b\n    type: stub\n", "contains '.'"),
    ],
    ids=[
        "no-function",
        "no-module",
        "no-command",
        "unknown-field",
        "bad-next",
        "bad-start",
        "unreachable",
        "yaml-syntax",
        "not-a-mapping",
        "dotted-name",
    ],
)
def test_yaml_mistakes_name_file_and_step(cli: Callable[..., Result], definition: str, expected: str) -> None:
    write("bad.yaml", definition)
    result = cli("execute", "bad.yaml")
    assert result.exit_code == 2, result.stdout
    message = one_paragraph(result)
    assert "bad.yaml" in message
    assert expected in message
    assert runs() == {}


# --------------------------------------------------------------------------- the console script


def test_console_script_exit_codes(console_script: Callable[..., Any]) -> None:
    write("ok.py", LINEAR)
    write(
        "failing.py",
        """
        from runnable import Pipeline, PythonTask
        from cli_test_steps import explode

        pipeline = Pipeline(steps=[PythonTask(function=explode, name="boom")])
        """,
    )
    succeeded = console_script("execute", "ok.py", "--run-id", "ok")
    assert succeeded.returncode == 0, succeeded.stderr
    failed = console_script("execute", "failing.py", "--run-id", "not-ok")
    assert failed.returncode == 1
    assert "not-ok" in failed.stderr and "Traceback" not in failed.stderr
    shown = console_script("runs", "show", "not-ok", "--json")
    assert json.loads(shown.stdout)["status"] == "FAIL"


REPOSITORY = Path(__file__).resolve().parents[2]


def test_repository_example_from_the_repository_root(
    console_script: Callable[..., Any], tmp_path: Path
) -> None:
    """The guide's layout: run from the repository root, `examples.common.functions` importable from there."""
    config = tmp_path / "elsewhere.yaml"
    config.write_text(
        f"run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: {tmp_path / 'runs'}\n"
        f"catalog:\n  type: file-system\n  config:\n    catalog_location: {tmp_path / 'catalog'}\n"
    )
    completed = console_script(
        "execute", "examples/linear.py", "-c", str(config), "--run-id", "example", cwd=REPOSITORY
    )
    assert completed.returncode == 0, completed.stderr
    assert "Hello World!" in completed.stdout
    shown = console_script("runs", "show", "example", "--json", "-c", str(config))
    run = RunLog.model_validate(json.loads(shown.stdout))
    assert run.status == defaults.SUCCESS
    assert [name for name in run.steps if name != "success"] == ["hello", "placeholder", "goodbye"]


def test_objects_defined_in_the_pipeline_file_pickle_between_steps(cli: Callable[..., Result]) -> None:
    write(
        "my-pipeline.py",
        """
        from dataclasses import dataclass
        from runnable import Pipeline, PythonTask, pickled

        @dataclass
        class Basket:
            items: list

        def fill():
            return Basket(items=["apple", "pear"])

        def count(basket: Basket) -> int:
            assert isinstance(basket, Basket)
            return len(basket.items)

        pipeline = Pipeline(
            steps=[
                PythonTask(function=fill, name="fill", returns=[pickled("basket")]),
                PythonTask(function=count, name="count", returns=["how_many"]),
            ]
        )
        """,
    )
    result = cli("execute", "my-pipeline.py", "--run-id", "pickles")
    assert result.exit_code == 0, result.stderr
    assert runs()["pickles"].parameters["how_many"].get_value() == 2


def test_yaml_list_form_failure_path(cli: Callable[..., Result]) -> None:
    write(
        "recover.yaml",
        """
        steps:
          - name: risky
            command: cli_test_steps.explode
            on_failure:
              - name: note it
                command: cli_test_steps.hello
              - type: fail
          - name: never
            type: stub
        """,
    )
    result = cli("execute", "recover.yaml", "--run-id", "recovered")
    assert result.exit_code == 1
    assert "recovered" in one_paragraph(result)
    run = runs()["recovered"]
    assert run.status == defaults.FAIL
    assert run.steps["risky"].status == defaults.FAIL
    assert run.steps["note it"].status == defaults.SUCCESS
    assert "never" not in run.steps
    assert calls() == 1
