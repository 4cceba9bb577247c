"""Alembic environment: migrate on the connection the store hands over.

Run by the store through ``alembic.command`` with ``Config.attributes`` holding
``connection`` (inside the store's own transaction, under its schema lock) and
``table_prefix``. From the ``alembic`` command line (to write a new revision),
give ``-x url=... -x prefix=...`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from runnable.run_log_store.sql.migrations import CONNECTION_ATTRIBUTE, PREFIX_ATTRIBUTE
from runnable.run_log_store.sql.schema import build_tables, version_table_name

config = context.config
arguments = context.get_x_argument(as_dictionary=True)
prefix = config.attributes.setdefault(PREFIX_ATTRIBUTE, arguments.get("prefix", "runnable"))


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=build_tables(prefix).metadata,
        version_table=version_table_name(prefix),
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


handed_over = config.attributes.get(CONNECTION_ATTRIBUTE)
if handed_over is not None:
    run_migrations(handed_over)
else:
    with create_engine(arguments["url"]).begin() as own_connection:
        run_migrations(own_connection)
