"""``runnable doctor``, ``runs purge`` and ``store migrate`` on real stores (SQLite database, file system)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from runnable import defaults
from runnable.models import utc_now
from runnable.run_log_store.sql.schema import SCHEMA_VERSION, version_table_name
from runnable.run_log_store.sql.store import DatabaseRunLogStore

AGES = {"ancient": 400, "old": 120, "recent": 30, "fresh": 0}


def database_config(path: Path, retention_days: int = 90) -> Path:
    config = path / "db.yaml"
    config.write_text(
        "run-log-store:\n  type: database\n  config:\n"
        f"    connection_string: sqlite:///{path / 'runs.db'}\n    retention_days: {retention_days}\n"
    )
    return config


@pytest.fixture
def database(tmp_path: Path) -> DatabaseRunLogStore:
    store = DatabaseRunLogStore(connection_string=f"sqlite:///{tmp_path / 'runs.db'}")
    for run_id, days in AGES.items():
        store.create_run_log(run_id)
        run_log = store.get_run_log_by_id(run_id, full=True)
        run_log.created_at = utc_now() - timedelta(days=days, hours=1)
        run_log.status = defaults.SUCCESS
        store.put_run_log(run_log)
    return store


def stored(store: DatabaseRunLogStore) -> list[str]:
    return [run.run_id for run in store.get_run_logs()]


# --------------------------------------------------------------------------- runs purge


def test_purge_dry_run_deletes_nothing(
    cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path
) -> None:
    result = cli("runs", "purge", "--older-than", "100d", "--dry-run", "-c", str(database_config(tmp_path)))
    assert result.exit_code == 0, result.stderr
    assert "would delete 2 runs" in result.stdout and "nothing was deleted" in result.stdout
    assert "ancient" in result.stdout and "old" in result.stdout and "recent" not in result.stdout
    assert stored(database) == ["fresh", "recent", "old", "ancient"]


def test_purge_older_than(cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path) -> None:
    result = cli("runs", "purge", "--older-than", "100d", "--json", "-c", str(database_config(tmp_path)))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["runs"] == 2 and report["dry_run"] is False
    assert stored(database) == ["fresh", "recent"]


def test_purge_defaults_to_retention_days(
    cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path
) -> None:
    config = database_config(tmp_path, retention_days=20)
    result = cli("runs", "purge", "--batch-size", "1", "-c", str(config))
    assert result.exit_code == 0, result.stderr
    assert "Deleted 3 runs" in result.stdout
    assert stored(database) == ["fresh"]


def test_purge_on_a_store_without_retention(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "fs.yaml").write_text("run-log-store:\n  type: file-system\n")
    result = cli("runs", "purge", "--dry-run", "-c", "fs.yaml")
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.count("\n") == 0
    assert "'file-system' does not support purging runs" in message


def test_purge_bad_age(cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path) -> None:
    result = cli("runs", "purge", "--older-than", "ninety days", "-c", str(database_config(tmp_path)))
    assert result.exit_code == 2
    assert "'ninety days' is not an age" in result.stderr
    assert len(stored(database)) == 4


# --------------------------------------------------------------------------- store migrate


def test_migrate_creates_then_does_nothing(cli: Callable[..., Result], tmp_path: Path) -> None:
    config = str(database_config(tmp_path))
    first = cli("store", "migrate", "-c", config)
    assert first.exit_code == 0, first.stderr
    assert f"Created the run log tables at schema revision {SCHEMA_VERSION}" in first.stdout
    again = cli("store", "migrate", "-c", config)
    assert again.exit_code == 0
    assert "already at schema revision" in again.stdout


def test_migrate_refuses_a_newer_schema(
    cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / "runs.db") as connection:
        connection.execute(f'UPDATE "{version_table_name("runnable")}" SET version_num = ?', ("9999",))
    config = str(database_config(tmp_path))
    result = cli("store", "migrate", "-c", config)
    assert result.exit_code == 2
    assert "9999" in result.stderr and "Upgrade runnable" in result.stderr
    doctor = cli("doctor", "--json", "-c", config)
    assert doctor.exit_code == 2
    assert json.loads(doctor.stdout)["run_log_store"]["check"]["schema_revision"] == "9999"


def test_migrate_a_store_without_schema(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "fs.yaml").write_text("run-log-store:\n  type: file-system\n")
    result = cli("store", "migrate", "-c", "fs.yaml")
    assert result.exit_code == 0
    assert "nothing to migrate" in result.stdout


# --------------------------------------------------------------------------- doctor


def test_doctor_with_built_in_defaults(cli: Callable[..., Result]) -> None:
    result = cli("doctor")
    assert result.exit_code == 0, result.stderr
    assert "built-in defaults" in result.stdout
    assert "sqlite:///.run_log_store/runs.db" in result.stdout
    assert "Check: ok" in result.stdout
    report = json.loads(cli("doctor", "--json").stdout)
    assert report["configuration"]["file"] is None
    assert report["services"]["run_log_store"]["plugin"] == "database"
    assert report["run_log_store"]["check"]["reachable"] is True


def test_doctor_reports_counts(
    cli: Callable[..., Result], database: DatabaseRunLogStore, tmp_path: Path
) -> None:
    result = cli("doctor", "--json", "-c", str(database_config(tmp_path)))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["configuration"]["reason"] == "from the --config option"
    check = report["run_log_store"]["check"]
    assert check["runs"] == 4 and check["runs_by_status"] == {"SUCCESS": 4}
    assert check["schema_revision"] == SCHEMA_VERSION


def test_doctor_on_a_file_store(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "runnable-config.yaml").write_text("run-log-store:\n  type: file-system\n")
    result = cli("doctor")
    assert result.exit_code == 0, result.stderr
    assert "runnable-config.yaml in the working directory" in result.stdout
    assert "reachable: True" in result.stdout


def test_doctor_masks_secrets_and_reports_an_unreachable_store(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "pg.yaml").write_text(
        "run-log-store:\n  type: database\n  config:\n"
        "    connection_string: postgresql+psycopg://alice:${DB_PASSWORD}@127.0.0.1:9/runs\n"
        "    timeout_seconds: 1\n"
    )
    result = cli("doctor", "-c", "pg.yaml", env={"DB_PASSWORD": "hunter2-secret-value"})
    assert result.exit_code == 1
    everything = result.stdout + result.stderr
    assert "hunter2-secret-value" not in everything
    assert "${DB_PASSWORD}" in everything  # the configuration as written
    assert "alice:********@127.0.0.1" in everything  # the store's own summary
    assert "Check: FAILED" in result.stdout
    assert "reachable: False" in result.stdout


def test_doctor_lists_every_broken_service(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs\n    colour: blue\n"
        "catalog:\n  type: no-such-catalog\n"
    )
    result = cli("doctor", "--json", "-c", "broken.yaml")
    assert result.exit_code == 2
    services: dict[str, Any] = json.loads(result.stdout)["services"]
    assert "colour" in services["run_log_store"]["error"]
    assert "no-such-catalog" in services["catalog"]["error"]
    assert "error" not in services["secrets"]
