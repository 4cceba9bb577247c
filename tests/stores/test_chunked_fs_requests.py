"""What one more step or Map branch costs the chunked-fs store: chunk reads and writes, counted.

The store's chunk I/O methods (the backend's half of ``ChunkedRunLogStore``) are counted around
real pipeline runs (tests/store_costs.py). A step is created in one write and ended in one, and
reads nothing back; the read left per step is its share of the run's final read.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

from runnable import plugins
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from store_costs import linear, mapped, marginal

WRITES = ("write_chunk", "create_chunk_exclusive", "update_chunk", "delete_chunks")
READS = ("read_chunk", "chunk_exists", "list_chunks")


class CountingChunkedStore(ChunkedFileSystemRunLogStore):
    """chunked-fs counting each call of its chunk I/O, by method."""

    calls: ClassVar[collections.Counter[str]] = collections.Counter()

    def read_chunk(self, run_id: str, key: Any) -> bytes | None:
        self.calls["read_chunk"] += 1
        return super().read_chunk(run_id, key)

    def chunk_exists(self, run_id: str, key: Any) -> bool:
        self.calls["chunk_exists"] += 1
        return super().chunk_exists(run_id, key)

    def list_chunks(self, run_id: str) -> list[Any]:
        self.calls["list_chunks"] += 1
        return super().list_chunks(run_id)

    def write_chunk(self, run_id: str, key: Any, data: bytes) -> None:
        self.calls["write_chunk"] += 1
        super().write_chunk(run_id, key, data)

    def create_chunk_exclusive(self, run_id: str, key: Any, data: bytes) -> bool:
        self.calls["create_chunk_exclusive"] += 1
        return super().create_chunk_exclusive(run_id, key, data)

    def update_chunk(self, run_id: str, key: Any, change: Any) -> None:
        self.calls["update_chunk"] += 1
        super().update_chunk(run_id, key, change)


@pytest.fixture
def counting_config(workdir: Path) -> Iterator[Path]:
    path = workdir / "counting.yaml"
    section = {"type": "counting-chunked-fs", "config": {"log_folder": str(workdir / "runs")}}
    path.write_text(yaml.safe_dump({"run-log-store": section, "catalog": {"type": "do-nothing"}}))
    with plugins.default_registry.registered("run_log_store", "counting-chunked-fs", CountingChunkedStore):
        yield path


def per_item(config: Path, pair: Any, methods: tuple[str, ...]) -> float:
    def count() -> int:
        return sum(CountingChunkedStore.calls[name] for name in methods)

    return marginal(count, config, *pair)


def test_a_step_is_one_chunk_created_and_one_rewritten(counting_config: Path) -> None:
    steps = ((6, linear(6)), (11, linear(11)))
    assert per_item(counting_config, steps, ("create_chunk_exclusive",)) == 1
    assert per_item(counting_config, steps, ("write_chunk",)) == 1
    assert per_item(counting_config, steps, WRITES) == 2
    # The step's chunk in the run's final read; no parameters read back, no existence checks.
    assert per_item(counting_config, steps, READS) == 1


def test_a_map_branch_writes_six_chunks_and_reads_four(counting_config: Path) -> None:
    branches = ((6, mapped(6)), (11, mapped(11)))
    # Opened (its chunk), its step created and ended, its returns merged into its chunk, its
    # success step created, its status set: six writes, none of them a whole-run rewrite.
    assert per_item(counting_config, branches, WRITES) == 6
    # The fan-in's read of its scope and the final read of its chunk and its two steps.
    assert per_item(counting_config, branches, READS) == 4
