"""Chunks of a ``chunked-minio`` run kept with their ETags, so a full read GETs only what changed.

A whole run is many small objects; a GET each made a 1,000-branch run a 2,000-request read. Two
things spare those requests, both checked against the ETags one listing of the run returns:

* :class:`ChunkCopies`, in memory: every chunk this store object wrote or read, with the ETag the
  server gave that exact content. The process that ran the pipeline reads its own run back without
  a GET per chunk.
* the **snapshot** object ``<prefix>/<run_id>/.snapshot.json``: every chunk of the run with its
  ETag, written by a full read that had to fetch many chunks one by one (or found no snapshot).
  Another process reads it in one GET and fetches only the chunks whose listed ETag differs (or
  that the snapshot lacks).

A copy is used only when the listing shows the same ETag: a chunk rewritten since (by anyone) has
a new ETag and is read again, and a chunk deleted since is not listed. So neither can serve stale
content; at worst, an ETag that changed without a change of content (server-side encryption makes
ETags that are not the content's MD5) costs the GET it would have cost anyway. The snapshot is a
cache: losing it, or a snapshot write refused by read-only credentials, costs requests, never data.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

# The snapshot's name in the run's folder: the leading dot keeps it out of the chunk names.
SNAPSHOT_NAME = ".snapshot.json"
# A full read that fetched at least this many chunks one by one (or found no snapshot of a run this
# large) writes a new snapshot; below it, the GETs cost less than the snapshot's PUT and later GET.
SNAPSHOT_WORTH = 32
# Bytes of chunk copies a store object keeps, the least recently used dropped first.
COPIES_BYTES = 64 * 1024 * 1024
_FORMAT = 1


def same_etag(first: str, second: str) -> bool:
    """Whether two ETags name the same content (servers differ in quoting them)."""
    return bool(first) and first.strip('"') == second.strip('"')


@dataclass(frozen=True)
class Copy:
    etag: str
    data: bytes


class ChunkCopies:
    """Object key -> (ETag, bytes) of chunks as last written or read here; thread-safe, bounded."""

    def __init__(self, max_bytes: int = COPIES_BYTES) -> None:
        self._copies: OrderedDict[str, Copy] = OrderedDict()
        self._bytes = 0
        self._max_bytes = max_bytes
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[ChunkCopies], tuple[()]]:
        # A store sent to another process starts with no copies (they are checked anyway, but cost memory).
        return (ChunkCopies, ())

    def remember(self, key: str, etag: str, data: bytes) -> None:
        if not etag:
            return  # a server that sends no ETag cannot be checked against
        with self._lock:
            previous = self._copies.pop(key, None)
            if previous is not None:
                self._bytes -= len(previous.data)
            self._copies[key] = Copy(etag, data)
            self._bytes += len(data)
            while self._bytes > self._max_bytes and self._copies:
                _, dropped = self._copies.popitem(last=False)
                self._bytes -= len(dropped.data)

    def matching(self, key: str, etag: str) -> bytes | None:
        """The copy of ``key`` if it has ``etag`` (what the server holds now), else ``None``."""
        with self._lock:
            copy = self._copies.get(key)
            if copy is None or not same_etag(copy.etag, etag):
                return None
            self._copies.move_to_end(key)
            return copy.data

    def latest(self, key: str) -> bytes | None:
        """The last copy of ``key`` whatever the server holds now: only for content that never changes."""
        with self._lock:
            copy = self._copies.get(key)
            return copy.data if copy is not None else None

    def forget_prefix(self, prefix: str) -> None:
        with self._lock:
            for key in [key for key in self._copies if key.startswith(prefix)]:
                self._bytes -= len(self._copies.pop(key).data)


def encode_snapshot(chunks: dict[str, Copy]) -> bytes:
    """The snapshot of a run: each chunk's name in the run's folder, its ETag and its bytes."""
    entries = {name: [copy.etag, copy.data.decode("utf-8")] for name, copy in chunks.items()}
    return json.dumps({"format": _FORMAT, "chunks": entries}, ensure_ascii=False).encode("utf-8")


def decode_snapshot(data: bytes) -> dict[str, Copy]:
    """The chunks a snapshot holds; an unreadable or foreign snapshot holds none (it is only a cache)."""
    try:
        payload = json.loads(data)
        if payload.get("format") != _FORMAT:
            return {}
        return {
            str(name): Copy(str(etag), str(text).encode("utf-8"))
            for name, (etag, text) in payload["chunks"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}
