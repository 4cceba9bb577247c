"""Run history as Parquet tables, for DuckDB, pandas or polars.

Four files in the target folder:

``runs.parquet``
    one row per run: run id, status, tag, DAG hash, created and updated time.
``steps.parquet``
    one row per step attempt: the step's internal name and name, its branch (the
    internal name of the branch that holds it, empty at the top), type, the step's
    status, the attempt's number, status, start, end and duration in seconds.
``parameters.parquet``
    long form: one row per parameter of the run or of a branch (``scope``), the value as JSON.
``metrics.parquet``
    long form: one row per metric of a step attempt, the value as a float when it is a
    number and always as JSON.

Runs are read and written a batch at a time (one Parquet row group per batch),
so memory stays flat however many runs are exported. pyarrow comes with the
``analytics`` extra: ``pip install 'runnable[analytics]'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from runnable import exceptions
from runnable.history.selection import RunSelection, iter_selected, walk_steps
from runnable.models import Parameter, RunLog
from runnable.run_log_store.base import BaseRunLogStore

BATCH_RUNS = 500
TABLES = ("runs", "steps", "parameters", "metrics")


@dataclass
class AnalyticsReport:
    folder: str
    runs: int = 0
    tables: dict[str, int] = field(default_factory=dict)


def export_parquet(store: BaseRunLogStore, selection: RunSelection, folder: Path | str) -> AnalyticsReport:
    """Write the selected runs as the four tables in ``folder`` (created if needed)."""
    pa, pq = _pyarrow()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    schemas = _schemas(pa)
    report = AnalyticsReport(folder=str(target), tables=dict.fromkeys(TABLES, 0))
    writers = {name: pq.ParquetWriter(target / f"{name}.parquet", schemas[name]) for name in TABLES}
    try:
        runs = iter_selected(store, selection, full=True)
        while batch := list(islice(runs, BATCH_RUNS)):
            rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
            for run_log in batch:
                _collect(run_log, rows)
            for name in TABLES:
                writers[name].write_table(pa.Table.from_pylist(rows[name], schema=schemas[name]))
                report.tables[name] += len(rows[name])
            report.runs += len(batch)
    finally:
        for writer in writers.values():
            writer.close()
    return report


def _collect(run_log: RunLog, rows: dict[str, list[dict[str, Any]]]) -> None:
    run_id = run_log.run_id
    rows["runs"].append(
        {
            "run_id": run_id,
            "status": run_log.status,
            "tag": run_log.tag,
            "dag_hash": run_log.dag_hash,
            "created_at": run_log.created_at,
            "updated_at": run_log.updated_at,
        }
    )
    rows["parameters"].extend(_parameter_rows(run_id, "", run_log.parameters))
    for step, _, branch in walk_steps(run_log):
        for branch_name, branch_log in step.branches.items():
            rows["parameters"].extend(_parameter_rows(run_id, branch_name, branch_log.parameters))
        for attempt in step.attempts:
            rows["steps"].append(
                {
                    "run_id": run_id,
                    "internal_name": step.internal_name,
                    "name": step.name,
                    "branch": branch,
                    "step_type": step.step_type,
                    "step_status": step.status,
                    "attempt": attempt.attempt_number,
                    "status": attempt.status,
                    "start_time": attempt.start_time,
                    "end_time": attempt.end_time,
                    "duration_seconds": attempt.duration_seconds,
                }
            )
            for name, metric in attempt.user_defined_metrics.items():
                value = metric.get_value()
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                rows["metrics"].append(
                    {
                        "run_id": run_id,
                        "step": step.internal_name,
                        "attempt": attempt.attempt_number,
                        "name": name,
                        "value": float(value) if numeric else None,
                        "value_json": json.dumps(value, default=str),
                    }
                )


def _parameter_rows(run_id: str, scope: str, parameters: dict[str, Parameter]) -> Iterator[dict[str, Any]]:
    for name, parameter in parameters.items():
        yield {
            "run_id": run_id,
            "scope": scope,
            "name": name,
            "kind": parameter.kind,
            "value_json": json.dumps(parameter.get_value(), default=str),
        }


def _schemas(pa: Any) -> dict[str, Any]:
    moment = pa.timestamp("us", tz="UTC")
    text = pa.string()
    return {
        "runs": pa.schema(
            [
                ("run_id", text),
                ("status", text),
                ("tag", text),
                ("dag_hash", text),
                ("created_at", moment),
                ("updated_at", moment),
            ]
        ),
        "steps": pa.schema(
            [
                ("run_id", text),
                ("internal_name", text),
                ("name", text),
                ("branch", text),
                ("step_type", text),
                ("step_status", text),
                ("attempt", pa.int64()),
                ("status", text),
                ("start_time", moment),
                ("end_time", moment),
                ("duration_seconds", pa.float64()),
            ]
        ),
        "parameters": pa.schema(
            [("run_id", text), ("scope", text), ("name", text), ("kind", text), ("value_json", text)]
        ),
        "metrics": pa.schema(
            [
                ("run_id", text),
                ("step", text),
                ("attempt", pa.int64()),
                ("name", text),
                ("value", pa.float64()),
                ("value_json", text),
            ]
        ),
    }


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise exceptions.ConfigurationError(
            "exporting Parquet tables needs pyarrow, which is not installed. "
            "Install it with: pip install 'runnable[analytics]'"
        ) from exc
    return pyarrow, pyarrow.parquet
