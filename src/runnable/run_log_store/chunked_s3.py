"""Chunked run logs in an S3-compatible bucket, one object per chunk: ``type: chunked-minio``.

Also known as ``type: chunked-s3``. Layout (what a chunk holds: :mod:`runnable.run_log_store.chunked`;
chunk names as in ``chunked-fs``)::

    <prefix>/<run_id>/run.json               status, tag, parameters, run config, job
    <prefix>/<run_id>/step-<name>.json       one per step log
    <prefix>/<run_id>/branch-<name>.json     one per branch log (with its parameters)
    <prefix>/.index/<entry>                  one empty object per run, for listings (see ``_s3``)

A step chunk has one writer (the process running that step), so it is written with a plain PUT.
The chunks several processes change at once -- the run chunk (``updated_at``, status, run
parameters, run config) and a branch's parameters -- are changed by compare-and-swap: read with
their ETag, written with ``If-Match`` (``If-None-Match: *`` when new), read again and retried when
another writer got there first. Many processes can therefore write different branches of one run
at the same time without losing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store import _io
from runnable.run_log_store._s3 import Payload, S3StoreMixin
from runnable.run_log_store.chunked import (
    CHUNK_KINDS,
    RUN_CHUNK,
    RUN_LEVEL_KINDS,
    ChunkedRunLogStore,
    ChunkKey,
    chunk_key_of,
    encode_run,
)
from runnable.run_log_store.chunked_fs import CHUNK_SUFFIX, HASHED_MARK, chunk_file_name, decode_chunk_name


class ChunkedS3RunLogStore(S3StoreMixin, ChunkedRunLogStore):
    service_name: str = "chunked-minio"
    supports_parallel_writes: bool = True

    def run_prefix(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), "")

    def chunk_key(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) + chunk_file_name(key)

    # -- chunk I/O ------------------------------------------------------------------------

    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, key))

    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        stored = self.objects().get(self.chunk_key(run_id, key))
        return stored.data if stored is not None else None

    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), Payload(data))

    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), Payload(data))

    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = self._key_of_object(run_id, object_key[len(prefix) :])
            if key is not None:
                keys.append(key)
        return keys

    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(run_id, key) for key in keys)

    # -- creating and replacing runs keep the run index current ---------------------------

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    def put_run_log(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, self).put_run_log(run_log))

    # -- the rest of the contract ---------------------------------------------------------

    def iter_run_ids(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("")):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    def get_summary(self) -> dict[str, Any]:
        return self.describe(f"one object per chunk: {self.key_prefix}<run_id>/(run|step-*|branch-*).json")

    def stored_created_at(self, run_id: str) -> datetime | None:
        try:
            return self._read_run(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    def load_for_query(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        try:
            header = self._read_run(run_id)
        except exceptions.RunLogNotFoundError:
            return None
        if not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            return self.get_run_log_by_id(run_id, full=full)
        except exceptions.RunLogNotFoundError:
            return None

    # -- helpers --------------------------------------------------------------------------

    def _key_of_object(self, run_id: str, name: str) -> ChunkKey | None:
        """The chunk key of an object name inside a run's folder, or ``None`` for other objects."""
        if not name.endswith(CHUNK_SUFFIX) or "/" in name:
            return None
        kind, _, encoded = name[: -len(CHUNK_SUFFIX)].partition("-")
        if kind not in CHUNK_KINDS:
            return None
        if kind in RUN_LEVEL_KINDS:
            return ChunkKey(kind) if not encoded else None
        if encoded.startswith(HASHED_MARK):
            # Too long a name to spell out: the key is inside the chunk.
            stored = self.objects().get(self.run_prefix(run_id) + name)
            return chunk_key_of(stored.data) if stored is not None else None
        try:
            return ChunkKey(kind, decode_chunk_name(encoded))
        except UnicodeDecodeError:
            return None
