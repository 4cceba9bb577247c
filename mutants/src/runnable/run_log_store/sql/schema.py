"""The database store's tables, as data.

Three tables per prefix (``table_name`` in the store's config):

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
    0.1" is an index lookup whatever the size of the value.

Bodies are JSON bytes, zstd-compressed above a size threshold and flagged per
row. No text column has a length cap.

``SCHEMA_VERSION`` is the Alembic revision these tables correspond to; a new
revision in ``migrations/versions`` must come with the matching change here
(``tests/database/test_database_migrations.py`` compares the two).
"""

from __future__ import annotations

import functools
import re
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

SCHEMA_VERSION: Final = "0002"

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
Key = String().with_variant(String(collation="C"), "postgresql")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUtcDateTimeǁprocess_result_value__mutmut: MutantDict = {}  # type: ignore


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite has no timezone support: values are stored as naive UTC text
    (which sorts chronologically) and come back as aware UTC datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    @_mutmut_mutated(mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut)
    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_orig(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_1(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_2(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_3(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = None
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_4(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=None)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_5(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = None
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_6(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(None)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_7(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if (dialect.name == "sqlite") and False else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_8(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if (dialect.name == "sqlite") or True else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_9(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name != "sqlite" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_10(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "XXsqliteXX" else value

    def xǁUtcDateTimeǁprocess_bind_param__mutmut_11(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "SQLITE" else value

    @_mutmut_mutated(mutants_xǁUtcDateTimeǁprocess_result_value__mutmut)
    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def xǁUtcDateTimeǁprocess_result_value__mutmut_orig(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def xǁUtcDateTimeǁprocess_result_value__mutmut_1(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is not None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def xǁUtcDateTimeǁprocess_result_value__mutmut_2(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is not None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def xǁUtcDateTimeǁprocess_result_value__mutmut_3(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=None)
        return value.astimezone(timezone.utc)

    def xǁUtcDateTimeǁprocess_result_value__mutmut_4(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(None)

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        return self

mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['_mutmut_orig'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_1'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_2'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_3'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_4'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_5'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_6'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_7'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_8'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_9'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_10'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_bind_param__mutmut['xǁUtcDateTimeǁprocess_bind_param__mutmut_11'] = UtcDateTime.xǁUtcDateTimeǁprocess_bind_param__mutmut_11 # type: ignore # mutmut generated

mutants_xǁUtcDateTimeǁprocess_result_value__mutmut['_mutmut_orig'] = UtcDateTime.xǁUtcDateTimeǁprocess_result_value__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_result_value__mutmut['xǁUtcDateTimeǁprocess_result_value__mutmut_1'] = UtcDateTime.xǁUtcDateTimeǁprocess_result_value__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_result_value__mutmut['xǁUtcDateTimeǁprocess_result_value__mutmut_2'] = UtcDateTime.xǁUtcDateTimeǁprocess_result_value__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_result_value__mutmut['xǁUtcDateTimeǁprocess_result_value__mutmut_3'] = UtcDateTime.xǁUtcDateTimeǁprocess_result_value__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUtcDateTimeǁprocess_result_value__mutmut['xǁUtcDateTimeǁprocess_result_value__mutmut_4'] = UtcDateTime.xǁUtcDateTimeǁprocess_result_value__mutmut_4 # type: ignore # mutmut generated


class Tables(NamedTuple):
    metadata: MetaData
    runs: Table
    chunks: Table
    parameters: Table


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
        Column("dag_hash", String, nullable=False, default=""),
        Column("tag", String, nullable=False, default=""),
        Column("status", String, nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
        Column("body", LargeBinary, nullable=False),
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
        Column("kind", String, nullable=False),
        Column("body", LargeBinary, nullable=False),
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
        Column("kind", String, nullable=False),
        Column("value_key", String(32), nullable=False),
        Column("body", LargeBinary, nullable=False),
        Column("compressed", Boolean, nullable=False, default=False),
        UniqueConstraint("run_pk", "scope", "name", name=f"{prefix}_parameters_key"),
        Index(f"{prefix}_parameters_by_value", "name", "value_key"),
    )
    return Tables(metadata, runs, chunks, parameters)
