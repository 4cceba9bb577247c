"""Chunked run logs in an S3-compatible bucket, one object per chunk: ``type: chunked-minio``.

Also known as ``type: chunked-s3``. Layout (what a chunk holds: :mod:`runnable.run_log_store.chunked`;
chunk names as in ``chunked-fs``)::

    <prefix>/<run_id>/run.json               status, tag, timestamps, job
    <prefix>/<run_id>/config.json            the run config (with the dag)
    <prefix>/<run_id>/parameters.json        the run-level parameters
    <prefix>/<run_id>/step-<name>.json       one per step log
    <prefix>/<run_id>/branch-<name>.json     one per branch log (with its parameters)
    <prefix>/<run_id>/value-<sha256>.json    one per large parameter value (its JSON alone)
    <prefix>/<run_id>/.snapshot.json         every chunk with its ETag, a cache for full reads
    <prefix>/.index/<entry>                  one empty object per run, for listings (see ``_s3``)

Reading a whole run lists its chunks with their ETags and GETs, concurrently (``READ_CONCURRENCY``
at a time, see ``_s3``), only the chunks it holds no copy of with the listed ETag: copies this
store object wrote or read, and the run's snapshot (see :mod:`~runnable.run_log_store.s3_snapshot`).
The fan-in of a Map (its branches' parameters) and a page of a listing GET concurrently too.

A step chunk has one writer (the process running that step), so it is written with a plain PUT.
The chunks several processes change at once -- the run-level chunks (``updated_at`` and status, run
parameters, run config) and a branch's parameters -- are changed by compare-and-swap: read with
their ETag, written with ``If-Match`` (``If-None-Match: *`` when new), read again and retried when
another writer got there first. Many processes can therefore write different branches of one run
at the same time without losing anything.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store import _io
from runnable.run_log_store._s3 import S3StoreMixin
from runnable.run_log_store.chunk_names import chunk_file_name, chunk_key_of_file_name
from runnable.run_log_store.chunked import (
    CONFIG_CHUNK,
    PARAMETERS_CHUNK,
    RUN_CHUNK,
    TREE_KINDS,
    VALUE,
    ChunkedRunLogStore,
    ChunkKey,
    encode_run,
)
from runnable.run_log_store.s3_bucket import Payload
from runnable.run_log_store.s3_snapshot import (
    SNAPSHOT_NAME,
    SNAPSHOT_WORTH,
    ChunkCopies,
    Copy,
    decode_snapshot,
    encode_snapshot,
)

logger = logging.getLogger(__name__)


class ChunkedS3RunLogStore(S3StoreMixin, ChunkedRunLogStore):
    service_name: str = "chunked-minio"
    supports_parallel_writes: bool = True

    _copies: ChunkCopies = PrivateAttr(default_factory=ChunkCopies)

    def run_prefix(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), "")

    def chunk_key(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) + chunk_file_name(key)

    # -- chunk I/O ------------------------------------------------------------------------

    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, key))

    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        object_key = self.chunk_key(run_id, key)
        if key.kind == VALUE:
            # Named by their content, value chunks never change: any copy is current.
            copy = self._copies.latest(object_key)
            if copy is not None:
                return copy
        return self.read_object(object_key)

    def read_chunks(self, run_id: str, keys: Sequence[ChunkKey]) -> list[bytes | None]:
        return self._get_many([self.chunk_key(run_id, key) for key in keys])

    def read_object(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        if stored is None:
            return None
        self._copies.remember(object_key, stored.etag, stored.data)
        return stored.data

    def read_header_chunks(self, run_id: str) -> tuple[bytes | None, bytes | None]:
        config, parameters = self.read_chunks(run_id, [CONFIG_CHUNK, PARAMETERS_CHUNK])
        return config, parameters

    def read_branch_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        # The process running a branch is its one writer: what it last wrote is what is stored.
        object_key = self.chunk_key(run_id, key)
        written = self.objects().last_written(object_key)
        return written.data if written is not None else self.read_object(object_key)

    def read_tree_chunks(self, run_id: str, within: str = "") -> list[tuple[ChunkKey, bytes]]:
        """One listing with ETags; copies (this object's, then the snapshot's) for unchanged chunks;
        concurrent GETs for the rest. A whole-run read that fetched many writes a new snapshot."""
        prefix = self.run_prefix(run_id)
        name_prefix = within + defaults.NAME_SEPARATOR if within else ""
        listed: dict[ChunkKey, tuple[str, str]] = {}  # chunk -> (object key, listed ETag)
        snapshot_etag = ""
        for object_key, etag in self.objects().list_entries(prefix):
            file_name = object_key[len(prefix) :]
            if file_name == SNAPSHOT_NAME:
                snapshot_etag = etag
                continue
            key = chunk_key_of_file_name(file_name, functools.partial(self.read_object, object_key))
            if key is not None and key.kind in TREE_KINDS and key.name.startswith(name_prefix):
                listed[key] = (object_key, etag)

        found = {key: self._copies.matching(object_key, etag) for key, (object_key, etag) in listed.items()}
        missing = [key for key, data in found.items() if data is None]
        if len(missing) >= SNAPSHOT_WORTH and snapshot_etag:
            self._load_snapshot(prefix)
            found.update({key: self._copies.matching(*listed[key]) for key in missing})
            missing = [key for key in missing if found[key] is None]
        fetched = self._get_many([listed[key][0] for key in missing])
        found.update(zip(missing, fetched, strict=True))
        if not within and (
            len(missing) >= SNAPSHOT_WORTH or (not snapshot_etag and len(listed) >= SNAPSHOT_WORTH)
        ):
            self._write_snapshot(prefix, listed)
        return [(key, data) for key, data in found.items() if data is not None]

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        return self.objects().head(self.chunk_key(run_id, key)) is not None

    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        object_key = self.chunk_key(run_id, key)
        self._copies.remember(object_key, self.objects().put(object_key, Payload(data)), data)

    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        object_key = self.chunk_key(run_id, key)
        created = self.objects().create(object_key, Payload(data))
        if created:
            self._remember_written(object_key)
        return created

    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        object_key = self.chunk_key(run_id, key)
        self.objects().update(
            object_key, lambda current: Payload(change(current.data if current is not None else None))
        )
        self._remember_written(object_key)

    def _remember_written(self, object_key: str) -> None:
        written = self.objects().last_written(object_key)
        if written is not None:
            self._copies.remember(object_key, written.etag, written.data)

    def _get_many(self, object_keys: list[str]) -> list[bytes | None]:
        # One GET per object, sent concurrently: a whole run costs its slowest requests, not their sum.
        stored = self.objects().get_many(object_keys)
        for object_key, item in zip(object_keys, stored, strict=True):
            if item is not None:
                self._copies.remember(object_key, item.etag, item.data)
        return [item.data if item is not None else None for item in stored]

    # -- the snapshot: a cache of every chunk, checked against the listing -----------------

    def _load_snapshot(self, prefix: str) -> None:
        stored = self.objects().get(prefix + SNAPSHOT_NAME)
        if stored is None:
            return  # removed since listed
        for file_name, copy in decode_snapshot(stored.data).items():
            self._copies.remember(prefix + file_name, copy.etag, copy.data)

    def _write_snapshot(self, prefix: str, listed: dict[ChunkKey, tuple[str, str]]) -> None:
        chunks: dict[str, Copy] = {}
        for object_key, etag in listed.values():
            data = self._copies.matching(object_key, etag)
            if data is not None:
                chunks[object_key[len(prefix) :]] = Copy(etag, data)
        try:
            self.objects().put(prefix + SNAPSHOT_NAME, Payload(encode_snapshot(chunks)))
        except exceptions.RunnableError as exc:
            # Only a cache: a reader without write access reads the chunks one by one instead.
            logger.debug("Could not write the run snapshot %s: %s", prefix + SNAPSHOT_NAME, exc)

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
        self.objects().delete([self.run_prefix(run_id) + SNAPSHOT_NAME, self.index_key(created_at, run_id)])
        self._copies.forget_prefix(self.run_prefix(run_id))

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
