"""The shared store contract on every database the store supports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from runnable.run_log_store.sql import DatabaseRunLogStore
from runnable.testing import StoreContract


class TestSqliteFileStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[DatabaseRunLogStore]:
        store = DatabaseRunLogStore(connection_string=f"sqlite:///{tmp_path / 'runs.db'}")
        yield store
        store.close()


class TestSqliteMemoryStore(StoreContract):
    # One shared connection used in turns; another process cannot see it, so the
    # store reports no parallel writes and the multi-process stress test is skipped.
    thread_safe = True

    @pytest.fixture
    def store(self) -> Iterator[DatabaseRunLogStore]:
        store = DatabaseRunLogStore(connection_string="sqlite:///:memory:")
        yield store
        store.close()


class _ServerStore(StoreContract):
    """The contract on a database server of the session: a new table prefix per test."""

    __test__ = False  # only its subclasses, which name the server, run
    thread_safe = True
    url_fixture: ClassVar[str]
    _tables = iter(range(10**6))

    @pytest.fixture
    def store(self, request: pytest.FixtureRequest) -> Iterator[DatabaseRunLogStore]:
        url = str(request.getfixturevalue(self.url_fixture))
        store = DatabaseRunLogStore(connection_string=url, table_name=f"contract{next(self._tables)}")
        yield store
        store.close()


@pytest.mark.postgres
class TestPostgresStore(_ServerStore):
    url_fixture = "postgres_url"


@pytest.mark.mariadb
class TestMariadbStore(_ServerStore):
    url_fixture = "mariadb_url"
