"""The chunked file-system store: the shared contract plus file-layout specifics."""

from __future__ import annotations

from pathlib import Path

import pytest

from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.testing import StoreContract


class TestChunkedFileSystemStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> ChunkedFileSystemRunLogStore:
        return ChunkedFileSystemRunLogStore(log_folder=str(tmp_path / "runs"))
