"""Recording the SQL statements the stores send, so tests can assert how many a call costs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy


@contextmanager
def recorded_statements() -> Iterator[list[str]]:
    """Every SQL statement any engine sends while the block runs (an executemany counts once)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append(statement)

    sqlalchemy.event.listen(sqlalchemy.Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sqlalchemy.event.remove(sqlalchemy.Engine, "before_cursor_execute", record)
