"""A damaged run, on every store: listings skip it with one warning, reading it names it, others are intact.

The damage is done behind the store's back (a hand edit, a bad disk, another tool): a header whose
timestamp is not one, a status runnable never records. Issue 19 item 4: one SQLite row with a bad
``created_at`` made ``runs list`` fail for every run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_support import (  # noqa: F401  (fixtures are found by name)
    LOCAL_STORES,
    any_store,
    build_store,
    damage_header,
    store_kind,
)
from typer.testing import CliRunner

from runnable import exceptions
from runnable.cli import app
from runnable.models import JsonParameter, RunLog, StepAttempt, StepLog
from runnable.run_log_store.base import BaseRunLogStore
from store_sections import store_section

T0 = datetime(2026, 3, 1, tzinfo=timezone.utc)


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        header[field] = value

    return change


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "created_at-not-a-timestamp": _set("created_at", "garbage"),
    "updated_at-a-number": _set("updated_at", 12345),
    "created_at-impossible-date": _set("created_at", "2026-13-45T99:00:00"),
    "unknown-status": _set("status", "WEIRD"),
    "status-sql-like": _set("status", "SUCCESS' OR '1'='1"),
}
# PostgreSQL's timestamptz column cannot hold a bad timestamp: only the status can be damaged there.
_TIMESTAMP_DAMAGE = [name for name in DAMAGE if "_at-" in name]
_ON_OBJECT_STORES = ("created_at-not-a-timestamp", "unknown-status")


def _three_runs(store: BaseRunLogStore) -> dict[str, RunLog]:
    runs = {}
    for index, run_id in enumerate(["first", "damaged", "last"]):
        step = StepLog(
            name="train",
            internal_name="train",
            status="SUCCESS",
            attempts=[StepAttempt(status="SUCCESS", output_parameters={"x": JsonParameter(value=index)})],
        )
        run_log = RunLog(
            run_id=run_id,
            tag="t",
            status="SUCCESS",
            created_at=T0 + timedelta(minutes=index),
            updated_at=T0 + timedelta(minutes=index),
            parameters={"x": JsonParameter(value=index)},
            steps={"train": step},
        )
        store.put_run_log(run_log)
        runs[run_id] = store.get_run_log_by_id(run_id, full=True)
    return runs


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_header_is_skipped_in_listings_and_named_when_read(
    any_store: BaseRunLogStore,  # noqa: F811
    damage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    database = str(getattr(any_store, "connection_string", ""))
    if damage in _TIMESTAMP_DAMAGE and database.startswith("postgres"):
        pytest.skip("a timestamptz column holds timestamps only")
    if damage == "updated_at-a-number" and not database.startswith("sqlite"):
        pytest.skip("in JSON a number is a valid (Unix) timestamp")
    if "S3" in type(any_store).__name__ and damage not in _ON_OBJECT_STORES:
        pytest.skip("the object stores decode every header field the same way: two cases suffice")
    before = _three_runs(any_store)
    damage_header(any_store, "damaged", DAMAGE[damage])

    for full in (False, True):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            listed = any_store.get_run_logs(full=full)
        assert [run.run_id for run in listed] == ["last", "first"], store_kind(any_store)
        warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
        assert len(warnings) == 1 and "'damaged'" in warnings[0].getMessage()

    # Filters go through the same decoding: a damaged run never matches as if valid.
    assert [run.run_id for run in any_store.get_run_logs(status="SUCCESS")] == ["last", "first"]
    assert any_store.get_run_logs(status="WEIRD") == []

    # A damaged run as the cursor of a page: no crash; either a page without it or "not found".
    try:
        after = [run.run_id for run in any_store.get_run_logs(after="damaged")]
    except (exceptions.RunLogNotFoundError, exceptions.CorruptedRunLogError):
        pass
    else:
        assert "damaged" not in after

    with pytest.raises(exceptions.CorruptedRunLogError) as caught:
        any_store.get_run_log_by_id("damaged", full=True)
    message = str(caught.value)
    assert caught.value.run_id == "damaged" and "'damaged'" in message and "\n" not in message
    assert "restore it from a backup or delete the run" in message

    # Nothing already stored is lost: the other runs read back exactly as written.
    for run_id in ("first", "last"):
        assert any_store.get_run_log_by_id(run_id, full=True) == before[run_id]


@pytest.mark.parametrize("kind", LOCAL_STORES)
def test_runs_list_and_show_with_a_damaged_run(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> None:
    """Through the CLI: the list still lists (exit 0, one warning), show names the run (exit 1)."""
    store = build_store(kind, tmp_path, request)
    _three_runs(store)
    damage_header(store, "damaged", DAMAGE["created_at-not-a-timestamp"])
    config = tmp_path / "config.yaml"
    section = store_section("sqlite" if kind == "sqlite" else kind, tmp_path)
    config.write_text(yaml.safe_dump({"run-log-store": section}))
    runner = CliRunner()

    with caplog.at_level(logging.WARNING):
        listing = runner.invoke(app, ["runs", "list", "--json", "-c", str(config)])
    assert listing.exit_code == 0, listing.output
    assert [run["run_id"] for run in yaml.safe_load(listing.stdout)] == ["last", "first"]
    assert [record.getMessage().count("'damaged'") for record in caplog.records] == [1]
    assert "Traceback" not in listing.stderr

    shown = runner.invoke(app, ["runs", "show", "damaged", "-c", str(config)])
    assert shown.exit_code == 1
    assert "run 'damaged' is corrupted" in shown.stderr and "created_at" in shown.stderr
    assert "Traceback" not in shown.output + shown.stderr
    assert runner.invoke(app, ["runs", "show", "first", "-c", str(config)]).exit_code == 0
