"""Bringing a database to this runnable's schema revision before the store uses it.

A database without runnable tables gets them, stamped at ``SCHEMA_VERSION``; an older SQLite file
is migrated on open (an embedded file has one user, this runnable); an older PostgreSQL schema is
``MigrationRequiredError`` (upgrading a shared server is an operator's decision); a newer revision,
or our table names without a revision, is ``SchemaVersionError``. docs/database.md has the table.

Creating and migrating happen under the dialect's schema lock, so processes starting together do it
once. ``revisions.py`` reads and writes the recorded revision.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, inspect

from runnable import exceptions
from runnable.run_log_store.sql import revisions
from runnable.run_log_store.sql.dialects import SqlDialect
from runnable.run_log_store.sql.schema import SCHEMA_VERSION, build_tables, version_table_name
from runnable.run_log_store.sql.transactions import Database

logger = logging.getLogger(__name__)


def prepare_schema(database: Database, engine: Engine, prefix: str) -> None:
    """Create a fresh schema, migrate an older SQLite one, refuse anything else."""
    current = database.run(lambda c: revisions.current_revision(c, prefix), write=False, engine=engine)
    if current == SCHEMA_VERSION:
        return
    if current is not None:
        if current not in revisions.known_revisions():
            raise newer_schema(database.display, current)
        if database.dialect.name != "sqlite":
            # A shared server may still be used by older runnables: upgrading
            # it is an operator's decision, not a side effect of a run.
            raise exceptions.MigrationRequiredError(database.display, current, SCHEMA_VERSION)
    database.run(lambda c: upgrade_schema(c, database.dialect, prefix), write=True, engine=engine)


def migrate(database: Database, prefix: str) -> str | None:
    """Create or upgrade the schema whatever its revision; the revision found before."""
    previous = database.run(
        lambda c: upgrade_schema(c, database.dialect, prefix), write=True, engine=database.engine()
    )
    database.schema_ready = True
    return previous


def upgrade_schema(connection: Connection, dialect: SqlDialect, prefix: str) -> str | None:
    """Under the schema lock: create and stamp, or upgrade. Returns the revision found."""
    dialect.lock_schema(connection, prefix)
    current = revisions.current_revision(connection, prefix)
    if current == SCHEMA_VERSION:
        return current
    tables = build_tables(prefix)
    if current is None:
        if inspect(connection).has_table(tables.runs.name):
            raise exceptions.SchemaVersionError(
                f"The database {dialect.display} has a table {tables.runs.name} that runnable did not "
                f"create (no schema revision recorded in {version_table_name(prefix)}). "
                "Set another `table_name` for the run log store."
            )
        tables.metadata.create_all(connection)
        revisions.stamp(connection, prefix, SCHEMA_VERSION)
        logger.info("Created the run log tables %s_* in %s", prefix, dialect.display)
    elif current not in revisions.known_revisions():
        raise newer_schema(dialect.display, current)
    else:
        revisions.upgrade(connection, prefix, SCHEMA_VERSION)
        logger.info("Migrated %s from schema %s to %s", dialect.display, current, SCHEMA_VERSION)
    return current


def newer_schema(database: str, current: str) -> exceptions.SchemaVersionError:
    return exceptions.SchemaVersionError(
        f"The run log database {database} is at schema revision {current}, newer than this "
        f"runnable knows ({SCHEMA_VERSION}): it was written by a newer runnable. Upgrade runnable; "
        "nothing was changed."
    )
