"""The database store's schema revisions: reading the one recorded, and alembic for changing it.

Reading the recorded revision is one query on alembic's version table, done on every store open
(every step process of a distributed run), and stamping a freshly created schema is one INSERT into
it; alembic itself is imported only to migrate an older schema, because importing it costs more
than a one-step run.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    column,
    inspect,
    select,
    table,
)

from runnable.run_log_store.sql import migrations
from runnable.run_log_store.sql.schema import version_table_name

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def current_revision(connection: Connection, prefix: str) -> str | None:
    """The revision recorded for the tables of ``prefix``, or None when none is recorded."""
    name = version_table_name(prefix)
    if not inspect(connection).has_table(name):
        return None
    found: list[object] = list(
        connection.execute(select(column("version_num")).select_from(table(name))).scalars()
    )
    return str(found[0]) if found else None


@cache
def script() -> ScriptDirectory:
    """The migrations as alembic sees them."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(migrations.SCRIPT_LOCATION)


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(revision.revision for revision in script().walk_revisions())


def version_table(prefix: str) -> Table:
    """Alembic's version table for ``prefix``, laid out as alembic creates it (``version_table_impl``)."""
    name = version_table_name(prefix)
    return Table(
        name,
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name=f"{name}_pkc"),
    )


def stamp(connection: Connection, prefix: str, revision: str) -> None:
    """Record ``revision`` for tables just created, as ``alembic stamp`` would on a fresh database.

    Written without alembic: importing it would cost a new folder's first run more than the run.
    """
    versions = version_table(prefix)
    versions.create(connection, checkfirst=True)
    connection.execute(versions.insert().values(version_num=revision))


def upgrade(connection: Connection, prefix: str, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection, prefix), revision)


def alembic_config(connection: Connection, prefix: str) -> Config:
    """Alembic's configuration for migrating the tables of ``prefix`` on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations.SCRIPT_LOCATION)
    config.attributes[migrations.CONNECTION_ATTRIBUTE] = connection
    config.attributes[migrations.PREFIX_ATTRIBUTE] = prefix
    return config
