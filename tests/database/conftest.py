"""Fixtures for the database store: store factories on SQLite, PostgreSQL or MariaDB.

Every test gets empty tables: SQLite tests a new file (or memory database),
PostgreSQL and MariaDB tests a new table prefix on the one server of the session
(``postgres_url``, ``mariadb_url``: tests/conftest.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from runnable.run_log_store.sql import DatabaseRunLogStore

_prefixes = itertools.count()


@pytest.fixture
def backend_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL for ``backend`` (tests parametrise it): sqlite-file, sqlite-memory, postgresql or mariadb."""
    if backend == "mariadb":
        return str(request.getfixturevalue("mariadb_url"))
    if backend == "sqlite-file":
        return f"sqlite:///{tmp_path / 'runs.db'}"
    if backend == "sqlite-memory":
        return "sqlite:///:memory:"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def make_store(backend_url: str) -> Iterator[Callable[..., DatabaseRunLogStore]]:
    """Build stores on the test's database (fresh tables each test); closes them afterwards."""
    prefix = f"t{next(_prefixes)}"
    built: list[DatabaseRunLogStore] = []

    def make(**config: Any) -> DatabaseRunLogStore:
        config.setdefault("connection_string", backend_url)
        config.setdefault("table_name", prefix)
        store = DatabaseRunLogStore(**config)
        built.append(store)
        return store

    yield make
    for store in built:
        store.close()
