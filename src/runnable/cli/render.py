"""How runs look on a terminal: a table of run headers, a tree of one run's steps."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from runnable import defaults, telemetry
from runnable.masking import mask_urls
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

# format_* and run_duration are re-exported: the commands call them through this module.
from runnable.timings import (
    attempts_duration,
    in_execution_order,
)
from runnable.timings import format_duration as format_duration
from runnable.timings import format_moment as format_moment
from runnable.timings import run_duration as run_duration

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


def format_value(parameter: Parameter) -> str:
    if isinstance(parameter, ObjectParameter):
        return f"<pickled object, catalog name {parameter.value!r}>"
    text = json.dumps(parameter.value, default=str)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


# --------------------------------------------------------------------------- runs list


_MOMENT_WIDTH = len("2026-01-31 23:59:59")
_DURATION_WIDTH = 8


def runs_table(run_logs: list[RunLog], width: int | None = None) -> Table:
    """One row per run. Nothing wraps: on a terminal narrower than ``width`` needs, the updated
    column is left out (run ids are what people copy, and a time split over two lines misleads)."""
    table = Table(header_style="bold", box=None, pad_edge=False, collapse_padding=True)
    widest_id = max((len(run_log.run_id) for run_log in run_logs), default=6)
    widest_tag = max((len(run_log.tag) for run_log in run_logs), default=3)
    needed = widest_id + len("status") + 1 + max(widest_tag, 3) + 2 * _MOMENT_WIDTH + _DURATION_WIDTH + 5
    with_updated = width is None or needed <= width
    table.add_column("run id", no_wrap=True, min_width=widest_id)
    table.add_column("status", no_wrap=True, min_width=7)
    table.add_column("tag", overflow="fold", min_width=3)
    table.add_column("created (UTC)", no_wrap=True, min_width=_MOMENT_WIDTH)
    if with_updated:
        table.add_column("updated (UTC)", no_wrap=True, min_width=_MOMENT_WIDTH)
    table.add_column("duration", justify="right", no_wrap=True, min_width=_DURATION_WIDTH)
    for run_log in run_logs:
        updated = [format_moment(run_log.updated_at)] if with_updated else []
        table.add_row(
            run_log.run_id,
            status_text(run_log.status),
            run_log.tag,
            format_moment(run_log.created_at),
            *updated,
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
    trace_id = telemetry.trace_id_of(run_log.run_config)
    if trace_id:  # whole: it is what a person pastes into the tracing tool
        details.append(f"trace {trace_id}")
    label.append("  " + " · ".join(details), style="dim")
    tree = Tree(label)
    _add_parameters(tree, "parameters", run_log.parameters)
    for step_log in in_execution_order(run_log.steps.values()):
        _add_step(tree, step_log)
    if run_log.job is not None:
        _add_job(tree, run_log.job)
    return tree


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
    for step_log in in_execution_order(branch_log.steps.values()):
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
    # Text.from_ansi: codes a message holds (a notebook's coloured traceback) are read as styles,
    # never printed raw to a file or pipe.
    lines = [line for line in Text.from_ansi(message.strip()).plain.splitlines() if line.strip()]
    if len(lines) <= 1:
        return Text("".join(lines), style="red")
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
    data = run_log.model_dump(mode="json")
    # A run recorded before every password could be masked (or by another tool) shows none either.
    data["run_config"] = mask_urls(data.get("run_config", {}))
    return data
