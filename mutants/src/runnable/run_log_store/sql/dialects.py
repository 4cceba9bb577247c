"""What differs between the databases the store runs on.

The store writes every query once in SQLAlchemy Core; a dialect only knows how
to open an engine tuned for its database, how to start a write transaction,
how to upsert, how to serialise schema changes between processes, and which
errors are worth retrying.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool, StaticPool
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Table

from runnable import defaults

# Execution option that marks a connection's next transaction as a write.
WRITE_OPTION = "runnable_write"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁSqlDialectǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁSqlDialectǁupsert__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSqlDialectǁis_transient__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSqlDialectǁis_timeout__mutmut: MutantDict = {}  # type: ignore


class SqlDialect:
    name: ClassVar[str]

    @_mutmut_mutated(mutants_xǁSqlDialectǁ__init____mutmut)
    def __init__(self, url: URL, display: str) -> None:
        self.url = url
        # The connection string as messages show it (password masked).
        self.display = display
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = {}

    def xǁSqlDialectǁ__init____mutmut_orig(self, url: URL, display: str) -> None:
        self.url = url
        # The connection string as messages show it (password masked).
        self.display = display
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = {}

    def xǁSqlDialectǁ__init____mutmut_1(self, url: URL, display: str) -> None:
        self.url = None
        # The connection string as messages show it (password masked).
        self.display = display
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = {}

    def xǁSqlDialectǁ__init____mutmut_2(self, url: URL, display: str) -> None:
        self.url = url
        # The connection string as messages show it (password masked).
        self.display = None
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = {}

    def xǁSqlDialectǁ__init____mutmut_3(self, url: URL, display: str) -> None:
        self.url = url
        # The connection string as messages show it (password masked).
        self.display = display
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = None

    @property
    def in_memory(self) -> bool:
        """The database lives in this process only (another process cannot see it)."""
        return False

    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        raise NotImplementedError

    @staticmethod
    def insert(table: Table) -> Any:
        """The dialect's INSERT construct (the one with ``on_conflict_do_update``)."""
        raise NotImplementedError

    @_mutmut_mutated(mutants_xǁSqlDialectǁupsert__mutmut)
    def upsert(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_orig(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_1(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = None
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_2(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(None), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_3(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(None))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_4(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = None
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_5(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(None)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_6(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is not None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_7(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = None
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_8(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(None)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_9(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = None
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_10(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=None,
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_11(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_=None,
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_12(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_13(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_14(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(None),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = statement
        return statement

    def xǁSqlDialectǁupsert__mutmut_15(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        """An INSERT that updates ``update_columns`` when a row with the same key exists.

        Built once per table and columns: building one costs several times
        more than running it.
        """
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_conflict_do_update(
                index_elements=list(key_columns),
                set_={name: insert.excluded[name] for name in update_columns},
            )
            self._upserts[key] = None
        return statement

    def read_options(self) -> dict[str, Any]:
        """Execution options for a transaction that only reads (and must see one snapshot)."""
        return {}

    def lock_schema(self, connection: Connection, prefix: str) -> None:
        """Inside a write transaction: keep other processes from changing the schema meanwhile."""

    @_mutmut_mutated(mutants_xǁSqlDialectǁis_transient__mutmut)
    def is_transient(self, error: DBAPIError) -> bool:
        """Worth retrying in a new transaction: the same statements may well succeed."""
        return bool(error.connection_invalidated)

    def xǁSqlDialectǁis_transient__mutmut_orig(self, error: DBAPIError) -> bool:
        """Worth retrying in a new transaction: the same statements may well succeed."""
        return bool(error.connection_invalidated)

    def xǁSqlDialectǁis_transient__mutmut_1(self, error: DBAPIError) -> bool:
        """Worth retrying in a new transaction: the same statements may well succeed."""
        return bool(None)

    @_mutmut_mutated(mutants_xǁSqlDialectǁis_timeout__mutmut)
    def is_timeout(self, error: DBAPIError) -> bool:
        """The database gave up after ``timeout_seconds``; not retried, as a retry would wait as long."""
        return False

    def xǁSqlDialectǁis_timeout__mutmut_orig(self, error: DBAPIError) -> bool:
        """The database gave up after ``timeout_seconds``; not retried, as a retry would wait as long."""
        return False

    def xǁSqlDialectǁis_timeout__mutmut_1(self, error: DBAPIError) -> bool:
        """The database gave up after ``timeout_seconds``; not retried, as a retry would wait as long."""
        return True

mutants_xǁSqlDialectǁ__init____mutmut['_mutmut_orig'] = SqlDialect.xǁSqlDialectǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqlDialectǁ__init____mutmut['xǁSqlDialectǁ__init____mutmut_1'] = SqlDialect.xǁSqlDialectǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁ__init____mutmut['xǁSqlDialectǁ__init____mutmut_2'] = SqlDialect.xǁSqlDialectǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁ__init____mutmut['xǁSqlDialectǁ__init____mutmut_3'] = SqlDialect.xǁSqlDialectǁ__init____mutmut_3 # type: ignore # mutmut generated

mutants_xǁSqlDialectǁupsert__mutmut['_mutmut_orig'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_1'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_2'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_3'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_4'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_5'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_6'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_7'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_8'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_9'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_10'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_11'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_12'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_13'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_14'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSqlDialectǁupsert__mutmut['xǁSqlDialectǁupsert__mutmut_15'] = SqlDialect.xǁSqlDialectǁupsert__mutmut_15 # type: ignore # mutmut generated

mutants_xǁSqlDialectǁis_transient__mutmut['_mutmut_orig'] = SqlDialect.xǁSqlDialectǁis_transient__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqlDialectǁis_transient__mutmut['xǁSqlDialectǁis_transient__mutmut_1'] = SqlDialect.xǁSqlDialectǁis_transient__mutmut_1 # type: ignore # mutmut generated

mutants_xǁSqlDialectǁis_timeout__mutmut['_mutmut_orig'] = SqlDialect.xǁSqlDialectǁis_timeout__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqlDialectǁis_timeout__mutmut['xǁSqlDialectǁis_timeout__mutmut_1'] = SqlDialect.xǁSqlDialectǁis_timeout__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSqliteDialectǁinsert__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSqliteDialectǁis_transient__mutmut: MutantDict = {}  # type: ignore


class SqliteDialect(SqlDialect):
    name = "sqlite"

    @property
    def in_memory(self) -> bool:
        database = self.url.database or ""
        return database in ("", ":memory:") or self.url.query.get("mode") == "memory"

    @_mutmut_mutated(mutants_xǁSqliteDialectǁcreate_engine__mutmut)
    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_orig(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_1(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = None
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_2(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"XXpoolclassXX": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_3(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"POOLCLASS": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_4(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=None, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_5(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=None)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_6(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_7(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, )
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_8(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(None).expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_9(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database and "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_10(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "XXXX").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_11(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=False, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_12(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=False)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_13(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = None
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_14(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "XXpoolclassXX": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_15(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "POOLCLASS": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_16(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "XXpool_sizeXX": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_17(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "POOL_SIZE": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_18(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "XXmax_overflowXX": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_19(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "MAX_OVERFLOW": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_20(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 1,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_21(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "XXpool_timeoutXX": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_22(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "POOL_TIMEOUT": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_23(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = None
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_24(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            None,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_25(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args=None,
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_26(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=None,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_27(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_28(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_29(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_30(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_31(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"XXtimeoutXX": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_32(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"TIMEOUT": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_33(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "XXcheck_same_threadXX": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_34(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "CHECK_SAME_THREAD": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_35(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": True},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_36(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=False,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_37(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = None
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_38(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(None)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_39(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds / 1000)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_40(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1001)
        in_memory = self.in_memory

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def xǁSqliteDialectǁcreate_engine__mutmut_41(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            Path(self.url.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            pool = {
                "poolclass": QueuePool,
                "pool_size": max_connections,
                "max_overflow": 0,
                "pool_timeout": timeout_seconds,
            }
        engine = create_engine(
            self.url,
            connect_args={"timeout": timeout_seconds, "check_same_thread": False},
            hide_parameters=True,
            **pool,
        )
        busy_timeout_ms = int(timeout_seconds * 1000)
        in_memory = None

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's documented recipe: take BEGIN away from the sqlite3
            # module so that we choose between BEGIN and BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            # A write takes the write lock up front: a deferred transaction that
            # reads first and writes later can fail with "database is locked"
            # without the busy timeout ever being honoured.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    @staticmethod
    @_mutmut_mutated(mutants_xǁSqliteDialectǁinsert__mutmut)
    def insert(table: Table) -> Any:
        return sqlite.insert(table)

    @staticmethod
    def xǁSqliteDialectǁinsert__mutmut_orig(table: Table) -> Any:
        return sqlite.insert(table)

    @staticmethod
    def xǁSqliteDialectǁinsert__mutmut_1(table: Table) -> Any:
        return sqlite.insert(None)

    @_mutmut_mutated(mutants_xǁSqliteDialectǁis_transient__mutmut)
    def is_transient(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_orig(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_1(self, error: DBAPIError) -> bool:
        message = None
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_2(self, error: DBAPIError) -> bool:
        message = str(error.orig).upper()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_3(self, error: DBAPIError) -> bool:
        message = str(None).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_4(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) and any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_5(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(None) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_6(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            None
        )

    def xǁSqliteDialectǁis_transient__mutmut_7(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text not in message for text in ("database is locked", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_8(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("XXdatabase is lockedXX", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_9(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("DATABASE IS LOCKED", "database is busy", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_10(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "XXdatabase is busyXX", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_11(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "DATABASE IS BUSY", "database table is locked")
        )

    def xǁSqliteDialectǁis_transient__mutmut_12(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "XXdatabase table is lockedXX")
        )

    def xǁSqliteDialectǁis_transient__mutmut_13(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "DATABASE TABLE IS LOCKED")
        )

mutants_xǁSqliteDialectǁcreate_engine__mutmut['_mutmut_orig'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_1'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_2'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_3'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_4'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_5'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_6'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_7'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_8'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_9'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_10'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_11'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_12'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_13'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_14'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_15'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_16'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_17'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_18'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_19'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_20'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_21'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_22'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_23'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_24'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_25'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_26'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_26 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_27'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_27 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_28'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_28 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_29'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_29 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_30'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_30 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_31'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_31 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_32'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_32 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_33'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_33 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_34'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_34 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_35'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_35 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_36'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_36 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_37'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_37 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_38'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_38 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_39'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_39 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_40'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_40 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁcreate_engine__mutmut['xǁSqliteDialectǁcreate_engine__mutmut_41'] = SqliteDialect.xǁSqliteDialectǁcreate_engine__mutmut_41 # type: ignore # mutmut generated

mutants_xǁSqliteDialectǁinsert__mutmut['_mutmut_orig'] = SqliteDialect.xǁSqliteDialectǁinsert__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁinsert__mutmut['xǁSqliteDialectǁinsert__mutmut_1'] = SqliteDialect.xǁSqliteDialectǁinsert__mutmut_1 # type: ignore # mutmut generated

mutants_xǁSqliteDialectǁis_transient__mutmut['_mutmut_orig'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_1'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_2'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_3'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_4'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_5'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_6'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_7'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_8'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_9'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_10'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_11'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_12'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSqliteDialectǁis_transient__mutmut['xǁSqliteDialectǁis_transient__mutmut_13'] = SqliteDialect.xǁSqliteDialectǁis_transient__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁcreate_engine__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁinsert__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁread_options__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁlock_schema__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁis_timeout__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPostgresDialectǁis_transient__mutmut: MutantDict = {}  # type: ignore


class PostgresDialect(SqlDialect):
    name = "postgresql"

    # SQLSTATEs that a retry in a new transaction cures: serialization failure,
    # deadlock, and the server shutting down or not yet accepting connections.
    TRANSIENT_STATES: ClassVar[frozenset[str]] = frozenset({"40001", "40P01", "57P01", "57P02", "57P03"})

    @_mutmut_mutated(mutants_xǁPostgresDialectǁ__init____mutmut)
    def __init__(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_orig(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_1(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername not in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_2(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("XXpostgresqlXX", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_3(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("POSTGRESQL", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_4(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "XXpostgresXX"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_5(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "POSTGRES"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_6(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = None
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_7(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername=None)
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_8(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="XXpostgresql+psycopgXX")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_9(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="POSTGRESQL+PSYCOPG")
        super().__init__(url, display)

    def xǁPostgresDialectǁ__init____mutmut_10(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(None, display)

    def xǁPostgresDialectǁ__init____mutmut_11(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, None)

    def xǁPostgresDialectǁ__init____mutmut_12(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(display)

    def xǁPostgresDialectǁ__init____mutmut_13(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, )

    @_mutmut_mutated(mutants_xǁPostgresDialectǁcreate_engine__mutmut)
    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_orig(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_1(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            None,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_2(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=None,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_3(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=None,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_4(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=None,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_5(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=None,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_6(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args=None,
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_7(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_8(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_9(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_10(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_11(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_12(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            )

    def xǁPostgresDialectǁcreate_engine__mutmut_13(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=1,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_14(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=False,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_15(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "XXconnect_timeoutXX": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_16(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "CONNECT_TIMEOUT": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_17(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "XXoptionsXX": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_18(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "OPTIONS": f"-c statement_timeout={int(timeout_seconds * 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_19(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(None):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_20(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds / 1000):d}",
            },
        )

    def xǁPostgresDialectǁcreate_engine__mutmut_21(self, max_connections: int, timeout_seconds: int) -> Engine:
        # No pool_pre_ping: a stale pooled connection fails its first statement,
        # SQLAlchemy invalidates it, and the store retries on a fresh one, so a
        # round trip per checkout would buy nothing.
        return create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            hide_parameters=True,
            connect_args={
                "connect_timeout": timeout_seconds,
                "options": f"-c statement_timeout={int(timeout_seconds * 1001):d}",
            },
        )

    @staticmethod
    @_mutmut_mutated(mutants_xǁPostgresDialectǁinsert__mutmut)
    def insert(table: Table) -> Any:
        return postgresql.insert(table)

    @staticmethod
    def xǁPostgresDialectǁinsert__mutmut_orig(table: Table) -> Any:
        return postgresql.insert(table)

    @staticmethod
    def xǁPostgresDialectǁinsert__mutmut_1(table: Table) -> Any:
        return postgresql.insert(None)

    @_mutmut_mutated(mutants_xǁPostgresDialectǁread_options__mutmut)
    def read_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ"}

    def xǁPostgresDialectǁread_options__mutmut_orig(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ"}

    def xǁPostgresDialectǁread_options__mutmut_1(self) -> dict[str, Any]:
        return {"XXisolation_levelXX": "REPEATABLE READ"}

    def xǁPostgresDialectǁread_options__mutmut_2(self) -> dict[str, Any]:
        return {"ISOLATION_LEVEL": "REPEATABLE READ"}

    def xǁPostgresDialectǁread_options__mutmut_3(self) -> dict[str, Any]:
        return {"isolation_level": "XXREPEATABLE READXX"}

    def xǁPostgresDialectǁread_options__mutmut_4(self) -> dict[str, Any]:
        return {"isolation_level": "repeatable read"}

    @_mutmut_mutated(mutants_xǁPostgresDialectǁlock_schema__mutmut)
    def lock_schema(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_orig(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_1(self, connection: Connection, prefix: str) -> None:
        digest = None
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_2(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(None, digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_3(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=None).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_4(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_5(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), ).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_6(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=9).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_7(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(None)

    def xǁPostgresDialectǁlock_schema__mutmut_8(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(None))

    def xǁPostgresDialectǁlock_schema__mutmut_9(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(None)))

    def xǁPostgresDialectǁlock_schema__mutmut_10(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(None, "big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_11(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, None, signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_12(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=None))))

    def xǁPostgresDialectǁlock_schema__mutmut_13(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes("big", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_14(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_15(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", ))))

    def xǁPostgresDialectǁlock_schema__mutmut_16(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "XXbigXX", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_17(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "BIG", signed=True))))

    def xǁPostgresDialectǁlock_schema__mutmut_18(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=False))))

    @_mutmut_mutated(mutants_xǁPostgresDialectǁis_timeout__mutmut)
    def is_timeout(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_orig(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_1(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(None, "sqlstate", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_2(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, None, None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_3(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr("sqlstate", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_4(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_5(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", ) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_6(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "XXsqlstateXX", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_7(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "SQLSTATE", None) in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_8(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) not in ("57014", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_9(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("XX57014XX", "55P03")

    def xǁPostgresDialectǁis_timeout__mutmut_10(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("57014", "XX55P03XX")

    def xǁPostgresDialectǁis_timeout__mutmut_11(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("57014", "55p03")

    @_mutmut_mutated(mutants_xǁPostgresDialectǁis_transient__mutmut)
    def is_transient(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_orig(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_1(self, error: DBAPIError) -> bool:
        state = None
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_2(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) and ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_3(self, error: DBAPIError) -> bool:
        state = getattr(None, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_4(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, None, None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_5(self, error: DBAPIError) -> bool:
        state = getattr("sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_6(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_7(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", ) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_8(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "XXsqlstateXX", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_9(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "SQLSTATE", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_10(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or "XXXX"
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_11(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES and state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_12(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state not in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_13(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith(None):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_14(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("XX08XX"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_15(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return False
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_16(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) and (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_17(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(None) or (not state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_18(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state or "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_19(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (state and "connection" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_20(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "XXconnectionXX" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_21(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "CONNECTION" in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_22(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" not in str(error.orig).lower())

    def xǁPostgresDialectǁis_transient__mutmut_23(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).upper())

    def xǁPostgresDialectǁis_transient__mutmut_24(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(None).lower())

mutants_xǁPostgresDialectǁ__init____mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_1'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_2'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_3'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_4'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_5'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_6'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_7'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_8'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_9'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_10'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_11'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_12'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁ__init____mutmut['xǁPostgresDialectǁ__init____mutmut_13'] = PostgresDialect.xǁPostgresDialectǁ__init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁcreate_engine__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_2'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_3'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_4'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_5'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_6'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_7'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_8'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_9'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_10'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_11'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_12'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_13'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_14'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_15'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_16'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_17'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_18'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_19'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_20'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁcreate_engine__mutmut['xǁPostgresDialectǁcreate_engine__mutmut_21'] = PostgresDialect.xǁPostgresDialectǁcreate_engine__mutmut_21 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁinsert__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁinsert__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁinsert__mutmut['xǁPostgresDialectǁinsert__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁinsert__mutmut_1 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁread_options__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁread_options__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁread_options__mutmut['xǁPostgresDialectǁread_options__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁread_options__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁread_options__mutmut['xǁPostgresDialectǁread_options__mutmut_2'] = PostgresDialect.xǁPostgresDialectǁread_options__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁread_options__mutmut['xǁPostgresDialectǁread_options__mutmut_3'] = PostgresDialect.xǁPostgresDialectǁread_options__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁread_options__mutmut['xǁPostgresDialectǁread_options__mutmut_4'] = PostgresDialect.xǁPostgresDialectǁread_options__mutmut_4 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁlock_schema__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_2'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_3'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_4'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_5'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_6'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_7'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_8'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_9'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_10'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_11'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_12'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_13'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_14'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_15'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_16'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_17'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁlock_schema__mutmut['xǁPostgresDialectǁlock_schema__mutmut_18'] = PostgresDialect.xǁPostgresDialectǁlock_schema__mutmut_18 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁis_timeout__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_2'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_3'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_4'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_5'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_6'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_7'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_8'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_9'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_10'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_timeout__mutmut['xǁPostgresDialectǁis_timeout__mutmut_11'] = PostgresDialect.xǁPostgresDialectǁis_timeout__mutmut_11 # type: ignore # mutmut generated

mutants_xǁPostgresDialectǁis_transient__mutmut['_mutmut_orig'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_1'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_2'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_3'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_4'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_5'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_6'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_7'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_8'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_9'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_10'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_11'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_12'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_13'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_14'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_15'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_16'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_17'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_18'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_19'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_20'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_21'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_22'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_23'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPostgresDialectǁis_transient__mutmut['xǁPostgresDialectǁis_transient__mutmut_24'] = PostgresDialect.xǁPostgresDialectǁis_transient__mutmut_24 # type: ignore # mutmut generated


DIALECTS: dict[str, type[SqlDialect]] = {"sqlite": SqliteDialect, "postgresql": PostgresDialect}
mutants_x_dialect_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dialect_for__mutmut)
def dialect_for(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_orig(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_1(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = None
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_2(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(None)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_3(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = None
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_4(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend != "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_5(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "XXpostgresXX":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_6(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "POSTGRES":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_7(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = None
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_8(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "XXpostgresqlXX"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_9(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "POSTGRESQL"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_10(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_11(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            None
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_12(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(None)}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_13(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {'XX, XX'.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_14(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(None))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_15(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "XXuse a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/dbXX"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_16(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a url such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_17(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "USE A URL SUCH AS SQLITE:///PATH/RUNS.DB OR POSTGRESQL+PSYCOPG://USER@HOST/DB"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_18(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](None, masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_19(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, None)


def x_dialect_for__mutmut_20(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](masked_url(connection_string, defaults.MASK))


def x_dialect_for__mutmut_21(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, )


def x_dialect_for__mutmut_22(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(None, defaults.MASK))


def x_dialect_for__mutmut_23(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, None))


def x_dialect_for__mutmut_24(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(defaults.MASK))


def x_dialect_for__mutmut_25(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db or postgresql+psycopg://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, ))

mutants_x_dialect_for__mutmut['_mutmut_orig'] = x_dialect_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_1'] = x_dialect_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_2'] = x_dialect_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_3'] = x_dialect_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_4'] = x_dialect_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_5'] = x_dialect_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_6'] = x_dialect_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_7'] = x_dialect_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_8'] = x_dialect_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_9'] = x_dialect_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_10'] = x_dialect_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_11'] = x_dialect_for__mutmut_11 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_12'] = x_dialect_for__mutmut_12 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_13'] = x_dialect_for__mutmut_13 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_14'] = x_dialect_for__mutmut_14 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_15'] = x_dialect_for__mutmut_15 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_16'] = x_dialect_for__mutmut_16 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_17'] = x_dialect_for__mutmut_17 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_18'] = x_dialect_for__mutmut_18 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_19'] = x_dialect_for__mutmut_19 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_20'] = x_dialect_for__mutmut_20 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_21'] = x_dialect_for__mutmut_21 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_22'] = x_dialect_for__mutmut_22 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_23'] = x_dialect_for__mutmut_23 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_24'] = x_dialect_for__mutmut_24 # type: ignore # mutmut generated
mutants_x_dialect_for__mutmut['x_dialect_for__mutmut_25'] = x_dialect_for__mutmut_25 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_masked_url__mutmut)
def masked_url(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_orig(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_1(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = None
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_2(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(None)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_3(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = None
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_4(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(None)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_5(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(17)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_6(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = None
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_7(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if ("password" in key.lower()) and False else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_8(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if ("password" in key.lower()) or True else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_9(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "XXpasswordXX" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_10(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "PASSWORD" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_11(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" not in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_12(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.upper() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_13(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_14(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = None
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_15(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=None)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_16(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(None, mask)


def x_masked_url__mutmut_17(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, None)


def x_masked_url__mutmut_18(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(mask)


def x_masked_url__mutmut_19(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=False).replace(hidden, )


def x_masked_url__mutmut_20(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=None).replace(hidden, mask)


def x_masked_url__mutmut_21(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=None).render_as_string(hide_password=False).replace(hidden, mask)


def x_masked_url__mutmut_22(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        url = make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # A placeholder that URL rendering leaves as it is and that nothing else in the URL contains.
    hidden = secrets.token_hex(16)
    query = {key: (hidden if "password" in key.lower() else value) for key, value in url.query.items()}
    if url.password is not None:
        url = url.set(password=hidden)
    return url.set(query=query).render_as_string(hide_password=True).replace(hidden, mask)

mutants_x_masked_url__mutmut['_mutmut_orig'] = x_masked_url__mutmut_orig # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_1'] = x_masked_url__mutmut_1 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_2'] = x_masked_url__mutmut_2 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_3'] = x_masked_url__mutmut_3 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_4'] = x_masked_url__mutmut_4 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_5'] = x_masked_url__mutmut_5 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_6'] = x_masked_url__mutmut_6 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_7'] = x_masked_url__mutmut_7 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_8'] = x_masked_url__mutmut_8 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_9'] = x_masked_url__mutmut_9 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_10'] = x_masked_url__mutmut_10 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_11'] = x_masked_url__mutmut_11 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_12'] = x_masked_url__mutmut_12 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_13'] = x_masked_url__mutmut_13 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_14'] = x_masked_url__mutmut_14 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_15'] = x_masked_url__mutmut_15 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_16'] = x_masked_url__mutmut_16 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_17'] = x_masked_url__mutmut_17 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_18'] = x_masked_url__mutmut_18 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_19'] = x_masked_url__mutmut_19 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_20'] = x_masked_url__mutmut_20 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_21'] = x_masked_url__mutmut_21 # type: ignore # mutmut generated
mutants_x_masked_url__mutmut['x_masked_url__mutmut_22'] = x_masked_url__mutmut_22 # type: ignore # mutmut generated
