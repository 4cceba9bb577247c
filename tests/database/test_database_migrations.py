"""Schema versions: fresh databases, older ones, newer ones, and migrations that match schema.py."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from runnable import exceptions
from runnable.run_log_store.sql import DatabaseRunLogStore, revisions
from runnable.run_log_store.sql.schema import SCHEMA_VERSION, build_tables, version_table_name
from runnable.testing import assert_same_run_log, example_run_log

StoreFactory = Callable[..., DatabaseRunLogStore]
POSTGRES = pytest.param("postgresql", marks=pytest.mark.postgres)
MARIADB = pytest.param("mariadb", marks=pytest.mark.mariadb)
SHARED = ["sqlite-file", POSTGRES, MARIADB]


@contextmanager
def transaction(url: str) -> Iterator[sa.Connection]:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def alembic(url: str, prefix: str, action: Callable[..., Any], revision: str) -> None:
    """Run an Alembic command (upgrade, downgrade, stamp) the way the store does."""
    with transaction(url) as connection:
        action(revisions.alembic_config(connection, prefix), revision)


def revision_of(url: str, prefix: str) -> str | None:
    with transaction(url) as connection:
        context = MigrationContext.configure(connection, opts={"version_table": version_table_name(prefix)})
        return context.get_current_revision()


def test_schema_version_is_the_newest_migration() -> None:
    assert revisions.script().get_current_head() == SCHEMA_VERSION


@pytest.mark.parametrize("backend", SHARED)
def test_migrations_build_exactly_the_tables_of_schema_py(make_store: StoreFactory, backend_url: str) -> None:
    prefix = make_store().table_name
    alembic(backend_url, prefix, command.upgrade, "head")
    assert revision_of(backend_url, prefix) == SCHEMA_VERSION

    def ours(name: str | None, kind: str, parents: Any) -> bool:
        return kind != "table" or (name or "").startswith(f"{prefix}_")

    with transaction(backend_url) as connection:
        context = MigrationContext.configure(
            connection,
            opts={"version_table": version_table_name(prefix), "include_name": ours, "compare_type": True},
        )
        differences = compare_metadata(context, build_tables(prefix).metadata)
    assert differences == []


@pytest.mark.parametrize("backend", SHARED)
def test_a_fresh_database_is_created_and_stamped(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store()
    assert store.check().schema_revision is None
    store.create_run_log("first")
    assert revision_of(backend_url, store.table_name) == SCHEMA_VERSION
    assert store.migrate() == (SCHEMA_VERSION, SCHEMA_VERSION)  # already there: nothing to do


@pytest.mark.parametrize("backend", SHARED)
def test_a_fresh_schema_is_stamped_in_the_table_alembic_would_make(
    make_store: StoreFactory, backend_url: str
) -> None:
    # The store writes the revision itself, without importing alembic: same columns, key and row.
    store = make_store()
    store.create_run_log("first")
    by_alembic = f"{store.table_name}x"
    alembic(backend_url, by_alembic, command.stamp, SCHEMA_VERSION)

    def layout(prefix: str) -> tuple[Any, ...]:
        name = version_table_name(prefix)
        with transaction(backend_url) as connection:
            inspector = sa.inspect(connection)
            columns = [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(name)]
            key = inspector.get_pk_constraint(name)
            rows = connection.execute(sa.text(f"SELECT version_num FROM {name}")).scalars().all()
        return columns, key["constrained_columns"], (key["name"] or "").replace(name, "<table>"), rows

    assert layout(store.table_name) == layout(by_alembic)
    assert layout(store.table_name)[3] == [SCHEMA_VERSION]


def test_a_run_on_a_fresh_or_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    script = (
        "import sys\n"
        "from runnable.run_log_store.sql import DatabaseRunLogStore\n"
        f"store = DatabaseRunLogStore(connection_string={url!r})\n"
        "store.create_run_log(sys.argv[1])\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('alembic', 'mako')))\n"
    )
    for run_id in ("on-a-fresh-file", "on-a-current-file"):
        done = subprocess.run(
            [sys.executable, "-c", script, run_id], capture_output=True, text=True, check=True, cwd=tmp_path
        )
        assert done.stdout.strip() == "[]", done.stdout
    assert DatabaseRunLogStore(connection_string=url).check().schema_revision == SCHEMA_VERSION


def _older_database_with_a_run(make_store: StoreFactory, backend_url: str) -> str:
    """A database at revision 0001 holding one run; returns its table prefix."""
    store = make_store()
    store.put_run_log(example_run_log("kept"))
    store.close()
    alembic(backend_url, store.table_name, command.downgrade, "0001")
    assert revision_of(backend_url, store.table_name) == "0001"
    return store.table_name


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_an_older_sqlite_database_is_migrated_on_open(make_store: StoreFactory, backend_url: str) -> None:
    url = backend_url
    prefix = _older_database_with_a_run(make_store, url)
    store = make_store(table_name=prefix)
    assert_same_run_log(store.get_run_log_by_id("kept", full=True), example_run_log("kept"))
    assert revision_of(url, prefix) == SCHEMA_VERSION
    with transaction(url) as connection:
        indexes = {index["name"] for index in sa.inspect(connection).get_indexes(f"{prefix}_runs")}
    assert f"{prefix}_runs_by_tag_status" in indexes


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_older_server_database_asks_for_a_migration(make_store: StoreFactory, backend_url: str) -> None:
    prefix = _older_database_with_a_run(make_store, backend_url)
    store = make_store(table_name=prefix)
    with pytest.raises(exceptions.MigrationRequiredError) as caught:
        store.get_run_log_by_id("kept")
    message = str(caught.value)
    assert "0001" in message and SCHEMA_VERSION in message and "runnable store migrate" in message
    assert store.database in message
    assert str(sa.engine.make_url(backend_url).password) not in message
    health = store.check()
    assert (health.schema_revision, health.runs) == ("0001", 1)
    assert "runnable store migrate" in health.problem

    assert store.migrate() == ("0001", SCHEMA_VERSION)
    assert_same_run_log(store.get_run_log_by_id("kept", full=True), example_run_log("kept"))
    assert store.check().ok


@pytest.mark.parametrize("backend", SHARED)
def test_a_newer_schema_is_refused_and_left_alone(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store()
    store.put_run_log(example_run_log("kept"))
    store.close()
    version_table = version_table_name(store.table_name)
    with transaction(backend_url) as connection:
        connection.execute(sa.text(f"UPDATE {version_table} SET version_num = '0099'"))
    newer = make_store(table_name=store.table_name)
    for attempt in (lambda: newer.get_run_log_by_id("kept"), newer.migrate):
        with pytest.raises(exceptions.SchemaVersionError, match=r"0099.*newer") as caught:
            attempt()
        assert not isinstance(caught.value, exceptions.MigrationRequiredError)
    assert "newer" in newer.check().problem
    assert revision_of(backend_url, store.table_name) == "0099"
    with transaction(backend_url) as connection:
        connection.execute(sa.text(f"UPDATE {version_table} SET version_num = '{SCHEMA_VERSION}'"))
    assert_same_run_log(newer.get_run_log_by_id("kept", full=True), example_run_log("kept"))


@pytest.mark.parametrize("backend", SHARED)
def test_foreign_tables_with_our_names_are_refused(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store()
    with transaction(backend_url) as connection:
        connection.execute(sa.text(f"CREATE TABLE {store.table_name}_runs (something INTEGER)"))
    with pytest.raises(exceptions.SchemaVersionError, match=f"{store.table_name}_runs.*table_name"):
        store.create_run_log("x")


@pytest.mark.parametrize("backend", SHARED)
def test_many_stores_opening_a_fresh_database_at_once(make_store: StoreFactory, backend_url: str) -> None:
    prefix = make_store().table_name
    stores = [make_store(table_name=prefix) for _ in range(6)]
    barrier = threading.Barrier(len(stores))
    failures: list[BaseException] = []

    def open_and_write(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            stores[index].create_run_log(f"run-{index}")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert sorted(r.run_id for r in stores[0].get_run_logs()) == [f"run-{i}" for i in range(6)]
    with transaction(backend_url) as connection:
        versions = connection.execute(sa.text(f"SELECT version_num FROM {version_table_name(prefix)}")).all()
    assert [tuple(row) for row in versions] == [(SCHEMA_VERSION,)]
