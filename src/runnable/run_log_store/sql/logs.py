"""Alembic's log lines are the migration tool's business, not the person running a pipeline's.

Alembic logs at INFO on import ("setup plugin ...") and every time the store reads the schema
revision ("Context impl SQLiteImpl."). User code that turns on INFO logging for itself
(``logging.basicConfig(level=logging.INFO)``) would get those lines in every run, so alembic's
logger is set to WARNING, unless runnable itself logs at DEBUG (``--log-level DEBUG``) or the
person has set alembic's level themselves.
"""

from __future__ import annotations

import logging

MIGRATION_TOOL_LOGGER = "alembic"


def quiet_migration_tool() -> None:
    tool = logging.getLogger(MIGRATION_TOOL_LOGGER)
    if tool.level == logging.NOTSET and not logging.getLogger("runnable").isEnabledFor(logging.DEBUG):
        tool.setLevel(logging.WARNING)
