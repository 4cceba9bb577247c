"""``pipeline-executor: {type: emulator}`` runs the rendered Argo workflow, each node its own process.

The run log it leaves on PostgreSQL equals the local executor's; a node killed mid-run leaves a run
that ``runnable retry`` completes.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from run_log_views import comparable, read_run_log
from runnable import defaults
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server

REPOSITORY = Path(__file__).resolve().parents[2]
_prefixes = itertools.count()


@pytest.fixture
def s3_catalog(s3_server: S3Server) -> dict[str, Any]:
    """An S3 catalog in a bucket of its own: the nodes share no disk."""
    bucket = f"emulated-{next(_prefixes)}"
    s3_server.client().create_bucket(Bucket=bucket)
    return {
        "type": "minio",
        "config": {
            "endpoint_url": s3_server.endpoint,
            "aws_access_key_id": ACCESS_KEY,
            "aws_secret_access_key": SECRET_KEY,
            "bucket": f"{bucket}/catalog",
            "region_name": REGION,
        },
    }


def write_config(
    workdir: Path, postgres_url: str, executor: dict[str, Any], name: str, catalog: dict[str, Any]
) -> Path:
    path = workdir / f"{name}.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {
                    "type": "database",
                    "config": {"connection_string": postgres_url, "table_name": f"emulated{next(_prefixes)}"},
                },
                "catalog": {
                    "type": "file-system",
                    "config": {"catalog_location": str(workdir / name / "catalog")},
                },
                "pipeline-executor": executor,
            }
        )
    )
    return path


def run(command: list[str], config: Path, workdir: Path, run_id: str = "", **popen: Any) -> Any:
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), defaults.ENV_CONFIGURATION_FILE: str(config)}
    if run_id:
        environment[defaults.ENV_RUN_ID] = run_id
    if popen:
        return subprocess.Popen(command, cwd=workdir, env=environment, **popen)
    return subprocess.run(command, cwd=workdir, env=environment, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("example", ["map", "catalog", "conditional", "loop", "on_failure_fail", "nested"])
def test_the_emulator_leaves_the_local_executors_run_log(
    workdir: Path, postgres_url: str, s3_catalog: dict[str, Any], example: str
) -> None:
    local_catalog = {"type": "file-system", "config": {"catalog_location": str(workdir / "local-catalog")}}
    local_config = write_config(workdir, postgres_url, {"type": "local"}, "local", local_catalog)
    emulated_config = write_config(
        workdir, postgres_url, {"type": "emulator", "config": {"max_workers": 2}}, "emulated", s3_catalog
    )

    local = run([sys.executable, "-m", f"examples.{example}"], local_config, workdir, f"{example}-local")
    emulated = run(
        [sys.executable, "-m", f"examples.{example}"], emulated_config, workdir, f"{example}-emulated"
    )

    assert local.returncode == emulated.returncode, emulated.stderr
    local_log = read_run_log(f"{example}-local", local_config)
    emulated_log = read_run_log(f"{example}-emulated", emulated_config)
    assert comparable(emulated_log) == comparable(local_log)
    assert emulated_log.run_config["pipeline_executor"]["service_type"] == "pipeline_executor"
    assert emulated_log.run_config["pipeline_executor"]["max_workers"] == 2


KILLABLE = """
import os, time
from pathlib import Path
from runnable import Pipeline, PythonTask

def slow() -> int:
    if not Path("fixed").exists():
        Path("node.pid").write_text(str(os.getpid()))
        time.sleep(120)
    return 1

def after(value: int) -> int:
    return value + 1

def main():
    pipeline = Pipeline(steps=[
        PythonTask(function=slow, name="slow", returns=["value"]),
        PythonTask(function=after, name="after", returns=["result"]),
    ])
    pipeline.execute()
    return pipeline
"""


def test_a_node_killed_mid_run_leaves_a_run_that_retry_completes(
    workdir: Path, postgres_url: str, s3_catalog: dict[str, Any]
) -> None:
    (workdir / "killable.py").write_text(KILLABLE)
    config = write_config(workdir, postgres_url, {"type": "emulator"}, "emulated", s3_catalog)
    runnable = str(Path(sys.executable).parent / "runnable")
    emulating = run(
        [runnable, "execute", "killable.py", "--run-id", "killed"],
        config,
        workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (workdir / "node.pid").exists():
        assert emulating.poll() is None and time.monotonic() < deadline, emulating.communicate()
        time.sleep(0.1)
    os.kill(int((workdir / "node.pid").read_text()), signal.SIGKILL)
    _, errors = emulating.communicate(timeout=120)

    assert emulating.returncode == 1, errors
    killed = read_run_log("killed", config)
    assert killed.status == defaults.FAIL
    assert killed.steps["slow"].status == defaults.PROCESSING  # the node died before it could record anything
    assert "after" not in killed.steps

    (workdir / "fixed").touch()
    retried = run([runnable, "retry", "killed", "killable.py"], config, workdir)

    assert retried.returncode == 0, retried.stderr
    done = read_run_log("killed", config)
    assert done.status == defaults.SUCCESS
    assert [attempt.status for attempt in done.steps["slow"].attempts][-1] == defaults.SUCCESS
    assert done.parameters["result"].get_value() == 2
