"""When runs and steps ran, as every view of them (terminal, web) tells it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from runnable import defaults
from runnable.models import RunLog, StepAttempt, StepLog

_NEVER = datetime.max.replace(tzinfo=timezone.utc)


def format_moment(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds:.2f}s" if seconds < 10 else f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours}h {minutes:02d}m"
    days, hours = divmod(hours, 24)
    return f"{days}d {hours:02d}h"


def run_duration(run_log: RunLog) -> float | None:
    """Known only once the run has finished: from its steps when they are loaded, else its header."""
    if run_log.status not in defaults.TERMINAL_STATUSES:
        return None
    attempts = list(all_attempts(run_log.steps.values()))
    if run_log.job is not None:
        attempts.extend(run_log.job.attempts)
    from_steps = attempts_duration(attempts)
    if from_steps is not None:
        return from_steps
    if run_log.updated_at == run_log.created_at:
        # Both were filled from one file time (runnable 0.50 recorded neither): the duration is unknown.
        return None
    return (run_log.updated_at - run_log.created_at).total_seconds()


def all_attempts(step_logs: Iterable[StepLog]) -> Iterator[StepAttempt]:
    for step_log in step_logs:
        yield from step_log.attempts
        for branch_log in step_log.branches.values():
            yield from all_attempts(branch_log.steps.values())


def attempts_duration(attempts: list[StepAttempt]) -> float | None:
    starts = [a.start_time for a in attempts if a.start_time is not None]
    ends = [a.end_time for a in attempts if a.end_time is not None]
    if not starts or not ends:
        return None
    return (max(ends) - min(starts)).total_seconds()


Span = tuple[datetime | None, datetime | None]


class Spans:
    """When each step and branch of one run started and ended, each worked out once.

    A page walks a run's tree several times (order, durations, timeline); with a
    Map of thousands of branches, recomputing a composite step's span from its
    branches on every walk would cost more than reading the run.
    """

    def __init__(self) -> None:
        self._known: dict[int, Span] = {}

    def step(self, step_log: StepLog) -> Span:
        known = self._known.get(id(step_log))
        if known is None:
            starts = [a.start_time for a in step_log.attempts if a.start_time is not None]
            ends = [a.end_time for a in step_log.attempts if a.end_time is not None]
            for branch_log in step_log.branches.values():
                start, end = self.steps(branch_log.steps.values())
                if start is not None:
                    starts.append(start)
                if end is not None:
                    ends.append(end)
            known = (min(starts) if starts else None, max(ends) if ends else None)
            self._known[id(step_log)] = known
        return known

    def steps(self, step_logs: Iterable[StepLog]) -> Span:
        """From the first start to the last end of these steps (a branch, or a whole run)."""
        spans = [self.step(step_log) for step_log in step_logs]
        starts = [start for start, _ in spans if start is not None]
        ends = [end for _, end in spans if end is not None]
        return (min(starts) if starts else None, max(ends) if ends else None)

    def in_order(self, step_logs: Iterable[StepLog]) -> list[StepLog]:
        """Steps in the order they first started (never-started ones last, as stored)."""
        return sorted(step_logs, key=lambda step_log: self.step(step_log)[0] or _NEVER)


def in_execution_order(step_logs: Iterable[StepLog]) -> list[StepLog]:
    # Chunked stores may hand steps back in storage order; when a step first started is the truth.
    return Spans().in_order(step_logs)
