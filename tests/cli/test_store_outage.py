"""A run log store that fails in the middle of a run: one paragraph on stderr, no traceback, exit 1.

The failures are real: a PostgreSQL server stopped by the pipeline's own second step, and a disk that
is full for the rest of the run (``RLIMIT_FSIZE`` set to 0 by the second step, so every write that
grows a file fails, as on a full disk). The first step's records survive in every case.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from run_log_views import read_run_log
from runnable import defaults
from servers.postgres import missing_binaries, pg_ctl_command, throwaway_postgres

PIPELINE = """
import resource, signal, subprocess
from runnable import Pipeline, PythonTask

def first():
    print("first ran")

def fail_the_store():
    {failure}

def third():
    print("third ran")

Pipeline(steps=[
    PythonTask(function=first, name="first"),
    PythonTask(function=fail_the_store, name="fail_the_store"),
    PythonTask(function=third, name="third"),
]).execute()
"""

FULL_DISK = (
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    "resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))"
)


@pytest.fixture(scope="module")
def stoppable_postgres() -> Iterator[str]:
    """A PostgreSQL server of this module's own, so stopping it disturbs no other test."""
    missing = missing_binaries()
    if missing:
        pytest.skip(f"PostgreSQL server binaries not found ({', '.join(missing)}); run scripts/postgres.sh")
    with throwaway_postgres() as url:
        yield url


def _write(tmp_path: Path, store: dict[str, Any], failure: str) -> Path:
    (tmp_path / "pipeline.py").write_text(PIPELINE.format(failure=failure))
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": store}))
    return config


def _assert_one_paragraph(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "Could not mark" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for text in expected:
        assert text in lines[0]
    assert "first ran" in result.stdout and "third ran" not in result.stdout


def _only_run_id(config: Path, console_script: Callable[..., Any]) -> str:
    listed = console_script("runs", "list", "--json", "-c", str(config))
    assert listed.returncode == 0, listed.stderr
    runs = json.loads(listed.stdout)
    assert len(runs) == 1
    return str(runs[0]["run_id"])


def test_postgres_stopped_mid_run(
    tmp_path: Path, console_script: Callable[..., subprocess.CompletedProcess[str]], stoppable_postgres: str
) -> None:
    stop = pg_ctl_command(stoppable_postgres, "-m", "fast", "-w", "stop")
    store = {
        "type": "database",
        "config": {"connection_string": stoppable_postgres, "table_name": "outage", "timeout_seconds": 2},
    }
    config = _write(tmp_path, store, f"subprocess.run({stop!r}, check=True, capture_output=True)")
    try:
        result = console_script("execute", "pipeline.py", "-c", str(config))
    finally:
        subprocess.run(pg_ctl_command(stoppable_postgres, "-w", "restart"), check=True, capture_output=True)
    _assert_one_paragraph(result, "kept failing", "********")
    assert stoppable_postgres.split(":")[2].split("@")[0] not in result.stderr  # the password

    run_id = _only_run_id(config, console_script)
    run_log = read_run_log(run_id, config)
    assert run_log.steps["first"].status == defaults.SUCCESS  # nothing stored before the outage is lost


@pytest.mark.parametrize("store_type", ["chunked-fs", "database"])
def test_full_disk_mid_run(
    tmp_path: Path, console_script: Callable[..., subprocess.CompletedProcess[str]], store_type: str
) -> None:
    store: dict[str, Any] = {"type": store_type}
    if store_type == "chunked-fs":
        store["config"] = {"log_folder": str(tmp_path / "runs")}
    else:
        store["config"] = {"connection_string": f"sqlite:///{tmp_path / 'runs.db'}"}
    config = _write(tmp_path, store, FULL_DISK)

    result = console_script("execute", "pipeline.py", "-c", str(config))

    _assert_one_paragraph(result)
    run_log = read_run_log(_only_run_id(config, console_script), config)
    assert run_log.steps["first"].status == defaults.SUCCESS


def test_debug_shows_the_traceback_of_a_full_disk(
    tmp_path: Path, console_script: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    config = _write(tmp_path, {"type": "chunked-fs", "config": {"log_folder": "runs"}}, FULL_DISK)

    result = console_script("--debug", "execute", "pipeline.py", "-c", str(config))

    assert result.returncode == 1
    assert "Traceback" in result.stderr and "File too large" in result.stderr
