"""The shared store contract on both S3 stores, against the test server process."""

from __future__ import annotations

import pytest

from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
from runnable.run_log_store.s3 import S3RunLogStore
from runnable.testing import StoreContract
from servers.s3 import StoreConfig

pytestmark = pytest.mark.s3  # needs the S3 test server process


class TestS3Store(StoreContract):
    many_runs = 100  # every run is a few requests to a server process: keep the suite quick
    # Granular writers compare-and-swap the run's object, so threads lose nothing;
    # put_run_log replaces the whole run, so no parallel-writes claim (no process stress test).
    thread_safe = True

    @pytest.fixture
    def store(self, s3_config: StoreConfig) -> S3RunLogStore:
        return S3RunLogStore(**s3_config())

    @pytest.fixture
    def parallel_writes_store(self, store: BaseRunLogStore) -> BaseRunLogStore | None:
        return None


class TestChunkedS3Store(StoreContract):
    many_runs = 100
    thread_safe = True

    @pytest.fixture
    def store(self, s3_config: StoreConfig) -> ChunkedS3RunLogStore:
        return ChunkedS3RunLogStore(**s3_config())
