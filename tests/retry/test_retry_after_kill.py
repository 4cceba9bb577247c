"""A writer killed with SIGKILL mid-run, with each of the guide's knobs: what the store holds, and
``runnable retry`` completes the run (docs/database.md says what each setting can lose)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from retry_support import CONSOLE_SCRIPT, kill_once_started

from run_log_views import read_run_log
from runnable import defaults

PIPELINE = """
import time
from pathlib import Path
from runnable import Pipeline, PythonTask

def first() -> int:
    return 5

def second(count: int) -> int:
    if not Path("cause-fixed").exists():
        time.sleep(0.5)  # the background thread, if any, has stored what was queued by now
        Path("step-started").touch()
        time.sleep(600)
    return count * 2

Pipeline(steps=[
    PythonTask(function=first, name="first", returns=["count"]),
    PythonTask(function=second, name="second", returns=["result"]),
]).execute()
"""

KNOBS = {
    "batch_size": {"batch_size": 50},
    "async_writes": {"async_writes": True, "batch_size": 50},
    "cache_ttl_seconds": {"cache_ttl_seconds": 300},
}


@pytest.mark.parametrize("knob", sorted(KNOBS))
def test_a_writer_killed_mid_run_loses_only_what_the_docs_say_and_retry_completes(
    knob: str, workdir: Path
) -> None:
    (workdir / "pipeline.py").write_text(PIPELINE)
    config = workdir / "config.yaml"
    section = {"connection_string": "sqlite:///runs.db", **KNOBS[knob]}
    config.write_text(yaml.safe_dump({"run-log-store": {"type": "database", "config": section}}))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}

    kill_once_started(
        workdir,
        workdir / "step-started",
        environment,
        "execute",
        "pipeline.py",
        "-c",
        str(config),
        "--run-id",
        "killed",
    )

    left = read_run_log("killed", config)
    assert left.status == defaults.PROCESSING  # never a final status for a run that did not end
    # Parameters are written at once with every setting: the first step's output is there.
    assert left.parameters["count"].get_value() == 5
    if knob == "batch_size":
        # Queued, never stored: the first step's end and the second's start (docs/database.md).
        assert "second" not in left.steps
        assert left.steps["first"].status != defaults.SUCCESS
    else:
        # Stored at once (cache) or by the background thread within the half second.
        assert left.steps["first"].status == defaults.SUCCESS
        assert left.steps["second"].status == defaults.PROCESSING

    (workdir / "cause-fixed").touch()
    retried = subprocess.run(
        [str(CONSOLE_SCRIPT), "retry", "killed", "-c", str(config), "--force"],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert retried.returncode == 0, retried.stderr
    run_log = read_run_log("killed", config)
    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["result"].get_value() == 10
    assert {name: step.status for name, step in run_log.steps.items() if name != "success"} == {
        "first": defaults.SUCCESS,
        "second": defaults.SUCCESS,
    }
