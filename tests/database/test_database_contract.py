"""The shared store contract on every database the store supports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


@pytest.mark.postgres
class TestPostgresStore(StoreContract):
    thread_safe = True
    _tables = iter(range(10**6))

    @pytest.fixture
    def store(self, postgres_url: str) -> Iterator[DatabaseRunLogStore]:
        table_name = f"contract{next(self._tables)}"
        store = DatabaseRunLogStore(connection_string=postgres_url, table_name=table_name)
        yield store
        store.close()


@pytest.mark.mariadb
class TestMariadbStore(StoreContract):
    thread_safe = True
    _tables = iter(range(10**6))

    @pytest.fixture
    def store(self, mariadb_url: str) -> Iterator[DatabaseRunLogStore]:
        table_name = f"contract{next(self._tables)}"
        store = DatabaseRunLogStore(connection_string=mariadb_url, table_name=table_name)
        yield store
        store.close()
