"""How runs look on a terminal: a table of run headers, a tree of one run's steps."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from runnable import defaults
from runnable.models import (
    BranchLog,
    JobLog,
    ObjectParameter,
    Parameter,
    RunLog,
    StepAttempt,
    StepLog,
    decode_name_segment,
    split_internal_name,
)

STATUS_STYLES = {
    defaults.SUCCESS: "green",
    defaults.FAIL: "bold red",
    defaults.PROCESSING: "yellow",
    defaults.TRIGGERED: "yellow",
    defaults.CREATED: "dim",
    defaults.SKIPPED: "dim",
}
_VALUE_WIDTH = 80


def status_text(status: str) -> Text:
    return Text(status, style=STATUS_STYLES.get(status, ""))


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
    attempts = list(_all_attempts(run_log.steps.values()))
    if run_log.job is not None:
        attempts.extend(run_log.job.attempts)
    from_steps = attempts_duration(attempts)
    if from_steps is not None:
        return from_steps
    if run_log.updated_at == run_log.created_at:
        # Both were filled from one file time (runnable 0.50 recorded neither): the duration is unknown.
        return None
    return (run_log.updated_at - run_log.created_at).total_seconds()


def _all_attempts(step_logs: Iterable[StepLog]) -> Iterator[StepAttempt]:
    for step_log in step_logs:
        yield from step_log.attempts
        for branch_log in step_log.branches.values():
            yield from _all_attempts(branch_log.steps.values())


def attempts_duration(attempts: list[StepAttempt]) -> float | None:
    starts = [a.start_time for a in attempts if a.start_time is not None]
    ends = [a.end_time for a in attempts if a.end_time is not None]
    if not starts or not ends:
        return None
    return (max(ends) - min(starts)).total_seconds()


def format_value(parameter: Parameter) -> str:
    if isinstance(parameter, ObjectParameter):
        return f"<pickled object, catalog name {parameter.value!r}>"
    text = json.dumps(parameter.value, default=str)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


# --------------------------------------------------------------------------- runs list


def runs_table(run_logs: list[RunLog]) -> Table:
    table = Table(header_style="bold", box=None, pad_edge=False, collapse_padding=True)
    # Run ids are what people copy: they never wrap; on a narrow terminal the times wrap at their space.
    widest_id = max((len(run_log.run_id) for run_log in run_logs), default=6)
    table.add_column("run id", no_wrap=True, min_width=widest_id)
    table.add_column("status", no_wrap=True, min_width=7)
    table.add_column("tag", overflow="fold", min_width=3)
    table.add_column("created (UTC)", min_width=10)
    table.add_column("updated (UTC)", min_width=10)
    table.add_column("duration", justify="right", no_wrap=True, min_width=8)
    for run_log in run_logs:
        table.add_row(
            run_log.run_id,
            status_text(run_log.status),
            run_log.tag,
            format_moment(run_log.created_at),
            format_moment(run_log.updated_at),
            format_duration(run_duration(run_log)),
        )
    return table


# --------------------------------------------------------------------------- runs show


def run_tree(run_log: RunLog) -> Tree:
    label = Text.assemble(("run ", "bold"), (run_log.run_id, "bold"), "  ", status_text(run_log.status))
    details = [f"created {format_moment(run_log.created_at)} UTC"]
    duration = run_duration(run_log)
    if duration is not None:
        details.append(f"took {format_duration(duration)}")
    if run_log.tag:
        details.append(f"tag {run_log.tag}")
    if run_log.dag_hash:
        details.append(f"dag {run_log.dag_hash[:12]}")
    label.append("  " + " · ".join(details), style="dim")
    tree = Tree(label)
    _add_parameters(tree, "parameters", run_log.parameters)
    for step_log in _in_execution_order(run_log.steps.values()):
        _add_step(tree, step_log)
    if run_log.job is not None:
        _add_job(tree, run_log.job)
    return tree


def _in_execution_order(step_logs: Iterable[StepLog]) -> list[StepLog]:
    # Chunked stores may hand steps back in storage order; when a step first started is the truth.
    never = datetime.max.replace(tzinfo=timezone.utc)
    return sorted(step_logs, key=lambda step_log: _first_start(step_log) or never)


def _first_start(step_log: StepLog) -> datetime | None:
    """A composite step (map, parallel) records no attempt of its own: its branches started it."""
    starts = [a.start_time for a in step_log.attempts if a.start_time is not None]
    for branch_log in step_log.branches.values():
        starts.extend(s for s in map(_first_start, branch_log.steps.values()) if s is not None)
    return min(starts) if starts else None


def _add_step(parent: Tree, step_log: StepLog) -> None:
    label = Text.assemble((step_log.name, "bold"), "  ", status_text(step_log.status))
    facts = [step_log.step_type]
    duration = attempts_duration(step_log.attempts)
    if duration is not None:
        facts.append(format_duration(duration))
    if len(step_log.attempts) > 1:
        facts.append(f"{len(step_log.attempts)} attempts")
    label.append("  " + " · ".join(facts), style="dim")
    node = parent.add(label)
    _add_attempt_details(node, step_log.last_attempt, step_log.message)
    for branch_log in step_log.branches.values():
        _add_branch(node, branch_log)


def _add_branch(parent: Tree, branch_log: BranchLog) -> None:
    name = decode_name_segment(split_internal_name(branch_log.internal_name)[-1])
    node = parent.add(Text.assemble(("branch ", "dim"), (name, "bold"), "  ", status_text(branch_log.status)))
    _add_parameters(node, "parameters", branch_log.parameters)
    for step_log in _in_execution_order(branch_log.steps.values()):
        _add_step(node, step_log)


def _add_job(parent: Tree, job_log: JobLog) -> None:
    label = Text.assemble(("job", "bold"), "  ", status_text(job_log.status))
    duration = attempts_duration(job_log.attempts)
    if duration is not None:
        label.append("  " + format_duration(duration), style="dim")
    node = parent.add(label)
    _add_attempt_details(node, job_log.attempts[-1] if job_log.attempts else None, job_log.message)


def _add_attempt_details(node: Tree, attempt: StepAttempt | None, step_message: str) -> None:
    message = (attempt.message if attempt is not None and attempt.message else "") or step_message
    if message:
        node.add(_message_text(message))
    if attempt is None:
        return
    _add_parameters(node, "returned", attempt.output_parameters, skip=set(attempt.user_defined_metrics))
    _add_parameters(node, "metrics", attempt.user_defined_metrics)


def _message_text(message: str) -> RenderableType:
    # The last line of a stored traceback is the error itself: show it first.
    lines = [line for line in message.strip().splitlines() if line.strip()]
    if len(lines) <= 1:
        return Text(message.strip(), style="red")
    return Group(Text(lines[-1], style="red"), Text(f"({len(lines)} lines; see --json for all)", style="dim"))


def _add_parameters(
    node: Tree, title: str, parameters: dict[str, Parameter], skip: set[str] | None = None
) -> None:
    shown = {name: p for name, p in parameters.items() if not skip or name not in skip}
    if not shown:
        return
    branch = node.add(Text(title, style="cyan"))
    for name, parameter in shown.items():
        branch.add(Text.assemble((name, "bold"), " = ", format_value(parameter)))


def run_log_json(run_log: RunLog) -> dict[str, Any]:
    return run_log.model_dump(mode="json")
