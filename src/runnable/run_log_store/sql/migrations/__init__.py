"""Alembic migrations for the database store, shipped inside the package.

The store applies them programmatically (``DatabaseRunLogStore.migrate()``,
``runnable store migrate``); ``env.py`` takes the connection and the table
prefix from ``Config.attributes``. Tables are named after the store's prefix,
so revisions ask :func:`table_prefix` for it instead of hard-coding names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

SCRIPT_LOCATION: Final = str(Path(__file__).parent)

# Config.attributes keys shared by the store and env.py.
CONNECTION_ATTRIBUTE: Final = "connection"
PREFIX_ATTRIBUTE: Final = "table_prefix"


def table_prefix() -> str:
    """The prefix of the tables being migrated (inside a running migration only)."""
    # Imported here: the store reads SCRIPT_LOCATION on every open, alembic is for migrating only.
    from alembic import context

    return str(context.config.attributes[PREFIX_ATTRIBUTE])
