"""What differs between the databases the store runs on.

The store writes every query once in SQLAlchemy Core; a dialect only knows how
to open an engine tuned for its database, how to start a write transaction,
how to upsert, how to serialise schema changes between processes, and which
errors are worth retrying.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool, StaticPool
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.schema import Table

from runnable import defaults
from runnable.masking import mask_url

# Execution option that marks a connection's next transaction as a write.
WRITE_OPTION = "runnable_write"


class SqlDialect:
    name: ClassVar[str]
    # What to do when the URL's driver is not installed.
    install_hint: ClassVar[str] = ""
    # A step or branch write is one statement in autocommit (``one_trip.py``): PostgreSQL only.
    writes_in_one_statement: ClassVar[bool] = False

    def __init__(self, url: URL, display: str) -> None:
        self.url = url
        # The connection string as messages show it (password masked).
        self.display = display
        self._upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Insert] = {}

    @property
    def in_memory(self) -> bool:
        """The database lives in this process only (another process cannot see it)."""
        return False

    @property
    def database_file(self) -> Path | None:
        """The file the database lives in, for an embedded database (None for a server)."""
        return None

    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        raise NotImplementedError

    @staticmethod
    def insert(table: Table) -> Any:
        """The dialect's INSERT construct (the one with ``on_conflict_do_update``)."""
        raise NotImplementedError

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

    def insert_new(self, table: Table, key_columns: Sequence[str]) -> Any:
        """An INSERT that skips rows whose ``key_columns`` match an existing row."""
        return self.insert(table).on_conflict_do_nothing(index_elements=list(key_columns))

    def read_options(self) -> dict[str, Any]:
        """Execution options for a transaction that only reads (and must see one snapshot)."""
        return {}

    def lock_schema(self, connection: Connection, prefix: str) -> None:
        """Inside a write transaction: keep other processes from changing the schema meanwhile."""

    def is_transient(self, error: DBAPIError) -> bool:
        """Worth retrying in a new transaction: the same statements may well succeed."""
        return bool(error.connection_invalidated)

    def is_timeout(self, error: DBAPIError) -> bool:
        """The database gave up after ``timeout_seconds``; not retried, as a retry would wait as long."""
        return False


class SqliteDialect(SqlDialect):
    name = "sqlite"

    @property
    def in_memory(self) -> bool:
        database = self.url.database or ""
        return database in ("", ":memory:") or self.url.query.get("mode") == "memory"

    @property
    def database_file(self) -> Path | None:
        return None if self.in_memory else Path(self.url.database or "").expanduser()

    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        if self.in_memory or self.database_file is None:
            # One connection, shared by every thread (the store serialises its use):
            # each new connection to ":memory:" would be a new, empty database.
            pool: dict[str, Any] = {"poolclass": StaticPool}
        else:
            self.database_file.parent.mkdir(parents=True, exist_ok=True)
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

    @staticmethod
    def insert(table: Table) -> Any:
        return sqlite.insert(table)

    def is_transient(self, error: DBAPIError) -> bool:
        message = str(error.orig).lower()
        return super().is_transient(error) or any(
            text in message for text in ("database is locked", "database is busy", "database table is locked")
        )


class PostgresDialect(SqlDialect):
    name = "postgresql"
    install_hint = "install `runnable[postgres]` (psycopg 3)"
    writes_in_one_statement = True

    # SQLSTATEs that a retry in a new transaction cures: serialization failure,
    # deadlock, and the server shutting down or not yet accepting connections.
    TRANSIENT_STATES: ClassVar[frozenset[str]] = frozenset({"40001", "40P01", "57P01", "57P02", "57P03"})

    def __init__(self, url: URL, display: str) -> None:
        # A bare postgresql:// names psycopg2, which we do not ship; psycopg 3 is
        # what `runnable[postgres]` installs.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        super().__init__(url, display)

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

    @staticmethod
    def insert(table: Table) -> Any:
        # Imported here: SQLAlchemy's postgresql package loads every PostgreSQL driver's dialect
        # (asyncpg's included), which a run on the default SQLite store would pay for nothing.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)

    def read_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ"}

    def lock_schema(self, connection: Connection, prefix: str) -> None:
        digest = hashlib.blake2b(f"runnable-schema:{prefix}".encode(), digest_size=8).digest()
        connection.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest, "big", signed=True))))

    def is_timeout(self, error: DBAPIError) -> bool:
        # query_canceled is what statement_timeout raises; lock_not_available a lock_timeout.
        return getattr(error.orig, "sqlstate", None) in ("57014", "55P03")

    def is_transient(self, error: DBAPIError) -> bool:
        state = getattr(error.orig, "sqlstate", None) or ""
        if state in self.TRANSIENT_STATES or state.startswith("08"):
            return True
        # psycopg reports a refused or dropped connection without a SQLSTATE.
        return super().is_transient(error) or (not state and "connection" in str(error.orig).lower())


