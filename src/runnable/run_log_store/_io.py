"""File helpers shared by the file-based stores: run ids, atomic writes, the JSON codec, locks.

Run ids become file and folder names: every path is built from a run id checked by
:func:`runnable.run_ids.validate_run_id` (the one run-id rule), re-exported here.

Writes never leave a half-written file behind: data goes to a temporary file
in the same folder, is flushed and fsynced, then renamed over the target, and
the folder is fsynced so the rename survives a crash.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from runnable import exceptions
from runnable.run_ids import validate_run_id as validate_run_id  # the stores use it from here

if TYPE_CHECKING:  # pragma: no cover
    from filelock import BaseFileLock

logger = logging.getLogger(__name__)

ModelT = TypeVar("ModelT", bound=BaseModel)

# Runs whose folder path a process remembers.
MAX_CACHED_RUNS = 1024

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


# --------------------------------------------------------------------------- atomic files


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


def read_if_exists(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


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


def is_temporary_name(name: str) -> bool:
    """Names of temporary and lock files, which listings skip (they all start with '.')."""
    return name.startswith(".")


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


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)


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


# --------------------------------------------------------------------------- JSON codec


def encode_model(model: BaseModel, *, indent: int | None = None) -> bytes:
    return model.model_dump_json(indent=indent).encode("utf-8")


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


def decode_model(
    model_type: type[ModelT], payload: Any, run_id: str, location: Path | str, context: Any = None
) -> ModelT:
    """Validate decoded JSON into ``model_type``; invalid content is a :class:`CorruptedRunLogError`.

    ``context``: the pydantic context, such as the source of parameter values stored apart.
    """
    if not isinstance(payload, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"it holds a JSON {type(payload).__name__}, not an object"
        )
    try:
        return model_type.model_validate(payload, context=context)
    except ValidationError as exc:
        raise exceptions.CorruptedRunLogError(run_id, str(location), describe_validation_error(exc)) from exc


def describe_decode_error(error: Exception) -> str:
    """Why stored content could not be decoded, in one line."""
    if isinstance(error, ValidationError):
        return describe_validation_error(error)
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def describe_validation_error(exc: ValidationError) -> str:
    """A one-line summary: the first problem with its field path (no input values, which may be large)."""
    errors = exc.errors(include_input=False, include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{exc.title} field '{field}': {first['msg']}{more}"


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

    def __init__(self, timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._stripes: OrderedDict[Path, _Stripe] = OrderedDict()
        self._guard = threading.Lock()
        self._pid = os.getpid()

    @staticmethod
    def lock_path(path: Path) -> Path:
        """The lock file guarding ``path``."""
        stripe = zlib.crc32(path.name.encode("utf-8")) % LOCK_STRIPES
        return path.with_name(f".lock.{stripe}")

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


def _lock_timeout(lock_path: Path, run_id: str, timeout: float) -> exceptions.StoreUnavailableError:
    return exceptions.StoreUnavailableError(
        f"Timed out after {timeout:g} s waiting for the lock {lock_path} of run '{run_id}'. "
        "Another process is writing this run and has not finished; a process that died holds no lock."
    )


class _Stripe:
    """One lock file: its thread lock, its hold count in this process and its OS-level lock."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.holds = 0
        self._descriptor: int | None = None
        self._file_lock: BaseFileLock | None = None
        self.timeout = timeout

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

    def release(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
        elif self._descriptor is not None and _flock is not None:
            _flock(self._descriptor, _UNLOCK)

    def close(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None

    def __del__(self) -> None:
        # A stripe dropped from the cache while a thread still held it closes its file when let go.
        self.close()


try:
    import fcntl

    _flock: Callable[[int, int], None] | None = fcntl.flock
    _LOCK_EXCLUSIVE_NOW = fcntl.LOCK_EX | fcntl.LOCK_NB
    _UNLOCK = fcntl.LOCK_UN
except ImportError:  # Windows: filelock
    _flock = None
    _LOCK_EXCLUSIVE_NOW = _UNLOCK = 0
