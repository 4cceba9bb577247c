"""The file-system store: the shared contract plus what only a folder of JSON files can get wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.testing import StoreContract


class TestFileSystemStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> FileSystemRunLogStore:
        return FileSystemRunLogStore(log_folder=str(tmp_path / "runs"))

    @pytest.fixture
    def parallel_writes_store(self, store: FileSystemRunLogStore) -> FileSystemRunLogStore:
        # Not parallel-safe by claim, but its run lock must still keep every granular write.
        return store
