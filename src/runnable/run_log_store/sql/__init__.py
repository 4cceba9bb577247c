"""The ``database`` run log store: SQL tables through SQLAlchemy 2 Core.

``schema`` holds the tables, ``dialects`` what differs between SQLite and
PostgreSQL, ``store`` the queries, ``migrations`` the Alembic revisions.
"""

from runnable.run_log_store.sql.logs import quiet_migration_tool

quiet_migration_tool()  # before alembic is imported: it logs on import

from runnable.run_log_store.sql.reports import PurgeReport, StoreHealth  # noqa: E402
from runnable.run_log_store.sql.store import DatabaseRunLogStore  # noqa: E402

__all__ = ["DatabaseRunLogStore", "PurgeReport", "StoreHealth"]
