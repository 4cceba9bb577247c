"""The database store's tables, as data.

Four tables per prefix (``table_name`` in the store's config):

``<prefix>_runs``
    One row per run. The columns a listing filters or sorts on (run id, tag,
    status, timestamps, dag hash) are real, indexed columns; everything else of
    the run header (run config, job log, and any field added to ``RunLog``
    later) is the opaque ``body``. The body never repeats a column.
``<prefix>_chunks``
    One row per step log and per branch log, keyed by ``(run_pk, internal_name)``.
    A step's body leaves out its branches and a branch's body its steps and
    parameters: each lives in its own row, so writing one never rewrites
    another. The surrogate ``id`` grows with every new chunk and is kept when a
    chunk is rewritten, so ordering by it gives back the order in which steps,
    branches and map iterations were first recorded.
``<prefix>_parameters``
    One row per ``(run_pk, scope, name)``; scope is ``""`` for the run and a
    branch's internal name for branch parameters. ``value_key`` is a digest of
    the canonical JSON value, indexed with the name, so "runs where ``lr`` is
    0.1" is an index lookup whatever the size of the value. A large value is
    not in ``body`` (left empty) but in ``<prefix>_values``, named by ``value_ref``.
``<prefix>_values``
    One row per large parameter value of a run, keyed by ``(run_pk, digest)``:
    the SHA-256 of the value's JSON. Parameter rows and the attempts in step
    bodies refer to it (``runnable.run_log_store._values``), so a value
    recorded by the run, its scope and every step's attempts is stored once.

Bodies are JSON bytes, zstd-compressed above a size threshold and flagged per
row. No text column has a length cap, except on MySQL and MariaDB, where an
indexed column must have one and an index may hold at most 3,072 bytes (4 per
character in utf8mb4): there keys (run ids, internal names, parameter names)
hold up to 380 characters, tags 255 and statuses and kinds 128
(docs/database.md).

``SCHEMA_VERSION`` is the Alembic revision these tables correspond to; a new
revision in ``migrations/versions`` must come with the matching change here
(``tests/database/test_database_migrations.py`` compares the two).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

SCHEMA_VERSION: Final = "0003"

# The store's `table_name`: an SQL identifier short enough that every derived
# table and index name stays under PostgreSQL's 63-character limit.
TABLE_PREFIX_PATTERN: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$")

STEP: Final = "step"
BRANCH: Final = "branch"

# SQLite only auto-increments an `INTEGER PRIMARY KEY`; elsewhere ids are 64-bit.
BigId = BigInteger().with_variant(Integer(), "sqlite")

# Keys compared bytewise everywhere, so that ordering and prefix ranges agree
# with Python's string order (PostgreSQL would otherwise use the database's
# locale collation).
# MySQL/MariaDB: the longest key that fits twice in one index (3,072 bytes, utf8mb4) beside an id.
MYSQL_KEY_LENGTH: Final = 380
_MYSQL_BINARY = "utf8mb4_bin"  # compare and sort by code point, as PostgreSQL's "C" collation does


_MYSQL_NAMES: Final = ("mysql", "mariadb")


class _OnMySql(TypeDecorator[Any]):
    """A column type with another form on MySQL/MariaDB, made only when the database is one of them.

    Not ``with_variant(mysql.VARCHAR(...))``: that needs SQLAlchemy's MySQL package when the tables are
    built, which every run on SQLite or PostgreSQL would then import for nothing.
    """

    cache_ok = True

    def mysql_type(self) -> TypeEngine[Any]:
        raise NotImplementedError

    def other_type(self, dialect: Dialect) -> TypeEngine[Any]:
        return self.impl_instance

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name in _MYSQL_NAMES:
            return dialect.type_descriptor(self.mysql_type())
        return dialect.type_descriptor(self.other_type(dialect))


class KeyText(_OnMySql):
    """Keys, compared bytewise everywhere (PostgreSQL: "C" collation; MySQL: VARCHAR, utf8mb4_bin)."""

    impl = String
    cache_ok = True

    def mysql_type(self) -> TypeEngine[Any]:
        from sqlalchemy.dialects import mysql

        return mysql.VARCHAR(MYSQL_KEY_LENGTH, collation=_MYSQL_BINARY)

    def other_type(self, dialect: Dialect) -> TypeEngine[Any]:
        return String(collation="C") if dialect.name == "postgresql" else String()


class BoundedText(_OnMySql):
    """Text without a length cap, except VARCHAR(``mysql_length``), utf8mb4_bin, on MySQL/MariaDB."""

    impl = String
    cache_ok = True

    def __init__(self, mysql_length: int) -> None:
        super().__init__()
        self.mysql_length = mysql_length

    def mysql_type(self) -> TypeEngine[Any]:
        from sqlalchemy.dialects import mysql

        return mysql.VARCHAR(self.mysql_length, collation=_MYSQL_BINARY)


class BodyBytes(_OnMySql):
    """Bytes; LONGBLOB on MySQL/MariaDB, whose BLOB holds 64 KiB (a body can be far bigger)."""

    impl = LargeBinary
    cache_ok = True

    def mysql_type(self) -> TypeEngine[Any]:
        from sqlalchemy.dialects import mysql

        return mysql.LONGBLOB()


Key = KeyText()
# Other text: bounded on MySQL/MariaDB only (see the module docstring).
Tag = BoundedText(255)
Short = BoundedText(128)
Body = BodyBytes()


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no timezone support: values are stored as naive UTC text
    (which sorts chronologically) and come back as aware UTC datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name in _MYSQL_NAMES:
            from sqlalchemy.dialects import mysql

            # Microseconds, as the other databases keep: keyset pages compare timestamps exactly.
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        # SQLite and MySQL keep no zone: naive UTC.
        return value.replace(tzinfo=None) if dialect.name in ("sqlite", "mysql", "mariadb") else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        return self

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        # SQLite keeps whatever text a hand edit or a damaged page left in the column, and the
        # driver's parse would fail the whole result: one bad row must not hide every other run.
        # Such a value comes back as Unreadable, for the row's reader to report as corruption.
        decode = super().result_processor(dialect, coltype)
        if decode is None:
            return None

        def tolerant(value: Any) -> Any:
            try:
                return decode(value)
            except (ValueError, TypeError, AssertionError, OverflowError):
                return Unreadable(value)

        return tolerant

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        encode = super().bind_processor(dialect)

        def tolerant(value: Any) -> Any:
            if isinstance(value, Unreadable):  # compared as stored (a damaged row as a page's cursor)
                return value.raw
            return encode(value) if encode is not None else value

        return tolerant


class Unreadable(NamedTuple):
    """A column value the database holds but its type cannot decode (``raw`` as stored)."""

    raw: Any


def refuse_unreadable(row: Any, *columns: str) -> None:
    """``ValueError`` naming the first of ``columns`` whose value in ``row`` could not be decoded."""
    for column in columns:
        value = row._mapping[column]
        if isinstance(value, Unreadable):
            raise ValueError(f"its {column} is not a timestamp: {value.raw!r}")


class Tables(NamedTuple):
    metadata: MetaData
    runs: Table
    chunks: Table
    parameters: Table
    values: Table


def version_table_name(prefix: str) -> str:
    """Alembic's version table for this prefix: several prefixes share a database independently."""
    return f"{prefix}_alembic_version"


