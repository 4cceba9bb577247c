"""Chunked run logs in an S3-compatible bucket, one object per chunk: ``type: chunked-minio``.

Also known as ``type: chunked-s3``. Layout (what a chunk holds: :mod:`runnable.run_log_store.chunked`;
chunk names as in ``chunked-fs``)::

    <prefix>/<run_id>/run.json               status, tag, timestamps, job
    <prefix>/<run_id>/config.json            the run config (with the dag)
    <prefix>/<run_id>/parameters.json        the run-level parameters
    <prefix>/<run_id>/step-<name>.json       one per step log
    <prefix>/<run_id>/branch-<name>.json     one per branch log (with its parameters)
    <prefix>/.index/<entry>                  one empty object per run, for listings (see ``_s3``)

A step chunk has one writer (the process running that step), so it is written with a plain PUT.
The chunks several processes change at once -- the run-level chunks (``updated_at`` and status, run
parameters, run config) and a branch's parameters -- are changed by compare-and-swap: read with
their ETag, written with ``If-Match`` (``If-None-Match: *`` when new), read again and retried when
another writer got there first. Many processes can therefore write different branches of one run
at the same time without losing anything.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store import _io
from runnable.run_log_store._s3 import Payload, S3StoreMixin
from runnable.run_log_store.chunked import (
    RUN_CHUNK,
    ChunkedRunLogStore,
    ChunkKey,
    encode_run,
)
from runnable.run_log_store.chunked_fs import chunk_file_name, chunk_key_of_file_name


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁget_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁstored_created_at__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut: MutantDict = {}  # type: ignore


class ChunkedS3RunLogStore(S3StoreMixin, ChunkedRunLogStore):
    service_name: str = "chunked-minio"
    supports_parallel_writes: bool = True

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut)
    def run_prefix(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), "")

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_orig(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), "")

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_1(self, run_id: str) -> str:
        return self.objects().key(None, "")

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_2(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), None)

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_3(self, run_id: str) -> str:
        return self.objects().key("")

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_4(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), )

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_5(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(None), "")

    def xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_6(self, run_id: str) -> str:
        return self.objects().key(_io.validate_run_id(run_id), "XXXX")

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut)
    def chunk_key(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) + chunk_file_name(key)

    def xǁChunkedS3RunLogStoreǁchunk_key__mutmut_orig(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) + chunk_file_name(key)

    def xǁChunkedS3RunLogStoreǁchunk_key__mutmut_1(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) - chunk_file_name(key)

    def xǁChunkedS3RunLogStoreǁchunk_key__mutmut_2(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(None) + chunk_file_name(key)

    def xǁChunkedS3RunLogStoreǁchunk_key__mutmut_3(self, run_id: str, key: ChunkKey) -> str:
        return self.run_prefix(run_id) + chunk_file_name(None)

    # -- chunk I/O ------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut)
    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_orig(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_1(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(None)

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_2(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(None, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_3(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, None))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_4(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁchunk_location__mutmut_5(self, run_id: str, key: ChunkKey) -> str:
        return self.objects().url(self.chunk_key(run_id, ))

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut)
    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(run_id, key))

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_orig(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(run_id, key))

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_1(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(None)

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_2(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(None, key))

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_3(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(run_id, None))

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_4(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(key))

    def xǁChunkedS3RunLogStoreǁread_chunk__mutmut_5(self, run_id: str, key: ChunkKey) -> bytes | None:
        return self.read_object(self.chunk_key(run_id, ))

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut)
    def read_object(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if stored is not None else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_orig(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if stored is not None else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_1(self, object_key: str) -> bytes | None:
        stored = None
        return stored.data if stored is not None else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_2(self, object_key: str) -> bytes | None:
        stored = self.objects().get(None)
        return stored.data if stored is not None else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_3(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if (stored is not None) and False else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_4(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if (stored is not None) or True else None

    def xǁChunkedS3RunLogStoreǁread_object__mutmut_5(self, object_key: str) -> bytes | None:
        stored = self.objects().get(object_key)
        return stored.data if stored is None else None

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut)
    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_orig(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_1(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(None, Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_2(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), None)

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_3(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_4(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), )

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_5(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(None, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_6(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, None), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_7(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(key), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_8(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, ), Payload(data))

    def xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_9(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.objects().put(self.chunk_key(run_id, key), Payload(None))

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut)
    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_orig(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_1(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(None, Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_2(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), None)

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_3(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_4(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), )

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_5(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(None, key), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_6(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, None), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_7(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(key), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_8(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, ), Payload(data))

    def xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_9(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.objects().create(self.chunk_key(run_id, key), Payload(None))

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut)
    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_orig(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_1(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            None,
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_2(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            None,
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_3(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_4(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_5(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(None, key),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_6(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, None),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_7(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(key),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_8(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, ),
            lambda current: Payload(change(current.data if current is not None else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_9(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: None,
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_10(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(None),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_11(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_12(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if (current is not None) and False else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_13(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if (current is not None) or True else None)),
        )

    def xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_14(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.objects().update(
            self.chunk_key(run_id, key),
            lambda current: Payload(change(current.data if current is None else None)),
        )

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut)
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

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_orig(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_1(self, run_id: str) -> list[ChunkKey]:
        prefix = None
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_2(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(None)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_3(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = None
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_4(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(None):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_5(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = None
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_6(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                None, functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_7(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], None
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_8(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_9(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_10(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(None, object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_11(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, None)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_12(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(object_key)
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_13(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, )
            )
            if key is not None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_14(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is None:
                keys.append(key)
        return keys

    def xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_15(self, run_id: str) -> list[ChunkKey]:
        prefix = self.run_prefix(run_id)
        keys = []
        for object_key in self.objects().list_keys(prefix):
            key = chunk_key_of_file_name(
                object_key[len(prefix) :], functools.partial(self.read_object, object_key)
            )
            if key is not None:
                keys.append(None)
        return keys

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut)
    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(run_id, key) for key in keys)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_orig(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(run_id, key) for key in keys)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_1(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(None)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_2(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(None, key) for key in keys)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_3(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(run_id, None) for key in keys)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_4(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(key) for key in keys)

    def xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_5(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.objects().delete(self.chunk_key(run_id, ) for key in keys)

    # -- creating and replacing runs keep the run index current ---------------------------

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut)
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

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_orig(
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

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_1(
        self,
        run_id: str,
        dag_hash: str = "XXXX",
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

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_2(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = True,
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

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_3(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "XXXX",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_4(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "XXXX",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_5(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = None

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_6(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=None, dag_hash=dag_hash, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_7(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=None, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_8(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=None, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_9(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=None)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_10(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(dag_hash=dag_hash, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_11(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, tag=tag, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_12(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, status=status)

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_13(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, )

        def create() -> None:
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_14(
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
            if self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_15(
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
            if not self.create_chunk_exclusive(None, RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_16(
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
            if not self.create_chunk_exclusive(run_id, None, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_17(
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
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, None):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_18(
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
            if not self.create_chunk_exclusive(RUN_CHUNK, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_19(
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
            if not self.create_chunk_exclusive(run_id, encode_run(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_20(
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
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, ):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_21(
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
            if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(None)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_22(
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
                raise exceptions.RunLogExistsError(None)

        self.indexed_create(run_log, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_23(
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

        self.indexed_create(None, create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_24(
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

        self.indexed_create(run_log, None)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_25(
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

        self.indexed_create(create)
        return run_log

    # -- creating and replacing runs keep the run index current ---------------------------

    def xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_26(
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

        self.indexed_create(run_log, )
        return run_log

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut)
    def put_run_log(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_orig(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_1(self, run_log: RunLog) -> None:
        self.indexed_put(None, lambda: super(ChunkedS3RunLogStore, self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_2(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, None)

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_3(self, run_log: RunLog) -> None:
        self.indexed_put(lambda: super(ChunkedS3RunLogStore, self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_4(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, )

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_5(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: None)

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_6(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, self).put_run_log(None))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_7(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(None, self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_8(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, None).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_9(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(self).put_run_log(run_log))

    def xǁChunkedS3RunLogStoreǁput_run_log__mutmut_10(self, run_log: RunLog) -> None:
        self.indexed_put(run_log, lambda: super(ChunkedS3RunLogStore, ).put_run_log(run_log))

    # -- the rest of the contract ---------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("")):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("")):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        for name in self.objects().list_folders(None):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key(None)):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_3(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("XXXX")):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_4(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("")):
            try:
                yield _io.validate_run_id(None)
            except exceptions.InvalidRunIdError:
                continue  # the index and check folders start with '.'

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_5(self) -> Iterator[str]:
        for name in self.objects().list_folders(self.objects().key("")):
            try:
                yield _io.validate_run_id(name)
            except exceptions.InvalidRunIdError:
                break  # the index and check folders start with '.'

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁget_summary__mutmut)
    def get_summary(self) -> dict[str, Any]:
        return self.describe(f"one object per chunk: {self.key_prefix}<run_id>/(run|step-*|branch-*).json")

    def xǁChunkedS3RunLogStoreǁget_summary__mutmut_orig(self) -> dict[str, Any]:
        return self.describe(f"one object per chunk: {self.key_prefix}<run_id>/(run|step-*|branch-*).json")

    def xǁChunkedS3RunLogStoreǁget_summary__mutmut_1(self) -> dict[str, Any]:
        return self.describe(None)

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁstored_created_at__mutmut)
    def stored_created_at(self, run_id: str) -> datetime | None:
        try:
            return self._read_run(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    def xǁChunkedS3RunLogStoreǁstored_created_at__mutmut_orig(self, run_id: str) -> datetime | None:
        try:
            return self._read_run(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    def xǁChunkedS3RunLogStoreǁstored_created_at__mutmut_1(self, run_id: str) -> datetime | None:
        try:
            return self._read_run(None).created_at
        except exceptions.RunLogNotFoundError:
            return None

    @_mutmut_mutated(mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut)
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_orig(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_1(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = None
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_2(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(None, query)
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_3(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, None)
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_4(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(query)
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_5(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, )
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

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_6(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None and not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_7(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is not None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_8(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_9(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(None):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_10(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(None, full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_11(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=None)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_12(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(full=True)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_13(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, )
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_14(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=False)
            self._complete_header(run_id, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_15(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(None, header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_16(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, None)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_17(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(header)
        except exceptions.RunLogNotFoundError:
            return None
        return header

    def xǁChunkedS3RunLogStoreǁload_for_query__mutmut_18(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        header = self.header_for_query(run_id, query)
        if header is None or not query.matches(header):
            return None
        # The run chunk decides; a match is then read as get_run_log_by_id reads it.
        try:
            if full:
                return self.get_run_log_by_id(run_id, full=True)
            self._complete_header(run_id, )
        except exceptions.RunLogNotFoundError:
            return None
        return header

mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁrun_prefix__mutmut['xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁrun_prefix__mutmut_6 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut['xǁChunkedS3RunLogStoreǁchunk_key__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut['xǁChunkedS3RunLogStoreǁchunk_key__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_key__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_key__mutmut['xǁChunkedS3RunLogStoreǁchunk_key__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_key__mutmut_3 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['xǁChunkedS3RunLogStoreǁchunk_location__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['xǁChunkedS3RunLogStoreǁchunk_location__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['xǁChunkedS3RunLogStoreǁchunk_location__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['xǁChunkedS3RunLogStoreǁchunk_location__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁchunk_location__mutmut['xǁChunkedS3RunLogStoreǁchunk_location__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁchunk_location__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['xǁChunkedS3RunLogStoreǁread_chunk__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['xǁChunkedS3RunLogStoreǁread_chunk__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['xǁChunkedS3RunLogStoreǁread_chunk__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['xǁChunkedS3RunLogStoreǁread_chunk__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_chunk__mutmut['xǁChunkedS3RunLogStoreǁread_chunk__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_chunk__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['xǁChunkedS3RunLogStoreǁread_object__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['xǁChunkedS3RunLogStoreǁread_object__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['xǁChunkedS3RunLogStoreǁread_object__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['xǁChunkedS3RunLogStoreǁread_object__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁread_object__mutmut['xǁChunkedS3RunLogStoreǁread_object__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁread_object__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut['xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁwrite_chunk__mutmut_9 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_chunk_exclusive__mutmut_9 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_10'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_11'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_12'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_13'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut['xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_14'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁupdate_chunk__mutmut_14 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_10'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_11'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_12'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_13'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_14'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁlist_chunks__mutmut['xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_15'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁlist_chunks__mutmut_15 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut['xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁdelete_chunks__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_10'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_11'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_12'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_13'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_14'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_15'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_16'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_17'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_18'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_19'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_20'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_21'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_22'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_23'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_24'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_25'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut['xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_26'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁcreate_run_log__mutmut_26 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁput_run_log__mutmut['xǁChunkedS3RunLogStoreǁput_run_log__mutmut_10'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁput_run_log__mutmut_10 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut['xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁiter_run_ids__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁget_summary__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁget_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁget_summary__mutmut['xǁChunkedS3RunLogStoreǁget_summary__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁget_summary__mutmut_1 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁstored_created_at__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁstored_created_at__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁstored_created_at__mutmut['xǁChunkedS3RunLogStoreǁstored_created_at__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁstored_created_at__mutmut_1 # type: ignore # mutmut generated

mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['_mutmut_orig'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_1'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_2'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_3'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_4'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_5'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_6'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_7'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_8'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_9'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_10'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_11'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_12'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_13'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_14'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_15'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_16'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_17'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedS3RunLogStoreǁload_for_query__mutmut['xǁChunkedS3RunLogStoreǁload_for_query__mutmut_18'] = ChunkedS3RunLogStore.xǁChunkedS3RunLogStoreǁload_for_query__mutmut_18 # type: ignore # mutmut generated
