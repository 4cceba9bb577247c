"""File helpers shared by the file-based stores: run ids, atomic writes, the JSON codec, locks.

Run ids become file and folder names, so they follow one rule
(:data:`RUN_ID_RULE`): ASCII letters, digits, ``_``, ``-`` and ``.``, starting
with a letter, digit or ``_``, at most :data:`MAX_RUN_ID_LENGTH` characters.
That accepts runnable 0.50's generated ids (``adjective-noun-1234``) and
rejects anything that could leave the store's folder (``..``, ``a/b``,
``/abs``, ``C:\\x``) or hide as a dot file.

Writes never leave a half-written file behind: data goes to a temporary file
in the same folder, is flushed and fsynced, then renamed over the target, and
the folder is fsynced so the rename survives a crash.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import threading
import time
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from runnable import exceptions

if TYPE_CHECKING:  # pragma: no cover
    from filelock import BaseFileLock

logger = logging.getLogger(__name__)

ModelT = TypeVar("ModelT", bound=BaseModel)

RUN_ID_RULE = "ASCII letters, digits, '_', '-' and '.', starting with a letter, digit or '_'"
MAX_RUN_ID_LENGTH = 200
# Runs whose checked id (and, in file stores, folder path) a process remembers.
MAX_CACHED_RUNS = 1024
_RUN_ID_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")

# How long a writer waits for another process to release a run's lock. Locks
# held by a process that died are released by the kernel, so only a live but
# stuck writer makes this expire.
DEFAULT_LOCK_TIMEOUT_SECONDS = 60.0
# How often a waiting writer retries a held lock. Locks are held for one read and one write of a
# small file (about a millisecond): filelock's default of 50 ms made parallel writers wait far
# longer than the work they waited for.
LOCK_POLL_INTERVAL_SECONDS = 0.001
# Lock files per folder (see PathLocks), and how many of their descriptors a process keeps open.
LOCK_STRIPES = 32
MAX_OPEN_LOCK_FILES = 128


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_validate_run_id__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- run ids


@_mutmut_mutated(mutants_x_validate_run_id__mutmut)
def validate_run_id(run_id: str) -> str:
    """Return ``run_id`` if it is safe as a file name, else raise :class:`InvalidRunIdError`."""
    # Every chunk read or write checks its run id: remember the good ones (raising is not cached).
    return _checked_run_id(run_id)


# --------------------------------------------------------------------------- run ids


def x_validate_run_id__mutmut_orig(run_id: str) -> str:
    """Return ``run_id`` if it is safe as a file name, else raise :class:`InvalidRunIdError`."""
    # Every chunk read or write checks its run id: remember the good ones (raising is not cached).
    return _checked_run_id(run_id)


# --------------------------------------------------------------------------- run ids


def x_validate_run_id__mutmut_1(run_id: str) -> str:
    """Return ``run_id`` if it is safe as a file name, else raise :class:`InvalidRunIdError`."""
    # Every chunk read or write checks its run id: remember the good ones (raising is not cached).
    return _checked_run_id(None)

mutants_x_validate_run_id__mutmut['_mutmut_orig'] = x_validate_run_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_run_id__mutmut['x_validate_run_id__mutmut_1'] = x_validate_run_id__mutmut_1 # type: ignore # mutmut generated


@functools.lru_cache(maxsize=MAX_CACHED_RUNS)
def _checked_run_id(run_id: str) -> str:
    if not run_id:
        reason = "it is empty"
    elif "\x00" in run_id:
        reason = "it contains a NUL character"
    elif "/" in run_id or "\\" in run_id:
        reason = "it contains a path separator ('/' or '\\')"
    elif os.path.isabs(run_id) or re.match(r"[A-Za-z]:", run_id):
        reason = "it is an absolute path"
    elif run_id.startswith("."):
        reason = "it starts with '.'"
    elif len(run_id) > MAX_RUN_ID_LENGTH:
        reason = f"it is longer than {MAX_RUN_ID_LENGTH} characters"
    elif not _RUN_ID_PATTERN.fullmatch(run_id):
        reason = "it contains characters other than the allowed ones"
    else:
        return run_id
    raise exceptions.InvalidRunIdError(run_id, f"{reason}. Use a run id made of {RUN_ID_RULE}.")
mutants_x_write_atomic__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- atomic files


@_mutmut_mutated(mutants_x_write_atomic__mutmut)
def write_atomic(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_orig(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_1(path: Path, data: bytes, *, sync_folder: bool = False) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_2(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = None
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_3(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(None, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_4(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, None)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_5(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_6(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, )
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_7(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(None, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_8(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, None)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_9(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_10(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, )
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_11(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(None)
        raise
    if sync_folder:
        fsync_folder(path.parent)


# --------------------------------------------------------------------------- atomic files


def x_write_atomic__mutmut_12(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new content, never a mix.

    The data reach the disk before the rename, so a crash leaves the old or the new content.
    ``sync_folder=False`` skips syncing the rename itself: the last writes before a power
    loss may then be undone (never torn), the trade SQLite makes with ``synchronous=NORMAL``.
    """
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise
    if sync_folder:
        fsync_folder(None)

