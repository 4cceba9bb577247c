"""The in-memory store against the shared store contract."""

from __future__ import annotations

import pytest

from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import StoreContract


class TestBufferedStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self) -> BufferedRunLogStore:
        return BufferedRunLogStore()
