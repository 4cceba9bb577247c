"""A run log stored as many small chunks, so each write touches only its own part of the run.

A run is kept as:

* one **run chunk** (:data:`RUN_CHUNK`): id, status, tag, timestamps and job log;
* one **config chunk** (:data:`CONFIG_CHUNK`): the run config, which holds the whole dag;
* one **parameters chunk** (:data:`PARAMETERS_CHUNK`): the run-level parameters, which may
  hold the list a Map iterates on. Config and parameters are kept apart so that the run
  chunk, rewritten to bump ``updated_at``, stays small whatever the pipeline's size;
* one **step chunk** per step log (without its branches), keyed by internal name;
* one **branch chunk** per branch log (without its steps, with its
  parameters), keyed by internal name.

Recording a step writes its step chunk and bumps ``updated_at`` in the run
chunk: a constant number of chunk reads and writes however large the run
is. The bump is skipped when this store object made one for the run less than
a second ago (:class:`~runnable.run_log_store.base.UpdatedAtThrottle`), so
parallel writers do not queue for the run chunk on every write. Writes of the
run chunk itself (status, job log) always set it.

Reading a whole run lists the run's chunks and reassembles the tree.
Every chunk records an ``order`` stamp when it is first written (kept on
rewrites), and reassembly sorts siblings by it, so steps and branches come
back in the order they were added, whatever order the backend lists them in.
Stamps are nanosecond wall-clock times made strictly increasing within a
process; ties between processes are broken by name.

Concurrency: a step or branch chunk has one writer at a time (the process
running that step or branch), so a plain atomic write is enough; writers of
different steps, branches and parameter scopes of one run never touch the
same chunk. The few chunks that several processes change at once (the run
chunk, a branch's parameters) are changed only through
:meth:`ChunkedRunLogStore.update_chunk`, an atomic read-modify-write that a
backend implements with a lock (file systems) or a compare-and-swap
(conditional writes on object stores).

A backend implements this small I/O surface, and nothing else:

* :meth:`~ChunkedRunLogStore.read_chunk` -- the bytes of a chunk, or ``None``;
* :meth:`~ChunkedRunLogStore.write_chunk` -- atomically create or replace a chunk;
* :meth:`~ChunkedRunLogStore.create_chunk_exclusive` -- create a chunk only if absent (run creation);
* :meth:`~ChunkedRunLogStore.update_chunk` -- atomic read-modify-write of one chunk;
* :meth:`~ChunkedRunLogStore.list_chunks` -- the keys of every chunk of a run;
* :meth:`~ChunkedRunLogStore.delete_chunks` -- remove chunks (``put_run_log`` replacing a run);
* :meth:`~ChunkedRunLogStore.chunk_location` -- where a chunk lives, for error messages;
* ``iter_run_ids`` and ``get_summary`` from the base contract.

Chunk bytes are opaque to a backend except for one rule: a backend that
cannot derive a chunk's key from its storage name may call
:func:`chunk_key_of` on the bytes.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from abc import abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, PrivateAttr

from runnable import defaults, exceptions
from runnable.models import (
    BranchLog,
    JobLog,
    Parameter,
    RunLog,
    RunLogFilter,
    StepLog,
    parent_of,
    utc_now,
)
from runnable.run_log_store import _io
from runnable.run_log_store.base import BaseRunLogStore, UpdatedAtThrottle

logger = logging.getLogger(__name__)

RUN = "run"
CONFIG = "config"
PARAMETERS = "parameters"
STEP = "step"
BRANCH = "branch"
CHUNK_KINDS = (RUN, CONFIG, PARAMETERS, STEP, BRANCH)
# Kinds with one chunk per run, keyed by kind alone.
RUN_LEVEL_KINDS = (RUN, CONFIG, PARAMETERS)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, order=True)
class ChunkKey:
    """Which chunk of a run: its kind and, for steps and branches, the internal name."""

    kind: str
    name: str = ""


RUN_CHUNK = ChunkKey(RUN)
CONFIG_CHUNK = ChunkKey(CONFIG)
PARAMETERS_CHUNK = ChunkKey(PARAMETERS)


class Chunk(BaseModel):
    """What is stored per chunk: its key, its order stamp and the model's JSON (children left out)."""

    kind: str
    name: str = ""
    order: int = 0
    body: dict[str, Any]

    @property
    def key(self) -> ChunkKey:
        return ChunkKey(self.kind, self.name)
mutants_x_chunk_key_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chunk_key_of__mutmut)
def chunk_key_of(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_orig(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_1(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = None
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_2(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(None)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_3(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(None, str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_4(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), None)
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_5(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_6(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), )
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_7(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(None), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_8(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["XXkindXX"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_9(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["KIND"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_10(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(None))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_11(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get(None, "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_12(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", None)))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_13(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_14(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", )))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_15(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("XXnameXX", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_16(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("NAME", "")))
    except (ValueError, KeyError, TypeError):
        return None


def x_chunk_key_of__mutmut_17(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "XXXX")))
    except (ValueError, KeyError, TypeError):
        return None

mutants_x_chunk_key_of__mutmut['_mutmut_orig'] = x_chunk_key_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_1'] = x_chunk_key_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_2'] = x_chunk_key_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_3'] = x_chunk_key_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_4'] = x_chunk_key_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_5'] = x_chunk_key_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_6'] = x_chunk_key_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_7'] = x_chunk_key_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_8'] = x_chunk_key_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_9'] = x_chunk_key_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_10'] = x_chunk_key_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_11'] = x_chunk_key_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_12'] = x_chunk_key_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_13'] = x_chunk_key_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_14'] = x_chunk_key_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_15'] = x_chunk_key_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_16'] = x_chunk_key_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_chunk_key_of__mutmut['x_chunk_key_of__mutmut_17'] = x_chunk_key_of__mutmut_17 # type: ignore # mutmut generated


_order_guard = threading.Lock()
_last_order = 0
mutants_x_next_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_next_order__mutmut)
def next_order() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), _last_order + 1)
        return _last_order


def x_next_order__mutmut_orig() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), _last_order + 1)
        return _last_order


def x_next_order__mutmut_1() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = None
        return _last_order


def x_next_order__mutmut_2() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(None, _last_order + 1)
        return _last_order


def x_next_order__mutmut_3() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), None)
        return _last_order


def x_next_order__mutmut_4() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(_last_order + 1)
        return _last_order


def x_next_order__mutmut_5() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), )
        return _last_order


def x_next_order__mutmut_6() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), _last_order - 1)
        return _last_order


def x_next_order__mutmut_7() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), _last_order + 2)
        return _last_order

