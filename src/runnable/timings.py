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


def first_start(step_log: StepLog) -> datetime | None:
    """A composite step (map, parallel) records no attempt of its own: its branches started it."""
    starts = [a.start_time for a in step_log.attempts if a.start_time is not None]
    for branch_log in step_log.branches.values():
        starts.extend(s for s in map(first_start, branch_log.steps.values()) if s is not None)
    return min(starts) if starts else None


def last_end(step_log: StepLog) -> datetime | None:
    ends = [a.end_time for a in step_log.attempts if a.end_time is not None]
    for branch_log in step_log.branches.values():
        ends.extend(e for e in map(last_end, branch_log.steps.values()) if e is not None)
    return max(ends) if ends else None


def in_execution_order(step_logs: Iterable[StepLog]) -> list[StepLog]:
    # Chunked stores may hand steps back in storage order; when a step first started is the truth.
    return sorted(step_logs, key=lambda step_log: first_start(step_log) or _NEVER)
