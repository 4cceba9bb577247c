"""Chunked run logs on a file system: ``<log_folder>/<run_id>/`` with one file per chunk.

Layout of a run folder (see :mod:`runnable.run_log_store.chunked` for what a chunk holds)::

    <log_folder>/<run_id>/run.json                   status, tag, timestamps, job
    <log_folder>/<run_id>/config.json                the run config (with the dag)
    <log_folder>/<run_id>/parameters.json            the run-level parameters
    <log_folder>/<run_id>/step-<name>.json           one per step log
    <log_folder>/<run_id>/branch-<name>.json         one per branch log (with its parameters)

``<name>`` is the internal name, encoded so that any name is a safe, portable
file name: lowercase ASCII letters, digits, ``_``, ``-`` and ``.`` stay as
they are, every other byte of its UTF-8 form becomes ``%xx`` (uppercase
letters too, so names differing only in case stay distinct on
case-insensitive file systems). A name whose encoding would be too long for a
file name is stored as ``<kind>-~<sha256>.json``; the name is inside the chunk.

Every file is written atomically (temporary file, fsync, rename). The folder is
synced when a run is created, not after every rename: like SQLite's
``synchronous=NORMAL``, a power loss may undo the last writes, never tear a
file. The run-level files and branch files, which several processes may change
at once, are only changed under a lock (:class:`~runnable.run_log_store._io.PathLocks`,
``.lock.<n>`` files in the run folder). Many processes can therefore write
different steps, branches and parameter scopes of one run
at the same time without losing anything.

Folders written by runnable 0.50's ``chunked-fs`` store (``RunLog.json`` plus
``BranchLog-<branch>.json``) are read as they are: the first access to such a
run stores it in this layout too, leaving the old files in place.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.models import BranchLog, RunLog
from runnable.run_log_store import _io
from runnable.run_log_store.chunked import (
    CHUNK_KINDS,
    RUN_CHUNK,
    RUN_LEVEL_KINDS,
    ChunkedRunLogStore,
    ChunkKey,
    chunk_key_of,
    encode_parts,
    encode_run,
)

CHUNK_SUFFIX = ".json"
HASHED_MARK = "~"
# Room for the kind, the suffix and a lock file's extra characters within 255 bytes.
MAX_ENCODED_NAME = 200
_LITERAL = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_-.")
_ALL_LITERAL = re.compile(r"[a-z0-9_.\-]*")

LEGACY_RUN_FILE = "RunLog.json"
LEGACY_BRANCH_PREFIX = "BranchLog-"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_encode_chunk_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_chunk_name__mutmut)
def encode_chunk_name(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_orig(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_1(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(None):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_2(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(None)


def x_encode_chunk_name__mutmut_3(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "XXXX".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_4(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if (byte in _LITERAL) and False else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_5(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if (byte in _LITERAL) or True else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_6(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(None) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_7(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte not in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def x_encode_chunk_name__mutmut_8(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode(None))


def x_encode_chunk_name__mutmut_9(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("XXutf-8XX"))


def x_encode_chunk_name__mutmut_10(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("UTF-8"))

mutants_x_encode_chunk_name__mutmut['_mutmut_orig'] = x_encode_chunk_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_1'] = x_encode_chunk_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_2'] = x_encode_chunk_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_3'] = x_encode_chunk_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_4'] = x_encode_chunk_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_5'] = x_encode_chunk_name__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_6'] = x_encode_chunk_name__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_7'] = x_encode_chunk_name__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_8'] = x_encode_chunk_name__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_9'] = x_encode_chunk_name__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_chunk_name__mutmut['x_encode_chunk_name__mutmut_10'] = x_encode_chunk_name__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_chunk_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_chunk_name__mutmut)
def decode_chunk_name(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode("utf-8")


def x_decode_chunk_name__mutmut_orig(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode("utf-8")


def x_decode_chunk_name__mutmut_1(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode(None)


def x_decode_chunk_name__mutmut_2(encoded: str) -> str:
    return unquote_to_bytes(None).decode("utf-8")


def x_decode_chunk_name__mutmut_3(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode("XXutf-8XX")


def x_decode_chunk_name__mutmut_4(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode("UTF-8")

mutants_x_decode_chunk_name__mutmut['_mutmut_orig'] = x_decode_chunk_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_chunk_name__mutmut['x_decode_chunk_name__mutmut_1'] = x_decode_chunk_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_chunk_name__mutmut['x_decode_chunk_name__mutmut_2'] = x_decode_chunk_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_chunk_name__mutmut['x_decode_chunk_name__mutmut_3'] = x_decode_chunk_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_chunk_name__mutmut['x_decode_chunk_name__mutmut_4'] = x_decode_chunk_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chunk_file_name__mutmut)
def chunk_file_name(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_orig(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_1(key: ChunkKey) -> str:
    if key.kind not in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_2(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = None
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_3(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(None)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_4(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) >= MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_5(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = None
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_6(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK - hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_7(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(None).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_8(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode(None)).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_9(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("XXutf-8XX")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


def x_chunk_file_name__mutmut_10(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("UTF-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"

mutants_x_chunk_file_name__mutmut['_mutmut_orig'] = x_chunk_file_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_1'] = x_chunk_file_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_2'] = x_chunk_file_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_3'] = x_chunk_file_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_4'] = x_chunk_file_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_5'] = x_chunk_file_name__mutmut_5 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_6'] = x_chunk_file_name__mutmut_6 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_7'] = x_chunk_file_name__mutmut_7 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_8'] = x_chunk_file_name__mutmut_8 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_9'] = x_chunk_file_name__mutmut_9 # type: ignore # mutmut generated
mutants_x_chunk_file_name__mutmut['x_chunk_file_name__mutmut_10'] = x_chunk_file_name__mutmut_10 # type: ignore # mutmut generated


_CHUNK_FILE = re.compile(r"(?P<kind>[a-z]+)(?:-(?P<name>[^/]*))?" + re.escape(CHUNK_SUFFIX))
mutants_x_chunk_key_of_file_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chunk_key_of_file_name__mutmut)
def chunk_key_of_file_name(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_orig(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_1(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = None
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_2(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(None)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_3(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None and match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_4(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is not None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_5(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["XXkindXX"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_6(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["KIND"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_7(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_8(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = None
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_9(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["XXkindXX"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_10(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["KIND"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_11(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] and ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_12(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["XXnameXX"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_13(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["NAME"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_14(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or "XXXX"
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_15(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind not in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_16(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if (not encoded) and False else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_17(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if (not encoded) or True else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_18(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(None) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_19(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_20(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(None):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_21(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = None
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_22(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if (data is not None) and False else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_23(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if (data is not None) or True else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_24(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(None) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_25(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is None else None
    try:
        return ChunkKey(kind, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_26(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(None, decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_27(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, None)
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_28(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(decode_chunk_name(encoded))
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_29(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, )
    except UnicodeDecodeError:
        return None


def x_chunk_key_of_file_name__mutmut_30(name: str, read_chunk: Callable[[], bytes | None]) -> ChunkKey | None:
    """The chunk a file (or object) name stands for, or ``None`` for any other file.

    ``read_chunk`` gives the file's bytes, needed only for a hashed name (the key is inside).
    """
    match = _CHUNK_FILE.fullmatch(name)
    if match is None or match["kind"] not in CHUNK_KINDS:
        return None  # temporary, lock and runnable 0.50 files
    kind, encoded = match["kind"], match["name"] or ""
    if kind in RUN_LEVEL_KINDS:
        return ChunkKey(kind) if not encoded else None
    if encoded.startswith(HASHED_MARK):
        data = read_chunk()
        return chunk_key_of(data) if data is not None else None
    try:
        return ChunkKey(kind, decode_chunk_name(None))
    except UnicodeDecodeError:
        return None

mutants_x_chunk_key_of_file_name__mutmut['_mutmut_orig'] = x_chunk_key_of_file_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_1'] = x_chunk_key_of_file_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_2'] = x_chunk_key_of_file_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_3'] = x_chunk_key_of_file_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_4'] = x_chunk_key_of_file_name__mutmut_4 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_5'] = x_chunk_key_of_file_name__mutmut_5 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_6'] = x_chunk_key_of_file_name__mutmut_6 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_7'] = x_chunk_key_of_file_name__mutmut_7 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_8'] = x_chunk_key_of_file_name__mutmut_8 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_9'] = x_chunk_key_of_file_name__mutmut_9 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_10'] = x_chunk_key_of_file_name__mutmut_10 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_11'] = x_chunk_key_of_file_name__mutmut_11 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_12'] = x_chunk_key_of_file_name__mutmut_12 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_13'] = x_chunk_key_of_file_name__mutmut_13 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_14'] = x_chunk_key_of_file_name__mutmut_14 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_15'] = x_chunk_key_of_file_name__mutmut_15 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_16'] = x_chunk_key_of_file_name__mutmut_16 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_17'] = x_chunk_key_of_file_name__mutmut_17 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_18'] = x_chunk_key_of_file_name__mutmut_18 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_19'] = x_chunk_key_of_file_name__mutmut_19 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_20'] = x_chunk_key_of_file_name__mutmut_20 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_21'] = x_chunk_key_of_file_name__mutmut_21 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_22'] = x_chunk_key_of_file_name__mutmut_22 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_23'] = x_chunk_key_of_file_name__mutmut_23 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_24'] = x_chunk_key_of_file_name__mutmut_24 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_25'] = x_chunk_key_of_file_name__mutmut_25 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_26'] = x_chunk_key_of_file_name__mutmut_26 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_27'] = x_chunk_key_of_file_name__mutmut_27 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_28'] = x_chunk_key_of_file_name__mutmut_28 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_29'] = x_chunk_key_of_file_name__mutmut_29 # type: ignore # mutmut generated
mutants_x_chunk_key_of_file_name__mutmut['x_chunk_key_of_file_name__mutmut_30'] = x_chunk_key_of_file_name__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut: MutantDict = {}  # type: ignore


class ChunkedFileSystemRunLogStore(ChunkedRunLogStore):
    service_name: str = "chunked-fs"
    log_folder: str = defaults.DEFAULT_RUN_LOG_FOLDER
    supports_parallel_writes: bool = True

    _locks: _io.PathLocks = PrivateAttr(default_factory=_io.PathLocks)
    # Paths are built for every chunk operation: keep each run's folder once built.
    _run_folders: dict[str, Path] = PrivateAttr(default_factory=dict)

    @property
    def folder(self) -> Path:
        return Path(self.log_folder)

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut)
    def run_folder(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_orig(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_1(self, run_id: str) -> Path:
        folder = None
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_2(self, run_id: str) -> Path:
        folder = self._run_folders.get(None)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_3(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is not None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_4(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) > _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_5(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = None
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_6(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder * _io.validate_run_id(run_id)
        return folder

    def xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_7(self, run_id: str) -> Path:
        folder = self._run_folders.get(run_id)
        if folder is None:
            if len(self._run_folders) >= _io.MAX_CACHED_RUNS:
                self._run_folders.clear()
            folder = self._run_folders[run_id] = self.folder / _io.validate_run_id(None)
        return folder

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut)
    def chunk_path(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(run_id) / chunk_file_name(key)

    def xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_orig(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(run_id) / chunk_file_name(key)

    def xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_1(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(run_id) * chunk_file_name(key)

    def xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_2(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(None) / chunk_file_name(key)

    def xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_3(self, run_id: str, key: ChunkKey) -> Path:
        return self.run_folder(run_id) / chunk_file_name(None)

    # -- chunk I/O ------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut)
    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(run_id, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_orig(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(run_id, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_1(self, run_id: str, key: ChunkKey) -> str:
        return str(None)

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_2(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(None, key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_3(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(run_id, None))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_4(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(key))

    # -- chunk I/O ------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_5(self, run_id: str, key: ChunkKey) -> str:
        return str(self.chunk_path(run_id, ))

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut)
    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_orig(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_1(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = None
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_2(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(None, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_3(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, None)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_4(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_5(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, )
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_6(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(None, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_7(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, None, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_8(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, None):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_9(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_10(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_11(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, ):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_12(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "XXreadXX"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_13(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "READ"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_14(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = None
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_15(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(None)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_16(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK or self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_17(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None or key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_18(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is not None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_19(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key != RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_20(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(None):
            return self._convert_legacy(run_id)
        return data

    def xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_21(self, run_id: str, key: ChunkKey) -> bytes | None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            data = _io.read_if_exists(path)
        if data is None and key == RUN_CHUNK and self._is_legacy(run_id):
            return self._convert_legacy(None)
        return data

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut)
    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_orig(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_1(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = None
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_2(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(None, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_3(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, None)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_4(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_5(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, )
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_6(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(None, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_7(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, None, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_8(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, None):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_9(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_10(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_11(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, ):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_12(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "XXwriteXX"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_13(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "WRITE"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_14(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=None, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_15(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=None)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_16(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_17(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, )
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_18(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=False, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_19(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=False)
            _io.write_atomic(path, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_20(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(None, data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_21(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, None, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_22(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=None)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_23(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(data, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_24(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_25(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, )

    def xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_26(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        path = self.chunk_path(run_id, key)
        with _io.os_errors_as_store_errors(run_id, path, "write"):
            path.parent.mkdir(parents=True, exist_ok=True)
            _io.write_atomic(path, data, sync_folder=True)

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut)
    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_orig(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_1(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = None
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_2(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(None, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_3(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, None)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_4(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_5(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, )
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_6(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK or self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_7(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key != RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_8(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(None):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_9(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return True
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_10(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(None, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_11(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, None, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_12(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, None):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_13(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_14(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_15(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, ):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_16(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "XXcreateXX"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_17(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "CREATE"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_18(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=None, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_19(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=None)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_20(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_21(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, )
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_22(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=False, exist_ok=True)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_23(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=False)
            return _io.create_exclusive(path, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_24(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(None, data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_25(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, None)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_26(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(data)

    def xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_27(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        path = self.chunk_path(run_id, key)
        if key == RUN_CHUNK and self._is_legacy(run_id):
            return False
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            path.parent.mkdir(parents=True, exist_ok=True)
            return _io.create_exclusive(path, )

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut)
    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_orig(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_1(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = None
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_2(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(None, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_3(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, None)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_4(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_5(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, )
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_6(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_7(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(None, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_8(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, None, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_9(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, None):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_10(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_11(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_12(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, ):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_13(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "XXcreateXX"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_14(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "CREATE"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_15(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=None, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_16(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=None)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_17(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_18(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, )
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_19(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=False, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_20(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=False)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_21(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(None, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_22(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, None), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_23(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_24(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, ), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_25(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(None, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_26(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, None, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_27(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, None):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_28(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_29(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_30(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, ):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_31(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "XXupdateXX"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_32(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "UPDATE"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_33(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = None
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_34(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(None)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_35(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK or self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_36(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None or key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_37(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is not None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_38(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key != RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_39(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(None):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_40(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = None
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_41(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(None)
            _io.write_atomic(path, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_42(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(None, change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_43(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, None, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_44(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=None)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_45(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(change(current), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_46(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_47(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), )

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_48(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(None), sync_folder=False)

    def xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_49(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        path = self.chunk_path(run_id, key)
        if not path.parent.is_dir():
            # A run without a folder: let ``change`` refuse (writers of a missing
            # run raise not found) before a folder is made for nothing.
            change(None)
            with _io.os_errors_as_store_errors(run_id, path.parent, "create"):
                path.parent.mkdir(parents=True, exist_ok=True)
        with self._locks.hold(path, run_id), _io.os_errors_as_store_errors(run_id, path, "update"):
            current = _io.read_if_exists(path)
            if current is None and key == RUN_CHUNK and self._is_legacy(run_id):
                current = self._convert_legacy(run_id)
            _io.write_atomic(path, change(current), sync_folder=True)

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut)
    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_orig(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_1(self, run_id: str) -> list[ChunkKey]:
        folder = None
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_2(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(None)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_3(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(None, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_4(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, None, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_5(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, None):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_6(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_7(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_8(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, ):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_9(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "XXlistXX"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_10(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "LIST"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_11(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = None
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_12(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(None)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_13(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = None
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_14(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = None
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_15(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(None, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_16(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, None)
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_17(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_18(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, )
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_19(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(None, folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_20(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, None))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_21(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(folder / name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_22(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, ))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_23(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder * name))
                if key is not None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_24(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is None:
                    keys.append(key)
        return keys

    def xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_25(self, run_id: str) -> list[ChunkKey]:
        folder = self.run_folder(run_id)
        with _io.os_errors_as_store_errors(run_id, folder, "list"):
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return []
            keys = []
            for name in names:
                key = chunk_key_of_file_name(name, functools.partial(_io.read_if_exists, folder / name))
                if key is not None:
                    keys.append(None)
        return keys

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut)
    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_orig(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_1(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = None
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_2(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(None, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_3(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, None)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_4(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_5(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, )
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_6(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(None, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_7(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, None, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_8(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, None):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_9(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_10(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_11(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, ):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_12(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "XXdeleteXX"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_13(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "DELETE"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_14(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=None)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_15(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=False)
        _io.fsync_folder(self.run_folder(run_id))

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_16(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(None)

    def xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_17(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        for key in keys:
            path = self.chunk_path(run_id, key)
            with _io.os_errors_as_store_errors(run_id, path, "delete"):
                path.unlink(missing_ok=True)
        _io.fsync_folder(self.run_folder(None))

    # -- the rest of the contract ---------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=True))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=True))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        return iter(None)

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(None, directories=True))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_3(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=None))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_4(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(directories=True))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_5(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, ))

    # -- the rest of the contract ---------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_6(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False))

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut)
    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_orig(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXTypeXX": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_2(self) -> dict[str, Any]:
        return {
            "type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_3(self) -> dict[str, Any]:
        return {
            "TYPE": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_4(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "XXLocationXX": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_5(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_6(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "LOCATION": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_7(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(None),
            "Layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_8(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "XXLayoutXX": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_9(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "layout": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_10(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "LAYOUT": "one folder per run, one file per step, branch and run header",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_11(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "XXone folder per run, one file per step, branch and run headerXX",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_12(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "ONE FOLDER PER RUN, ONE FILE PER STEP, BRANCH AND RUN HEADER",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_13(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "XXParallel writesXX": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_14(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "parallel writes": self.supports_parallel_writes,
        }

    def xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_15(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": "one folder per run, one file per step, branch and run header",
            "PARALLEL WRITES": self.supports_parallel_writes,
        }

    # -- helpers --------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut)
    def _is_legacy(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_orig(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_1(self, run_id: str) -> bool:
        folder = None
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_2(self, run_id: str) -> bool:
        folder = self.run_folder(None)
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_3(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() or not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_4(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder * LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_5(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() and (folder / chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_6(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder * chunk_file_name(RUN_CHUNK)).exists()

    # -- helpers --------------------------------------------------------------------------

    def xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_7(self, run_id: str) -> bool:
        folder = self.run_folder(run_id)
        return (folder / LEGACY_RUN_FILE).is_file() and not (folder / chunk_file_name(None)).exists()

    @_mutmut_mutated(mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut)
    def _convert_legacy(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_orig(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_1(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = None
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_2(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(None, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_3(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, None)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_4(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_5(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, )
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_6(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(None, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_7(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, None):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_8(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_9(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, ):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_10(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_11(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = None
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_12(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(None, run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_13(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), None)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_14(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_15(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), )
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_16(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(None), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_17(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(None):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_18(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(None, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_19(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, None, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_20(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, None)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_21(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_22(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_23(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, )
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_24(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(None, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_25(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, None, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_26(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, None)
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_27(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_28(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, encode_run(run_log))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_29(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, )
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_30(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(None))
            return _io.read_if_exists(run_path)

    def xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_31(self, run_id: str) -> bytes | None:
        """Store a runnable 0.50 run in this layout (once, under the run lock); return its run chunk."""
        run_path = self.chunk_path(run_id, RUN_CHUNK)
        with self._locks.hold(run_path, run_id):
            if not run_path.exists():
                run_log = read_legacy_run_folder(self.run_folder(run_id), run_id)
                for key, data in encode_parts(run_log):
                    self.write_chunk(run_id, key, data)
                self.write_chunk(run_id, RUN_CHUNK, encode_run(run_log))
            return _io.read_if_exists(None)

mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut['xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁrun_folder__mutmut_7 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_path__mutmut_3 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut['xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁchunk_location__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁread_chunk__mutmut_21 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_22'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_23'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_24'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_25'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_26'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁwrite_chunk__mutmut_26 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_22'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_23'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_24'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_25'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_26'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut['xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_27'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁcreate_chunk_exclusive__mutmut_27 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_22'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_23'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_24'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_25'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_26'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_27'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_28'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_29'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_30'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_31'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_32'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_33'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_34'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_35'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_36'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_37'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_38'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_39'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_40'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_41'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_41 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_42'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_42 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_43'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_43 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_44'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_44 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_45'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_45 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_46'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_46 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_47'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_47 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_48'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_48 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut['xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_49'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁupdate_chunk__mutmut_49 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_22'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_23'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_24'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_25'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁlist_chunks__mutmut_25 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut['xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁdelete_chunks__mutmut_17 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁiter_run_ids__mutmut_6 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut['xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁget_summary__mutmut_15 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_is_legacy__mutmut_7 # type: ignore # mutmut generated

mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['_mutmut_orig'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_1'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_2'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_3'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_4'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_5'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_6'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_7'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_8'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_9'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_10'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_11'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_12'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_13'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_14'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_15'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_16'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_17'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_18'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_19'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_20'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_21'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_22'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_23'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_24'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_25'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_26'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_27'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_28'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_29'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_30'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut['xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_31'] = ChunkedFileSystemRunLogStore.xǁChunkedFileSystemRunLogStoreǁ_convert_legacy__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_legacy_run_folder__mutmut)
def read_legacy_run_folder(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_orig(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_1(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = None
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_2(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder * LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_3(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(None, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_4(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, None, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_5(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, None):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_6(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_7(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_8(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, ):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_9(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "XXreadXX"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_10(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "READ"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_11(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = None
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_12(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(None, run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_13(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), None, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_14(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, None)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_15(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_16(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_17(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, )
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_18(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(None, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_19(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, None)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_20(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_21(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, )
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_22(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = None
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_23(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(None, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_24(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, None, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_25(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, None, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_26(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, None)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_27(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_28(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_29(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_30(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, )
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_31(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = None
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_32(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            None,
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_33(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=None,
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_34(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_35(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_36(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(None)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_37(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: None,
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_38(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = None
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_39(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(None, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_40(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, None, run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_41(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), None, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_42(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, None)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_43(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(_io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_44(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_45(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_46(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, )
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_47(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(None, run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_48(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), None, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_49(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, None), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_50(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_51(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_52(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, ), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_53(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(None, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_54(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=None):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_55(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_56(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, ):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_57(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: None):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_58(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(None)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_59(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(None)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_60(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                None, str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_61(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, None, f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_62(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), None
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_63(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                str(folder), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_64(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_65(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(folder), ) from exc
    return run_log


def x_read_legacy_run_folder__mutmut_66(folder: Path, run_id: str) -> RunLog:
    """A run as runnable 0.50's ``chunked-fs`` left it: ``RunLog.json`` and ``BranchLog-*.json`` files."""
    run_path = folder / LEGACY_RUN_FILE
    with _io.os_errors_as_store_errors(run_id, run_path, "read"):
        payload = _io.decode_json(run_path.read_bytes(), run_id, run_path)
        _io.fill_missing_timestamps(payload, run_path.stat().st_mtime)
        run_log = _io.decode_model(RunLog, payload, run_id, run_path)
        branch_paths = sorted(
            (path for path in folder.iterdir() if path.name.startswith(LEGACY_BRANCH_PREFIX)),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
        )
        branches = [
            _io.decode_model(BranchLog, _io.decode_json(path.read_bytes(), run_id, path), run_id, path)
            for path in branch_paths
        ]
    # Parents before children: a branch's internal name is longer than its parent's.
    for branch in sorted(branches, key=lambda branch: branch.internal_name.count(defaults.NAME_SEPARATOR)):
        try:
            run_log.insert_branch_log(branch)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, str(None), f"branch '{branch.internal_name}' has no step to belong to"
            ) from exc
    return run_log

