"""The ``database`` run log store: SQL tables through SQLAlchemy 2 Core.

``store`` holds the contract's methods; ``statements`` and ``listing`` the SQL they
run, ``rows`` and ``codec`` how run logs become rows, ``transactions`` and
``errors`` how a call reaches the database, ``schema``, ``preparation``,
``revisions`` and ``migrations`` the tables and their versions, ``admin`` purge
and health. docs/design.md ("Database store layout") has the table.
"""

from runnable.run_log_store.sql.logs import quiet_migration_tool

quiet_migration_tool()  # before alembic is imported: it logs on import

from runnable.run_log_store.sql.reports import PurgeReport, StoreHealth  # noqa: E402
from runnable.run_log_store.sql.store import DatabaseRunLogStore  # noqa: E402

__all__ = ["DatabaseRunLogStore", "PurgeReport", "StoreHealth"]
