"""A retry killed in the middle is marked ABANDONED in ``run_config["retries"]`` by the next retry."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from retry_support import CONSOLE_SCRIPT, kill_once_started

from run_log_views import read_run_log
from runnable import defaults
from runnable.retry import ABANDONED
from runnable.retry_plan import retry_records

PIPELINE = """
import time
from pathlib import Path
from runnable import Pipeline, PythonTask

def first() -> int:
    return 5

def second(count: int) -> int:
    if Path("hang").exists() and not Path("cause-fixed").exists():
        Path("step-started").touch()
        time.sleep(600)
    if not Path("cause-fixed").exists():
        raise RuntimeError("the cause is not fixed yet")
    return count * 2

Pipeline(steps=[
    PythonTask(function=first, name="first", returns=["count"]),
    PythonTask(function=second, name="second", returns=["result"]),
]).execute()
"""

STORES = {
    "database": {"type": "database", "config": {"connection_string": "sqlite:///runs.db"}},
    "chunked-fs": {"type": "chunked-fs", "config": {"log_folder": "runs"}},
}


def _runnable(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("store", sorted(STORES))
def test_a_killed_retry_is_abandoned_once_a_later_retry_runs(store: str, workdir: Path) -> None:
    (workdir / "pipeline.py").write_text(PIPELINE)
    config = workdir / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": STORES[store]}))
    failed = _runnable(workdir, "execute", "pipeline.py", "-c", str(config), "--run-id", "the-run")
    assert failed.returncode == 1, failed.stderr

    (workdir / "hang").touch()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    kill_once_started(workdir, workdir / "step-started", environment, "retry", "the-run", "-c", str(config))
    left = read_run_log("the-run", config)
    (unfinished,) = retry_records(left)
    assert unfinished.status == defaults.PROCESSING and unfinished.ended_at is None

    (workdir / "cause-fixed").touch()
    retried = _runnable(workdir, "retry", "the-run", "-c", str(config), "--force")
    assert retried.returncode == 0, retried.stderr

    run_log = read_run_log("the-run", config)
    assert run_log.status == defaults.SUCCESS
    abandoned, succeeded = retry_records(run_log)
    assert abandoned.retry_number == 1 and abandoned.status == ABANDONED
    assert abandoned.ended_at is None and getattr(abandoned, "abandoned_by", None) == 2
    assert succeeded.retry_number == 2 and succeeded.status == defaults.SUCCESS
