"""An engine that runs a node again (Argo's retryStrategy) continues its attempts: 1, 2, 3...

A task that fails on its first attempt is run a second time by the per-node command, as Argo's
retry would start a new pod for it; and the emulator does the same from the rendered workflow's
``retryStrategy``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from run_log_views import read_run_log
from runnable import defaults
from runnable.cli.app import app
from runnable.executor.argo_engine import SUCCEEDED, WorkflowEmulator
from runnable.retry_plan import INTERRUPTED_ATTEMPT

FLAKY_PIPELINE = '''
from pathlib import Path

from runnable import Pipeline, PythonTask


def flaky() -> None:
    """Fails until it has failed FAILURES times (counted in a file beside the pipeline)."""
    counter = Path(__file__).with_name("failures")
    failed = int(counter.read_text()) if counter.exists() else 0
    if failed < FAILURES:
        counter.write_text(str(failed + 1))
        raise RuntimeError(f"failure {failed + 1}")


def main() -> Pipeline:
    pipeline = Pipeline(steps=[PythonTask(function=flaky, name="flaky", terminate_with_success=True)])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
'''


def flaky_pipeline(workdir: Path, failures: int) -> str:
    path = workdir / "flaky.py"
    path.write_text(FLAKY_PIPELINE.replace("FAILURES", str(failures)))
    return str(path)


def store_config(workdir: Path, **extra: Any) -> Path:
    path = workdir / "config.yaml"
    config: dict[str, Any] = {
        "run-log-store": {"type": "chunked-fs", "config": {"log_folder": str(workdir / "runs")}},
        "catalog": {"type": "file-system", "config": {"catalog_location": str(workdir / "catalog")}},
        **extra,
    }
    path.write_text(yaml.safe_dump(config))
    return path


def attempts(run_id: str, config: Path) -> list[tuple[int, str]]:
    step = read_run_log(run_id, config).steps["flaky"]
    return [(attempt.attempt_number, attempt.status) for attempt in step.attempts]


def test_a_node_run_again_continues_its_attempts(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = flaky_pipeline(workdir, failures=2)
    config = store_config(workdir)
    monkeypatch.syspath_prepend(str(workdir))
    runner = CliRunner()
    command = ["execute-single-node", "retried", pipeline, "flaky", "--config", str(config)]

    first = runner.invoke(app, command)
    assert first.exit_code == 1
    assert attempts("retried", config) == [(1, defaults.FAIL)]

    second = runner.invoke(app, command)  # Argo's retry: the same command in a new pod
    assert second.exit_code == 1
    third = runner.invoke(app, command)
    assert third.exit_code == 0, third.stderr

    assert attempts("retried", config) == [(1, defaults.FAIL), (2, defaults.FAIL), (3, defaults.SUCCESS)]
    step = read_run_log("retried", config).steps["flaky"]
    assert step.status == defaults.SUCCESS
    assert "failure 2" in step.attempts[1].message


def test_a_node_whose_process_died_mid_step_gets_an_interrupted_attempt_then_the_next(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = flaky_pipeline(workdir, failures=0)
    config = store_config(workdir)
    monkeypatch.syspath_prepend(str(workdir))
    runner = CliRunner()
    command = ["execute-single-node", "killed", pipeline, "flaky", "--config", str(config)]
    assert runner.invoke(app, command).exit_code == 0
    # What a pod killed mid-step leaves: the step started (PROCESSING), its attempt never written.
    from runnable.config import load
    from runnable.plugins import build
    from runnable.run_log_store.base import BaseRunLogStore

    store = build("run_log_store", load(str(config)).service("run_log_store"), expected=BaseRunLogStore)
    step = store.create_step_log("flaky", "flaky")
    step.status = defaults.PROCESSING
    store.add_step_log(step, "killed")

    assert runner.invoke(app, command).exit_code == 0

    step = read_run_log("killed", config).steps["flaky"]
    assert [(a.attempt_number, a.status) for a in step.attempts] == [
        (1, defaults.FAIL),
        (2, defaults.SUCCESS),
    ]
    assert step.attempts[0].message == INTERRUPTED_ATTEMPT
    assert step.status == defaults.SUCCESS


def test_the_emulator_retries_a_node_by_the_workflows_retry_strategy(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = flaky_pipeline(workdir, failures=1)
    config = store_config(
        workdir,
        **{
            "pipeline-executor": {
                "type": "argo",
                "config": {
                    "defaults": {"image": "i", "retryStrategy": {"limit": 2}},
                    "argoWorkflow": {"metadata": {"generateName": "flaky-"}},
                    "pvc_for_runnable": "runnable",
                    "output_file": str(workdir / "argo.yaml"),
                },
            }
        },
    )
    monkeypatch.syspath_prepend(str(workdir))
    rendered = CliRunner().invoke(app, ["execute", pipeline, "--config", str(config)])
    assert rendered.exit_code == 0, rendered.stderr
    document = yaml.safe_load((workdir / "argo.yaml").read_text())
    # Retries sit on the containers: Argo would apply templateDefaults' to whole branch DAGs too.
    assert "retryStrategy" not in document["spec"]["templateDefaults"]
    templates = document["spec"]["templates"]
    assert all(t["retryStrategy"]["limit"] == 2 for t in templates if "container" in t)
    assert not any("retryStrategy" in t for t in templates if "dag" in t)

    environment = {name: value for name, value in os.environ.items() if not name.startswith("RUNNABLE_")}
    environment["PYTHONPATH"] = str(workdir)
    emulator = WorkflowEmulator(document, {"run_id": "emulated"}, 1, environment)

    assert emulator.run() == SUCCEEDED
    assert attempts("emulated", config) == [(1, defaults.FAIL), (2, defaults.SUCCESS)]
    assert read_run_log("emulated", config).status == defaults.SUCCESS
