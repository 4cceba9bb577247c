"""A script (``python pipeline.py``) not catching runnable's error ends with its message, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from run_log_views import read_run_log
from runnable import defaults

PIPELINE = """
from runnable import Pipeline, PythonTask


def train() -> None:
    raise ValueError("the data has no rows")


if __name__ == "__main__":
    Pipeline(steps=[PythonTask(name="train", function=train)]).execute()
"""

CATCHING = """
from runnable import Pipeline, PythonTask
from runnable.exceptions import ExecutionFailedError


def train() -> None:
    raise ValueError("the data has no rows")


if __name__ == "__main__":
    try:
        Pipeline(steps=[PythonTask(name="train", function=train)]).execute()
    except ExecutionFailedError as error:
        print("handled", error.run_id)
    raise KeyError("the script's own error")
"""


def run_script(workdir: Path, source: str, **environment: str) -> subprocess.CompletedProcess[str]:
    (workdir / "pipeline.py").write_text(source)
    variables = {name: value for name, value in os.environ.items() if not name.startswith("RUNNABLE_")}
    return subprocess.run(
        [sys.executable, "pipeline.py"],
        cwd=workdir,
        env={**variables, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_failed_run_ends_the_script_with_its_message_and_where_to_look(workdir: Path) -> None:
    completed = run_script(workdir, PIPELINE)

    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    last_line = completed.stderr.strip().splitlines()[-1]
    assert last_line.startswith("Error: Execution failed for run '")
    assert "step 'train' failed" in last_line and "ValueError: the data has no rows" in last_line
    run_id = last_line.split("'")[1]
    assert last_line.endswith(f"See the steps with: runnable runs show {run_id}")
    assert read_run_log(run_id).status == defaults.FAIL


def test_a_configuration_mistake_ends_the_script_with_one_paragraph(workdir: Path) -> None:
    (workdir / "config.yaml").write_text("run-log-store:\n  type: databse\n")

    completed = run_script(workdir, PIPELINE, RUNNABLE_CONFIGURATION_FILE="config.yaml")

    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert completed.stderr.startswith("Error: Configuration error in config.yaml, service 'run-log-store'")
    assert "Did you mean 'database'?" in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["1", "true"])
def test_runnable_debug_shows_the_traceback(workdir: Path, value: str) -> None:
    completed = run_script(workdir, PIPELINE, RUNNABLE_DEBUG=value)

    assert completed.returncode == 1
    assert "Traceback (most recent call last)" in completed.stderr
    assert "runnable.exceptions.ExecutionFailedError: Execution failed for run" in completed.stderr


def test_errors_the_script_catches_or_raises_itself_are_left_to_python(workdir: Path) -> None:
    completed = run_script(workdir, CATCHING)

    assert completed.stdout.startswith("handled ")
    assert completed.returncode == 1
    assert "Traceback (most recent call last)" in completed.stderr
    assert completed.stderr.strip().endswith('KeyError: "the script\'s own error"')
