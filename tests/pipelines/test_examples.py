"""Every example runs as users run it (``python -m examples.<name>``); its run log is checked step by step."""

from __future__ import annotations

import hashlib
import json as jsonlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from runnable import defaults
from runnable.models import JsonParameter, MetricParameter, ObjectParameter, RunLog

REPOSITORY = Path(__file__).resolve().parents[2]
ReadBack = Callable[[Path, str], RunLog]


class Example:
    """One example run in a subprocess, in its own working folder, on a chosen store."""

    def __init__(self, workdir: Path, write_config: Callable[..., Path], read_back: ReadBack) -> None:
        self.workdir = workdir
        self.write_config = write_config
        self.read_back = read_back
        self.stdout = ""
        self.stderr = ""

    def run(
        self, module: str, store: str = "file-system", expect_failure: bool = False, **env: str
    ) -> RunLog:
        configuration = self.write_config(store, name=f"{module}.yaml")
        environment = {
            **os.environ,
            "PYTHONPATH": str(REPOSITORY),
            defaults.ENV_CONFIGURATION_FILE: str(configuration),
            defaults.ENV_RUN_ID: module,
            **env,
        }
        completed = subprocess.run(
            [sys.executable, "-m", f"examples.{module}"],
            cwd=self.workdir,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        self.stdout, self.stderr = completed.stdout, completed.stderr
        if expect_failure:
            assert completed.returncode != 0, completed.stdout
            # The script does not catch it: its last words are the error's one paragraph, no traceback.
            last_line = completed.stderr.strip().splitlines()[-1]
            assert last_line.startswith(f"Error: Execution failed for run '{module}'"), completed.stderr
            assert "Traceback" not in completed.stderr
        else:
            assert completed.returncode == 0, completed.stderr
        return self.read_back(configuration, module)

    def catalog_file(self, run_id: str, name: str) -> Path:
        return self.workdir / ".catalog" / run_id / name


@pytest.fixture
def example(workdir: Path, write_config: Callable[..., Path], stored_run_log: ReadBack) -> Example:
    return Example(workdir, write_config, stored_run_log)


def statuses(run_log: RunLog) -> dict[str, str]:
    return {name: step.status for name, step in run_log.steps.items()}


def assert_attempts_are_timed(run_log: RunLog) -> None:
    for step in run_log.steps.values():
        for attempt in step.attempts:
            assert attempt.start_time is not None and attempt.start_time.tzinfo is not None
            assert attempt.end_time is not None and attempt.end_time.tzinfo is not None
            assert attempt.end_time >= attempt.start_time


def test_linear(example: Example) -> None:
    run_log = example.run("linear", store="chunked-fs")

    assert run_log.status == defaults.SUCCESS
    assert statuses(run_log) == {
        "hello": "SUCCESS",
        "placeholder": "SUCCESS",
        "goodbye": "SUCCESS",
        "success": "SUCCESS",
    }
    assert [s.step_type for s in run_log.steps.values()] == ["task", "stub", "task", "success"]
    assert_attempts_are_timed(run_log)
    assert "Hello World!" in example.catalog_file("linear", "hello.execution.log").read_text()
    assert "Goodbye World!" in example.catalog_file("linear", "goodbye.execution.log").read_text()
    assert "Hello World!" in example.stdout  # shown live too
    assert run_log.run_config["run_log_store"]["service_name"] == "chunked-fs"


def test_parameters(example: Example) -> None:
    run_log = example.run("parameters", RUNNABLE_PRM_envvar='"from env"')

    assert run_log.status == defaults.SUCCESS
    assert list(run_log.steps) == [
        "read initial",
        "write parameters",
        "read parameters",
        "read kwargs",
        "success",
    ]
    assert_attempts_are_timed(run_log)
    # From the parameters file and the environment.
    assert run_log.parameters["epochs"] == JsonParameter(value=10)
    assert run_log.parameters["model"] == JsonParameter(value={"x": 3, "foo": "baz"})
    assert run_log.parameters["envvar"] == JsonParameter(value="from env")
    assert run_log.parameters["scaled"].get_value() == pytest.approx(0.1)
    # Every kind of return.
    written = run_log.steps["write parameters"].attempts[0]
    assert written.output_parameters == {
        "basket": ObjectParameter(value="basket"),
        "integer": JsonParameter(value=1),
        "floater": JsonParameter(value=3.14),
        "stringer": JsonParameter(value="hello"),
        "pydantic_param": JsonParameter(value={"x": 10, "foo": "bar"}),
        "score": MetricParameter(value=0.9),
    }
    assert written.user_defined_metrics == {"score": MetricParameter(value=0.9)}
    assert example.catalog_file("parameters", "basket.pickle").is_file()
    read = run_log.steps["read parameters"].attempts[0]
    assert set(read.input_parameters) >= {"basket", "integer", "pydantic_param", "score", "envvar"}
    assert read.output_parameters == {"total": JsonParameter(value=11)}
    assert (
        "envvar is from env"
        in example.catalog_file("parameters", "read%20parameters.execution.log").read_text()
    )
    assert "also received" in example.catalog_file("parameters", "read%20kwargs.execution.log").read_text()


def test_catalog(example: Example) -> None:
    run_log = example.run("catalog")

    assert run_log.status == defaults.SUCCESS
    assert_attempts_are_timed(run_log)
    put = {d.name: d for d in run_log.steps["write files"].data_catalog if d.stage == "put"}
    assert set(put) == {"data/numbers.csv", "notes.txt", "write%20files.execution.log"}
    got = [d for d in run_log.steps["read files"].data_catalog if d.stage == "get"]
    assert [d.name for d in got] == ["data/numbers.csv", "notes.txt"]
    for entry in got:
        stored = example.catalog_file("catalog", entry.name)
        assert entry.data_hash == put[entry.name].data_hash == hashlib.sha256(stored.read_bytes()).hexdigest()
    report = {d.name: d for d in run_log.steps["report"].data_catalog}
    assert report["data/numbers.csv"].stage == "get"
    assert report["report.txt"].stage == "put" and report["report.txt"].data_hash
    assert not example.catalog_file("catalog", "report.txt").exists()  # store_copy=False


def test_shell(example: Example) -> None:
    run_log = example.run("shell", store="chunked-fs")

    assert statuses(run_log) == {
        "produce": "SUCCESS",
        "consume": "SUCCESS",
        "check": "SUCCESS",
        "success": "SUCCESS",
    }
    produced = run_log.steps["produce"].attempts[0]
    assert produced.output_parameters == {
        "greeting": JsonParameter(value="hello world"),
        "count": JsonParameter(value=3),
        "accuracy": MetricParameter(value=0.75),
    }
    assert produced.user_defined_metrics == {"accuracy": MetricParameter(value=0.75)}
    assert run_log.steps["consume"].attempts[0].output_parameters == {"doubled": JsonParameter(value=6)}
    assert "producing values" in example.catalog_file("shell", "produce.execution.log").read_text()


def test_notebook(example: Example) -> None:
    run_log = example.run("notebook")

    assert statuses(run_log) == {
        "start": "SUCCESS",
        "notebook": "SUCCESS",
        "check": "SUCCESS",
        "success": "SUCCESS",
    }
    attempt = run_log.steps["notebook"].attempts[0]
    assert attempt.input_parameters == {
        "integer": JsonParameter(value=21),
        "stringer": JsonParameter(value="hello"),
    }
    assert attempt.output_parameters == {
        "doubled": JsonParameter(value=42),
        "message": JsonParameter(value="hello from a notebook"),
    }
    names = [d.name for d in run_log.steps["notebook"].data_catalog]
    assert "simple_notebook-notebook_out.ipynb" in names
    executed = jsonlib.loads(
        example.catalog_file("notebook", "simple_notebook-notebook_out.ipynb").read_text()
    )
    injected = [c for c in executed["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert injected and "integer = 21" in "".join(injected[0]["source"])
    outputs = "".join("".join(o.get("text", "")) for c in executed["cells"] for o in c.get("outputs", []))
    assert "hello from a notebook 42" in outputs
    assert (
        "hello from a notebook 42" in example.catalog_file("notebook", "notebook.execution.log").read_text()
    )


def test_on_failure_succeed(example: Example) -> None:
    run_log = example.run("on_failure_succeed")

    assert run_log.status == defaults.SUCCESS
    assert statuses(run_log) == {"step 1": "FAIL", "step 4": "SUCCESS", "success": "SUCCESS"}
    message = run_log.steps["step 1"].attempts[0].message
    assert "Exception: This is an exception" in message and "Traceback" in message


def test_on_failure_fail(example: Example) -> None:
    run_log = example.run("on_failure_fail", expect_failure=True)

    assert run_log.status == defaults.FAIL
    assert statuses(run_log) == {"step 1": "FAIL", "step 4": "SUCCESS", "fail": "SUCCESS"}
    assert "'step 4'" in run_log.steps["fail"].message
    assert "'step 4'" in example.stderr


def test_default_fail(example: Example) -> None:
    run_log = example.run("default_fail", store="chunked-fs", expect_failure=True)

    assert run_log.status == defaults.FAIL
    assert statuses(run_log) == {"step 1": "SUCCESS", "step 2": "FAIL", "fail": "SUCCESS"}
    failed = run_log.steps["step 2"]
    assert (
        failed.message
        == "Call to function 'examples.common.functions.raise_ex' failed: Exception: This is an exception"
    )
    assert "Traceback (most recent call last)" in failed.attempts[0].message
    assert "'step 2' failed" in run_log.steps["fail"].message
    assert "'step 2' failed" in example.stderr


def test_terminate_with_failure(example: Example) -> None:
    run_log = example.run("terminate_with_failure", expect_failure=True)

    assert statuses(run_log) == {"step 1": "SUCCESS", "check": "SUCCESS", "fail": "SUCCESS"}
    assert run_log.status == defaults.FAIL


def test_python_job(example: Example) -> None:
    run_log = example.run("python_job")

    job = run_log.job
    assert job is not None and job.status == defaults.SUCCESS and run_log.status == defaults.SUCCESS
    [attempt] = job.attempts
    assert attempt.user_defined_metrics == {"accuracy": MetricParameter(value=0.53)}
    assert attempt.output_parameters["loss"].get_value() == pytest.approx(1 / 3)
    assert run_log.parameters["accuracy"] == MetricParameter(value=0.53)
    assert {d.name for d in job.data_catalog} == {"model.txt", "job.execution.log"}
    assert example.catalog_file("python_job", "model.txt").read_text() == "accuracy=0.53\n"
    assert "job_definition" in run_log.run_config and run_log.steps == {}


def test_shell_job(example: Example) -> None:
    run_log = example.run("shell_job", store="chunked-fs")

    assert run_log.job is not None and run_log.job.status == defaults.SUCCESS
    assert run_log.parameters["lines"] == JsonParameter(value=2)
    assert "counting" in example.catalog_file("shell_job", "job.execution.log").read_text()


def test_notebook_job(example: Example) -> None:
    run_log = example.run("notebook_job", RUNNABLE_PRM_integer="5")

    assert run_log.job is not None and run_log.job.status == defaults.SUCCESS
    assert run_log.job.attempts[0].output_parameters == {"doubled": JsonParameter(value=10)}
    assert "simple_notebook-job_out.ipynb" in {d.name for d in run_log.job.data_catalog}


def test_using_secrets(example: Example) -> None:
    run_log = example.run("using_secrets", API_TOKEN="tok-123-secret")

    assert statuses(run_log) == {"use secret": "SUCCESS", "shell secret": "SUCCESS", "success": "SUCCESS"}
    shell_log = example.catalog_file("using_secrets", "shell%20secret.execution.log").read_text()
    assert f"token is {defaults.MASK}" in shell_log
    assert "tok-123-secret" not in run_log.model_dump_json()


def test_demo_runs_on_the_default_store(workdir: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(REPOSITORY / "examples" / "demo.py")],
        cwd=workdir,
        env={k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")},
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stderr
    assert ": SUCCESS" in completed.stdout and "recorded by the 'database' run log store" in completed.stdout
    assert "metrics  score=0.9" in completed.stdout
    assert (workdir / ".run_log_store" / "runs.db").is_file()