mutants_x_write_atomic__mutmut['_mutmut_orig'] = x_write_atomic__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_1'] = x_write_atomic__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_2'] = x_write_atomic__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_3'] = x_write_atomic__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_4'] = x_write_atomic__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_5'] = x_write_atomic__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_6'] = x_write_atomic__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_7'] = x_write_atomic__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_8'] = x_write_atomic__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_9'] = x_write_atomic__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_10'] = x_write_atomic__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_11'] = x_write_atomic__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_atomic__mutmut['x_write_atomic__mutmut_12'] = x_write_atomic__mutmut_12 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_create_exclusive__mutmut)
def create_exclusive(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_orig(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_1(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = None
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_2(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(None, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_3(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, None)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_4(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_5(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, )
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_6(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(None, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_7(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, None)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_8(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_9(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, )
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_10(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return True
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_11(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(None, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_12(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, None)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_13(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_14(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, )
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_15(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(None)
    fsync_folder(path.parent)
    return True


def x_create_exclusive__mutmut_16(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(None)
    return True


def x_create_exclusive__mutmut_17(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists; return whether this call created it.

    The file appears complete or not at all: it is written aside and hard-linked
    into place, and linking fails if the name is taken.
    """
    temporary = _write_temporary(path, data)
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # Some file systems (FAT, a few network mounts) have no hard links;
        # an exclusive create is still race-free, only not all-or-nothing.
        return _create_exclusive_without_link(path, data)
    finally:
        _remove_quietly(temporary)
    fsync_folder(path.parent)
    return False

mutants_x_create_exclusive__mutmut['_mutmut_orig'] = x_create_exclusive__mutmut_orig # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_1'] = x_create_exclusive__mutmut_1 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_2'] = x_create_exclusive__mutmut_2 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_3'] = x_create_exclusive__mutmut_3 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_4'] = x_create_exclusive__mutmut_4 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_5'] = x_create_exclusive__mutmut_5 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_6'] = x_create_exclusive__mutmut_6 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_7'] = x_create_exclusive__mutmut_7 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_8'] = x_create_exclusive__mutmut_8 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_9'] = x_create_exclusive__mutmut_9 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_10'] = x_create_exclusive__mutmut_10 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_11'] = x_create_exclusive__mutmut_11 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_12'] = x_create_exclusive__mutmut_12 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_13'] = x_create_exclusive__mutmut_13 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_14'] = x_create_exclusive__mutmut_14 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_15'] = x_create_exclusive__mutmut_15 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_16'] = x_create_exclusive__mutmut_16 # type: ignore # mutmut generated
mutants_x_create_exclusive__mutmut['x_create_exclusive__mutmut_17'] = x_create_exclusive__mutmut_17 # type: ignore # mutmut generated


def read_if_exists(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
mutants_x_fsync_folder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fsync_folder__mutmut)
def fsync_folder(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_orig(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_1(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = None
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_2(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(None, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_3(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, None)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_4(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_5(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, )
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_6(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(None):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_7(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(None)
    finally:
        os.close(descriptor)


def x_fsync_folder__mutmut_8(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable on their own
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(None)

mutants_x_fsync_folder__mutmut['_mutmut_orig'] = x_fsync_folder__mutmut_orig # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_1'] = x_fsync_folder__mutmut_1 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_2'] = x_fsync_folder__mutmut_2 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_3'] = x_fsync_folder__mutmut_3 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_4'] = x_fsync_folder__mutmut_4 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_5'] = x_fsync_folder__mutmut_5 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_6'] = x_fsync_folder__mutmut_6 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_7'] = x_fsync_folder__mutmut_7 # type: ignore # mutmut generated
mutants_x_fsync_folder__mutmut['x_fsync_folder__mutmut_8'] = x_fsync_folder__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_temporary_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_temporary_name__mutmut)
def is_temporary_name(name: str) -> bool:
    """Names of temporary and lock files, which listings skip (they all start with '.')."""
    return name.startswith(".")


def x_is_temporary_name__mutmut_orig(name: str) -> bool:
    """Names of temporary and lock files, which listings skip (they all start with '.')."""
    return name.startswith(".")


def x_is_temporary_name__mutmut_1(name: str) -> bool:
    """Names of temporary and lock files, which listings skip (they all start with '.')."""
    return name.startswith(None)


def x_is_temporary_name__mutmut_2(name: str) -> bool:
    """Names of temporary and lock files, which listings skip (they all start with '.')."""
    return name.startswith("XX.XX")

mutants_x_is_temporary_name__mutmut['_mutmut_orig'] = x_is_temporary_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_temporary_name__mutmut['x_is_temporary_name__mutmut_1'] = x_is_temporary_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_temporary_name__mutmut['x_is_temporary_name__mutmut_2'] = x_is_temporary_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_run_ids_in_folder__mutmut)
def run_ids_in_folder(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_orig(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_1(folder: Path, *, directories: bool, suffix: str = "XXXX") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_2(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = None
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_3(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(None)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_4(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(None) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_5(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() != directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_6(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            None
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_7(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror and exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_8(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "XXCheck that it is a readable folder.XX"
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_9(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_10(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "CHECK THAT IT IS A READABLE FOLDER."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_11(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = None
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_12(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) and is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_13(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_14(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(None) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_15(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(None):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_16(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            break
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_17(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(None)
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_18(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(None))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_19(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) + len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_20(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning(None, name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_21(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", None, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_22(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, None)
    return run_ids


def x_run_ids_in_folder__mutmut_23(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning(name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_24(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", folder)
    return run_ids


def x_run_ids_in_folder__mutmut_25(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("Ignoring %s in %s: its name is not a valid run id.", name, )
    return run_ids


def x_run_ids_in_folder__mutmut_26(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("XXIgnoring %s in %s: its name is not a valid run id.XX", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_27(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("ignoring %s in %s: its name is not a valid run id.", name, folder)
    return run_ids


def x_run_ids_in_folder__mutmut_28(folder: Path, *, directories: bool, suffix: str = "") -> list[str]:
    """The run ids a store folder holds, sorted: entries named ``<run_id><suffix>``.

    ``directories`` picks folder entries (one folder per run) or files. Temporary
    files and names that are not valid run ids are passed over (the latter with a
    warning); a folder that does not exist holds no runs.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() == directories)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise exceptions.StoreUnavailableError(
            f"Could not list the run log folder {folder}: {exc.strerror or exc}. "
            "Check that it is a readable folder."
        ) from exc
    run_ids: list[str] = []
    for name in names:
        if not name.endswith(suffix) or is_temporary_name(name):
            continue
        try:
            run_ids.append(validate_run_id(name[: len(name) - len(suffix)]))
        except exceptions.InvalidRunIdError:
            logger.warning("IGNORING %S IN %S: ITS NAME IS NOT A VALID RUN ID.", name, folder)
    return run_ids

mutants_x_run_ids_in_folder__mutmut['_mutmut_orig'] = x_run_ids_in_folder__mutmut_orig # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_1'] = x_run_ids_in_folder__mutmut_1 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_2'] = x_run_ids_in_folder__mutmut_2 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_3'] = x_run_ids_in_folder__mutmut_3 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_4'] = x_run_ids_in_folder__mutmut_4 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_5'] = x_run_ids_in_folder__mutmut_5 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_6'] = x_run_ids_in_folder__mutmut_6 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_7'] = x_run_ids_in_folder__mutmut_7 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_8'] = x_run_ids_in_folder__mutmut_8 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_9'] = x_run_ids_in_folder__mutmut_9 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_10'] = x_run_ids_in_folder__mutmut_10 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_11'] = x_run_ids_in_folder__mutmut_11 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_12'] = x_run_ids_in_folder__mutmut_12 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_13'] = x_run_ids_in_folder__mutmut_13 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_14'] = x_run_ids_in_folder__mutmut_14 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_15'] = x_run_ids_in_folder__mutmut_15 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_16'] = x_run_ids_in_folder__mutmut_16 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_17'] = x_run_ids_in_folder__mutmut_17 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_18'] = x_run_ids_in_folder__mutmut_18 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_19'] = x_run_ids_in_folder__mutmut_19 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_20'] = x_run_ids_in_folder__mutmut_20 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_21'] = x_run_ids_in_folder__mutmut_21 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_22'] = x_run_ids_in_folder__mutmut_22 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_23'] = x_run_ids_in_folder__mutmut_23 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_24'] = x_run_ids_in_folder__mutmut_24 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_25'] = x_run_ids_in_folder__mutmut_25 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_26'] = x_run_ids_in_folder__mutmut_26 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_27'] = x_run_ids_in_folder__mutmut_27 # type: ignore # mutmut generated
mutants_x_run_ids_in_folder__mutmut['x_run_ids_in_folder__mutmut_28'] = x_run_ids_in_folder__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write_temporary__mutmut)
def _write_temporary(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_orig(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_1(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = None
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_2(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(None)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_3(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_4(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(None, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_5(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, None, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_6(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), None)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_7(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_8(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_9(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_10(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL & getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_11(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT & os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_12(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY & os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_13(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(None, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_14(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, None, 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_15(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", None), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_16(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr("O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_17(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_18(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", ), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_19(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "XXO_BINARYXX", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_20(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "o_binary", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_21(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 1), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_22(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 439)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_23(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(None, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_24(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, None) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_25(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_26(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, ) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_27(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "XXwbXX") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_28(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "WB") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_29(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(None)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_30(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(None)
    except BaseException:
        _remove_quietly(temporary)
        raise
    return temporary


def x__write_temporary__mutmut_31(path: Path, data: bytes) -> Path:
    # Same folder as the target so that the rename stays on one file system.
    # os.open with 0o666 respects the umask, unlike tempfile.mkstemp's 0o600.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(None)
        raise
    return temporary

mutants_x__write_temporary__mutmut['_mutmut_orig'] = x__write_temporary__mutmut_orig # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_1'] = x__write_temporary__mutmut_1 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_2'] = x__write_temporary__mutmut_2 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_3'] = x__write_temporary__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_4'] = x__write_temporary__mutmut_4 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_5'] = x__write_temporary__mutmut_5 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_6'] = x__write_temporary__mutmut_6 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_7'] = x__write_temporary__mutmut_7 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_8'] = x__write_temporary__mutmut_8 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_9'] = x__write_temporary__mutmut_9 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_10'] = x__write_temporary__mutmut_10 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_11'] = x__write_temporary__mutmut_11 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_12'] = x__write_temporary__mutmut_12 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_13'] = x__write_temporary__mutmut_13 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_14'] = x__write_temporary__mutmut_14 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_15'] = x__write_temporary__mutmut_15 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_16'] = x__write_temporary__mutmut_16 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_17'] = x__write_temporary__mutmut_17 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_18'] = x__write_temporary__mutmut_18 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_19'] = x__write_temporary__mutmut_19 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_20'] = x__write_temporary__mutmut_20 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_21'] = x__write_temporary__mutmut_21 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_22'] = x__write_temporary__mutmut_22 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_23'] = x__write_temporary__mutmut_23 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_24'] = x__write_temporary__mutmut_24 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_25'] = x__write_temporary__mutmut_25 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_26'] = x__write_temporary__mutmut_26 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_27'] = x__write_temporary__mutmut_27 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_28'] = x__write_temporary__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_29'] = x__write_temporary__mutmut_29 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_30'] = x__write_temporary__mutmut_30 # type: ignore # mutmut generated
mutants_x__write_temporary__mutmut['x__write_temporary__mutmut_31'] = x__write_temporary__mutmut_31 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__create_exclusive_without_link__mutmut)
def _create_exclusive_without_link(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_orig(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_1(path: Path, data: bytes) -> bool:
    try:
        descriptor = None
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_2(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(None, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_3(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, None, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_4(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), None)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_5(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_6(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_7(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), )
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_8(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL & getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_9(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT & os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_10(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY & os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_11(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(None, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_12(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, None, 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_13(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", None), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_14(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr("O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_15(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_16(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", ), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_17(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "XXO_BINARYXX", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_18(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "o_binary", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_19(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 1), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_20(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 439)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_21(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return True
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_22(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(None, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_23(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, None) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_24(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_25(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, ) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_26(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "XXwbXX") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_27(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "WB") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_28(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(None)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_29(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(None)
    fsync_folder(path.parent)
    return True


def x__create_exclusive_without_link__mutmut_30(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(None)
    return True


def x__create_exclusive_without_link__mutmut_31(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    fsync_folder(path.parent)
    return False

mutants_x__create_exclusive_without_link__mutmut['_mutmut_orig'] = x__create_exclusive_without_link__mutmut_orig # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_1'] = x__create_exclusive_without_link__mutmut_1 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_2'] = x__create_exclusive_without_link__mutmut_2 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_3'] = x__create_exclusive_without_link__mutmut_3 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_4'] = x__create_exclusive_without_link__mutmut_4 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_5'] = x__create_exclusive_without_link__mutmut_5 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_6'] = x__create_exclusive_without_link__mutmut_6 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_7'] = x__create_exclusive_without_link__mutmut_7 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_8'] = x__create_exclusive_without_link__mutmut_8 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_9'] = x__create_exclusive_without_link__mutmut_9 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_10'] = x__create_exclusive_without_link__mutmut_10 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_11'] = x__create_exclusive_without_link__mutmut_11 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_12'] = x__create_exclusive_without_link__mutmut_12 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_13'] = x__create_exclusive_without_link__mutmut_13 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_14'] = x__create_exclusive_without_link__mutmut_14 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_15'] = x__create_exclusive_without_link__mutmut_15 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_16'] = x__create_exclusive_without_link__mutmut_16 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_17'] = x__create_exclusive_without_link__mutmut_17 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_18'] = x__create_exclusive_without_link__mutmut_18 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_19'] = x__create_exclusive_without_link__mutmut_19 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_20'] = x__create_exclusive_without_link__mutmut_20 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_21'] = x__create_exclusive_without_link__mutmut_21 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_22'] = x__create_exclusive_without_link__mutmut_22 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_23'] = x__create_exclusive_without_link__mutmut_23 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_24'] = x__create_exclusive_without_link__mutmut_24 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_25'] = x__create_exclusive_without_link__mutmut_25 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_26'] = x__create_exclusive_without_link__mutmut_26 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_27'] = x__create_exclusive_without_link__mutmut_27 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_28'] = x__create_exclusive_without_link__mutmut_28 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_29'] = x__create_exclusive_without_link__mutmut_29 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_30'] = x__create_exclusive_without_link__mutmut_30 # type: ignore # mutmut generated
mutants_x__create_exclusive_without_link__mutmut['x__create_exclusive_without_link__mutmut_31'] = x__create_exclusive_without_link__mutmut_31 # type: ignore # mutmut generated
mutants_x__remove_quietly__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__remove_quietly__mutmut)
def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def x__remove_quietly__mutmut_orig(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def x__remove_quietly__mutmut_1(path: Path) -> None:
    with suppress(None):
        os.unlink(path)


def x__remove_quietly__mutmut_2(path: Path) -> None:
    with suppress(OSError):
        os.unlink(None)

mutants_x__remove_quietly__mutmut['_mutmut_orig'] = x__remove_quietly__mutmut_orig # type: ignore # mutmut generated
mutants_x__remove_quietly__mutmut['x__remove_quietly__mutmut_1'] = x__remove_quietly__mutmut_1 # type: ignore # mutmut generated
mutants_x__remove_quietly__mutmut['x__remove_quietly__mutmut_2'] = x__remove_quietly__mutmut_2 # type: ignore # mutmut generated


@contextmanager
def os_errors_as_store_errors(run_id: str, location: Path | str, action: str) -> Iterator[None]:
    """Turn an unexpected ``OSError`` into a store error that names the file and what to check."""
    try:
        yield
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise exceptions.StoreUnavailableError(
            f"Could not {action} {location} for run '{run_id}': {detail}. "
            "Check that the run log folder exists, is readable and writable by this user, "
            "and that the disk is not full."
        ) from exc
mutants_x_encode_model__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- JSON codec


@_mutmut_mutated(mutants_x_encode_model__mutmut)
def encode_model(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode("utf-8")


# --------------------------------------------------------------------------- JSON codec


def x_encode_model__mutmut_orig(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode("utf-8")


# --------------------------------------------------------------------------- JSON codec


def x_encode_model__mutmut_1(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode(None)


# --------------------------------------------------------------------------- JSON codec


def x_encode_model__mutmut_2(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=None).encode("utf-8")


# --------------------------------------------------------------------------- JSON codec


def x_encode_model__mutmut_3(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode("XXutf-8XX")


# --------------------------------------------------------------------------- JSON codec


def x_encode_model__mutmut_4(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode("UTF-8")

mutants_x_encode_model__mutmut['_mutmut_orig'] = x_encode_model__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_model__mutmut['x_encode_model__mutmut_1'] = x_encode_model__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_model__mutmut['x_encode_model__mutmut_2'] = x_encode_model__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_model__mutmut['x_encode_model__mutmut_3'] = x_encode_model__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_model__mutmut['x_encode_model__mutmut_4'] = x_encode_model__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_json__mutmut)
def decode_json(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_orig(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_1(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(None)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_2(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            None, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_3(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, None, f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_4(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), None
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_5(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_6(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_7(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_8(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(None), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_9(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = None
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_10(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if (not data.strip()) and False else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_11(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if (not data.strip()) or True else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_12(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "XXit is emptyXX" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_13(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "IT IS EMPTY" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_14(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), reason) from exc


def x_decode_json__mutmut_15(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(None, str(location), reason) from exc


def x_decode_json__mutmut_16(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, None, reason) from exc


def x_decode_json__mutmut_17(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), None) from exc


def x_decode_json__mutmut_18(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(str(location), reason) from exc


def x_decode_json__mutmut_19(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, reason) from exc


def x_decode_json__mutmut_20(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(location), ) from exc


def x_decode_json__mutmut_21(data: bytes, run_id: str, location: Path | str) -> Any:
    """Parse JSON, raising :class:`CorruptedRunLogError` naming run and file if it is not valid."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it is not UTF-8 text ({exc.reason})"
        ) from exc
    except json.JSONDecodeError as exc:
        reason = (
            "it is empty" if not data.strip() else f"it is not valid JSON ({exc.msg} at line {exc.lineno})"
        )
        raise exceptions.CorruptedRunLogError(run_id, str(None), reason) from exc

mutants_x_decode_json__mutmut['_mutmut_orig'] = x_decode_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_1'] = x_decode_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_2'] = x_decode_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_3'] = x_decode_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_4'] = x_decode_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_5'] = x_decode_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_6'] = x_decode_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_7'] = x_decode_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_8'] = x_decode_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_9'] = x_decode_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_10'] = x_decode_json__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_11'] = x_decode_json__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_12'] = x_decode_json__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_13'] = x_decode_json__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_14'] = x_decode_json__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_15'] = x_decode_json__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_16'] = x_decode_json__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_17'] = x_decode_json__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_18'] = x_decode_json__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_19'] = x_decode_json__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_20'] = x_decode_json__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_json__mutmut['x_decode_json__mutmut_21'] = x_decode_json__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_model__mutmut)
def decode_model(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_orig(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_1(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_2(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            None, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_3(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, None, f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_4(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), None
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_5(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_6(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_7(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_8(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(None), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_9(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(None).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_10(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(None)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_11(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(None, str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_12(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, None, describe_validation_error(exc)) from exc


def x_decode_model__mutmut_13(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), None) from exc


def x_decode_model__mutmut_14(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(str(location), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_15(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, describe_validation_error(exc)) from exc


def x_decode_model__mutmut_16(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), ) from exc


def x_decode_model__mutmut_17(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(None), describe_validation_error(exc)) from exc


def x_decode_model__mutmut_18(model_type: type[ModelT], payload: Any, run_id: str, location: Path | str) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`."""
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(None)) from exc

mutants_x_decode_model__mutmut['_mutmut_orig'] = x_decode_model__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_1'] = x_decode_model__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_2'] = x_decode_model__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_3'] = x_decode_model__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_4'] = x_decode_model__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_5'] = x_decode_model__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_6'] = x_decode_model__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_7'] = x_decode_model__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_8'] = x_decode_model__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_9'] = x_decode_model__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_10'] = x_decode_model__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_11'] = x_decode_model__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_12'] = x_decode_model__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_13'] = x_decode_model__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_14'] = x_decode_model__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_15'] = x_decode_model__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_16'] = x_decode_model__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_17'] = x_decode_model__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_model__mutmut['x_decode_model__mutmut_18'] = x_decode_model__mutmut_18 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fill_missing_timestamps__mutmut)
def fill_missing_timestamps(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_orig(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_1(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = None
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_2(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(None, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_3(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=None).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_4(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_5(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, ).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_6(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault(None, moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_7(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", None)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_8(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault(moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_9(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", )
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_10(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("XXcreated_atXX", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_11(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("CREATED_AT", moment)
        payload.setdefault("updated_at", moment)


def x_fill_missing_timestamps__mutmut_12(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault(None, moment)


def x_fill_missing_timestamps__mutmut_13(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", None)


def x_fill_missing_timestamps__mutmut_14(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault(moment)


def x_fill_missing_timestamps__mutmut_15(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("updated_at", )


def x_fill_missing_timestamps__mutmut_16(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("XXupdated_atXX", moment)


def x_fill_missing_timestamps__mutmut_17(payload: Any, modified: float) -> None:
    """Give a run log from runnable 0.50 (which recorded neither) ``created_at``/``updated_at``.

    ``modified`` is the file's modification time, the best record there is of the run.
    """
    if isinstance(payload, dict):
        moment = datetime.fromtimestamp(modified, tz=timezone.utc).isoformat()
        payload.setdefault("created_at", moment)
        payload.setdefault("UPDATED_AT", moment)

mutants_x_fill_missing_timestamps__mutmut['_mutmut_orig'] = x_fill_missing_timestamps__mutmut_orig # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_1'] = x_fill_missing_timestamps__mutmut_1 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_2'] = x_fill_missing_timestamps__mutmut_2 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_3'] = x_fill_missing_timestamps__mutmut_3 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_4'] = x_fill_missing_timestamps__mutmut_4 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_5'] = x_fill_missing_timestamps__mutmut_5 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_6'] = x_fill_missing_timestamps__mutmut_6 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_7'] = x_fill_missing_timestamps__mutmut_7 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_8'] = x_fill_missing_timestamps__mutmut_8 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_9'] = x_fill_missing_timestamps__mutmut_9 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_10'] = x_fill_missing_timestamps__mutmut_10 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_11'] = x_fill_missing_timestamps__mutmut_11 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_12'] = x_fill_missing_timestamps__mutmut_12 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_13'] = x_fill_missing_timestamps__mutmut_13 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_14'] = x_fill_missing_timestamps__mutmut_14 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_15'] = x_fill_missing_timestamps__mutmut_15 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_16'] = x_fill_missing_timestamps__mutmut_16 # type: ignore # mutmut generated
mutants_x_fill_missing_timestamps__mutmut['x_fill_missing_timestamps__mutmut_17'] = x_fill_missing_timestamps__mutmut_17 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_describe_validation_error__mutmut)
def describe_validation_error(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_orig(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_1(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = None
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_2(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=None, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_3(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=None)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_4(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_5(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, )
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_6(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=True, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_7(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=True)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_8(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = None
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_9(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[1]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_10(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = None
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_11(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) and "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_12(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(None) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_13(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = "XX.XX".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_14(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(None) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_15(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["XXlocXX"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_16(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["LOC"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_17(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "XX(top level)XX"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_18(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(TOP LEVEL)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_19(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = None
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_20(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if (len(errors) > 1) and False else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_21(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if (len(errors) > 1) or True else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_22(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) + 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_23(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 2} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_24(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) >= 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_25(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 2 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_26(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else "XXXX"
    return f"{exc.title} field '{field}': {first['msg']}{more}"


def x_describe_validation_error__mutmut_27(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['XXmsgXX']}{more}"


def x_describe_validation_error__mutmut_28(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['MSG']}{more}"

mutants_x_describe_validation_error__mutmut['_mutmut_orig'] = x_describe_validation_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_1'] = x_describe_validation_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_2'] = x_describe_validation_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_3'] = x_describe_validation_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_4'] = x_describe_validation_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_5'] = x_describe_validation_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_6'] = x_describe_validation_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_7'] = x_describe_validation_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_8'] = x_describe_validation_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_9'] = x_describe_validation_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_10'] = x_describe_validation_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_11'] = x_describe_validation_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_12'] = x_describe_validation_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_13'] = x_describe_validation_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_14'] = x_describe_validation_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_15'] = x_describe_validation_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_16'] = x_describe_validation_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_17'] = x_describe_validation_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_18'] = x_describe_validation_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_19'] = x_describe_validation_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_20'] = x_describe_validation_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_21'] = x_describe_validation_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_22'] = x_describe_validation_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_23'] = x_describe_validation_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_24'] = x_describe_validation_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_25'] = x_describe_validation_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_26'] = x_describe_validation_error__mutmut_26 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_27'] = x_describe_validation_error__mutmut_27 # type: ignore # mutmut generated
mutants_x_describe_validation_error__mutmut['x_describe_validation_error__mutmut_28'] = x_describe_validation_error__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPathLocksǁlock_path__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPathLocksǁ_stripe__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPathLocksǁ_close_idle__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- locks


class PathLocks:
    """Inter-process locks on paths, reentrant within a thread, exclusive across threads.

    A path is guarded by one of :data:`LOCK_STRIPES` lock files in its folder
    (``.lock.<n>``, dot files that listings skip), picked by a hash of its
    name: a run with 10,000 branches needs no 10,000 lock files, and two paths
    sharing a stripe only wait for each other. On POSIX a lock is ``flock`` on
    the stripe's file, whose descriptor stays open between holds (opening a
    lock file per write cost more than the write); the kernel releases it when
    its process dies, so a crashed writer never leaves a run locked. Elsewhere
    it is a ``filelock`` lock on the same file. Within a process, a thread
    lock per stripe makes threads exclude each other and lets the holding
    thread take the lock again (a granular writer calling ``put_run_log``).
    """

    @_mutmut_mutated(mutants_xǁPathLocksǁ__init____mutmut)
    def __init__(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = threading.Lock()
        self._pid = os.getpid()

    def xǁPathLocksǁ__init____mutmut_orig(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = threading.Lock()
        self._pid = os.getpid()

    def xǁPathLocksǁ__init____mutmut_1(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = None
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = threading.Lock()
        self._pid = os.getpid()

    def xǁPathLocksǁ__init____mutmut_2(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = None
        self._guard = threading.Lock()
        self._pid = os.getpid()

    def xǁPathLocksǁ__init____mutmut_3(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = None
        self._pid = os.getpid()

    def xǁPathLocksǁ__init____mutmut_4(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = threading.Lock()
        self._pid = None

    @staticmethod
    @_mutmut_mutated(mutants_xǁPathLocksǁlock_path__mutmut)
    def lock_path(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("utf-8")) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_orig(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("utf-8")) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_1(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = None
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_2(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("utf-8")) / LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_3(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(None) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_4(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode(None)) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_5(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("XXutf-8XX")) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_6(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("UTF-8")) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

    @staticmethod
    def xǁPathLocksǁlock_path__mutmut_7(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("utf-8")) % LOCK_STRIPES
        return path.with_name(None)

    @contextmanager
    def hold(self, path: Path, run_id: str) -> Iterator[None]:
        stripe = self._stripe(self.lock_path(path))
        if not stripe.thread_lock.acquire(timeout=self.timeout):
            raise _lock_timeout(stripe.path, run_id, self.timeout)
        try:
            if stripe.holds == 0:
                stripe.acquire(run_id)
            stripe.holds += 1
            try:
                yield
            finally:
                stripe.holds -= 1
                if stripe.holds == 0:
                    stripe.release()
        finally:
            stripe.thread_lock.release()

    @_mutmut_mutated(mutants_xǁPathLocksǁ_stripe__mutmut)
    def _stripe(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_orig(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_1(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() == self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_2(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = None
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_3(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = None
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_4(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(None)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_5(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is not None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_6(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = None
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_7(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(None, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_8(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, None)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_9(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(self.timeout)
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_10(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, )
                self._close_idle()
            self._stripes.move_to_end(lock_path)
            return stripe

    def xǁPathLocksǁ_stripe__mutmut_11(self, lock_path: Path) -> _Stripe:
        with self._guard:
            if os.getpid() != self._pid:
                # A forked child: the descriptors it inherited share the parent's locks. Closing
                # them here leaves the parent's locks held (the parent's descriptors stay open).
                for inherited in self._stripes.values():
                    inherited.close()
                self._stripes.clear()
                self._pid = os.getpid()
            stripe = self._stripes.get(lock_path)
            if stripe is None:
                stripe = self._stripes[lock_path] = _Stripe(lock_path, self.timeout)
                self._close_idle()
            self._stripes.move_to_end(None)
            return stripe

    @_mutmut_mutated(mutants_xǁPathLocksǁ_close_idle__mutmut)
    def _close_idle(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_orig(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_1(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(None)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_2(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(None, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_3(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, None)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_4(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_5(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, )]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_6(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(1, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_7(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) + MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_8(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = None
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_9(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=None):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_10(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=True):
                try:
                    if stripe.holds == 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_11(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds != 0:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

    def xǁPathLocksǁ_close_idle__mutmut_12(self) -> None:
        """Keep at most MAX_OPEN_LOCK_FILES descriptors: close the least recently used idle ones."""
        for lock_path in list(self._stripes)[: max(0, len(self._stripes) - MAX_OPEN_LOCK_FILES)]:
            stripe = self._stripes[lock_path]
            if stripe.thread_lock.acquire(blocking=False):
                try:
                    if stripe.holds == 1:
                        stripe.close()
                        del self._stripes[lock_path]
                finally:
                    stripe.thread_lock.release()

mutants_xǁPathLocksǁ__init____mutmut['_mutmut_orig'] = PathLocks.xǁPathLocksǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPathLocksǁ__init____mutmut['xǁPathLocksǁ__init____mutmut_1'] = PathLocks.xǁPathLocksǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ__init____mutmut['xǁPathLocksǁ__init____mutmut_2'] = PathLocks.xǁPathLocksǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ__init____mutmut['xǁPathLocksǁ__init____mutmut_3'] = PathLocks.xǁPathLocksǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ__init____mutmut['xǁPathLocksǁ__init____mutmut_4'] = PathLocks.xǁPathLocksǁ__init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁPathLocksǁlock_path__mutmut['_mutmut_orig'] = PathLocks.xǁPathLocksǁlock_path__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_1'] = PathLocks.xǁPathLocksǁlock_path__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_2'] = PathLocks.xǁPathLocksǁlock_path__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_3'] = PathLocks.xǁPathLocksǁlock_path__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_4'] = PathLocks.xǁPathLocksǁlock_path__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_5'] = PathLocks.xǁPathLocksǁlock_path__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_6'] = PathLocks.xǁPathLocksǁlock_path__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPathLocksǁlock_path__mutmut['xǁPathLocksǁlock_path__mutmut_7'] = PathLocks.xǁPathLocksǁlock_path__mutmut_7 # type: ignore # mutmut generated

mutants_xǁPathLocksǁ_stripe__mutmut['_mutmut_orig'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_1'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_2'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_3'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_4'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_5'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_6'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_7'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_8'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_9'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_10'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_stripe__mutmut['xǁPathLocksǁ_stripe__mutmut_11'] = PathLocks.xǁPathLocksǁ_stripe__mutmut_11 # type: ignore # mutmut generated

mutants_xǁPathLocksǁ_close_idle__mutmut['_mutmut_orig'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_1'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_2'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_3'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_4'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_5'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_6'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_7'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_8'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_9'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_10'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_11'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPathLocksǁ_close_idle__mutmut['xǁPathLocksǁ_close_idle__mutmut_12'] = PathLocks.xǁPathLocksǁ_close_idle__mutmut_12 # type: ignore # mutmut generated
mutants_x__lock_timeout__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lock_timeout__mutmut)
def _lock_timeout(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "Another process is writing this run and has not finished; a process that died holds no lock."
    )


def x__lock_timeout__mutmut_orig(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "Another process is writing this run and has not finished; a process that died holds no lock."
    )


def x__lock_timeout__mutmut_1(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        None
    )


def x__lock_timeout__mutmut_2(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "XXAnother process is writing this run and has not finished; a process that died holds no lock.XX"
    )


def x__lock_timeout__mutmut_3(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "another process is writing this run and has not finished; a process that died holds no lock."
    )


def x__lock_timeout__mutmut_4(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "ANOTHER PROCESS IS WRITING THIS RUN AND HAS NOT FINISHED; A PROCESS THAT DIED HOLDS NO LOCK."
    )

mutants_x__lock_timeout__mutmut['_mutmut_orig'] = x__lock_timeout__mutmut_orig # type: ignore # mutmut generated
mutants_x__lock_timeout__mutmut['x__lock_timeout__mutmut_1'] = x__lock_timeout__mutmut_1 # type: ignore # mutmut generated
mutants_x__lock_timeout__mutmut['x__lock_timeout__mutmut_2'] = x__lock_timeout__mutmut_2 # type: ignore # mutmut generated
mutants_x__lock_timeout__mutmut['x__lock_timeout__mutmut_3'] = x__lock_timeout__mutmut_3 # type: ignore # mutmut generated
mutants_x__lock_timeout__mutmut['x__lock_timeout__mutmut_4'] = x__lock_timeout__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stripeǁacquire__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stripeǁrelease__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stripeǁclose__mutmut: MutantDict = {}  # type: ignore


class _Stripe:
    """One lock file: its thread lock, its hold count in this process and its OS-level lock."""

    @_mutmut_mutated(mutants_xǁ_Stripeǁ__init____mutmut)
    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_orig(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_1(self, path: Path, timeout: float) -> None:
        self.path = None
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_2(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = None
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_3(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = None
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_4(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 1
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_5(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = ""
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_6(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = ""
        self.timeout = timeout

    def xǁ_Stripeǁ__init____mutmut_7(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = None

    @_mutmut_mutated(mutants_xǁ_Stripeǁacquire__mutmut)
    def acquire(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_orig(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_1(self, run_id: str) -> None:
        try:
            if _flock is not None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_2(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(None)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_3(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is not None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_4(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = None
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_5(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(None, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_6(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, None, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_7(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, None)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_8(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_9(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_10(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, )
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_11(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR & os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_12(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 439)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_13(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = None
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_14(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() - self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_15(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while False:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_16(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(None, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_17(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, None)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_18(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(_LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_19(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, )
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_20(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_21(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(None, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_22(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, None, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_23(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, None) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_24(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_25(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_26(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, ) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_27(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(None)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_28(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                None
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_29(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror and exc}. "
                "Check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_30(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "XXCheck that the run log folder is writable by this user.XX"
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_31(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "check that the run log folder is writable by this user."
            ) from exc

    def xǁ_Stripeǁacquire__mutmut_32(self, run_id: str) -> None:
        try:
            if _flock is None:
                self._acquire_filelock(run_id)
                return
            if self._descriptor is None:
                self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    _flock(self._descriptor, _LOCK_EXCLUSIVE_NOW)
                    return
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _lock_timeout(self.path, run_id, self.timeout) from None
                    time.sleep(LOCK_POLL_INTERVAL_SECONDS)
        except OSError as exc:
            raise exceptions.StoreUnavailableError(
                f"Could not take the lock {self.path} of run '{run_id}': {exc.strerror or exc}. "
                "CHECK THAT THE RUN LOG FOLDER IS WRITABLE BY THIS USER."
            ) from exc

    @_mutmut_mutated(mutants_xǁ_Stripeǁ_acquire_filelock__mutmut)
    def _acquire_filelock(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_orig(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_1(self, run_id: str) -> None:
        import filelock

        if self._file_lock is not None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_2(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = None
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_3(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                None, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_4(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=None, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_5(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=None
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_6(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_7(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_8(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_9(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(None, run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_10(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, None, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_11(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, None) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_12(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(run_id, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_13(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, self.timeout) from None

    def xǁ_Stripeǁ_acquire_filelock__mutmut_14(self, run_id: str) -> None:
        import filelock

        if self._file_lock is None:
            self._file_lock = filelock.FileLock(
                self.path, timeout=self.timeout, poll_interval=LOCK_POLL_INTERVAL_SECONDS
            )
        try:
            self._file_lock.acquire()
        except filelock.Timeout:
            raise _lock_timeout(self.path, run_id, ) from None

    @_mutmut_mutated(mutants_xǁ_Stripeǁrelease__mutmut)
    def release(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_orig(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_1(self) -> None:
        if self._file_lock is None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_2(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None or _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_3(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is None and _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_4(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is None:
            _flock(self._descriptor, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_5(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(None, _UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_6(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, None)

    def xǁ_Stripeǁrelease__mutmut_7(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(_UNLOCK)

    def xǁ_Stripeǁrelease__mutmut_8(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, )

    @_mutmut_mutated(mutants_xǁ_Stripeǁclose__mutmut)
    def close(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None

    def xǁ_Stripeǁclose__mutmut_orig(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None

    def xǁ_Stripeǁclose__mutmut_1(self) -> None:
        if self._descriptor is None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None

    def xǁ_Stripeǁclose__mutmut_2(self) -> None:
        if self._descriptor is not None:
            with suppress(None):
                os.close(self._descriptor)
            self._descriptor = None

    def xǁ_Stripeǁclose__mutmut_3(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(None)
            self._descriptor = None

    def xǁ_Stripeǁclose__mutmut_4(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = ""

    def __del__(self) -> None:
        # A stripe dropped from the cache while a thread still held it closes its file when let go.
        self.close()

mutants_xǁ_Stripeǁ__init____mutmut['_mutmut_orig'] = _Stripe.xǁ_Stripeǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_1'] = _Stripe.xǁ_Stripeǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_2'] = _Stripe.xǁ_Stripeǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_3'] = _Stripe.xǁ_Stripeǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_4'] = _Stripe.xǁ_Stripeǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_5'] = _Stripe.xǁ_Stripeǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_6'] = _Stripe.xǁ_Stripeǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ__init____mutmut['xǁ_Stripeǁ__init____mutmut_7'] = _Stripe.xǁ_Stripeǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁ_Stripeǁacquire__mutmut['_mutmut_orig'] = _Stripe.xǁ_Stripeǁacquire__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_1'] = _Stripe.xǁ_Stripeǁacquire__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_2'] = _Stripe.xǁ_Stripeǁacquire__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_3'] = _Stripe.xǁ_Stripeǁacquire__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_4'] = _Stripe.xǁ_Stripeǁacquire__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_5'] = _Stripe.xǁ_Stripeǁacquire__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_6'] = _Stripe.xǁ_Stripeǁacquire__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_7'] = _Stripe.xǁ_Stripeǁacquire__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_8'] = _Stripe.xǁ_Stripeǁacquire__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_9'] = _Stripe.xǁ_Stripeǁacquire__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_10'] = _Stripe.xǁ_Stripeǁacquire__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_11'] = _Stripe.xǁ_Stripeǁacquire__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_12'] = _Stripe.xǁ_Stripeǁacquire__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_13'] = _Stripe.xǁ_Stripeǁacquire__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_14'] = _Stripe.xǁ_Stripeǁacquire__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_15'] = _Stripe.xǁ_Stripeǁacquire__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_16'] = _Stripe.xǁ_Stripeǁacquire__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_17'] = _Stripe.xǁ_Stripeǁacquire__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_18'] = _Stripe.xǁ_Stripeǁacquire__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_19'] = _Stripe.xǁ_Stripeǁacquire__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_20'] = _Stripe.xǁ_Stripeǁacquire__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_21'] = _Stripe.xǁ_Stripeǁacquire__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_22'] = _Stripe.xǁ_Stripeǁacquire__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_23'] = _Stripe.xǁ_Stripeǁacquire__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_24'] = _Stripe.xǁ_Stripeǁacquire__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_25'] = _Stripe.xǁ_Stripeǁacquire__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_26'] = _Stripe.xǁ_Stripeǁacquire__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_27'] = _Stripe.xǁ_Stripeǁacquire__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_28'] = _Stripe.xǁ_Stripeǁacquire__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_29'] = _Stripe.xǁ_Stripeǁacquire__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_30'] = _Stripe.xǁ_Stripeǁacquire__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_31'] = _Stripe.xǁ_Stripeǁacquire__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁacquire__mutmut['xǁ_Stripeǁacquire__mutmut_32'] = _Stripe.xǁ_Stripeǁacquire__mutmut_32 # type: ignore # mutmut generated

mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['_mutmut_orig'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_1'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_2'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_3'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_4'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_5'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_6'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_7'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_8'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_9'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_10'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_11'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_12'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_13'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁ_acquire_filelock__mutmut['xǁ_Stripeǁ_acquire_filelock__mutmut_14'] = _Stripe.xǁ_Stripeǁ_acquire_filelock__mutmut_14 # type: ignore # mutmut generated

mutants_xǁ_Stripeǁrelease__mutmut['_mutmut_orig'] = _Stripe.xǁ_Stripeǁrelease__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_1'] = _Stripe.xǁ_Stripeǁrelease__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_2'] = _Stripe.xǁ_Stripeǁrelease__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_3'] = _Stripe.xǁ_Stripeǁrelease__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_4'] = _Stripe.xǁ_Stripeǁrelease__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_5'] = _Stripe.xǁ_Stripeǁrelease__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_6'] = _Stripe.xǁ_Stripeǁrelease__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_7'] = _Stripe.xǁ_Stripeǁrelease__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁrelease__mutmut['xǁ_Stripeǁrelease__mutmut_8'] = _Stripe.xǁ_Stripeǁrelease__mutmut_8 # type: ignore # mutmut generated

mutants_xǁ_Stripeǁclose__mutmut['_mutmut_orig'] = _Stripe.xǁ_Stripeǁclose__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stripeǁclose__mutmut['xǁ_Stripeǁclose__mutmut_1'] = _Stripe.xǁ_Stripeǁclose__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁclose__mutmut['xǁ_Stripeǁclose__mutmut_2'] = _Stripe.xǁ_Stripeǁclose__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁclose__mutmut['xǁ_Stripeǁclose__mutmut_3'] = _Stripe.xǁ_Stripeǁclose__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stripeǁclose__mutmut['xǁ_Stripeǁclose__mutmut_4'] = _Stripe.xǁ_Stripeǁclose__mutmut_4 # type: ignore # mutmut generated


try:
    import fcntl

    _flock: Callable[[int, int], None] | None = fcntl.flock
    _LOCK_EXCLUSIVE_NOW = fcntl.LOCK_EX | fcntl.LOCK_NB
    _UNLOCK = fcntl.LOCK_UN
except ImportError:  # Windows: filelock
    _flock = None
    _LOCK_EXCLUSIVE_NOW = _UNLOCK = 0
