"""Chunked run logs in an S3-compatible bucket, one object per chunk: ``type: chunked-minio``.

Also known as ``type: chunked-s3``. Layout (what a chunk holds: :mod:`runnable.run_log_store.chunked`;
chunk names as in ``chunked-fs``)::

    <prefix>/<run_id>/run.json               status, tag, timestamps, job
    <prefix>/<run_id>/config.json            the run config (with the dag)
    <prefix>/<run_id>/parameters.json        the run-level parameters
    <prefix>/<run_id>/step-<name>.json       one per step log
    <prefix>/<run_id>/branch-<name>.json     one per branch log (with its parameters)
    <prefix>/<run_id>/value-<sha256>.json    one per large parameter value (its JSON alone)
    <prefix>/.index/<entry>                  one empty object per run, for listings (see ``_s3``)

Reading a whole run lists its chunks and GETs them concurrently (``READ_CONCURRENCY`` at a time,
see ``_s3``); so do the fan-in of a Map (its branches' parameters) and a page of a listing.

A step chunk has one writer (the process running that step), so it is written with a plain PUT.
The chunks several processes change at once -- the run-level chunks (``updated_at`` and status, run
parameters, run config) and a branch's parameters -- are changed by compare-and-swap: read with
their ETag, written with ``If-Match`` (``If-None-Match: *`` when new), read again and retried when
another writer got there first. Many processes can therefore write different branches of one run
at the same time without losing anything.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store import _io
from runnable.run_log_store._s3 import S3StoreMixin
from runnable.run_log_store.chunk_names import chunk_file_name, chunk_key_of_file_name
from runnable.run_log_store.chunked import (
    RUN_CHUNK,
    ChunkedRunLogStore,
    ChunkKey,
    encode_run,
)
from runnable.run_log_store.s3_bucket import Payload


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
        return self.read_object(self.chunk_key(run_id, key))

    def read_chunks(self, run_id: str, keys: Sequence[ChunkKey]) -> list[bytes | None]:
        # One GET per chunk, sent concurrently: a whole run costs its slowest requests, not their sum.
        stored = self.objects().get_many([self.chunk_key(run_id, key) for key in keys])
        return [item.data if item is not None else None for item in stored]

    def read_object(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if stored is not None else None

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        return self.objects().head(self.chunk_key(run_id, key)) is not None

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
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
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

    def delete_run_log(self, run_id: str) -> None:
        created_at = self.stored_created_at(run_id)
        if created_at is None:
            raise exceptions.RunLogNotFoundError(run_id)
        super().delete_run_log(run_id)
        self.objects().delete([self.index_key(created_at, run_id)])

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
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header
