"""How the history commands show their results: a run diff as tables, copy and verify reports as sentences."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from runnable.cli.render import format_duration, status_text
from runnable.history.copy import CopyReport, VerifyReport
from runnable.history.diff import ADDED, REMOVED, RunDiff, ValueChange

_VALUE_WIDTH = 60
_CHANGE_STYLES = {ADDED: "green", REMOVED: "red"}


def diff_view(result: RunDiff) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble(
            ("A ", "bold"),
            result.run_a,
            " (",
            status_text(result.status_a),
            ")   ",
            ("B ", "bold"),
            result.run_b,
            " (",
            status_text(result.status_b),
            ")",
        )
    ]
    if result.identical:
        parts.append(Text("The runs do not differ.", style="dim"))
        return Group(*parts)
    for title, changes in (
        ("Parameters", result.parameters),
        ("Metrics", result.metrics),
        ("Code", result.code),
        ("Run config (secrets masked)", result.run_config),
    ):
        if changes:
            parts.extend([Text(""), Text(title, style="bold"), _changes_table(changes)])
    parts.extend([Text(""), Text("Steps", style="bold"), _steps_table(result)])
    return Group(*parts)


def _changes_table(changes: list[ValueChange]) -> Table:
    table = Table(header_style="bold", box=None, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("name", overflow="fold")
    table.add_column("A", overflow="fold")
    table.add_column("B", overflow="fold")
    for change in changes:
        style = _CHANGE_STYLES.get(change.change, "yellow")
        table.add_row(
            Text(change.change, style=style),
            change.path,
            "" if change.change == ADDED else _value(change.a),
            "" if change.change == REMOVED else _value(change.b),
        )
    return table


def _steps_table(result: RunDiff) -> Table:
    table = Table(header_style="bold", box=None, pad_edge=False)
    table.add_column("step", overflow="fold")
    table.add_column("status A", no_wrap=True)
    table.add_column("status B", no_wrap=True)
    table.add_column("duration A", justify="right", no_wrap=True)
    table.add_column("duration B", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    for step in result.steps:
        note = {"a": "only in A", "b": "only in B"}.get(
            step.only_in, "status differs" if step.differs else ""
        )
        table.add_row(
            "  " * step.depth + step.internal_name,
            status_text(step.status_a) if step.status_a else Text("-", style="dim"),
            status_text(step.status_b) if step.status_b else Text("-", style="dim"),
            format_duration(step.duration_a),
            format_duration(step.duration_b),
            Text(note, style="yellow"),
        )
    return table


def _value(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


def copy_text(report: CopyReport) -> str:
    lines = [
        f"Copied {report.copied} of {report.selected} selected runs from {report.source} to "
        f"{report.destination}; {report.already_there} were already there"
        + (f", {report.replaced} replaced." if report.replaced else ".")
    ]
    if report.verify is not None:
        lines.append(verify_text(report.verify))
    return "\n".join(lines)


def verify_text(report: VerifyReport) -> str:
    if report.ok:
        return (
            f"Verified: the destination holds all {report.selected} selected runs, "
            "each with the same content."
        )
    problems = []
    if report.missing:
        problems.append(f"{report.missing} missing ({', '.join(report.missing_ids)})")
    if report.different:
        problems.append(f"{report.different} different ({', '.join(report.different_ids)})")
    return (
        f"Verification failed: of {report.selected} selected runs, {report.matching} match, "
        + " and ".join(problems)
        + ". Run the copy again (with --overwrite to replace different runs)."
    )
