"""A run's timeline (Gantt chart) as rows of bars, laid out on the server.

Steps and branches get a bar each, nested under their composite step. A
composite step with more than :data:`AGGREGATE_ABOVE` branches (a Map over a
thousand items) is not drawn as a thousand thin bars: it gets one row that
shows how many branches were running at each moment (a concurrency profile),
the spread of branch durations, and a bar for each of its slowest and failed
branches.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from runnable import defaults
from runnable.models import BranchLog, RunLog, StepLog, decode_name_segment, split_internal_name
from runnable.timings import Spans, format_duration

AGGREGATE_ABOVE = 25
SLOWEST_SHOWN = 5
PROFILE_BUCKETS = 100
MAX_ROWS = 300
WIDTH = 1000.0  # the chart's coordinate width; the page scales it


class _Layout:
    def __init__(self, origin: datetime, finish: datetime, spans: Spans) -> None:
        self.spans = spans
        self.origin = origin
        self.total = max((finish - origin).total_seconds(), 1e-6)
        self.rows: list[dict[str, Any]] = []

    def x(self, moment: datetime) -> float:
        return round(WIDTH * (moment - self.origin).total_seconds() / self.total, 2)

    def bar(
        self, label: str, depth: int, status: str, start: datetime | None, end: datetime | None, kind: str
    ) -> dict[str, Any] | None:
        if len(self.rows) >= MAX_ROWS:
            return None
        row: dict[str, Any] = {"label": label, "depth": depth, "status": status, "kind": kind, "bar": None}
        if start is not None:
            stop = end if end is not None else start
            left = self.x(start)
            seconds = (stop - start).total_seconds()
            row["bar"] = {
                "x": left,
                "width": max(self.x(stop) - left, 1.5),
                "duration": format_duration(seconds) if end is not None else "running",
            }
        self.rows.append(row)
        return row

    def steps(self, step_logs: Iterable[StepLog], depth: int) -> None:
        for step_log in self.spans.in_order(step_logs):
            kind = "composite" if step_log.branches else "step"
            start, end = self.spans.step(step_log)
            row = self.bar(step_log.name, depth, step_log.status, start, end, kind)
            if row is None:
                return
            branches = list(step_log.branches.values())
            if len(branches) > AGGREGATE_ABOVE:
                self.aggregate(step_log, branches, depth + 1)
            else:
                for branch_log in branches:
                    self.branch(branch_log, depth + 1)

    def branch(self, branch_log: BranchLog, depth: int) -> None:
        start, end = self.spans.steps(branch_log.steps.values())
        if self.bar(_label(branch_log), depth, branch_log.status, start, end, "branch") is not None:
            self.steps(branch_log.steps.values(), depth + 1)

    def aggregate(self, step_log: StepLog, branches: list[BranchLog], depth: int) -> None:
        timed = []
        for branch_log in branches:
            start, end = self.spans.steps(branch_log.steps.values())
            if start is not None and end is not None:
                timed.append((branch_log, start, end))
        by_duration = sorted(timed, key=lambda t: (t[2] - t[1]).total_seconds(), reverse=True)
        counts: dict[str, int] = {}
        for branch_log in branches:
            counts[branch_log.status] = counts.get(branch_log.status, 0) + 1
        durations = [(e - s).total_seconds() for _, s, e in timed]
        # Running branches per bucket: +1 where a branch starts, -1 after it ends, then a running sum.
        changes = [0] * (PROFILE_BUCKETS + 1)
        for _, start, end in timed:
            changes[min(int(self.x(start) / WIDTH * PROFILE_BUCKETS), PROFILE_BUCKETS - 1)] += 1
            changes[min(int(self.x(end) / WIDTH * PROFILE_BUCKETS), PROFILE_BUCKETS - 1) + 1] -= 1
        profile = list(itertools.accumulate(changes[:PROFILE_BUCKETS]))
        peak = max(profile) or 1
        summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
        if durations:
            summary += (
                f"; branch durations min {format_duration(min(durations))}, "
                f"median {format_duration(statistics.median(durations))}, "
                f"max {format_duration(max(durations))}; up to {peak} at once"
            )
        if len(self.rows) >= MAX_ROWS:
            return
        self.rows.append(
            {
                "label": f"{len(branches)} branches",
                "depth": depth,
                "status": step_log.status,
                "kind": "aggregate",
                "bar": None,
                "summary": summary,
                "profile": [
                    {"x": round(i * WIDTH / PROFILE_BUCKETS, 2), "height": round(n / peak, 3), "count": n}
                    for i, n in enumerate(profile)
                    if n
                ],
                "bucket_width": WIDTH / PROFILE_BUCKETS,
            }
        )
        picked = [b for b, _, _ in by_duration[:SLOWEST_SHOWN]]
        picked += [b for b in branches if b.status == defaults.FAIL and b not in picked][:SLOWEST_SHOWN]
        for branch_log in picked:
            begun, ended = self.spans.steps(branch_log.steps.values())
            self.bar(_label(branch_log), depth, branch_log.status, begun, ended, "branch")


def _label(branch_log: BranchLog) -> str:
    return decode_name_segment(split_internal_name(branch_log.internal_name)[-1])


def timeline(run_log: RunLog, spans: Spans | None = None) -> dict[str, Any]:
    """Rows of the run's Gantt chart with x and width in [0, WIDTH]; empty when nothing has started."""
    spans = spans if spans is not None else Spans()
    origin, finish = spans.steps(run_log.steps.values())
    if origin is None:
        return {"rows": [], "total": "", "truncated": False}
    finish = finish if finish is not None and finish > origin else origin
    layout = _Layout(origin, finish, spans)
    layout.steps(run_log.steps.values(), 0)
    return {
        "rows": layout.rows,
        "total": format_duration(layout.total),
        "truncated": len(layout.rows) >= MAX_ROWS,
        "width": WIDTH,
    }
