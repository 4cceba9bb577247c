"""What each database needs done right: SQLite's locking and pragmas, PostgreSQL's timeouts and reconnects."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from runnable import defaults, exceptions
from runnable.run_log_store.sql import DatabaseRunLogStore, transactions
from runnable.run_log_store.sql.dialects import dialect_for
from sql_statements import recorded_statements

# --------------------------------------------------------------------------- SQLite


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[DatabaseRunLogStore]:
    store = DatabaseRunLogStore(connection_string=f"sqlite:///{tmp_path / 'runs.db'}", timeout_seconds=1)
    store.create_run_log("run")
    yield store
    store.close()


@contextmanager
def write_lock_held(store: DatabaseRunLogStore, begin: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
    """Another connection holding the database's write lock (as a busy writer process would)."""
    path = sa.engine.make_url(store.connection_string).database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(f"BEGIN {begin}")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def test_sqlite_connections_use_wal_normal_sync_foreign_keys_and_busy_timeout(
    sqlite_store: DatabaseRunLogStore,
) -> None:
    with sqlite_store._db().engine().connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma == {"journal_mode": "wal", "synchronous": 1, "foreign_keys": 1, "busy_timeout": 1000}


def test_sqlite_writes_begin_immediate_and_reads_begin_deferred(sqlite_store: DatabaseRunLogStore) -> None:
    with recorded_statements() as writes:
        sqlite_store.add_step_log(sqlite_store.create_step_log("s", "s"), "run")
    with recorded_statements() as reads:
        sqlite_store.get_run_log_by_id("run", full=True)
    assert writes[0] == "BEGIN IMMEDIATE"
    assert reads[0] == "BEGIN"
    assert "BEGIN IMMEDIATE" not in reads


def test_sqlite_readers_are_not_blocked_by_a_writer(
    sqlite_store: DatabaseRunLogStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.01,))
    # EXCLUSIVE: the lock a writer holds while it commits. Without WAL it shuts every reader out
    # (they would wait out the busy timeout and fail); with WAL readers see the last commit.
    with write_lock_held(sqlite_store, "EXCLUSIVE") as other:
        other.execute(f"UPDATE {sqlite_store.tables.runs.name} SET tag = 'uncommitted'")
        assert sqlite_store.get_run_log_by_id("run").tag == ""
        assert [run.run_id for run in sqlite_store.get_run_logs()] == ["run"]


def test_sqlite_locked_database_is_retried_then_reported(
    sqlite_store: DatabaseRunLogStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.01,))
    with write_lock_held(sqlite_store), pytest.raises(exceptions.StoreUnavailableError) as caught:
        sqlite_store.update_run_log_status("run", defaults.SUCCESS)
    message = str(caught.value)
    assert "database is locked" in message and "runs.db" in message and "(2 attempts in" in message
    assert sqlite_store.get_run_log_by_id("run").status == defaults.CREATED


def test_sqlite_lock_released_during_retries_lets_the_write_through(
    sqlite_store: DatabaseRunLogStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.2,) * 10)
    attempts: list[str] = []
    with write_lock_held(sqlite_store) as other:

        def release_after_first_failure(*args: Any, **kwargs: Any) -> None:
            attempts.append("failed")
            if other.in_transaction:
                other.execute("ROLLBACK")

        # The retry loop logs each failed attempt: that is where a busy writer "finishes".
        monkeypatch.setattr(transactions.logger, "debug", release_after_first_failure)
        sqlite_store.update_run_log_status("run", defaults.SUCCESS)
    assert attempts == ["failed"]  # one attempt hit the lock, the retry went through
    assert sqlite_store.get_run_log_by_id("run").status == defaults.SUCCESS


def test_sqlite_memory_database_is_one_database_for_every_thread() -> None:
    store = DatabaseRunLogStore(connection_string="sqlite:///:memory:")
    store.create_run_log("shared")
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(store.get_run_log_by_id("shared").run_id))
    thread.start()
    thread.join(timeout=30)
    assert seen == ["shared"]
    store.close()
    assert store.get_run_logs() == []  # closing discarded it; the store starts a new, empty one
    store.close()
    other = DatabaseRunLogStore(connection_string="sqlite:///:memory:")
    assert other.get_run_logs() == []  # each store object has its own memory database
    other.close()


