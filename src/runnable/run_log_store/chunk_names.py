"""The name of a chunk's file (chunked-fs) or object (chunked S3): ``<kind>-<encoded name>.json``.

``<name>`` is the internal name, encoded so that any name is a safe, portable file or key name:
lowercase ASCII letters, digits, ``_``, ``-`` and ``.`` stay as they are, every other byte of its
UTF-8 form becomes ``%xx`` (uppercase letters too, so names differing only in case stay distinct on
case-insensitive file systems). A name whose encoding would be too long is stored as
``<kind>-~<sha256>.json``; the name is inside the chunk.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from runnable.run_log_store.chunked import CHUNK_KINDS, RUN_LEVEL_KINDS, ChunkKey, chunk_key_of

CHUNK_SUFFIX = ".json"
HASHED_MARK = "~"
# Room for the kind, the suffix and a lock file's extra characters within 255 bytes.
MAX_ENCODED_NAME = 200
_LITERAL = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_-.")
_ALL_LITERAL = re.compile(r"[a-z0-9_.\-]*")


def encode_chunk_name(name: str) -> str:
    """A file-name-safe, case-insensitive-safe, reversible form of an internal name."""
    if _ALL_LITERAL.fullmatch(name):
        return name
    return "".join(chr(byte) if byte in _LITERAL else f"%{byte:02x}" for byte in name.encode("utf-8"))


def decode_chunk_name(encoded: str) -> str:
    return unquote_to_bytes(encoded).decode("utf-8")


def chunk_file_name(key: ChunkKey) -> str:
    if key.kind in RUN_LEVEL_KINDS:
        return f"{key.kind}{CHUNK_SUFFIX}"
    encoded = encode_chunk_name(key.name)
    if len(encoded) > MAX_ENCODED_NAME:
        encoded = HASHED_MARK + hashlib.sha256(key.name.encode("utf-8")).hexdigest()
    return f"{key.kind}-{encoded}{CHUNK_SUFFIX}"


_CHUNK_FILE = re.compile(r"(?P<kind>[a-z]+)(?:-(?P<name>[^/]*))?" + re.escape(CHUNK_SUFFIX))


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
