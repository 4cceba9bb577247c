"""The database store beyond the shared contract: configuration, cost, payloads, queries, operations."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pydantic import ValidationError

from runnable import defaults, exceptions
from runnable.models import BranchLog, JsonParameter, MetricParameter, RunLog, RunLogFilter, StepLog
from runnable.plugins import build_service, service_spec
from runnable.run_log_store.sql import DatabaseRunLogStore, codec, transactions
from runnable.testing import assert_same_run_log, example_run_log

StoreFactory = Callable[..., DatabaseRunLogStore]

POSTGRES = pytest.param("postgresql", marks=pytest.mark.postgres)
MARIADB = pytest.param("mariadb", marks=pytest.mark.mariadb)
SHARED = ["sqlite-file", POSTGRES, MARIADB]
ALL = ["sqlite-file", "sqlite-memory", POSTGRES, MARIADB]

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


@contextmanager
def statements() -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement (with its parameters) any engine sends while the block runs."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((statement, parameters))

    sa.event.listen(sa.Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", record)


@contextmanager
def direct(url: str) -> Iterator[sa.Connection]:
    """A connection of our own to the store's database, to look at or damage its rows."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def run_with_steps(run_id: str, steps: int, created_at: datetime = T0) -> RunLog:
    parameters = {"lr": JsonParameter(value=0.1)}
    run_log = RunLog(run_id=run_id, parameters=parameters, created_at=created_at, updated_at=created_at)
    run_log.insert_step_log(StepLog(name="map", internal_name="map", step_type=defaults.MAP))
    for index in range(steps):
        branch = f"map.{index}"
        parameters = {"i": JsonParameter(value=index)}
        run_log.insert_branch_log(BranchLog(internal_name=branch, parameters=parameters))
        run_log.insert_step_log(StepLog(name="task", internal_name=f"{branch}.task"))
    return run_log


# --------------------------------------------------------------------------- configuration


def test_defaults_are_the_guides_fields() -> None:
    store = DatabaseRunLogStore()
    assert store.connection_string == defaults.DEFAULT_SQLITE_URL
    assert (store.table_name, store.retention_days, store.enable_compression) == ("runnable", 90, True)
    assert (store.max_connections, store.timeout_seconds, store.supports_parallel_writes) == (20, 30, True)


def test_default_sqlite_file_is_created_with_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = DatabaseRunLogStore()
    store.create_run_log("first")
    store.close()
    assert (tmp_path / ".run_log_store" / "runs.db").is_file()


@pytest.mark.parametrize("table_name", ["runnable", "_x", "Team_A_runs", "a" + "b" * 40])
def test_table_name_accepts_identifiers(table_name: str) -> None:
    assert DatabaseRunLogStore(table_name=table_name).table_name == table_name


@pytest.mark.parametrize(
    "table_name",
    ["", "1runs", "runs; DROP TABLE x", 'runs"', "runs-log", "schema.runs", "a" + "b" * 41, "rüns", "runs\n"],
)
def test_table_name_rejects_anything_else(table_name: str) -> None:
    with pytest.raises(ValidationError, match="table_name") as caught:
        DatabaseRunLogStore(table_name=table_name)
    assert "letter or underscore" in str(caught.value)


def test_connection_string_must_be_a_supported_database() -> None:
    with pytest.raises(ValidationError, match="supports mariadb, mysql, postgresql, sqlite, not 'oracle'"):
        DatabaseRunLogStore(connection_string="oracle://u@h/db")
    with pytest.raises(ValidationError, match="not a database URL") as caught:
        DatabaseRunLogStore(connection_string="secret-password-here")
    assert "secret-password-here" not in str(caught.value)


def test_password_is_masked_in_summary_config_and_validation_errors() -> None:
    url = "postgresql+psycopg://alice:s3cr3t-pw@db.example.org:5432/runs?sslmode=require"
    store = DatabaseRunLogStore(connection_string=url)
    summary, masked = store.get_summary(), store.masked_config()
    assert (
        summary["Connection"]
        == "postgresql+psycopg://alice:********@db.example.org:5432/runs?sslmode=require"
    )
    assert masked["connection_string"] == summary["Connection"]
    assert "s3cr3t-pw" not in repr(summary) + repr(masked)
    with pytest.raises(ValidationError) as caught:
        DatabaseRunLogStore(connection_string=url, max_connections="many")
    assert "s3cr3t-pw" not in str(caught.value)