# --------------------------------------------------------------------------- PostgreSQL

RUN = "run"


def store_with_one_run(url: str) -> Iterator[DatabaseRunLogStore]:
    """A store on a session's server, with a fresh table prefix and one run, ``RUN``."""
    store = DatabaseRunLogStore(
        connection_string=url,
        table_name=f"dialect_{uuid.uuid4().hex[:12]}",
        timeout_seconds=2,
        max_connections=3,
    )
    store.create_run_log(RUN)
    yield store
    store.close()


@pytest.fixture
def postgres_store(postgres_url: str) -> Iterator[DatabaseRunLogStore]:
    yield from store_with_one_run(postgres_url)


@pytest.mark.postgres
def test_postgres_timeouts_and_pool_follow_the_config(postgres_store: DatabaseRunLogStore) -> None:
    engine = postgres_store._db().engine()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "2s"
    assert engine.pool.size() == 3  # type: ignore[attr-defined]
    assert engine.url.drivername == "postgresql+psycopg"


@pytest.mark.postgres
def test_postgres_dropped_connections_are_replaced(
    postgres_store: DatabaseRunLogStore, postgres_url: str
) -> None:
    run_id = RUN
    postgres_store.get_run_log_by_id(run_id)  # a pooled connection now exists
    admin = sa.create_engine(postgres_url)
    with admin.connect() as connection:
        killed = connection.exec_driver_sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).scalar()
    admin.dispose()
    assert killed and killed >= 1
    postgres_store.update_run_log_status(run_id, defaults.SUCCESS)
    assert postgres_store.get_run_log_by_id(run_id).status == defaults.SUCCESS


@pytest.mark.postgres
def test_postgres_statement_timeout_is_reported_not_hung(
    postgres_store: DatabaseRunLogStore, postgres_url: str
) -> None:
    run_id = RUN
    admin = sa.create_engine(postgres_url)
    with admin.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"LOCK TABLE {postgres_store.tables.runs.name} IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(exceptions.StoreUnavailableError, match="did not finish in time") as caught:
            postgres_store.update_run_log_status(run_id, defaults.SUCCESS)
    admin.dispose()
    assert "timeout" in str(caught.value)
    assert str(sa.engine.make_url(postgres_url).password) not in str(caught.value)
    postgres_store.update_run_log_status(run_id, defaults.SUCCESS)
    assert postgres_store.get_run_log_by_id(run_id).status == defaults.SUCCESS


# --------------------------------------------------------------------------- MySQL / MariaDB


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("mysql://u:p@db/runs", "mysql+pymysql"),
        ("mariadb://u:p@db/runs", "mariadb+pymysql"),
        ("mysql+pymysql://u:p@db/runs?charset=utf8mb4", "mysql+pymysql"),
    ],
)
def test_mysql_urls_use_pymysql_and_utf8mb4(given: str, driver: str) -> None:
    dialect = dialect_for(given)
    assert dialect.url.drivername == driver
    assert dialect.url.query["charset"] == "utf8mb4"
    assert "p@" not in dialect.display


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("mariadb+mariadbconnector://u:p%40ss@127.0.0.1:1/runs", "mariadb+pymysql://"),
        ("mysql+mysqldb://u:p%40ss@127.0.0.1:1/runs", "runnable[mysql]"),
        ("postgresql+pg8000://u:p%40ss@127.0.0.1:1/runs", "runnable[postgres]"),
    ],
)
def test_a_driver_that_is_not_installed_is_named_with_what_to_install(url: str, hint: str) -> None:
    store = DatabaseRunLogStore(connection_string=url)

    with pytest.raises(exceptions.ConfigurationError) as raised:
        store.create_run_log("r1")

    message = str(raised.value)
    assert "is not installed" in message and hint in message
    assert "p%40ss" not in message and "p@ss" not in message


