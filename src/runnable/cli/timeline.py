"""``runnable timeline RUN_ID``: a run's steps and branches as a Gantt chart (terminal or HTML page)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from runnable.cli import output, services
from runnable.cli.options import ConfigOption, JsonOption
from runnable.cli.render import format_duration, status_text
from runnable.history.timeline import BRANCH, TimelineRow, span, timeline_html, timeline_rows

_BAR_STYLES = {"SUCCESS": "green", "FAIL": "red", "PROCESSING": "yellow"}
_MIN_LANE = 20


def timeline(
    run_id: Annotated[str, typer.Argument(metavar="RUN_ID", help="The run to draw.", show_default=False)],
    configuration: ConfigOption = None,
    html_file: Annotated[
        Path | None,
        typer.Option("--html", metavar="FILE", help="Write a standalone HTML page instead.", dir_okay=False),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show a run's steps and branches in time, as a Gantt chart: when each started, how long it took."""
    run_log = services.open_store(configuration).get_run_log_by_id(run_id, full=True)
    if html_file is not None:
        html_file.write_text(timeline_html(run_log), encoding="utf-8")
        output.out.print(f"Wrote the timeline of run '{run_id}' to {html_file}.")
        return
    rows = timeline_rows(run_log)
    if as_json:
        output.print_json([output.plain(row) | {"duration_seconds": row.duration_seconds} for row in rows])
        return
    if not rows:
        output.note(f"Run '{run_id}' has no steps yet.")
        return
    lane = max(output.out.width - 60, _MIN_LANE)
    table = Table(header_style="bold", box=None, pad_edge=False)
    table.add_column("step / branch", overflow="fold")
    table.add_column("status", no_wrap=True)
    table.add_column("duration", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, width=lane)
    start, end = span(rows)
    for row in rows:
        label = Text("  " * row.depth + row.label, style="italic dim" if row.kind == BRANCH else "")
        table.add_row(
            label, status_text(row.status), format_duration(row.duration_seconds), _bar(row, start, end, lane)
        )
    output.out.print(table)


def _bar(row: TimelineRow, start: object, end: object, lane: int) -> Text:

    if (
        not (isinstance(start, datetime) and isinstance(end, datetime))
        or row.start is None
        or row.end is None
    ):
        return Text("")
    total = (end - start).total_seconds() or 1.0
    first = int((row.start - start).total_seconds() / total * lane)
    length = max(1, round((row.end - row.start).total_seconds() / total * lane))
    first = min(first, lane - 1)
    return Text(" " * first + "█" * min(length, lane - first), style=_BAR_STYLES.get(row.status, "blue"))