def test_in_memory_database_does_not_claim_parallel_writes() -> None:
    assert DatabaseRunLogStore(connection_string="sqlite:///:memory:").supports_parallel_writes is False
    assert DatabaseRunLogStore(connection_string="sqlite:///runs.db").supports_parallel_writes is True


def test_plain_postgresql_url_uses_psycopg_3() -> None:
    store = DatabaseRunLogStore(connection_string="postgresql://u@localhost/db")
    assert store._db().dialect.url.drivername == "postgresql+psycopg"


@pytest.mark.parametrize("backend", SHARED)
def test_prefixes_keep_stores_apart(make_store: StoreFactory) -> None:
    first, second = make_store(table_name="team_a"), make_store(table_name="team_b")
    first.create_run_log("same-id", tag="a")
    second.create_run_log("same-id", tag="b")
    assert first.get_run_log_by_id("same-id").tag == "a"
    assert second.get_run_log_by_id("same-id").tag == "b"
    assert [r.run_id for r in first.get_run_logs()] == ["same-id"]


# --------------------------------------------------------------------------- processes


@pytest.mark.parametrize("backend", SHARED)
def test_store_pickles_and_rebuilds_from_its_config(make_store: StoreFactory) -> None:
    store = make_store()
    store.create_run_log("pickled")
    copy = pickle.loads(pickle.dumps(store))
    assert copy.get_run_log_by_id("pickled").run_id == "pickled"
    rebuilt = build_service(service_spec(store))
    assert rebuilt.get_run_log_by_id("pickled").run_id == "pickled"
    for other in (copy, rebuilt):
        assert isinstance(other, DatabaseRunLogStore)
        other.close()


def _record_from_forked_child(store: DatabaseRunLogStore) -> None:
    store.add_step_log(store.create_step_log("child", "child"), "forked")


@pytest.mark.parametrize("backend", SHARED)
def test_forked_child_uses_its_own_connections(make_store: StoreFactory) -> None:
    store = make_store()
    store.create_run_log("forked")  # the parent's pool now holds a connection
    child = multiprocessing.get_context("fork").Process(target=_record_from_forked_child, args=(store,))
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0
    store.add_step_log(store.create_step_log("parent", "parent"), "forked")
    assert list(store.get_run_log_by_id("forked", full=True).steps) == ["child", "parent"]


# --------------------------------------------------------------------------- cost


@pytest.mark.parametrize("backend", SHARED)
def test_recording_a_step_costs_the_same_in_small_and_large_runs(make_store: StoreFactory) -> None:
    store = make_store()
    store.put_run_log(run_with_steps("small", 1))
    store.put_run_log(run_with_steps("large", 500))

    def cost(run_id: str) -> list[list[tuple[str, Any]]]:
        costs = []
        writes: list[Callable[[], None]] = [
            lambda: store.add_step_log(store.create_step_log("new", "new"), run_id),
            lambda: store.add_step_log(store.create_step_log("deep", "map.0.deep"), run_id),
            lambda: store.add_branch_log(store.create_branch_log("map.new"), run_id),
            lambda: store.set_parameters(run_id, {"m": MetricParameter(value=1)}, "map.0"),
            lambda: store.update_run_log_status(run_id, defaults.SUCCESS),
            lambda: store.set_run_config(run_id, {"k": 1}),
        ]
        for write in writes:
            with statements() as seen:
                write()
            costs.append(seen)
        return costs

    small, large = cost("small"), cost("large")
    assert [len(s) for s in small] == [len(s) for s in large]
    # Touch the run row, check the parent, upsert: a handful of statements, none a whole-run read.
    assert max(len(s) for s in large) <= 5


