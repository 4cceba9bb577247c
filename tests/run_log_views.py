"""Views of run logs that tests assert on, and reading a run back as a fresh process would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from runnable import config, plugins
from runnable.models import BranchLog, RunLog, StepLog
from runnable.run_log_store.base import BaseRunLogStore


def tree(run_log: RunLog) -> list[tuple[str, str]]:
    """Every step and branch, depth first in the order the run log lists them, with its status."""
    found: list[tuple[str, str]] = []

    def walk(steps: dict[str, StepLog]) -> None:
        for name, step in steps.items():
            found.append((name, step.status))
            for branch_name, branch in step.branches.items():
                found.append((branch_name, branch.status))
                walk(branch.steps)

    walk(run_log.steps)
    return found


def scope(run_log: RunLog, branch_name: str = "") -> dict[str, Any]:
    """The plain values of one parameter scope: the run's, or a branch's."""
    return {name: p.get_value() for name, p in run_log.parameters_in_scope(branch_name).items()}


def read_run_log(run_id: str, configuration_file: Path | str | None = None) -> RunLog:
    """The run as the configured store has it (the default store without a file), through a new store."""
    loaded = config.load(str(configuration_file) if configuration_file is not None else "")
    store = plugins.build("run_log_store", loaded.service("run_log_store"), expected=BaseRunLogStore)
    try:
        return store.get_run_log_by_id(run_id, full=True)
    finally:
        store.close()


def comparable(run_log: RunLog) -> dict[str, Any]:
    """What must match: statuses, parameters, branch structure, attempts (times and ids aside)."""

    def attempts(step: StepLog) -> list[Any]:
        return [
            (
                a.attempt_number,
                a.status,
                a.message,
                a.input_parameters,
                a.output_parameters,
                a.user_defined_metrics,
            )
            for a in step.attempts
        ]

    def steps(found: dict[str, StepLog]) -> list[Any]:
        return [
            {
                "name": step.internal_name,
                "status": step.status,
                "type": step.step_type,
                "message": step.message,
                "attempts": attempts(step),
                "catalog": sorted((entry.name, entry.stage) for entry in step.data_catalog),
                "branches": [branch(b) for b in step.branches.values()],
            }
            for step in found.values()
        ]

    def branch(found: BranchLog) -> dict[str, Any]:
        return {
            "name": found.internal_name,
            "status": found.status,
            "parameters": found.parameters,
            "steps": steps(found.steps),
        }

    return {"status": run_log.status, "parameters": run_log.parameters, "steps": steps(run_log.steps)}