mutants_x_next_order__mutmut['_mutmut_orig'] = x_next_order__mutmut_orig # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_1'] = x_next_order__mutmut_1 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_2'] = x_next_order__mutmut_2 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_3'] = x_next_order__mutmut_3 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_4'] = x_next_order__mutmut_4 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_5'] = x_next_order__mutmut_5 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_6'] = x_next_order__mutmut_6 # type: ignore # mutmut generated
mutants_x_next_order__mutmut['x_next_order__mutmut_7'] = x_next_order__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut: MutantDict = {}  # type: ignore


class ChunkedRunLogStore(BaseRunLogStore):
    """Generic chunked store; subclasses provide the chunk I/O (see the module docstring)."""

    supports_parallel_writes: bool = True

    _touched: UpdatedAtThrottle = PrivateAttr(default_factory=UpdatedAtThrottle)

    # -- the I/O surface a backend implements ---------------------------------------------

    @abstractmethod
    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        """The stored bytes of a chunk, or ``None`` if there is no such chunk."""

    @abstractmethod
    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        """Create or replace a chunk atomically: readers see the old or the new bytes, never a mix."""

    @abstractmethod
    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        """Create a chunk only if it does not exist; return whether this call created it."""

    @abstractmethod
    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        """Atomically replace a chunk's bytes with ``change(current bytes or None)``.

        No other update of the same chunk may happen in between (hold a lock,
        or compare-and-swap and call ``change`` again on conflict, so it must
        have no side effects). An exception from ``change`` aborts the update.
        """

    @abstractmethod
    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        """The keys of every chunk stored for the run, in any order (empty if none)."""

    @abstractmethod
    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        """Remove chunks; keys that do not exist are ignored."""

    @abstractmethod
    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        """Where a chunk is stored (a path or URL), for error messages."""

    # -- the four abstract methods of the contract ------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut)
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
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_orig(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_1(
        self,
        run_id: str,
        dag_hash: str = "XXXX",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_2(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = True,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_3(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "XXXX",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_4(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "XXXX",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_5(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = None
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_6(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=None, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_7(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=None, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_8(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=None, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_9(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=None)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_10(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_11(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_12(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_13(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, )
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_14(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_15(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(None, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_16(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, None, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_17(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, None):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_18(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_19(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, encode_run(run_log)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_20(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, ):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_21(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(None)):
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods of the contract ------------------------------------------

    def xǁChunkedRunLogStoreǁcreate_run_log__mutmut_22(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        if not self.create_chunk_exclusive(run_id, RUN_CHUNK, encode_run(run_log)):
            raise exceptions.RunLogExistsError(None)
        return run_log

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut)
    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_orig(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_1(self, run_id: str, full: bool = True) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_2(self, run_id: str, full: bool = False) -> RunLog:
        run_log = None
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_3(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(None)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_4(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(None, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_5(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, None)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_6(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_7(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, )
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_8(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(None, run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_9(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, None, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_10(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, None)
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_11(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_log.steps, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_12(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, self._read_chunks(run_id, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_13(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, )
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_14(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(None, self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_15(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, None))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_16(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(self.list_chunks(run_id)))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_17(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, ))
        return run_log

    def xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_18(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        self._complete_header(run_id, run_log)
        if full:
            self._attach(run_id, run_log.steps, self._read_chunks(run_id, self.list_chunks(None)))
        return run_log

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut)
    def put_run_log(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_orig(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_1(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = None
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_2(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = None
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_3(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(None) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_4(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_5(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(None):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_6(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(None, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_7(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, None, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_8(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, None)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_9(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_10(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_11(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, )
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_12(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(None)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_13(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = None
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_14(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(None)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_15(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(None, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_16(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, None, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_17(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, None)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_18(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_19(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_20(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, )
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_21(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: None)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_22(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(None)
        if stale:
            self.delete_chunks(run_id, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_23(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(None, stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_24(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, None)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_25(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(stale)

    def xǁChunkedRunLogStoreǁput_run_log__mutmut_26(self, run_log: RunLog) -> None:
        """Replace the whole run: write every chunk, then the run chunk, then drop chunks it no longer has."""
        run_id = run_log.run_id
        stale = {key for key in self.list_chunks(run_id) if key.kind not in RUN_LEVEL_KINDS}
        for key, data in encode_parts(run_log):
            self.write_chunk(run_id, key, data)
            stale.discard(key)
        # Last, so that a new run only becomes visible once all its parts are stored.
        run_data = encode_run(run_log)
        self.update_chunk(run_id, RUN_CHUNK, lambda _current: run_data)
        self._touched.forget(run_id)
        if stale:
            self.delete_chunks(run_id, )

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut)
    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_orig(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_1(self, query: RunLogFilter, full: bool = True) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_2(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None or query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_3(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_4(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is not None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_5(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = None
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_6(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = None
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_7(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = None
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_8(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(None, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_9(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, None) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_10(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_11(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, ) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_12(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = None
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_13(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_14(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is None)
        return list(self._existing((run.run_id for run in selected), full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_15(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(None)

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_16(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing(None, full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_17(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), None))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_18(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing(full))

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def xǁChunkedRunLogStoreǁquery_run_logs__mutmut_19(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), ))

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut)
    def header_for_query(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_orig(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_1(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = None
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_2(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(None)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_3(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = None
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_4(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(None, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_5(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, None)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_6(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_7(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, )
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_8(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning(None, exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_9(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", None)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_10(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning(exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_11(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", )
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_12(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("XXSkipping run in listing: %sXX", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_13(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("skipping run in listing: %s", exc)
            return None
        return run_log

    def xǁChunkedRunLogStoreǁheader_for_query__mutmut_14(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("SKIPPING RUN IN LISTING: %S", exc)
            return None
        return run_log

    # -- run-level writers: one locked update of the run chunk ------------------------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut)
    def update_run_log_status(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(run_id, change)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_orig(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(run_id, change)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_1(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = None

        self._update_run(run_id, change)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_2(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(None, change)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_3(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(run_id, None)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_4(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(change)

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_5(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut)
    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_orig(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_1(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(None)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_2(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = None
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_3(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if (current is None) and False else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_4(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if (current is None) or True else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_5(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is not None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_6(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(None, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_7(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, None, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_8(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, None).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_9(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_10(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_11(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, ).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_12(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config(None)

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_13(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(None, CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_14(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, None, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_15(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, None)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_16(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(CONFIG_CHUNK, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_17(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, merge)

    def xǁChunkedRunLogStoreǁset_run_config__mutmut_18(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut)
    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(run_id, change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_orig(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(run_id, change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_1(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = None
            run_log.status = job_log.status

        self._update_run(run_id, change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_2(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = None

        self._update_run(run_id, change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_3(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(None, change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_4(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(run_id, None)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_5(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(change)

    def xǁChunkedRunLogStoreǁadd_job_log__mutmut_6(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut)
    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_orig(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_1(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = "XXXX"
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_2(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(None)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_3(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_4(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is not None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_5(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = None
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_6(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(None).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_7(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = None
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_8(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(None, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_9(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, None)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_10(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_11(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, )
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_12(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters(None)

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_13(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(None, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_14(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, None, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_15(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, None)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_16(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_17(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_18(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, )
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_19(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            None, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_20(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, None, parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_21(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), None, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_22(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=None
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_23(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_24(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_25(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_26(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_27(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=None), parameters, only_parameters=True
        )

    def xǁChunkedRunLogStoreǁset_parameters__mutmut_28(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:

            def merge(current: bytes | None) -> bytes:
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = self._read_run(run_id).parameters
                else:
                    stored = self._decode_parameters(run_id, current)
                return encode_parameters({**stored, **parameters})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=False
        )

    # -- readers of parts ----------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut)
    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_orig(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_1(self, run_id: str, internal_branch_name: str = "XXXX") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_2(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_3(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(None)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_4(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = None
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_5(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(None, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_6(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, None, BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_7(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), None)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_8(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_9(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_10(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), )
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_11(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(None, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_12(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, None), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_13(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_14(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, ), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_15(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is not None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_16(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(None)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_17(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(None, internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_18(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, None)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_19(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(internal_branch_name)
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_20(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, )
        return dict(branch.parameters)

    # -- readers of parts ----------------------------------------------------------------

    def xǁChunkedRunLogStoreǁget_parameters__mutmut_21(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return dict(None)

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut)
    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(run_id, name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_orig(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(run_id, name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_1(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(run_id, name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_2(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(None)
        return {name: self.get_parameters(run_id, name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_3(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(None, name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_4(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(run_id, None) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_5(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(name) for name in internal_branch_names}

    def xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_6(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
        return {name: self.get_parameters(run_id, ) for name in internal_branch_names}

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut)
    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, self._read_run(run_id))

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_orig(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, self._read_run(run_id))

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_1(self, run_id: str) -> dict[str, Any]:
        return self._read_config(None, self._read_run(run_id))

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_2(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, None)

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_3(self, run_id: str) -> dict[str, Any]:
        return self._read_config(self._read_run(run_id))

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_4(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, )

    def xǁChunkedRunLogStoreǁget_run_config__mutmut_5(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, self._read_run(None))

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut)
    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self._read_run(run_id).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁChunkedRunLogStoreǁget_job_log__mutmut_orig(self, run_id: str) -> JobLog:
        job_log = self._read_run(run_id).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁChunkedRunLogStoreǁget_job_log__mutmut_1(self, run_id: str) -> JobLog:
        job_log = None
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁChunkedRunLogStoreǁget_job_log__mutmut_2(self, run_id: str) -> JobLog:
        job_log = self._read_run(None).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁChunkedRunLogStoreǁget_job_log__mutmut_3(self, run_id: str) -> JobLog:
        job_log = self._read_run(run_id).job
        if job_log is not None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁChunkedRunLogStoreǁget_job_log__mutmut_4(self, run_id: str) -> JobLog:
        job_log = self._read_run(run_id).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(None)
        return job_log

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut)
    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_orig(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_1(self, internal_name: str, run_id: str) -> StepLog:
        step_log = None
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_2(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(None, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_3(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, None, StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_4(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), None)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_5(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_6(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_7(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), )
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_8(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(None, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_9(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, None), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_10(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_11(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, ), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_12(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is not None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_13(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(None)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_14(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(None, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_15(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, None)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_16(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_17(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, )
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_18(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = None
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_19(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            None, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_20(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, None, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_21(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, None, root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_22(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=None
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_23(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_24(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, self._read_subtree(run_id, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_25(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_26(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_27(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(None, internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_28(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, None), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_29(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(internal_name), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_30(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, ), root_parent=parent_of(internal_name)
        )
        return step_log

    def xǁChunkedRunLogStoreǁget_step_log__mutmut_31(self, internal_name: str, run_id: str) -> StepLog:
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        self._attach(
            run_id, holder, self._read_subtree(run_id, internal_name), root_parent=parent_of(None)
        )
        return step_log

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut)
    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_orig(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_1(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_2(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(None, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_3(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=None)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_4(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_5(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, )
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_6(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=False)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_7(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = None
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_8(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(None, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_9(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, None, BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_10(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), None)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_11(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_12(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_13(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), )
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_14(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(None, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_15(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, None), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_16(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_17(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, ), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_18(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is not None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_19(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(None)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_20(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(None, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_21(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, None)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_22(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_23(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, )
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_24(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            None,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_25(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            None,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_26(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            None,
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_27(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=None,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_28(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_29(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            self._read_subtree(run_id, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_30(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_31(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, internal_branch_name),
            )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_32(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(None, internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_33(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, None),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_34(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(internal_branch_name),
            root_parent=internal_branch_name,
        )
        return branch

    def xǁChunkedRunLogStoreǁget_branch_log__mutmut_35(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        self._attach(
            run_id,
            branch.steps,
            self._read_subtree(run_id, ),
            root_parent=internal_branch_name,
        )
        return branch

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut)
    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_orig(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_1(self, step_log: StepLog, run_id: str) -> None:
        self._touch(None)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_2(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = None
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_3(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(None)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_4(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch or self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_5(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(None, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_6(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, None) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_7(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_8(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_9(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(None, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_10(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, None)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_11(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_12(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, )) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_13(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is not None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_14(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(None, parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_15(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, None)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_16(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(parent_branch)
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_17(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, )
        self._write_step(run_id, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_18(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(None, step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_19(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, None)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_20(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(step_log)

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def xǁChunkedRunLogStoreǁadd_step_log__mutmut_21(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and self.read_chunk(run_id, ChunkKey(BRANCH, parent_branch)) is None:
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut)
    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_orig(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_1(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(None)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_2(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(None)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_3(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = None
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_4(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(None)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_5(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step and self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_6(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_7(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(None, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_8(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, None) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_9(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_10(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_11(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(None, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_12(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, None)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_13(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_14(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, )) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_15(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is not None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_16(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(None, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_17(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, None)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_18(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_19(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, )
        self._update_branch(run_id, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_20(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(None, branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_21(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, None, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_22(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, None)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_23(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(branch_log, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_24(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log.parameters)

    def xǁChunkedRunLogStoreǁadd_branch_log__mutmut_25(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or self.read_chunk(run_id, ChunkKey(STEP, parent_step)) is None:
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, )

    # -- internals ------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut)
    def _write_step(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_orig(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_1(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = None
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_2(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(None, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_3(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, None)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_4(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_5(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, )
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_6(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = None
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_7(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(None, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_8(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, None)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_9(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_10(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, )
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_11(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = None
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_12(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if (current is not None) and False else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_13(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if (current is not None) or True else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_14(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(None, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_15(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, None, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_16(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, None).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_17(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_18(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_19(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, ).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_20(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_21(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            None, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_22(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, None, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_23(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, None
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_24(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_25(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_26(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_27(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(None, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_28(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, None, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_29(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, None)
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_30(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_31(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_32(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, )
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_33(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode=None, exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_34(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude=None))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_35(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_36(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", ))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_37(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="XXjsonXX", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_38(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="JSON", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_39(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"XXbranchesXX"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_40(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"BRANCHES"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_41(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(None, branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_42(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, None, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_43(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, None)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_44(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(branch, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_45(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch.parameters)

    # -- internals ------------------------------------------------------------------------

    def xǁChunkedRunLogStoreǁ_write_step__mutmut_46(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        current = self.read_chunk(run_id, key)
        order = self._decode(run_id, key, current).order if current is not None else next_order()
        self.write_chunk(
            run_id, key, _encode_chunk(key, order, step_log.model_dump(mode="json", exclude={"branches"}))
        )
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut)
    def _update_branch(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_orig(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_1(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = True,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_2(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = None
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_3(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(None, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_4(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, None)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_5(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_6(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, )
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_7(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = None

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_8(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is not None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_9(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(None, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_10(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, None)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_11(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_12(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, )
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_13(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = None
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_14(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = None
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_15(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(None, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_16(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, None, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_17(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, None)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_18(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_19(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_20(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, )
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_21(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = None
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_22(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(None, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_23(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, None, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_24(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, None, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_25(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, None)
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_26(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_27(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_28(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_29(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, )
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_30(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(None, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_31(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, None))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_32(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_33(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, ))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_34(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = None
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_35(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = None
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_36(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if (only_parameters) and False else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_37(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if (only_parameters) or True else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_38(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = None
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_39(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update=None)
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_40(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"XXparametersXX": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_41(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"PARAMETERS": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_42(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(None, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_43(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, None, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_44(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, None)

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_45(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_46(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_47(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, )

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_48(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode=None, exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_49(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude=None))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_50(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_51(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", ))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_52(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="XXjsonXX", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_53(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="JSON", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_54(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"XXstepsXX"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_55(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"STEPS"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_56(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(None, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_57(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, None, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_58(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, None)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_59(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_60(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_61(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, )
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_62(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_63(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(None, step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_64(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, None)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_65(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(step_log)

    def xǁChunkedRunLogStoreǁ_update_branch__mutmut_66(
        self,
        run_id: str,
        branch_log: BranchLog,
        parameters: dict[str, Parameter],
        only_parameters: bool = False,
    ) -> None:
        """Write a branch's own fields (unless ``only_parameters``) and merge parameters into its chunk."""
        key = ChunkKey(BRANCH, branch_log.internal_name)
        new_order = next_order()

        def change(current: bytes | None) -> bytes:
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, base = new_order, {}, branch_log
            else:
                chunk = self._decode(run_id, key, current)
                stored = _io.decode_model(BranchLog, chunk.body, run_id, self.chunk_location(run_id, key))
                order, stored_parameters = chunk.order, stored.parameters
                base = stored if only_parameters else branch_log
            merged = base.model_copy(update={"parameters": {**stored_parameters, **parameters}})
            return _encode_chunk(key, order, merged.model_dump(mode="json", exclude={"steps"}))

        self.update_chunk(run_id, key, change)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut)
    def _update_run(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_orig(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_1(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is not None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_2(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(None)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_3(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = None
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_4(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(None, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_5(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, None)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_6(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_7(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, )
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_8(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(None)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_9(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = None
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_10(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(None, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_11(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=None)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_12(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_13(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, )

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_14(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=False)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_15(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(None, RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_16(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, None, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_17(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, None)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_18(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(RUN_CHUNK, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_19(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, apply)
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_20(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, )
        self._touched.touched(run_id)

    def xǁChunkedRunLogStoreǁ_update_run__mutmut_21(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: bytes | None) -> bytes:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode_run(run_id, current)
            change(run_log)
            run_log.updated_at = utc_now()
            return encode_run(run_log, keep_parameters=True)

        self.update_chunk(run_id, RUN_CHUNK, apply)
        self._touched.touched(None)

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_touch__mutmut)
    def _touch(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_orig(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_1(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if self._touched.due(run_id):
            return
        self._update_run(run_id, lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_2(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(None):
            return
        self._update_run(run_id, lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_3(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(None, lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_4(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_5(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(lambda run_log: None)

    def xǁChunkedRunLogStoreǁ_touch__mutmut_6(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, )

    def xǁChunkedRunLogStoreǁ_touch__mutmut_7(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, lambda run_log: 0)

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut)
    def _read_run(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_orig(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_1(self, run_id: str) -> RunLog:
        data = None
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_2(self, run_id: str) -> RunLog:
        data = self.read_chunk(None, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_3(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, None)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_4(self, run_id: str) -> RunLog:
        data = self.read_chunk(RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_5(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, )
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_6(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is not None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_7(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(None)
        return self._decode_run(run_id, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_8(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(None, data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_9(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, None)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_10(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(data)

    def xǁChunkedRunLogStoreǁ_read_run__mutmut_11(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut)
    def _complete_header(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_orig(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_1(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = None
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_2(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(None, run_log)
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_3(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, None)
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_4(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_log)
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_5(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, )
        run_log.parameters = self._run_parameters(run_id, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_6(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = None

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_7(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(None, run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_8(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(run_id, None)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_9(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(run_log)

    def xǁChunkedRunLogStoreǁ_complete_header__mutmut_10(self, run_id: str, run_log: RunLog) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters."""
        run_log.run_config = self._read_config(run_id, run_log)
        run_log.parameters = self._run_parameters(run_id, )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut)
    def _run_parameters(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_orig(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_1(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = None
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_2(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(None, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_3(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, None)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_4(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_5(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, )
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_6(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_7(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(None, data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_8(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, None)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_9(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(data)
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_10(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, )
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_11(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict(None)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_12(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if (run_log is not None) and False else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_13(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if (run_log is not None) or True else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_14(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is None else self._read_run(run_id)).parameters)

    def xǁChunkedRunLogStoreǁ_run_parameters__mutmut_15(self, run_id: str, run_log: RunLog | None = None) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read.
        """
        data = self.read_chunk(run_id, PARAMETERS_CHUNK)
        if data is not None:
            return self._decode_parameters(run_id, data)
        return dict((run_log if run_log is not None else self._read_run(None)).parameters)

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut)
    def _decode_parameters(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_orig(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_1(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = None
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_2(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(None, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_3(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, None, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_4(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, None).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_5(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_6(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_7(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, ).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_8(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = None
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_9(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(None, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_10(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, None)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_11(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_12(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, )
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_13(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(None, {"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_14(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, None, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_15(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, None, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_16(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, None).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_17(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model({"parameters": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_18(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_19(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_20(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"parameters": body}, run_id, ).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_21(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"XXparametersXX": body}, run_id, location).parameters

    def xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_22(self, run_id: str, data: bytes) -> dict[str, Parameter]:
        body = self._decode(run_id, PARAMETERS_CHUNK, data).body
        location = self.chunk_location(run_id, PARAMETERS_CHUNK)
        return _io.decode_model(_RunParameters, {"PARAMETERS": body}, run_id, location).parameters

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut)
    def _read_config(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_orig(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_1(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = None
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_2(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(None, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_3(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, None)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_4(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_5(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, )
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_6(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is not None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_7(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(None)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_8(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(None)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_9(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(None, CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_10(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, None, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_11(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, None).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_12(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(CONFIG_CHUNK, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_13(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, data).body)

    def xǁChunkedRunLogStoreǁ_read_config__mutmut_14(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        data = self.read_chunk(run_id, CONFIG_CHUNK)
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, ).body)

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut)
    def _decode_run(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_orig(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_1(self, run_id: str, data: bytes) -> RunLog:
        location = None
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_2(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(None, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_3(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, None)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_4(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_5(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, )
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_6(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = None
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_7(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(None, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_8(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, None, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_9(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, None, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_10(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, None)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_11(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_12(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_13(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_14(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, )
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_15(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(None, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_16(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, None, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_17(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, None).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_18(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_19(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_20(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, ).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_21(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id == run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_22(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(None, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_23(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, None, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_24(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, None)
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_25(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_26(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁChunkedRunLogStoreǁ_decode_run__mutmut_27(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, )
        return run_log

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_decode__mutmut)
    def _decode(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_orig(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_1(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = None
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_2(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(None, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_3(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, None)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_4(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_5(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, )
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_6(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = None
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_7(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(None, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_8(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, None, run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_9(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), None, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_10(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, None)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_11(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(_io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_12(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_13(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_14(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, )
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_15(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(None, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_16(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, None, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_17(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, None), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_18(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_19(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_20(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, ), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_21(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key == key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_22(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                None,
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_23(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                None,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_24(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                None,
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_25(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                location,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_26(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                f"it holds the {chunk.kind} chunk '{chunk.name}', not the {key.kind} '{key.name}'",
            )
        return chunk

    def xǁChunkedRunLogStoreǁ_decode__mutmut_27(self, run_id: str, key: ChunkKey, data: bytes) -> Chunk:
        location = self.chunk_location(run_id, key)
        chunk = _io.decode_model(Chunk, _io.decode_json(data, run_id, location), run_id, location)
        if chunk.key != key:
            raise exceptions.CorruptedRunLogError(
                run_id,
                location,
                )
        return chunk

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut)
    def _read_model(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_orig(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_1(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = None
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_2(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(None, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_3(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, None)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_4(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_5(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, )
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_6(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is not None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_7(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            None, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_8(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, None, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_9(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, None, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_10(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, None
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_11(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_12(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_13(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_14(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_15(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(None, key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_16(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, None, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_17(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, None).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_18(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(key, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_19(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, data).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_20(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, ).body, run_id, self.chunk_location(run_id, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_21(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(None, key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_22(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, None)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_23(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(key)
        )

    def xǁChunkedRunLogStoreǁ_read_model__mutmut_24(self, run_id: str, key: ChunkKey, model: type[_io.ModelT]) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return _io.decode_model(
            model, self._decode(run_id, key, data).body, run_id, self.chunk_location(run_id, )
        )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut)
    def _read_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_orig(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_1(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = None
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_2(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind not in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_3(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                break
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_4(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = None
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_5(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(None, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_6(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, None)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_7(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_8(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, )
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_9(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_10(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(None)
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_11(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(None, key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_12(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, None, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_13(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, None))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_14(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(key, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_15(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, data))
        return chunks

    def xǁChunkedRunLogStoreǁ_read_chunks__mutmut_16(self, run_id: str, keys: Iterable[ChunkKey]) -> list[Chunk]:
        chunks = []
        for key in keys:
            if key.kind in RUN_LEVEL_KINDS:
                continue
            data = self.read_chunk(run_id, key)
            if data is not None:  # removed since listed: a concurrent put_run_log replaced the run
                chunks.append(self._decode(run_id, key, ))
        return chunks

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut)
    def _read_subtree(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_orig(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_1(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = None
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_2(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name - defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_3(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            None, [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_4(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, None
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_5(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            [key for key in self.list_chunks(run_id) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_6(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_7(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(None) if key.name.startswith(prefix)]
        )

    def xǁChunkedRunLogStoreǁ_read_subtree__mutmut_8(self, run_id: str, internal_name: str) -> list[Chunk]:
        prefix = internal_name + defaults.NAME_SEPARATOR
        return self._read_chunks(
            run_id, [key for key in self.list_chunks(run_id) if key.name.startswith(None)]
        )

    @_mutmut_mutated(mutants_xǁChunkedRunLogStoreǁ_attach__mutmut)
    def _attach(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_orig(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_1(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = "XXXX"
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_2(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = None
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_3(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(None)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_4(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = None
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_5(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = None
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_6(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(None, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_7(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=None)
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_8(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_9(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, )
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_10(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: None)
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_11(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = None
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_12(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(None, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_13(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, None)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_14(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_15(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, )
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_16(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind != STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_17(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = None
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_18(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(None, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_19(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, None, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_20(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, None, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_21(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, None)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_22(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_23(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_24(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_25(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, )
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_26(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind != BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_27(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = None
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_28(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(None, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_29(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, None, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_30(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, None, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_31(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, None)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_32(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_33(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_34(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_35(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, )
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_36(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = None
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_37(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(None)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_38(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind != STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_39(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent != root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_40(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = None
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_41(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent not in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_42(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = None
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_43(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug(None, run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_44(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", None, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_45(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, None)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_46(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug(run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_47(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_48(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, )
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_49(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("XXRun %s: step chunk %s has no branch to sit inXX", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_50(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_51(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("RUN %S: STEP CHUNK %S HAS NO BRANCH TO SIT IN", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_52(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind != BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_53(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent not in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_54(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = None
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_55(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug(None, run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_56(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", None, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_57(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, None)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_58(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug(run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_59(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_60(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("Run %s: branch chunk %s has no step to sit in", run_id, )

    def xǁChunkedRunLogStoreǁ_attach__mutmut_61(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("XXRun %s: branch chunk %s has no step to sit inXX", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_62(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("run %s: branch chunk %s has no step to sit in", run_id, chunk.name)

    def xǁChunkedRunLogStoreǁ_attach__mutmut_63(
        self, run_id: str, root_steps: dict[str, StepLog], chunks: list[Chunk], root_parent: str = ""
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks."""
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location)
        for chunk in ordered:
            parent = parent_of(chunk.name)
            if chunk.kind == STEP:
                if parent == root_parent:
                    root_steps[chunk.name] = steps[chunk.name]
                elif parent in branches:
                    branches[parent].steps[chunk.name] = steps[chunk.name]
                else:
                    logger.debug("Run %s: step chunk %s has no branch to sit in", run_id, chunk.name)
            elif chunk.kind == BRANCH:
                if parent in steps:
                    steps[parent].branches[chunk.name] = branches[chunk.name]
                else:
                    logger.debug("RUN %S: BRANCH CHUNK %S HAS NO STEP TO SIT IN", run_id, chunk.name)

mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁcreate_run_log__mutmut['xǁChunkedRunLogStoreǁcreate_run_log__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁcreate_run_log__mutmut_22 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut['xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_log_by_id__mutmut_18 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁput_run_log__mutmut['xǁChunkedRunLogStoreǁput_run_log__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁput_run_log__mutmut_26 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁquery_run_logs__mutmut['xǁChunkedRunLogStoreǁquery_run_logs__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁquery_run_logs__mutmut_19 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁheader_for_query__mutmut['xǁChunkedRunLogStoreǁheader_for_query__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁheader_for_query__mutmut_14 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut['xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁupdate_run_log_status__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_run_config__mutmut['xǁChunkedRunLogStoreǁset_run_config__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_run_config__mutmut_18 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_job_log__mutmut['xǁChunkedRunLogStoreǁadd_job_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_job_log__mutmut_6 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁset_parameters__mutmut['xǁChunkedRunLogStoreǁset_parameters__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁset_parameters__mutmut_28 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters__mutmut['xǁChunkedRunLogStoreǁget_parameters__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters__mutmut_21 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut['xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_parameters_of_branches__mutmut_6 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['xǁChunkedRunLogStoreǁget_run_config__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['xǁChunkedRunLogStoreǁget_run_config__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['xǁChunkedRunLogStoreǁget_run_config__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['xǁChunkedRunLogStoreǁget_run_config__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_run_config__mutmut['xǁChunkedRunLogStoreǁget_run_config__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_run_config__mutmut_5 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut['xǁChunkedRunLogStoreǁget_job_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut['xǁChunkedRunLogStoreǁget_job_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut['xǁChunkedRunLogStoreǁget_job_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_job_log__mutmut['xǁChunkedRunLogStoreǁget_job_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_job_log__mutmut_4 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_29'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_30'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_step_log__mutmut['xǁChunkedRunLogStoreǁget_step_log__mutmut_31'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_step_log__mutmut_31 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_29'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_30'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_31'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_32'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_33'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_34'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁget_branch_log__mutmut['xǁChunkedRunLogStoreǁget_branch_log__mutmut_35'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁget_branch_log__mutmut_35 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_step_log__mutmut['xǁChunkedRunLogStoreǁadd_step_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_step_log__mutmut_21 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁadd_branch_log__mutmut['xǁChunkedRunLogStoreǁadd_branch_log__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁadd_branch_log__mutmut_25 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_29'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_30'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_31'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_32'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_33'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_34'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_35'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_36'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_37'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_38'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_39'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_40'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_41'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_41 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_42'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_42 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_43'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_43 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_44'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_44 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_45'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_45 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_write_step__mutmut['xǁChunkedRunLogStoreǁ_write_step__mutmut_46'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_write_step__mutmut_46 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_29'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_30'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_31'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_32'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_33'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_34'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_35'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_36'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_37'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_38'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_39'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_40'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_41'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_41 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_42'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_42 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_43'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_43 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_44'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_44 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_45'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_45 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_46'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_46 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_47'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_47 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_48'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_48 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_49'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_49 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_50'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_50 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_51'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_51 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_52'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_52 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_53'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_53 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_54'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_54 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_55'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_55 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_56'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_56 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_57'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_57 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_58'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_58 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_59'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_59 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_60'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_60 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_61'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_61 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_62'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_62 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_63'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_63 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_64'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_64 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_65'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_65 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_branch__mutmut['xǁChunkedRunLogStoreǁ_update_branch__mutmut_66'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_branch__mutmut_66 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_update_run__mutmut['xǁChunkedRunLogStoreǁ_update_run__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_update_run__mutmut_21 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_touch__mutmut['xǁChunkedRunLogStoreǁ_touch__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_touch__mutmut_7 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_run__mutmut['xǁChunkedRunLogStoreǁ_read_run__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_run__mutmut_11 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_complete_header__mutmut['xǁChunkedRunLogStoreǁ_complete_header__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_complete_header__mutmut_10 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_run_parameters__mutmut['xǁChunkedRunLogStoreǁ_run_parameters__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_run_parameters__mutmut_15 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_parameters__mutmut['xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_parameters__mutmut_22 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_config__mutmut['xǁChunkedRunLogStoreǁ_read_config__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_config__mutmut_14 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode_run__mutmut['xǁChunkedRunLogStoreǁ_decode_run__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode_run__mutmut_27 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_decode__mutmut['xǁChunkedRunLogStoreǁ_decode__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_decode__mutmut_27 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_model__mutmut['xǁChunkedRunLogStoreǁ_read_model__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_model__mutmut_24 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_chunks__mutmut['xǁChunkedRunLogStoreǁ_read_chunks__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_chunks__mutmut_16 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_read_subtree__mutmut['xǁChunkedRunLogStoreǁ_read_subtree__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_read_subtree__mutmut_8 # type: ignore # mutmut generated

mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['_mutmut_orig'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_1'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_2'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_3'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_4'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_5'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_6'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_7'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_8'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_9'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_10'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_11'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_12'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_13'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_14'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_15'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_16'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_17'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_18'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_19'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_20'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_21'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_22'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_23'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_24'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_25'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_26'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_27'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_28'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_29'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_30'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_31'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_32'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_33'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_34'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_35'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_36'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_37'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_38'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_39'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_40'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_41'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_41 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_42'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_42 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_43'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_43 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_44'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_44 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_45'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_45 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_46'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_46 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_47'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_47 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_48'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_48 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_49'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_49 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_50'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_50 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_51'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_51 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_52'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_52 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_53'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_53 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_54'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_54 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_55'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_55 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_56'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_56 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_57'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_57 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_58'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_58 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_59'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_59 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_60'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_60 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_61'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_61 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_62'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_62 # type: ignore # mutmut generated
mutants_xǁChunkedRunLogStoreǁ_attach__mutmut['xǁChunkedRunLogStoreǁ_attach__mutmut_63'] = ChunkedRunLogStore.xǁChunkedRunLogStoreǁ_attach__mutmut_63 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- encoding


@_mutmut_mutated(mutants_x__encode_chunk__mutmut)
def _encode_chunk(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_orig(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_1(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = None
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_2(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"XXkindXX": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_3(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"KIND": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_4(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "XXnameXX": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_5(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "NAME": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_6(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "XXorderXX": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_7(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "ORDER": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_8(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "XXbodyXX": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_9(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "BODY": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_10(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(None)


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_11(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(None, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_12(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=None, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_13(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=None).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_14(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_15(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_16(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, ).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_17(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_18(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=("XX,XX", ":")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_19(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", "XX:XX")).encode("utf-8")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_20(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("XXutf-8XX")


# --------------------------------------------------------------------------- encoding


def x__encode_chunk__mutmut_21(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("UTF-8")

mutants_x__encode_chunk__mutmut['_mutmut_orig'] = x__encode_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_1'] = x__encode_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_2'] = x__encode_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_3'] = x__encode_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_4'] = x__encode_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_5'] = x__encode_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_6'] = x__encode_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_7'] = x__encode_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_8'] = x__encode_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_9'] = x__encode_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_10'] = x__encode_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_11'] = x__encode_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_12'] = x__encode_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_13'] = x__encode_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_14'] = x__encode_chunk__mutmut_14 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_15'] = x__encode_chunk__mutmut_15 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_16'] = x__encode_chunk__mutmut_16 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_17'] = x__encode_chunk__mutmut_17 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_18'] = x__encode_chunk__mutmut_18 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_19'] = x__encode_chunk__mutmut_19 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_20'] = x__encode_chunk__mutmut_20 # type: ignore # mutmut generated
mutants_x__encode_chunk__mutmut['x__encode_chunk__mutmut_21'] = x__encode_chunk__mutmut_21 # type: ignore # mutmut generated


class _RunParameters(BaseModel):
    parameters: dict[str, Parameter]
mutants_x_encode_run__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_run__mutmut)
def encode_run(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_orig(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_1(run_log: RunLog, *, keep_parameters: bool = True) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_2(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = None
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_3(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if (keep_parameters) and False else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_4(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if (keep_parameters) or True else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_5(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"XXstepsXX", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_6(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"STEPS", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_7(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "XXrun_configXX"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_8(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "RUN_CONFIG"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_9(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"XXstepsXX", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_10(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"STEPS", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_11(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "XXrun_configXX", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_12(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "RUN_CONFIG", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_13(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "XXparametersXX"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_14(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "PARAMETERS"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_15(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(None, 0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_16(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, None, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_17(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, None)


def x_encode_run__mutmut_18(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(0, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_19(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_20(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, )


def x_encode_run__mutmut_21(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 1, run_log.model_dump(mode="json", exclude=excluded))


def x_encode_run__mutmut_22(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode=None, exclude=excluded))


def x_encode_run__mutmut_23(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", exclude=None))


def x_encode_run__mutmut_24(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(exclude=excluded))


def x_encode_run__mutmut_25(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="json", ))


def x_encode_run__mutmut_26(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="XXjsonXX", exclude=excluded))


def x_encode_run__mutmut_27(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there."""
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, run_log.model_dump(mode="JSON", exclude=excluded))

mutants_x_encode_run__mutmut['_mutmut_orig'] = x_encode_run__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_1'] = x_encode_run__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_2'] = x_encode_run__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_3'] = x_encode_run__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_4'] = x_encode_run__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_5'] = x_encode_run__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_6'] = x_encode_run__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_7'] = x_encode_run__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_8'] = x_encode_run__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_9'] = x_encode_run__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_10'] = x_encode_run__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_11'] = x_encode_run__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_12'] = x_encode_run__mutmut_12 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_13'] = x_encode_run__mutmut_13 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_14'] = x_encode_run__mutmut_14 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_15'] = x_encode_run__mutmut_15 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_16'] = x_encode_run__mutmut_16 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_17'] = x_encode_run__mutmut_17 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_18'] = x_encode_run__mutmut_18 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_19'] = x_encode_run__mutmut_19 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_20'] = x_encode_run__mutmut_20 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_21'] = x_encode_run__mutmut_21 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_22'] = x_encode_run__mutmut_22 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_23'] = x_encode_run__mutmut_23 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_24'] = x_encode_run__mutmut_24 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_25'] = x_encode_run__mutmut_25 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_26'] = x_encode_run__mutmut_26 # type: ignore # mutmut generated
mutants_x_encode_run__mutmut['x_encode_run__mutmut_27'] = x_encode_run__mutmut_27 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_config__mutmut)
def encode_config(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 0, run_config)


def x_encode_config__mutmut_orig(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 0, run_config)


def x_encode_config__mutmut_1(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(None, 0, run_config)


def x_encode_config__mutmut_2(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, None, run_config)


def x_encode_config__mutmut_3(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 0, None)


def x_encode_config__mutmut_4(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(0, run_config)


def x_encode_config__mutmut_5(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, run_config)


def x_encode_config__mutmut_6(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 0, )


def x_encode_config__mutmut_7(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 1, run_config)

mutants_x_encode_config__mutmut['_mutmut_orig'] = x_encode_config__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_1'] = x_encode_config__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_2'] = x_encode_config__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_3'] = x_encode_config__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_4'] = x_encode_config__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_5'] = x_encode_config__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_6'] = x_encode_config__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_config__mutmut['x_encode_config__mutmut_7'] = x_encode_config__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_parameters__mutmut)
def encode_parameters(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_orig(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_1(parameters: dict[str, Parameter]) -> bytes:
    body = None
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_2(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode=None)["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_3(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=None).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_4(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="XXjsonXX")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_5(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="JSON")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_6(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["XXparametersXX"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_7(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["PARAMETERS"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, body)


def x_encode_parameters__mutmut_8(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(None, 0, body)


def x_encode_parameters__mutmut_9(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, None, body)


def x_encode_parameters__mutmut_10(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, None)


def x_encode_parameters__mutmut_11(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(0, body)


def x_encode_parameters__mutmut_12(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, body)


def x_encode_parameters__mutmut_13(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 0, )


def x_encode_parameters__mutmut_14(parameters: dict[str, Parameter]) -> bytes:
    body = _RunParameters(parameters=parameters).model_dump(mode="json")["parameters"]
    return _encode_chunk(PARAMETERS_CHUNK, 1, body)

mutants_x_encode_parameters__mutmut['_mutmut_orig'] = x_encode_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_1'] = x_encode_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_2'] = x_encode_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_3'] = x_encode_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_4'] = x_encode_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_5'] = x_encode_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_6'] = x_encode_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_7'] = x_encode_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_8'] = x_encode_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_9'] = x_encode_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_10'] = x_encode_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_11'] = x_encode_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_12'] = x_encode_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_13'] = x_encode_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_x_encode_parameters__mutmut['x_encode_parameters__mutmut_14'] = x_encode_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_x_encode_parts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_parts__mutmut)
def encode_parts(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole."""
    return [
        *encode_tree(run_log.steps),
        (CONFIG_CHUNK, encode_config(run_log.run_config)),
        (PARAMETERS_CHUNK, encode_parameters(run_log.parameters)),
    ]


def x_encode_parts__mutmut_orig(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole."""
    return [
        *encode_tree(run_log.steps),
        (CONFIG_CHUNK, encode_config(run_log.run_config)),
        (PARAMETERS_CHUNK, encode_parameters(run_log.parameters)),
    ]


def x_encode_parts__mutmut_1(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole."""
    return [
        *encode_tree(None),
        (CONFIG_CHUNK, encode_config(run_log.run_config)),
        (PARAMETERS_CHUNK, encode_parameters(run_log.parameters)),
    ]


def x_encode_parts__mutmut_2(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole."""
    return [
        *encode_tree(run_log.steps),
        (CONFIG_CHUNK, encode_config(None)),
        (PARAMETERS_CHUNK, encode_parameters(run_log.parameters)),
    ]


def x_encode_parts__mutmut_3(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole."""
    return [
        *encode_tree(run_log.steps),
        (CONFIG_CHUNK, encode_config(run_log.run_config)),
        (PARAMETERS_CHUNK, encode_parameters(None)),
    ]

mutants_x_encode_parts__mutmut['_mutmut_orig'] = x_encode_parts__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_parts__mutmut['x_encode_parts__mutmut_1'] = x_encode_parts__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_parts__mutmut['x_encode_parts__mutmut_2'] = x_encode_parts__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_parts__mutmut['x_encode_parts__mutmut_3'] = x_encode_parts__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_tree__mutmut)
def encode_tree(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_orig(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_1(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = None

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_2(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = None
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_3(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(None, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_4(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, None)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_5(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_6(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, )
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_7(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                None
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_8(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(None, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_9(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, None, step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_10(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), None),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_11(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_12(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_13(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), ),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_14(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode=None, exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_15(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude=None)),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_16(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_17(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", )),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_18(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="XXjsonXX", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_19(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="JSON", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_20(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"XXbranchesXX"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_21(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"BRANCHES"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_22(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = None
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_23(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(None, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_24(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, None)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_25(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_26(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, )
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_27(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    None
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_28(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(None, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_29(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, None, branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_30(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), None))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_31(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_32(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_33(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), ))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_34(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode=None, exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_35(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude=None)))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_36(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_37(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", )))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_38(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="XXjsonXX", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_39(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="JSON", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_40(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"XXstepsXX"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_41(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"STEPS"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_42(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(None)

    walk(steps)
    return encoded


def x_encode_tree__mutmut_43(steps: dict[str, StepLog]) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (
                    key,
                    _encode_chunk(key, next_order(), step_log.model_dump(mode="json", exclude={"branches"})),
                )
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), branch.model_dump(mode="json", exclude={"steps"})))
                )
                walk(branch.steps)

    walk(None)
    return encoded

mutants_x_encode_tree__mutmut['_mutmut_orig'] = x_encode_tree__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_1'] = x_encode_tree__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_2'] = x_encode_tree__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_3'] = x_encode_tree__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_4'] = x_encode_tree__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_5'] = x_encode_tree__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_6'] = x_encode_tree__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_7'] = x_encode_tree__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_8'] = x_encode_tree__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_9'] = x_encode_tree__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_10'] = x_encode_tree__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_11'] = x_encode_tree__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_12'] = x_encode_tree__mutmut_12 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_13'] = x_encode_tree__mutmut_13 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_14'] = x_encode_tree__mutmut_14 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_15'] = x_encode_tree__mutmut_15 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_16'] = x_encode_tree__mutmut_16 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_17'] = x_encode_tree__mutmut_17 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_18'] = x_encode_tree__mutmut_18 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_19'] = x_encode_tree__mutmut_19 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_20'] = x_encode_tree__mutmut_20 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_21'] = x_encode_tree__mutmut_21 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_22'] = x_encode_tree__mutmut_22 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_23'] = x_encode_tree__mutmut_23 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_24'] = x_encode_tree__mutmut_24 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_25'] = x_encode_tree__mutmut_25 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_26'] = x_encode_tree__mutmut_26 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_27'] = x_encode_tree__mutmut_27 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_28'] = x_encode_tree__mutmut_28 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_29'] = x_encode_tree__mutmut_29 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_30'] = x_encode_tree__mutmut_30 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_31'] = x_encode_tree__mutmut_31 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_32'] = x_encode_tree__mutmut_32 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_33'] = x_encode_tree__mutmut_33 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_34'] = x_encode_tree__mutmut_34 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_35'] = x_encode_tree__mutmut_35 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_36'] = x_encode_tree__mutmut_36 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_37'] = x_encode_tree__mutmut_37 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_38'] = x_encode_tree__mutmut_38 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_39'] = x_encode_tree__mutmut_39 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_40'] = x_encode_tree__mutmut_40 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_41'] = x_encode_tree__mutmut_41 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_42'] = x_encode_tree__mutmut_42 # type: ignore # mutmut generated
mutants_x_encode_tree__mutmut['x_encode_tree__mutmut_43'] = x_encode_tree__mutmut_43 # type: ignore # mutmut generated