@pytest.mark.parametrize("backend", SHARED)
def test_reading_a_whole_run_takes_a_fixed_number_of_queries(make_store: StoreFactory) -> None:
    store = make_store()
    store.put_run_log(run_with_steps("small", 1))
    store.put_run_log(run_with_steps("large", 500))
    counts = {}
    for run_id in ("small", "large"):
        with statements() as seen:
            run_log = store.get_run_log_by_id(run_id, full=True)
        counts[run_id] = len(seen)
        assert_same_run_log(run_log, run_with_steps(run_id, 1 if run_id == "small" else 500))
    assert counts["small"] == counts["large"] <= 4
    with statements() as seen:
        store.get_run_logs(full=True)
    assert len(seen) <= 4


# --------------------------------------------------------------------------- payloads


def _stored_flags(url: str, store: DatabaseRunLogStore) -> dict[str, bool]:
    runs, chunks, parameters = store.tables.runs, store.tables.chunks, store.tables.parameters
    with direct(url) as connection:
        flags = {"run": connection.execute(sa.select(runs.c.body_compressed)).scalar_one()}
        for name, compressed in connection.execute(sa.select(chunks.c.internal_name, chunks.c.compressed)):
            flags[name] = compressed
        for name, compressed in connection.execute(sa.select(parameters.c.name, parameters.c.compressed)):
            flags[f"parameter {name}"] = compressed
        for compressed in connection.execute(sa.select(store.tables.values.c.compressed)).scalars():
            flags["a value kept apart"] = compressed
    return flags