mutants_x_read_legacy_run_folder__mutmut['_mutmut_orig'] = x_read_legacy_run_folder__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_1'] = x_read_legacy_run_folder__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_2'] = x_read_legacy_run_folder__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_3'] = x_read_legacy_run_folder__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_4'] = x_read_legacy_run_folder__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_5'] = x_read_legacy_run_folder__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_6'] = x_read_legacy_run_folder__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_7'] = x_read_legacy_run_folder__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_8'] = x_read_legacy_run_folder__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_9'] = x_read_legacy_run_folder__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_10'] = x_read_legacy_run_folder__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_11'] = x_read_legacy_run_folder__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_12'] = x_read_legacy_run_folder__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_13'] = x_read_legacy_run_folder__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_14'] = x_read_legacy_run_folder__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_15'] = x_read_legacy_run_folder__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_16'] = x_read_legacy_run_folder__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_17'] = x_read_legacy_run_folder__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_18'] = x_read_legacy_run_folder__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_19'] = x_read_legacy_run_folder__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_20'] = x_read_legacy_run_folder__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_21'] = x_read_legacy_run_folder__mutmut_21 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_22'] = x_read_legacy_run_folder__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_23'] = x_read_legacy_run_folder__mutmut_23 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_24'] = x_read_legacy_run_folder__mutmut_24 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_25'] = x_read_legacy_run_folder__mutmut_25 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_26'] = x_read_legacy_run_folder__mutmut_26 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_27'] = x_read_legacy_run_folder__mutmut_27 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_28'] = x_read_legacy_run_folder__mutmut_28 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_29'] = x_read_legacy_run_folder__mutmut_29 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_30'] = x_read_legacy_run_folder__mutmut_30 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_31'] = x_read_legacy_run_folder__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_32'] = x_read_legacy_run_folder__mutmut_32 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_33'] = x_read_legacy_run_folder__mutmut_33 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_34'] = x_read_legacy_run_folder__mutmut_34 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_35'] = x_read_legacy_run_folder__mutmut_35 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_36'] = x_read_legacy_run_folder__mutmut_36 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_37'] = x_read_legacy_run_folder__mutmut_37 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_38'] = x_read_legacy_run_folder__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_39'] = x_read_legacy_run_folder__mutmut_39 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_40'] = x_read_legacy_run_folder__mutmut_40 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_41'] = x_read_legacy_run_folder__mutmut_41 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_42'] = x_read_legacy_run_folder__mutmut_42 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_43'] = x_read_legacy_run_folder__mutmut_43 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_44'] = x_read_legacy_run_folder__mutmut_44 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_45'] = x_read_legacy_run_folder__mutmut_45 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_46'] = x_read_legacy_run_folder__mutmut_46 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_47'] = x_read_legacy_run_folder__mutmut_47 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_48'] = x_read_legacy_run_folder__mutmut_48 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_49'] = x_read_legacy_run_folder__mutmut_49 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_50'] = x_read_legacy_run_folder__mutmut_50 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_51'] = x_read_legacy_run_folder__mutmut_51 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_52'] = x_read_legacy_run_folder__mutmut_52 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_53'] = x_read_legacy_run_folder__mutmut_53 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_54'] = x_read_legacy_run_folder__mutmut_54 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_55'] = x_read_legacy_run_folder__mutmut_55 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_56'] = x_read_legacy_run_folder__mutmut_56 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_57'] = x_read_legacy_run_folder__mutmut_57 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_58'] = x_read_legacy_run_folder__mutmut_58 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_59'] = x_read_legacy_run_folder__mutmut_59 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_60'] = x_read_legacy_run_folder__mutmut_60 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_61'] = x_read_legacy_run_folder__mutmut_61 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_62'] = x_read_legacy_run_folder__mutmut_62 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_63'] = x_read_legacy_run_folder__mutmut_63 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_64'] = x_read_legacy_run_folder__mutmut_64 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_65'] = x_read_legacy_run_folder__mutmut_65 # type: ignore # mutmut generated
mutants_x_read_legacy_run_folder__mutmut['x_read_legacy_run_folder__mutmut_66'] = x_read_legacy_run_folder__mutmut_66 # type: ignore # mutmut generated
