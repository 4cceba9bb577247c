"""The shared store contract on the DynamoDB store, against the moto server process."""

from __future__ import annotations

import pytest

from runnable.run_log_store.dynamodb import DynamoDBRunLogStore
from runnable.testing import StoreContract
from servers.s3 import StoreConfig

pytestmark = pytest.mark.dynamodb


class TestDynamoDBStore(StoreContract):
    many_runs = 100  # every run is a few requests to a server process: keep the suite quick
    thread_safe = True

    @pytest.fixture
    def store(self, dynamodb_config: StoreConfig) -> DynamoDBRunLogStore:
        return DynamoDBRunLogStore(**dynamodb_config())