@functools.cache
def build_tables(prefix: str) -> Tables:
    """The tables for one prefix. The prefix must already be validated."""
    if not TABLE_PREFIX_PATTERN.fullmatch(prefix):
        raise ValueError(f"invalid table prefix {prefix!r}")
    metadata = MetaData()
    runs = Table(
        f"{prefix}_runs",
        metadata,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("run_id", Key, nullable=False),
        Column("dag_hash", Tag, nullable=False, default=""),
        Column("tag", Tag, nullable=False, default=""),
        Column("status", Short, nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
        Column("body", Body, nullable=False),
        Column("body_compressed", Boolean, nullable=False, default=False),
        UniqueConstraint("run_id", name=f"{prefix}_runs_run_id_key"),
        # Listings are newest first, optionally by status and/or tag; run_id
        # breaks ties and is the keyset cursor's second half.
        Index(f"{prefix}_runs_by_created", "created_at", "run_id"),
        Index(f"{prefix}_runs_by_status", "status", "created_at", "run_id"),
        Index(f"{prefix}_runs_by_tag", "tag", "created_at", "run_id"),
        Index(f"{prefix}_runs_by_tag_status", "tag", "status", "created_at", "run_id"),
        Index(f"{prefix}_runs_by_dag_hash", "dag_hash"),
    )
    chunks = Table(
        f"{prefix}_chunks",
        metadata,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("run_pk", BigId, ForeignKey(runs.c.id, name=f"{prefix}_chunks_run_fk"), nullable=False),
        Column("internal_name", Key, nullable=False),
        Column("kind", Short, nullable=False),
        Column("body", Body, nullable=False),
        Column("compressed", Boolean, nullable=False, default=False),
        UniqueConstraint("run_pk", "internal_name", name=f"{prefix}_chunks_key"),
    )
    parameters = Table(
        f"{prefix}_parameters",
        metadata,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("run_pk", BigId, ForeignKey(runs.c.id, name=f"{prefix}_parameters_run_fk"), nullable=False),
        Column("scope", Key, nullable=False),
        Column("name", Key, nullable=False),
        Column("kind", Short, nullable=False),
        Column("value_key", String(32), nullable=False),
        Column("body", Body, nullable=False),
        Column("compressed", Boolean, nullable=False, default=False),
        # Set for a large value, which then lives in the values table (body is empty).
        Column("value_ref", String(64), nullable=True),
        UniqueConstraint("run_pk", "scope", "name", name=f"{prefix}_parameters_key"),
        Index(f"{prefix}_parameters_by_value", "name", "value_key"),
    )
    values = Table(
        f"{prefix}_values",
        metadata,
        Column("id", BigId, primary_key=True, autoincrement=True),
        Column("run_pk", BigId, ForeignKey(runs.c.id, name=f"{prefix}_values_run_fk"), nullable=False),
        Column("digest", String(64), nullable=False),
        Column("body", Body, nullable=False),
        Column("compressed", Boolean, nullable=False, default=False),
        UniqueConstraint("run_pk", "digest", name=f"{prefix}_values_key"),
    )
    return Tables(metadata, runs, chunks, parameters, values)
