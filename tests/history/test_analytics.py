"""Parquet tables of run history, read back with DuckDB: counts and values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from runnable.history import RunSelection
from runnable.history.analytics import export_parquet
from runnable.history.selection import walk_steps
from runnable.run_log_store.base import BaseRunLogStore
from runnable.testing import example_run_log

StoreFactory = Callable[..., BaseRunLogStore]


def _query(folder: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect() as connection:
        connection.execute(f"SET file_search_path = '{folder}'")
        return connection.execute(sql).fetchall()


@pytest.mark.parametrize("kind", ["chunked-fs", "sqlite"])
def test_tables_read_back_with_duckdb(make_store: StoreFactory, kind: str, tmp_path: Path) -> None:
    store = make_store(kind)
    runs = [example_run_log(f"an-{index}") for index in range(3)]
    runs[2].status = "FAIL"
    for run_log in runs:
        store.put_run_log(run_log)
    folder = tmp_path / "tables"
    report = export_parquet(store, RunSelection(), folder)
    attempts = sum(len(step.attempts) for step, _, _ in walk_steps(runs[0]))
    assert report.runs == 3 and report.tables["steps"] == 3 * attempts

    assert _query(folder, "SELECT status, count(*) FROM 'runs.parquet' GROUP BY status ORDER BY status") == [
        ("FAIL", 1),
        ("SUCCESS", 2),
    ]
    assert _query(folder, "SELECT count(*) FROM 'steps.parquet'") == [(3 * attempts,)]
    first = _query(
        folder,
        "SELECT attempt, status, duration_seconds, branch FROM 'steps.parquet' "
        "WHERE run_id = 'an-0' AND internal_name = 'first' ORDER BY attempt",
    )
    assert first == [(1, "FAIL", 1.00025, ""), (2, "SUCCESS", 1.00025, "")]
    leaf = _query(
        folder,
        "SELECT branch, name FROM 'steps.parquet' "
        "WHERE run_id = 'an-1' AND internal_name LIKE '%deep.only.leaf'",
    )
    assert sorted(leaf) == [
        ("outer.right.mid.0%2E5.deep.only", "leaf"),
        ("outer.right.mid.x y.deep.only", "leaf"),
    ]
    parameters = _query(
        folder,
        "SELECT scope, name, kind, value_json FROM 'parameters.parquet' "
        "WHERE run_id = 'an-2' ORDER BY scope, name",
    )
    assert ("", "alpha", "json", '{"nested": [1, 2]}') in parameters
    assert ("", "loss", "metric", "0.25") in parameters
    assert ("outer.right", "side", "json", '"right"') in parameters
    metrics = _query(folder, "SELECT count(*), avg(value) FROM 'metrics.parquet' WHERE name = 'accuracy'")
    assert metrics == [(3 * attempts, pytest.approx(0.9))]
    window = _query(folder, "SELECT min(start_time) = max(start_time) FROM 'steps.parquet'")
    assert window == [(True,)]


def test_cli_writes_parquet(make_store: StoreFactory, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from runnable.cli import app

    config = tmp_path / "c.yaml"
    config.write_text(
        f"run-log-store:\n  type: file-system\n  config:\n    log_folder: {tmp_path / 'runs'}\n"
    )
    store = make_store("file-system", log_folder=str(tmp_path / "runs"))
    store.put_run_log(example_run_log("only"))
    result = CliRunner().invoke(
        app, ["runs", "export", "-c", str(config), "--format", "parquet", "--to", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 1 run as Parquet tables" in result.stdout
    assert _query(tmp_path / "out", "SELECT run_id FROM 'runs.parquet'") == [("only",)]