@pytest.mark.parametrize("backend", SHARED)
def test_large_bodies_are_compressed_and_read_back(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store()
    run_log = RunLog(run_id="big", run_config={"notes": "n" * 50_000})
    run_log.insert_step_log(StepLog(name="small", internal_name="small"))
    run_log.insert_step_log(StepLog(name="large", internal_name="large", message="m" * 100_000))
    run_log.parameters = {"tiny": JsonParameter(value=1), "huge": JsonParameter(value=list(range(50_000)))}
    store.put_run_log(run_log)
    assert _stored_flags(backend_url, store) == {
        "run": True,
        "small": False,
        "large": True,
        "parameter tiny": False,
        "parameter huge": False,  # its row refers to the value, kept in the values table
        "a value kept apart": True,
    }
    assert_same_run_log(store.get_run_log_by_id("big", full=True), run_log)


@pytest.mark.parametrize("backend", SHARED)
def test_a_run_header_rewritten_past_the_threshold_is_compressed(
    make_store: StoreFactory, backend_url: str
) -> None:
    # set_run_config and add_job_log rewrite the header in place (read, change, write back).
    store = make_store()
    store.create_run_log("grows")
    assert _stored_flags(backend_url, store) == {"run": False}
    store.set_run_config("grows", {"notes": "n" * 50_000})
    assert _stored_flags(backend_url, store) == {"run": True}
    job_log = store.create_job_log()
    job_log.status, job_log.message = defaults.SUCCESS, "m" * 20_000
    store.add_job_log("grows", job_log)
    with direct(backend_url) as connection:
        compressed, body = connection.execute(
            sa.select(store.tables.runs.c.body_compressed, store.tables.runs.c.body)
        ).one()
    assert compressed is True and len(body) < codec.COMPRESSION_THRESHOLD
    header = store.get_run_log_by_id("grows")
    assert header.run_config["notes"] == "n" * 50_000
    assert header.job == job_log and header.status == defaults.SUCCESS


@pytest.mark.parametrize("backend", SHARED)
def test_compression_can_be_turned_off(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store(enable_compression=False)
    store.create_run_log("plain")
    store.add_step_log(StepLog(name="large", internal_name="large", message="m" * 100_000), "plain")
    assert _stored_flags(backend_url, store) == {"run": False, "large": False}
    assert store.get_step_log("large", "plain").message == "m" * 100_000


# MySQL/MariaDB bound keys and tags (docs/database.md): test_database_dialects.py checks their limits.
@pytest.mark.parametrize("backend", ["sqlite-file", "sqlite-memory", POSTGRES])
def test_values_of_any_size_are_accepted(make_store: StoreFactory) -> None:
    store = make_store()
    store.create_run_log("sizes", tag="t" * 10_000)
    value = "v" * 5_000_000
    long_name = "step_" + "x" * 2_000
    store.set_parameters("sizes", {"p" * 1_000: JsonParameter(value=value)})
    store.add_step_log(store.create_step_log(long_name, long_name), "sizes")
    stored = store.get_run_log_by_id("sizes", full=True)
    assert stored.parameters["p" * 1_000].get_value() == value
    assert list(stored.steps) == [long_name]
    assert stored.tag == "t" * 10_000


@pytest.mark.parametrize("backend", SHARED)
def test_a_corrupted_row_names_the_run_and_hides_no_other_run(
    make_store: StoreFactory, backend_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = make_store()
    store.put_run_log(example_run_log("damaged", created_at=T0))
    store.put_run_log(example_run_log("intact", created_at=T0 + timedelta(hours=1)))
    chunks, runs = store.tables.chunks, store.tables.runs
    damaged_pk = sa.select(runs.c.id).where(runs.c.run_id == "damaged").scalar_subquery()
    with direct(backend_url) as connection:
        connection.execute(
            sa.update(chunks)
            .where(chunks.c.run_pk == damaged_pk, chunks.c.internal_name == "outer.right")
            .values(body=b"\x00not json")
        )
    with pytest.raises(exceptions.CorruptedRunLogError, match="damaged") as caught:
        store.get_run_log_by_id("damaged", full=True)
    assert "outer.right" in str(caught.value)
    assert store.get_run_log_by_id("damaged").run_id == "damaged"  # the header is intact
    with caplog.at_level(logging.WARNING):
        listed = store.get_run_logs(full=True)
    assert [r.run_id for r in listed] == ["intact"]
    assert "damaged" in caplog.text


# --------------------------------------------------------------------------- queries


@pytest.mark.parametrize("backend", ALL)
def test_parameter_filters_agree_with_python_equality(make_store: StoreFactory) -> None:
    store = make_store()
    values: list[Any] = [1, 1.0, True, 0, False, "1", 0.1, [1, 2], {"a": 1, "b": [True]}, None, 2**60]
    for index, value in enumerate(values):
        run_log = RunLog(
            run_id=f"v{index}",
            created_at=T0 + timedelta(seconds=index),
            parameters={"x": JsonParameter(value=value), "m": MetricParameter(value=index)},
        )
        store.put_run_log(run_log)
    everything = store.get_run_logs()
    for wanted in [*values, 1.5, "missing", [2, 1], {"b": [1], "a": 1.0}, object()]:
        expected = [r.run_id for r in RunLogFilter(parameters={"x": wanted}).select(everything)]
        assert [r.run_id for r in store.get_run_logs(parameters={"x": wanted})] == expected, wanted
    assert [r.run_id for r in store.get_run_logs(parameters={"x": 0.1, "m": 6})] == ["v6"]
    assert store.get_run_logs(parameters={"x": 0.1, "m": 5}) == []


@pytest.mark.parametrize("backend", ALL)
def test_branch_parameters_do_not_match_run_filters(make_store: StoreFactory) -> None:
    store = make_store()
    store.put_run_log(run_with_steps("branchy", 3))  # branch parameter i = 0, 1, 2
    assert store.get_run_logs(parameters={"i": 1}) == []
    assert [r.run_id for r in store.get_run_logs(parameters={"lr": 0.1})] == ["branchy"]


def test_listings_are_served_from_indexes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = DatabaseRunLogStore(connection_string=url)
    for index in range(20):
        store.put_run_log(
            RunLog(
                run_id=f"r{index}",
                tag="nightly",
                status=defaults.SUCCESS,
                created_at=T0 + timedelta(seconds=index),
                parameters={"lr": JsonParameter(value=index)},
            )
        )
    plans = {}
    for name, filters in {
        "tag+status": {"tag": "nightly", "status": defaults.SUCCESS, "limit": 50},
        "page after": {"status": defaults.SUCCESS, "limit": 5, "after": "r10"},
        "parameter": {"parameters": {"lr": 3}},
    }.items():
        with statements() as seen:
            store.get_run_logs(**filters)  # type: ignore[arg-type]
        statement, parameters = next((sql, bound) for sql, bound in seen if "ORDER BY" in sql)
        with direct(url) as connection:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
        plans[name] = " | ".join(str(row[-1]) for row in rows)
    store.close()
    assert "runnable_runs_by_tag_status" in plans["tag+status"]
    assert "runnable_runs_by_status" in plans["page after"]
    assert "runnable_parameters_by_value" in plans["parameter"]
    # Listings come out of the index already ordered: no sort, however many runs there are.
    assert "TEMP B-TREE" not in plans["tag+status"] + plans["page after"], plans


# --------------------------------------------------------------------------- retention


@pytest.mark.parametrize("backend", ALL)
def test_purge_deletes_old_runs_and_their_rows_in_batches(make_store: StoreFactory) -> None:
    store = make_store(retention_days=30)
    now = datetime.now(timezone.utc)
    for index in range(5):
        store.put_run_log(run_with_steps(f"old{index}", 2, created_at=now - timedelta(days=40 + index)))
    store.put_run_log(run_with_steps("recent", 2, created_at=now))
    store.create_run_log("new")

    dry = store.purge(dry_run=True)
    assert (dry.dry_run, dry.runs, dry.chunks, dry.parameters) == (True, 5, 5 * 5, 5 * 3)
    assert dry.sample == ("old4", "old3", "old2", "old1", "old0")  # oldest first
    assert len(store.get_run_logs()) == 7
    assert abs((now - timedelta(days=30)) - dry.cutoff) < timedelta(minutes=5)

    with statements() as seen:
        report = store.purge(batch_size=2)
    assert (report.runs, report.chunks, report.parameters, report.sample) == (5, 25, 15, dry.sample)
    assert sum(1 for sql, _ in seen if sql.startswith("DELETE FROM") and "_runs " in sql) == 3
    assert sorted(r.run_id for r in store.get_run_logs()) == ["new", "recent"]
    assert_same_run_log(store.get_run_log_by_id("recent", full=True), run_with_steps("recent", 2, now))
    assert store.purge(older_than=timedelta(days=1)).runs == 0
    assert store.purge(older_than=timedelta(0)).runs == 2
    with pytest.raises(ValueError, match="batch_size"):
        store.purge(batch_size=0)


# --------------------------------------------------------------------------- health and errors


@pytest.mark.parametrize("backend", ALL)
def test_check_reports_connectivity_schema_and_counts(make_store: StoreFactory) -> None:
    store = make_store()
    fresh = store.check()
    assert fresh.ok and fresh.schema_revision is None and "created on first use" in fresh.note
    store.create_run_log("a")
    store.create_run_log("b", status=defaults.SUCCESS)
    health = store.check()
    assert health.ok, health.problem
    assert (health.schema_revision, health.expected_revision) == ("0003", "0003")
    assert (health.runs, health.runs_by_status) == (2, {defaults.CREATED: 1, defaults.SUCCESS: 1})
    assert health.server_version


def test_unreachable_server_is_reported_without_the_password(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.01,))
    url = "postgresql+psycopg://alice:s3cr3t-pw@127.0.0.1:9/runs"  # port 9 (discard): nothing listens
    store = DatabaseRunLogStore(connection_string=url, timeout_seconds=1)
    health = store.check()
    assert not health.reachable and "127.0.0.1" in health.problem
    with caplog.at_level(logging.DEBUG), pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.create_run_log("x")
    message = str(caught.value)
    assert "alice:********@127.0.0.1:9/runs" in message and "(2 attempts in" in message
    assert "s3cr3t-pw" not in message + health.problem + caplog.text


def test_a_file_that_is_not_a_database_raises_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    path.write_bytes(b"this is not an SQLite database" * 100)
    store = DatabaseRunLogStore(connection_string=f"sqlite:///{path}")
    with pytest.raises(exceptions.RunLogStoreError, match=r"runs\.db") as caught:
        store.get_run_logs()
    assert not isinstance(caught.value, exceptions.StoreUnavailableError)
    assert path.read_bytes() == b"this is not an SQLite database" * 100
