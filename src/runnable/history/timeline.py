"""A run laid out in time: one row per step and branch, with where it starts and ends.

:func:`timeline_rows` is what both views draw: the terminal Gantt chart of
``runnable timeline`` and the standalone HTML page :func:`timeline_html` writes
(no scripts, no external styles or fonts: it opens anywhere, offline).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from runnable.models import RunLog, StepLog

STEP = "step"
BRANCH = "branch"


@dataclass(frozen=True)
class TimelineRow:
    internal_name: str
    label: str
    kind: str
    depth: int
    status: str
    start: datetime | None
    end: datetime | None
    attempts: int = 0

    @property
    def duration_seconds(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).total_seconds()


def timeline_rows(run_log: RunLog) -> list[TimelineRow]:
    """Steps and branches depth first, in the order they were recorded."""
    rows: list[TimelineRow] = []

    def add_steps(steps: dict[str, StepLog], depth: int) -> tuple[datetime | None, datetime | None]:
        earliest: datetime | None = None
        latest: datetime | None = None
        for step in steps.values():
            start = step.attempts[0].start_time if step.attempts else None
            end = step.attempts[-1].end_time if step.attempts else None
            index = len(rows)
            rows.append(
                TimelineRow(
                    step.internal_name, step.name, STEP, depth, step.status, start, end, len(step.attempts)
                )
            )
            for branch_name, branch in step.branches.items():
                branch_index = len(rows)
                rows.append(
                    TimelineRow(
                        branch_name,
                        branch_name.rsplit(".", 1)[-1],
                        BRANCH,
                        depth + 1,
                        branch.status,
                        None,
                        None,
                    )
                )
                first, last = add_steps(branch.steps, depth + 2)
                rows[branch_index] = _with_times(rows[branch_index], first, last)
                start, end = _earlier(start, first), _later(end, last)
            rows[index] = _with_times(rows[index], start, end)
            earliest, latest = _earlier(earliest, start), _later(latest, end)
        return earliest, latest

    add_steps(run_log.steps, 0)
    if run_log.job is not None and run_log.job.attempts:
        attempts = run_log.job.attempts
        rows.append(
            TimelineRow(
                "job",
                "job",
                STEP,
                0,
                run_log.job.status,
                attempts[0].start_time,
                attempts[-1].end_time,
                len(attempts),
            )
        )
    return rows


def span(rows: list[TimelineRow]) -> tuple[datetime | None, datetime | None]:
    """The earliest start and the latest end of the rows."""
    start: datetime | None = None
    end: datetime | None = None
    for row in rows:
        start, end = _earlier(start, row.start), _later(end, row.end)
    return start, end


def timeline_html(run_log: RunLog) -> str:
    """A standalone HTML page with the run's Gantt chart."""
    rows = timeline_rows(run_log)
    start, end = span(rows)
    total = (end - start).total_seconds() if start is not None and end is not None else 0.0
    body = []
    for row in rows:
        left = width = 0.0
        if start is not None and row.start is not None and row.end is not None and total > 0:
            left = (row.start - start).total_seconds() / total * 100
            width = max((row.end - row.start).total_seconds() / total * 100, 0.3)
        duration = "" if row.duration_seconds is None else f"{row.duration_seconds:.2f}s"
        body.append(
            f'<tr class="{row.kind}"><td class="name" style="padding-left:{row.depth * 1.2 + 0.4:.1f}em">'
            f"{html.escape(row.label)}</td>"
            f'<td class="status {html.escape(row.status.lower())}">{html.escape(row.status)}</td>'
            f'<td class="duration">{duration}</td>'
            f'<td class="lane"><div class="bar {html.escape(row.status.lower())}" '
            f'style="left:{left:.3f}%;width:{width:.3f}%" '
            f'title="{html.escape(row.internal_name)}"></div></td></tr>'
        )
    title = f"Timeline of run {run_log.run_id}"
    when = f"{start:%Y-%m-%d %H:%M:%S} UTC, {total:.2f}s" if start is not None else "no timings recorded"
    return PAGE_TEMPLATE.format(
        title=html.escape(title),
        status=html.escape(run_log.status),
        when=html.escape(when),
        rows="\n".join(body),
    )


def _with_times(row: TimelineRow, start: datetime | None, end: datetime | None) -> TimelineRow:
    return TimelineRow(
        row.internal_name, row.label, row.kind, row.depth, row.status, start, end, row.attempts
    )


def _earlier(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ padding: 0.2em 0.4em; border-bottom: 1px solid #eee; white-space: nowrap; font-size: 0.9em; }}
td.lane {{ position: relative; width: 60%; }}
tr.branch td.name {{ color: #666; font-style: italic; }}
.bar {{ position: absolute; top: 0.3em; bottom: 0.3em; background: #7a9cc6; border-radius: 2px; }}
.bar.success {{ background: #4c9a5a; }} .bar.fail {{ background: #c0463e; }}
.bar.processing {{ background: #d9a13b; }}
td.status.success {{ color: #2e7d32; }} td.status.fail {{ color: #c62828; }}
td.duration {{ text-align: right; }}
</style></head>
<body><h1>{title}</h1><p>Status {status}; started {when}.</p>
<table><thead><tr><th>step / branch</th><th>status</th><th>duration</th><th></th></tr></thead>
<tbody>
{rows}
</tbody></table></body></html>
"""
