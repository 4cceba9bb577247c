"""Compare two runs: parameters, metrics, steps, code identity and run config (secrets masked).

Nested values are compared structurally: a change deep inside a dictionary or
list is reported at its path (``model.layers[2].units``), not as a change of the
whole value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from runnable.config import mask_secrets
from runnable.history.selection import walk_steps
from runnable.models import CodeIdentity, RunLog, StepLog
from runnable.run_log_store.base import BaseRunLogStore

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"


@dataclass(frozen=True)
class ValueChange:
    """One difference at ``path``: ``added`` (only in B), ``removed`` (only in A) or ``changed``."""

    path: str
    change: str
    a: Any = None
    b: Any = None


@dataclass(frozen=True)
class StepComparison:
    """A step of either run; ``only_in`` is ``"a"`` or ``"b"`` when the other run lacks it."""

    internal_name: str
    depth: int
    status_a: str | None
    status_b: str | None
    duration_a: float | None
    duration_b: float | None
    only_in: str = ""

    @property
    def differs(self) -> bool:
        return bool(self.only_in) or self.status_a != self.status_b


@dataclass(frozen=True)
class RunDiff:
    run_a: str
    run_b: str
    status_a: str
    status_b: str
    parameters: list[ValueChange] = field(default_factory=list)
    metrics: list[ValueChange] = field(default_factory=list)
    steps: list[StepComparison] = field(default_factory=list)
    code: list[ValueChange] = field(default_factory=list)
    run_config: list[ValueChange] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        changes = self.parameters or self.metrics or self.code or self.run_config
        return not changes and self.status_a == self.status_b and not any(s.differs for s in self.steps)


def diff_stored_runs(store: BaseRunLogStore, run_a: str, run_b: str) -> RunDiff:
    """:func:`diff_runs` of two runs read from ``store`` (RunLogNotFoundError names a missing one)."""
    return diff_runs(store.get_run_log_by_id(run_a, full=True), store.get_run_log_by_id(run_b, full=True))


def diff_runs(a: RunLog, b: RunLog) -> RunDiff:
    return RunDiff(
        run_a=a.run_id,
        run_b=b.run_id,
        status_a=a.status,
        status_b=b.status,
        parameters=list(compare_values(_plain(a.parameters), _plain(b.parameters))),
        metrics=list(compare_values(_metrics(a), _metrics(b))),
        steps=_compare_steps(a, b),
        code=list(compare_values(_code(a), _code(b))),
        run_config=list(compare_values(mask_secrets(a.run_config), mask_secrets(b.run_config))),
    )


def compare_values(a: Any, b: Any, path: str = "") -> Iterator[ValueChange]:
    """Differences between two JSON values, dictionaries by key and lists by position."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in {**a, **b}:
            where = f"{path}.{key}" if path else str(key)
            if key not in b:
                yield ValueChange(where, REMOVED, a=a[key])
            elif key not in a:
                yield ValueChange(where, ADDED, b=b[key])
            else:
                yield from compare_values(a[key], b[key], where)
    elif isinstance(a, list) and isinstance(b, list):
        for index in range(max(len(a), len(b))):
            where = f"{path}[{index}]"
            if index >= len(b):
                yield ValueChange(where, REMOVED, a=a[index])
            elif index >= len(a):
                yield ValueChange(where, ADDED, b=b[index])
            else:
                yield from compare_values(a[index], b[index], where)
    elif a != b or type(a) is not type(b):
        yield ValueChange(path, CHANGED, a=a, b=b)


def _plain(parameters: dict[str, Any]) -> dict[str, Any]:
    return {name: parameter.get_value() for name, parameter in parameters.items()}


def _metrics(run_log: RunLog) -> dict[str, Any]:
    """Each step's metrics (its last attempt's), keyed by the step's internal name."""
    found: dict[str, Any] = {}
    for step, _, _ in walk_steps(run_log):
        if step.last_attempt is not None and step.last_attempt.user_defined_metrics:
            found[step.internal_name] = _plain(step.last_attempt.user_defined_metrics)
    return found


def _code(run_log: RunLog) -> dict[str, Any]:
    """The code the run ran last: a retried run's later attempts may have run newer code."""
    identity = _last_identity(run_log) or CodeIdentity()
    return {
        "commit": identity.code_identifier,
        "dirty": None if identity.code_identifier is None else not identity.code_identifier_dependable,
    }


def _last_identity(run_log: RunLog) -> CodeIdentity | None:
    found: CodeIdentity | None = None
    latest = None
    attempts = [attempt for step, _, _ in walk_steps(run_log) for attempt in step.attempts]
    if run_log.job is not None:
        attempts.extend(run_log.job.attempts)
    for attempt in attempts:
        if attempt.code_identities and (latest is None or (attempt.start_time or latest) >= latest):
            found, latest = attempt.code_identities[-1], attempt.start_time or latest
    return found


def _compare_steps(a: RunLog, b: RunLog) -> list[StepComparison]:
    steps_a = {step.internal_name: (step, depth) for step, depth, _ in walk_steps(a)}
    steps_b = {step.internal_name: (step, depth) for step, depth, _ in walk_steps(b)}
    found: list[StepComparison] = []
    for name in {**steps_a, **steps_b}:
        in_a, in_b = steps_a.get(name), steps_b.get(name)
        depth = (in_a or in_b)[1]  # type: ignore[index]
        found.append(
            StepComparison(
                internal_name=name,
                depth=depth,
                status_a=in_a[0].status if in_a else None,
                status_b=in_b[0].status if in_b else None,
                duration_a=step_duration(in_a[0]) if in_a else None,
                duration_b=step_duration(in_b[0]) if in_b else None,
                only_in="" if in_a and in_b else ("a" if in_a else "b"),
            )
        )
    return found


def step_duration(step: StepLog) -> float | None:
    """Seconds from the first attempt's start to the last attempt's end."""
    if not step.attempts:
        return None
    start, end = step.attempts[0].start_time, step.attempts[-1].end_time
    return None if start is None or end is None else (end - start).total_seconds()
