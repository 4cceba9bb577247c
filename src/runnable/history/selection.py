"""Which runs a history operation works on, walked one at a time, and what makes two copies of a run equal."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from runnable.models import RunLog, RunLogFilter, StepLog
from runnable.run_log_store.base import BaseRunLogStore

# How many run ids a report lists: enough to check by eye, flat whatever the number of runs.
REPORT_SAMPLE = 20


@dataclass(frozen=True)
class RunSelection:
    """The filters of ``runs list``: every one that is set must match; no filter selects every run.

    Run ids that are named must exist (an unknown one is an error, not an empty result).
    """

    run_ids: tuple[str, ...] = ()
    tag: str = ""
    status: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def as_filter(self) -> RunLogFilter:
        return RunLogFilter(
            run_ids=list(self.run_ids) if self.run_ids else None,
            tag=self.tag,
            status=self.status,
            created_after=self.since,
            created_before=self.until,
        )


def iter_selected(store: BaseRunLogStore, selection: RunSelection, full: bool = True) -> Iterator[RunLog]:
    """The selected runs, streamed: memory stays flat however many there are."""
    for run_id in selection.run_ids:
        store.get_run_log_by_id(run_id)  # RunLogNotFoundError names an unknown run before any work
    yield from store.iter_run_logs(selection.as_filter(), full=full)


def content_hash(run_log: RunLog) -> str:
    """A digest of everything the run log holds: equal for two stores holding the same run."""
    return hashlib.sha256(run_log.model_dump_json().encode("utf-8")).hexdigest()


def walk_steps(run_log: RunLog) -> Iterator[tuple[StepLog, int, str]]:
    """Every step depth first, in recorded order, with its depth and the internal name of its branch."""

    def walk(steps: dict[str, StepLog], depth: int, branch: str) -> Iterator[tuple[StepLog, int, str]]:
        for step in steps.values():
            yield step, depth, branch
            for branch_name, branch_log in step.branches.items():
                yield from walk(branch_log.steps, depth + 1, branch_name)

    return walk(run_log.steps, 0, "")