class MysqlDialect(SqlDialect):
    """MySQL 8 and MariaDB 10.6+ through PyMySQL (``mysql+pymysql://``, ``mariadb+pymysql://``).

    Transactions run at READ COMMITTED, as on PostgreSQL: at MySQL's default REPEATABLE READ, upserts
    of different rows take gap locks on the unique indexes and deadlock each other. Reads that must
    see one snapshot ask for REPEATABLE READ.
    """

    name = "mysql"
    install_hint = (
        "install `runnable[mysql]` (PyMySQL, the driver runnable is tested with) and write the URL as "
        "mysql+pymysql://... or mariadb+pymysql://..."
    )

    # Deadlock, lock wait timeout (InnoDB rolls back only the statement: the store retries the
    # transaction), and the connection refused, lost or killed.
    TRANSIENT_CODES: ClassVar[frozenset[int]] = frozenset({1213, 1205, 2002, 2003, 2006, 2013, 1927, 4031})
    # The statement ran past max_execution_time (MySQL) or max_statement_time (MariaDB).
    TIMEOUT_CODES: ClassVar[frozenset[int]] = frozenset({3024, 1969})

    def __init__(self, url: URL, display: str) -> None:
        # A bare mysql:// names mysqlclient (a C extension); PyMySQL is what `runnable[mysql]` installs.
        if url.drivername in ("mysql", "mariadb"):
            url = url.set(drivername=f"{url.drivername}+pymysql")
        if "charset" not in url.query:
            url = url.update_query_dict({"charset": "utf8mb4"})
        super().__init__(url, display)

    def create_engine(self, max_connections: int, timeout_seconds: int) -> Engine:
        timeout_ms = int(timeout_seconds * 1000)
        engine = create_engine(
            self.url,
            pool_size=max_connections,
            max_overflow=0,
            pool_timeout=timeout_seconds,
            # Servers close connections idle longer than wait_timeout (8 hours by default).
            pool_recycle=3600,
            # Every transaction ends in COMMIT or ROLLBACK before its connection goes back (see
            # transactions.py); PyMySQL would send one more ROLLBACK, a round trip, on each return.
            pool_reset_on_return=None,
            hide_parameters=True,
            isolation_level="READ COMMITTED",
            connect_args={"connect_timeout": timeout_seconds},
        )
        mariadb = self.url.get_backend_name() == "mariadb"

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            # Row locks wait as long as the store's timeout; statements run at most that long.
            cursor.execute(f"SET SESSION innodb_lock_wait_timeout = {max(1, int(timeout_seconds)):d}")
            if mariadb or _is_mariadb(dbapi_connection):
                cursor.execute(f"SET SESSION max_statement_time = {timeout_seconds:g}")
            else:
                cursor.execute(f"SET SESSION max_execution_time = {timeout_ms:d}")
            cursor.close()

        @event.listens_for(engine, "checkin")
        def _release_schema_locks(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
            names = record.info.pop(_SCHEMA_LOCKS, None)
            if names and dbapi_connection is not None:
                cursor = dbapi_connection.cursor()
                for name in names:
                    cursor.execute("SELECT RELEASE_LOCK(%s)", (name,))
                cursor.close()

        return engine

    @staticmethod
    def insert(table: Table) -> Any:
        from sqlalchemy.dialects import mysql

        return mysql.insert(table)

    def upsert(self, table: Table, key_columns: Sequence[str], update_columns: Sequence[str]) -> Insert:
        # ON DUPLICATE KEY UPDATE: MySQL picks the unique key itself (each table has one besides the id).
        key = (table.name, tuple(key_columns), tuple(update_columns))
        statement = self._upserts.get(key)
        if statement is None:
            insert = self.insert(table)
            statement = insert.on_duplicate_key_update(
                {name: insert.inserted[name] for name in update_columns}
            )
            self._upserts[key] = statement
        return statement

    def insert_new(self, table: Table, key_columns: Sequence[str]) -> Any:
        # Not INSERT IGNORE, which would also turn other errors into warnings: a duplicate "updates"
        # its key to itself.
        insert = self.insert(table)
        return insert.on_duplicate_key_update({key_columns[0]: insert.inserted[key_columns[0]]})

    def read_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ"}

    def lock_schema(self, connection: Connection, prefix: str) -> None:
        # A named lock, held by the session: MySQL has none scoped to a transaction. It is released
        # when the connection goes back to the pool, after the commit (see create_engine): released
        # earlier, another process would see the new tables before their revision is committed.
        name = "runnable-schema:" + hashlib.blake2b(prefix.encode(), digest_size=8).hexdigest()
        connection.execute(select(func.get_lock(name, 3600)))
        connection.connection.info.setdefault(_SCHEMA_LOCKS, []).append(name)

    def is_timeout(self, error: DBAPIError) -> bool:
        return _error_code(error) in self.TIMEOUT_CODES

    def is_transient(self, error: DBAPIError) -> bool:
        return super().is_transient(error) or _error_code(error) in self.TRANSIENT_CODES


_SCHEMA_LOCKS = "runnable_schema_locks"


def _error_code(error: DBAPIError) -> int | None:
    arguments = getattr(error.orig, "args", ())
    return arguments[0] if arguments and isinstance(arguments[0], int) else None


def _is_mariadb(dbapi_connection: Any) -> bool:
    return "mariadb" in str(getattr(dbapi_connection, "server_version", "") or "").lower()


DIALECTS: dict[str, type[SqlDialect]] = {
    "sqlite": SqliteDialect,
    "postgresql": PostgresDialect,
    "mysql": MysqlDialect,
    "mariadb": MysqlDialect,
}


def dialect_for(connection_string: str) -> SqlDialect:
    """The dialect for a connection string; ValueError (without the string) if unsupported."""
    url = make_url(connection_string)
    backend = url.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in DIALECTS:
        raise ValueError(
            f"the database store supports {', '.join(sorted(DIALECTS))}, not {backend!r}; "
            "use a URL such as sqlite:///path/runs.db, postgresql+psycopg://user@host/db or "
            "mysql+pymysql://user@host/db"
        )
    return DIALECTS[backend](url, masked_url(connection_string, defaults.MASK))


def masked_url(connection_string: str, mask: str) -> str:
    """The connection string as it may be shown: any password replaced by ``mask``."""
    try:
        make_url(connection_string)
    except Exception:
        # Unparseable: we cannot tell where a password would be, so show nothing.
        return mask
    # The one masking rule; it also masks a password SQLAlchemy's parser would cut at an '@'.
    return mask_url(connection_string).replace(defaults.MASK, mask)
