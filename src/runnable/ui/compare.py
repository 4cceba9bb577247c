"""Two or more runs side by side: parameters, metrics, steps, and a chart of one metric.

A row *differs* when the runs do not all hold the same value (a run without
the parameter counts as a value of its own). Values are masked as on every
other page (:mod:`runnable.ui.views`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from runnable.conditions import is_number
from runnable.models import RunLog
from runnable.timings import Spans, attempts_duration, format_duration
from runnable.ui.views import parameter_view, run_row

MIN_RUNS = 2
MAX_RUNS = 10
CHART_HEIGHT = 200.0


def _rows(run_logs: Sequence[RunLog], metrics: bool) -> list[dict[str, Any]]:
    names: dict[str, None] = {}
    for run_log in run_logs:
        for name, parameter in run_log.parameters.items():
            if (parameter.kind == "metric") == metrics:
                names.setdefault(name)
    rows = []
    for name in names:
        cells = []
        for run_log in run_logs:
            found = run_log.parameters.get(name)
            cells.append(None if found is None else parameter_view(name, found))
        keys = {None if c is None else json.dumps(c["value"], sort_keys=True, default=str) for c in cells}
        rows.append(
            {
                "name": name,
                "cells": [None if c is None else c["text"] for c in cells],
                "differs": len(keys) > 1,
            }
        )
    return rows


def _step_rows(run_logs: Sequence[RunLog]) -> list[dict[str, Any]]:
    spans = Spans()
    names: dict[str, None] = {}
    for run_log in run_logs:
        for step_log in spans.in_order(run_log.steps.values()):
            names.setdefault(step_log.name)
    rows = []
    for name in names:
        cells: list[dict[str, Any] | None] = []
        for run_log in run_logs:
            match = next((s for s in run_log.steps.values() if s.name == name), None)
            if match is None:
                cells.append(None)
                continue
            step_log = match
            duration = attempts_duration(step_log.attempts)
            start, end = spans.step(step_log)
            if duration is None and start is not None and end is not None:
                duration = (end - start).total_seconds()
            cells.append(
                {
                    "status": step_log.status,
                    "duration": format_duration(duration),
                    "duration_seconds": duration,
                    "attempts": len(step_log.attempts),
                    "branches": len(step_log.branches),
                }
            )
        statuses = {None if c is None else c["status"] for c in cells}
        rows.append({"name": name, "cells": cells, "differs": len(statuses) > 1})
    return rows


def _chart(run_logs: Sequence[RunLog], metric: str) -> dict[str, Any]:
    values: list[float | None] = []
    for run_log in run_logs:
        parameter = run_log.parameters.get(metric)
        value: Any = parameter.get_value() if parameter is not None else None
        values.append(float(value) if is_number(value) else None)
    numbers = [v for v in values if v is not None]
    top = max([abs(v) for v in numbers] or [1.0]) or 1.0
    slot = 1000.0 / max(len(run_logs), 1)
    bars = []
    for index, (run_log, value) in enumerate(zip(run_logs, values, strict=True)):
        height = 0.0 if value is None else round(abs(value) / top * (CHART_HEIGHT - 45), 2)
        bars.append(
            {
                "run_id": run_log.run_id,
                "value": value,
                "text": "no value" if value is None else f"{value:g}",
                "x": round(index * slot + slot * 0.15, 2),
                "width": round(slot * 0.7, 2),
                "height": height,
                "y": round(CHART_HEIGHT - 20 - height, 2),
                "negative": value is not None and value < 0,
            }
        )
    return {"metric": metric, "bars": bars, "height": CHART_HEIGHT, "has_values": bool(numbers)}


def compare_view(run_logs: Sequence[RunLog], metric: str = "") -> dict[str, Any]:
    """The compare page and ``/api/compare``: runs in the order asked for."""
    metric_rows = _rows(run_logs, metrics=True)
    metric_names = [row["name"] for row in metric_rows]
    chosen = metric if metric else (metric_names[0] if metric_names else "")
    return {
        "runs": [run_row(run_log, ()) for run_log in run_logs],
        "parameters": _rows(run_logs, metrics=False),
        "metrics": metric_rows,
        "metric_names": metric_names,
        "steps": _step_rows(run_logs),
        "chart": _chart(run_logs, chosen) if chosen else None,
    }
