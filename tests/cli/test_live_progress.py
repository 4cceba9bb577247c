"""Live progress of ``runnable execute``: on a terminal only, steps starting and ending, a bar per Map."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from examples.common.functions import make_chunks, process_chunk
from rich.console import Console

from runnable import Map, Pipeline, PythonTask, defaults, events
from runnable.cli.progress import LiveProgress, live_progress

REPOSITORY = Path(__file__).resolve().parents[2]
RUNNABLE = Path(sys.executable).parent / "runnable"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

PIPELINE = """
from runnable import Map, Pipeline, PythonTask


def items():
    return [1, 2, 3, 4]


def work(item: int):
    if item == 3:
        raise ValueError("three is unlucky")
    return item


def main():
    branch = Pipeline(steps=[PythonTask(function=work, name="work", returns=["done"])])
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["items"]),
            Map(name="fan", iterate_on="items", iterate_as="item", branch=branch),
        ]
    )
"""


def _run_in_terminal(
    folder: Path, *arguments: str, environment: dict[str, str] | None = None
) -> tuple[str, int]:
    """The console script with its stdout on a pseudo-terminal: what it wrote there, and its exit code."""
    controller, terminal = pty.openpty()
    variables = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    variables.update({"COLUMNS": "120", "TERM": "xterm", **(environment or {})})
    process = subprocess.Popen(
        [str(RUNNABLE), "execute", *arguments],
        cwd=folder,
        env=variables,
        stdout=terminal,
        stderr=subprocess.PIPE,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    returncode = process.wait(timeout=120)
    os.close(controller)
    return ANSI_ESCAPE.sub("", b"".join(chunks).decode("utf-8", "replace")), returncode


@pytest.fixture
def pipeline_folder(tmp_path: Path) -> Path:
    (tmp_path / "fan.py").write_text(PIPELINE)
    (tmp_path / "runnable-config.yaml").write_text(
        "run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: runs\n"
    )
    return tmp_path


def test_a_terminal_sees_steps_and_the_map_bar(pipeline_folder: Path) -> None:
    shown, returncode = _run_in_terminal(pipeline_folder, "fan.py")
    assert returncode == 1  # one branch fails, so the run does
    assert "▶ items started" in shown and "✔ items SUCCESS in" in shown
    assert "▶ fan started" in shown and "✘ fan FAIL in" in shown
    assert "fan: 4/4 branches done, 1 failed" in shown
    assert "work" not in shown.split("fan started")[0]  # steps inside branches get no lines of their own


def test_quiet_and_non_terminals_see_no_progress(pipeline_folder: Path) -> None:
    quiet, returncode = _run_in_terminal(pipeline_folder, "fan.py", "--quiet")
    assert returncode == 1  # the run went as before
    assert "started" not in quiet and "branches" not in quiet
    piped = subprocess.run(
        [str(RUNNABLE), "execute", "fan.py"], cwd=pipeline_folder, capture_output=True, text=True, check=False
    )
    assert piped.returncode == 1
    assert "started" not in piped.stdout + piped.stderr and "branches" not in piped.stdout + piped.stderr


def test_branches_run_by_worker_processes_advance_the_bar(tmp_path: Path) -> None:
    config = tmp_path / "parallel.yaml"
    config.write_text(
        f"run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: {tmp_path / 'runs'}\n"
        "pipeline-executor:\n  type: local\n  config:\n    enable_parallel: true\n    max_workers: 2\n"
    )
    shown, returncode = _run_in_terminal(
        REPOSITORY, "examples/map.py", "-c", str(config), environment={"RUNNABLE_PRM_multiplier": "10"}
    )
    assert "process: 3/3 branches done" in shown and "double: 3/3 branches done" in shown
    assert "✔ check SUCCESS" in shown and returncode == 0


def test_the_display_draws_what_an_sdk_run_announces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    seen: list[dict[str, Any]] = []
    pipeline = Pipeline(
        steps=[
            PythonTask(function=make_chunks, name="chunks", returns=["chunks"]),
            Map(
                name="fan",
                iterate_on="chunks",
                iterate_as="chunk",
                branch=Pipeline(steps=[PythonTask(function=process_chunk, name="twice", returns=["done"])]),
            ),
        ]
    )
    screen = io.StringIO()
    display = LiveProgress(Console(file=screen, force_terminal=True, width=100))

    def sink(event: dict[str, Any]) -> None:
        seen.append(event)
        display(event)

    monkeypatch.setenv("RUNNABLE_PRM_multiplier", "2")
    with events.streaming_to(sink):
        pipeline.execute()
    display.close()
    kinds = [(event["type"], event.get("step")) for event in seen]
    assert kinds[:4] == [
        ("run_started", None),
        ("step_started", "chunks"),
        ("step_finished", "chunks"),
        ("step_started", "fan"),
    ]
    assert ("branches_started", "fan") in kinds
    branches = [event["branch"] for event in seen if event["type"] == "branch_finished"]
    assert branches == ["fan.1", "fan.2", "fan.3"]
    finished = [event for event in seen if event["type"] == "step_finished" and event["step"] == "fan"]
    assert finished[0]["status"] == defaults.SUCCESS and finished[0]["duration_seconds"] > 0
    drawn = screen.getvalue()
    assert "chunks" in drawn and "fan: 3/3 branches done" in drawn and "twice" not in drawn


class _BrokenScreen(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError("the terminal went away")


def test_a_display_that_fails_never_breaks_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pipeline = Pipeline(steps=[PythonTask(function=make_chunks, name="chunks", returns=["chunks"])])
    with live_progress(Console(file=_BrokenScreen(), force_terminal=True), enabled=True):
        run_log = pipeline.execute()
    assert run_log.status == defaults.SUCCESS
