"""The composite examples run as users run them (``python -m examples.<name>``), here and in workers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import defaults
from runnable.models import RunLog

REPOSITORY = Path(__file__).resolve().parents[2]
ReadBack = Callable[[Path, str], RunLog]


@pytest.fixture
def run_example(workdir: Path, stored_run_log: ReadBack) -> Callable[..., RunLog]:
    def run(module: str, store: str = "chunked-fs", workers: int = 0, **environment: str) -> RunLog:
        section: dict[str, Any] = (
            {"type": "database", "config": {"connection_string": f"sqlite:///{workdir / 'runs.db'}"}}
            if store == "database"
            else {"type": store, "config": {"log_folder": str(workdir / "run-logs")}}
        )
        configuration = workdir / f"{module}-{store}-{workers}.yaml"
        configuration.write_text(
            yaml.safe_dump(
                {
                    "run-log-store": section,
                    "pipeline-executor": {
                        "type": "local",
                        "config": {"enable_parallel": workers > 0, "max_workers": max(workers, 1)},
                    },
                }
            )
        )
        run_id = f"{module}-{workers}"
        completed = subprocess.run(
            [sys.executable, "-m", f"examples.{module}"],
            cwd=workdir,
            env={
                **os.environ,
                "PYTHONPATH": str(REPOSITORY),
                defaults.ENV_CONFIGURATION_FILE: str(configuration),
                defaults.ENV_RUN_ID: run_id,
                **environment,
            },
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert completed.returncode == 0, completed.stderr
        run_log = stored_run_log(configuration, run_id)
        assert run_log.status == defaults.SUCCESS
        return run_log

    return run


def values(run_log: RunLog, scope: str = "") -> dict[str, Any]:
    return {name: p.get_value() for name, p in run_log.parameters_in_scope(scope).items()}


@pytest.mark.parametrize("workers", [0, 2])
def test_map_example(run_example: Callable[..., RunLog], workers: int) -> None:
    run_log = run_example("map", workers=workers, RUNNABLE_PRM_multiplier="10")

    assert list(run_log.steps) == ["chunks", "process", "double", "check", "success"]
    assert list(run_log.steps["process"].branches) == ["process.1", "process.2", "process.3"]
    assert values(run_log, "process.2") == {"chunk": 2, "processed": 20}
    assert values(run_log, "double.3") == {"chunk": 3, "biggest": 60}
    assert values(run_log)["processed"] == [10, 20, 30] and values(run_log)["biggest"] == 60


def test_parallel_example(run_example: Callable[..., RunLog]) -> None:
    run_log = run_example("parallel", store="database", workers=2, RUNNABLE_PRM_data_size="1000")

    assert list(run_log.steps["train"].branches) == ["train.linear", "train.tree"]
    assert values(run_log) == {"data_size": 1000, "linear_score": 0.8, "tree_score": 0.85, "best": "tree"}


def test_conditional_example(run_example: Callable[..., RunLog]) -> None:
    run_log = run_example("conditional")

    assert list(run_log.steps["weather"].branches) == ["weather.rainy"]
    assert values(run_log) == {"outlook": "rainy", "take": "umbrella"}


def test_loop_example(run_example: Callable[..., RunLog]) -> None:
    run_log = run_example("loop")

    assert list(run_log.steps["wait for it"].branches) == [f"wait for it.{i}" for i in range(3)]
    assert values(run_log, "wait for it.1") == {"attempt": 1, "waited": 1, "done": False}
    assert values(run_log) == {"waited": 3, "done": True}


@pytest.mark.parametrize("workers", [0, 2])
def test_nested_example(run_example: Callable[..., RunLog], workers: int) -> None:
    run_log = run_example("nested", workers=workers)

    step, _ = run_log.search_step_by_internal_name("per dataset.small.models.fit.per seed.2.fit")
    assert step.status == defaults.SUCCESS
    assert values(run_log)["scores"] == [[0.1, 0.2], [0.6, 0.7, 0.8]]
    assert values(run_log, "per dataset.large") == {
        "dataset": "large",
        "seeds": [1, 2, 3],
        "scores": [0.6, 0.7, 0.8],
    }
