"""What a retried run reuses: the plan the executor consults while it walks the run again.

:mod:`runnable.retry` prepares a failed run and hands the executor a :class:`RetryPlan`; the executor
asks it about each step (:meth:`RetryPlan.resume_step`) and each composite step's branches
(:meth:`RetryPlan.branch_is_done`). The plan is plain data over the run log model, so it travels to
worker processes with the rest of the run context. It sits below the executor and knows nothing of
how a retry is started.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from runnable import defaults
from runnable.models import BranchLog, JobLog, RunLog, StepAttempt, StepLog

logger = logging.getLogger("runnable")

# run_config key holding the list of retry records (RetryRecord as JSON), oldest first.
RETRIES_KEY = "retries"
# What a step (or job) left PROCESSING says once it is known that its process will not record a result.
INTERRUPTED = "Interrupted: the process running this step stopped before it recorded a result."
INTERRUPTED_ATTEMPT = f"{INTERRUPTED} (killed, or its machine went down)."


def record_interrupted_attempt(log: StepLog | JobLog, note: str = "") -> bool:
    """Give a log its process left PROCESSING a failed attempt saying so; whether it was PROCESSING.

    ``note`` ends its message. Used by ``runnable retry`` and by a node an engine runs again (Argo's
    retryStrategy, a Job's pod).
    """
    if log.status != defaults.PROCESSING:
        return False
    log.attempts.append(
        StepAttempt(
            attempt_number=len(log.attempts) + 1,
            status=defaults.FAIL,
            message=f"{INTERRUPTED_ATTEMPT} {note}".rstrip(),
        )
    )
    return True


class RetryRecord(BaseModel):
    """What one retry did, as ``run_config["retries"]`` keeps it."""

    model_config = ConfigDict(extra="allow")

    retry_number: int
    started_at: datetime
    ended_at: datetime | None = None
    previous_status: str
    status: str = defaults.PROCESSING
    forced: bool = False
    # Where the retry's services came from: a configuration file, or the run's stored run config.
    configuration: str = ""
    # Internal names: steps reused as they were, steps that ran (again, or for the first time),
    # records superseded.
    skipped: list[str] = Field(default_factory=list)
    ran: list[str] = Field(default_factory=list)
    superseded: list[str] = Field(default_factory=list)
    # Internal names of the steps left PROCESSING by a killed process, and of the parameter
    # scopes ("" is the run) put back as they were when their failed step started.
    interrupted: list[str] = Field(default_factory=list)
    restored_parameters: list[str] = Field(default_factory=list)

    @property
    def indicator(self) -> str:
        """What attempts made by this retry carry as ``retry_indicator``."""
        return str(self.retry_number)


def retry_records(run_log: RunLog) -> list[RetryRecord]:
    """The retries a run has had, oldest first."""
    return [RetryRecord.model_validate(entry) for entry in run_log.run_config.get(RETRIES_KEY, [])]


# --------------------------------------------------------------------------- step and branch states


def is_done(step_log: StepLog) -> bool:
    """A step a retry reuses: it succeeded, and so did its last attempt (if it records attempts)."""
    if step_log.status != defaults.SUCCESS:
        return False
    return not step_log.attempts or step_log.attempts[-1].status == defaults.SUCCESS


def walk_step_logs(steps: dict[str, StepLog]) -> Iterator[StepLog]:
    """Every step log under ``steps``, at any depth, parents before their branches' steps."""
    for step_log in steps.values():
        yield step_log
        for branch_log in step_log.branches.values():
            yield from walk_step_logs(branch_log.steps)


def walk_branch_logs(steps: dict[str, StepLog]) -> Iterator[BranchLog]:
    """Every branch log under ``steps``, at any depth, outer branches first."""
    for step_log in steps.values():
        for branch_log in step_log.branches.values():
            yield branch_log
            yield from walk_branch_logs(branch_log.steps)


# --------------------------------------------------------------------------- the plan the executor asks


@dataclass
class RetryPlan:
    """What the executor consults while it walks a retried run.

    ``snapshot`` is the run as the retry found it (after :func:`runnable.retry.prepare_retry`).
    """

    run_id: str
    record: RetryRecord
    snapshot: RunLog
    _steps_by_name: dict[str, StepLog] = field(default_factory=dict, init=False, repr=False)
    _branches_by_name: dict[str, BranchLog] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._steps_by_name = {s.internal_name: s for s in walk_step_logs(self.snapshot.steps)}
        self._branches_by_name = {b.internal_name: b for b in walk_branch_logs(self.snapshot.steps)}

    @property
    def indicator(self) -> str:
        return self.record.indicator

    def resume_step(self, fresh: StepLog, is_terminal: bool) -> tuple[StepLog, bool]:
        """The step log to continue for a step and whether the step is done (skip it).

        ``fresh`` is the new step log the executor would write; when the run already has one,
        that one is continued instead, so its attempts stay and the next attempt counts on.
        Terminal steps (success, fail) always run again: they set the status of their branch.
        """
        stored = self._steps_by_name.get(fresh.internal_name)
        if stored is None:
            return fresh, False
        # Without its branches: stores keep what is stored under a step, and the branches that run
        # again write their own logs (the snapshot's copies would be stale by the time the step ends).
        resumed = stored.model_copy(deep=True, update={"branches": {}})
        if is_terminal:
            return resumed, False
        done = is_done(stored)
        if done:
            logger.info("Step '%s' succeeded before: retry %s reuses it", fresh.internal_name, self.indicator)
        return resumed, done

    def branch_is_done(self, internal_branch_name: str) -> bool:
        """Whether a composite step's branch succeeded before (a retry does not run it again)."""
        branch_log = self._branches_by_name.get(internal_branch_name)
        return branch_log is not None and branch_log.status == defaults.SUCCESS

    def mark(self, attempt: StepAttempt) -> StepAttempt:
        """Label an attempt made by this retry."""
        attempt.retry_indicator = self.indicator
        return attempt
