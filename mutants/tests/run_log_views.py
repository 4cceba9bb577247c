"""Views of run logs that tests assert on, and reading a run back as a fresh process would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from runnable import config, plugins
from runnable.models import RunLog, StepLog
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
        close = getattr(store, "close", None)
        if callable(close):
            close()