@pytest.fixture
def mariadb_store(mariadb_url: str) -> Iterator[DatabaseRunLogStore]:
    yield from store_with_one_run(mariadb_url)


@pytest.mark.mariadb
def test_mariadb_sessions_follow_the_config(mariadb_store: DatabaseRunLogStore) -> None:
    engine = mariadb_store._db().engine()
    with engine.connect() as connection:
        settings = connection.exec_driver_sql(
            "SELECT @@SESSION.innodb_lock_wait_timeout, @@SESSION.max_statement_time, @@SESSION.tx_isolation"
        ).one()
    assert (int(settings[0]), float(settings[1]), settings[2]) == (2, 2.0, "READ-COMMITTED")
    assert engine.pool.size() == 3  # type: ignore[attr-defined]


@pytest.mark.mariadb
def test_mariadb_keys_up_to_their_limit_are_kept_and_longer_ones_refused(
    mariadb_store: DatabaseRunLogStore,
) -> None:
    from runnable.models import JsonParameter
    from runnable.run_log_store.sql.schema import MYSQL_KEY_LENGTH

    name = "p" * MYSQL_KEY_LENGTH
    step = "s" * MYSQL_KEY_LENGTH
    mariadb_store.set_parameters(RUN, {name: JsonParameter(value="v" * 5_000_000)})
    mariadb_store.add_step_log(mariadb_store.create_step_log(step, step), RUN)
    stored = mariadb_store.get_run_log_by_id(RUN, full=True)
    assert list(stored.steps) == [step] and stored.parameters[name].get_value() == "v" * 5_000_000
    mariadb_store.create_run_log("tagged", tag="t" * 255)
    with pytest.raises(exceptions.RunLogStoreError, match="too long") as caught:
        mariadb_store.create_run_log("over", tag="t" * 256)
    assert "Traceback" not in str(caught.value)
    with pytest.raises(exceptions.RunLogNotFoundError):
        mariadb_store.get_run_log_by_id("over")


@pytest.mark.mariadb
def test_mariadb_statement_timeout_is_reported_not_hung(
    mariadb_store: DatabaseRunLogStore, mariadb_url: str
) -> None:
    # A table lock held elsewhere: the write waits on a metadata lock, which only the session's
    # statement timeout (max_statement_time) ends.
    admin = sa.create_engine(mariadb_url)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"LOCK TABLES {mariadb_store.tables.runs.name} WRITE")
        with pytest.raises(exceptions.StoreUnavailableError, match="did not finish in time") as caught:
            mariadb_store.update_run_log_status(RUN, defaults.SUCCESS)
        connection.exec_driver_sql("UNLOCK TABLES")
    admin.dispose()
    assert "max_statement_time" in str(caught.value)
    assert str(sa.engine.make_url(mariadb_url).password) not in str(caught.value)
    mariadb_store.update_run_log_status(RUN, defaults.SUCCESS)
    assert mariadb_store.get_run_log_by_id(RUN).status == defaults.SUCCESS


@pytest.mark.mariadb
def test_mariadb_a_value_inserted_twice_keeps_its_row_as_it_was(mariadb_store: DatabaseRunLogStore) -> None:
    # Two writers of a run may insert the same large value at once: the second insert changes nothing.
    database, tables = mariadb_store._db(), mariadb_store.tables
    with database.engine().begin() as connection:
        run_pk = connection.execute(
            sa.select(tables.runs.c.id).where(tables.runs.c.run_id == RUN)
        ).scalar_one()
        row = {"run_pk": run_pk, "digest": "d" * 32, "body": b"the same bytes", "compressed": False}
        for _ in range(2):
            connection.execute(database.dialect.insert_new(tables.values, ["run_pk", "digest"]), [row])
        stored = connection.execute(
            sa.select(tables.values.c.run_pk, tables.values.c.digest, tables.values.c.body)
        ).all()
    assert [tuple(found) for found in stored] == [(run_pk, "d" * 32, b"the same bytes")]
