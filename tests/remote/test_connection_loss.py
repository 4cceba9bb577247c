"""Connections to the database dropped in the middle of a run (issue 17): bounded retries with backoff,
a clear error naming the store when they run out, no step log duplicated or lost, and ``runnable
retry`` completing the run afterwards.

The outage is real: the latency proxy (tests/servers/latency_proxy.py) between the store and the
throwaway PostgreSQL or MariaDB server closes every open connection and refuses new ones for a few
seconds, while the pipeline (a ``runnable execute`` process) is in its second step.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from run_log_views import read_run_log
from runnable import defaults
from servers.latency_proxy import LatencyProxy, latency_proxy, proxied_url

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"

PIPELINE = """
import time
from pathlib import Path
from runnable import Pipeline, PythonTask

def first() -> int:
    return 5

def cut_off(count: int) -> int:
    Path("drop-now").touch()  # the test drops every connection, then writes "dropped"
    while not Path("dropped").exists():
        time.sleep(0.02)
    return count * 2

def third(result: int) -> int:
    return result + 1

Pipeline(steps=[
    PythonTask(function=first, name="first", returns=["count"]),
    PythonTask(function=cut_off, name="cut_off", returns=["result"]),
    PythonTask(function=third, name="third", returns=["final"]),
]).execute()
"""


@pytest.fixture(params=["postgresql", "mariadb"])
def database_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("postgres_url" if request.param == "postgresql" else "mariadb_url"))


@pytest.fixture
def proxy(database_url: str) -> Iterator[LatencyProxy]:
    with latency_proxy(database_url) as started:
        yield started


def _config(workdir: Path, database_url: str, proxy: LatencyProxy) -> Path:
    table = f"t{time.time_ns() % 10**9}"
    section = {"connection_string": proxied_url(database_url, proxy), "table_name": table}
    config = workdir / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": {"type": "database", "config": section}}))
    return config


def _run_with_outage(
    workdir: Path, proxy: LatencyProxy, seconds: float, *args: str
) -> subprocess.CompletedProcess[str]:
    """``runnable ARGS``, with every connection dropped and refused for ``seconds`` during its second step."""
    (workdir / "pipeline.py").write_text(PIPELINE)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    process = subprocess.Popen(
        [str(CONSOLE_SCRIPT), *args],
        cwd=workdir,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (workdir / "drop-now").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"the pipeline did not reach its second step: {process.communicate()}")
        time.sleep(0.02)
    proxy.drop_connections(seconds)
    (workdir / "dropped").touch()
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _attempts(config: Path, run_id: str) -> dict[str, int]:
    run_log = read_run_log(run_id, config)
    return {name: len(step.attempts) for name, step in run_log.steps.items() if name != "success"}


def test_a_short_outage_is_ridden_out_without_a_duplicated_or_lost_step(
    workdir: Path, database_url: str, proxy: LatencyProxy
) -> None:
    config = _config(workdir, database_url, proxy)
    finished = _run_with_outage(
        workdir, proxy, 3.0, "execute", "pipeline.py", "-c", str(config), "--run-id", "short"
    )

    assert finished.returncode == 0, finished.stderr
    assert proxy.refused > 0  # the outage really refused the store's reconnections
    run_log = read_run_log("short", config)
    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["final"].get_value() == 11
    assert _attempts(config, "short") == {"first": 1, "cut_off": 1, "third": 1}


def test_a_long_outage_fails_the_run_naming_the_store_and_retry_completes_it(
    workdir: Path, database_url: str, proxy: LatencyProxy
) -> None:
    config = _config(workdir, database_url, proxy)
    failed = _run_with_outage(
        workdir, proxy, 120.0, "execute", "pipeline.py", "-c", str(config), "--run-id", "long"
    )

    assert failed.returncode == 1
    password = database_url.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    assert password and password not in failed.stderr + failed.stdout
    assert "Traceback" not in failed.stderr
    assert f"127.0.0.1:{proxy.port}" in failed.stderr and defaults.MASK in failed.stderr  # the store, masked
    assert "attempts" in failed.stderr

    proxy.restore()
    (workdir / "drop-now").unlink()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    retried = subprocess.run(
        [str(CONSOLE_SCRIPT), "retry", "long", "-c", str(config), "--force"],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert retried.returncode == 0, retried.stderr
    run_log = read_run_log("long", config)
    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["final"].get_value() == 11
    attempts = _attempts(config, "long")
    assert attempts["first"] == 1  # stored before the outage: reused, not run again
    assert set(attempts) == {"first", "cut_off", "third"}
