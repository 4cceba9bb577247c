"""The ``database`` run log store: SQL tables through SQLAlchemy 2 Core.

``schema`` holds the tables, ``dialects`` what differs between SQLite and
PostgreSQL, ``store`` the queries, ``migrations`` the Alembic revisions.
"""

from runnable.run_log_store.sql.store import DatabaseRunLogStore, PurgeReport, StoreHealth

__all__ = ["DatabaseRunLogStore", "PurgeReport", "StoreHealth"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
