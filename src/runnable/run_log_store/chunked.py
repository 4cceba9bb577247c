"""A run log stored as many small chunks, so each write touches only its own part of the run.

A run is kept as:

* one **run chunk** (:data:`RUN_CHUNK`): id, status, tag, timestamps and job log;
* one **config chunk** (:data:`CONFIG_CHUNK`): the run config, which holds the whole dag;
* one **parameters chunk** (:data:`PARAMETERS_CHUNK`): the run-level parameters, which may
  hold the list a Map iterates on. Config and parameters are kept apart so that the run
  chunk, rewritten to bump ``updated_at``, stays small whatever the pipeline's size;
* one **step chunk** per step log (without its branches), keyed by internal name;
* one **branch chunk** per branch log (without its steps, with its
  parameters), keyed by internal name;
* one **value chunk** per large parameter value, keyed by its digest and holding the
  value's JSON alone: parameters and attempts refer to it (see :mod:`~runnable.run_log_store._values`),
  so a value costs its size once per run however many steps record it. A value chunk is
  written before the first chunk that refers to it, and never changes.

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
* :meth:`~ChunkedRunLogStore.chunk_exists` -- optional, whether a chunk exists (default: read it);
* :meth:`~ChunkedRunLogStore.read_chunks` -- optional, many chunks at once (default: one by one;
  object stores read them concurrently);
* :meth:`~ChunkedRunLogStore.read_tree_chunks` -- optional, every step and branch chunk of a run or
  subtree (default: a listing, then ``read_chunks``; object stores skip the chunks they hold copies of);
* :meth:`~ChunkedRunLogStore.read_header_chunks` -- optional, a run's config and parameters chunks
  (default: one by one; object stores read both at once);
* :meth:`~ChunkedRunLogStore.read_branch_chunk` -- optional, a branch chunk read by the process
  running the branch (default: ``read_chunk``);
* ``iter_run_ids`` and ``get_summary`` from the base contract.

What this store object wrote or saw it remembers (:class:`KnownChunks`): that a step's or branch's
chunk exists and the order stamp it holds. A step rewritten by the process that created it is then
one write, and a write under a branch this process made checks nothing: on an object store, one
request instead of three. Chunks disappear only with their whole run (``put_run_log`` and
``delete_run_log``, which forget the run).

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
from runnable.run_log_store._values import ValuesApart, ValueSource
from runnable.run_log_store.base import BaseRunLogStore, UpdatedAtThrottle

logger = logging.getLogger(__name__)

RUN = "run"
CONFIG = "config"
PARAMETERS = "parameters"
STEP = "step"
BRANCH = "branch"
VALUE = "value"
CHUNK_KINDS = (RUN, CONFIG, PARAMETERS, STEP, BRANCH, VALUE)
# Kinds with one chunk per run, keyed by kind alone.
RUN_LEVEL_KINDS = (RUN, CONFIG, PARAMETERS)
# Kinds that make up the tree of steps and branches a full read reassembles.
TREE_KINDS = (STEP, BRANCH)


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


def chunk_key_of(data: bytes) -> ChunkKey | None:
    """The key recorded inside a chunk's bytes, or ``None`` if they cannot be decoded."""
    try:
        payload = json.loads(data)
        return ChunkKey(str(payload["kind"]), str(payload.get("name", "")))
    except (ValueError, KeyError, TypeError):
        return None


_order_guard = threading.Lock()
_last_order = 0


def next_order() -> int:
    """A strictly increasing (within this process) nanosecond stamp for a new chunk."""
    global _last_order
    with _order_guard:
        _last_order = max(time.time_ns(), _last_order + 1)
        return _last_order


class ChunkedRunLogStore(BaseRunLogStore):
    """Generic chunked store; subclasses provide the chunk I/O (see the module docstring)."""

    supports_parallel_writes: bool = True

    _touched: UpdatedAtThrottle = PrivateAttr(default_factory=UpdatedAtThrottle)
    _known: KnownChunks = PrivateAttr(default_factory=lambda: KnownChunks())

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

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        """Whether the chunk is stored; backends that can tell without reading it override this."""
        return self.read_chunk(run_id, key) is not None

    def read_chunks(self, run_id: str, keys: Sequence[ChunkKey]) -> list[bytes | None]:
        """The bytes of each chunk (``None`` for a missing one), in the order of ``keys``.

        One by one here; backends where each read is a network request read them concurrently.
        """
        return [self.read_chunk(run_id, key) for key in keys]

    def read_tree_chunks(self, run_id: str, within: str = "") -> list[tuple[ChunkKey, bytes]]:
        """Every step and branch chunk of the run with its bytes, in any order.

        ``within``: only the chunks under that step or branch (its descendants). One listing, then
        :meth:`read_chunks`; a chunk removed between the two is left out.
        """
        prefix = within + defaults.NAME_SEPARATOR if within else ""
        keys = [
            key for key in self.list_chunks(run_id) if key.kind in TREE_KINDS and key.name.startswith(prefix)
        ]
        return [
            (key, data)
            for key, data in zip(keys, self.read_chunks(run_id, keys), strict=True)
            if data is not None
        ]

    def read_header_chunks(self, run_id: str) -> tuple[bytes | None, bytes | None]:
        """The config and run-level parameters chunks (``None`` for a missing one), for a run's header.

        One after the other here; object stores send both requests at once.
        """
        return self.read_chunk(run_id, CONFIG_CHUNK), self.read_chunk(run_id, PARAMETERS_CHUNK)

    def read_branch_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        """A branch's chunk, read for its parameters by the process running that branch.

        A branch has one writer at a time, the process running it (as a step has), so a backend
        may answer with what this store object last wrote to the chunk. Default: :meth:`read_chunk`.
        """
        return self.read_chunk(run_id, key)

    # -- the four abstract methods of the contract ------------------------------------------

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

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        run_log = self._read_run(run_id)
        values = self._value_source(run_id)  # one per read: a value referred to twice is one object
        self._complete_header(run_id, run_log, values)
        if full:
            self._attach(
                run_id, run_log.steps, self._decode_all(run_id, self.read_tree_chunks(run_id)), values
            )
        return run_log

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
        self._known.forget_run(run_id)
        if stale:
            self.delete_chunks(run_id, stale)

    def delete_run_log(self, run_id: str) -> None:
        """Remove the run chunk first, so the run disappears at once, then every other chunk."""
        keys = self.list_chunks(run_id)
        if RUN_CHUNK not in keys:
            raise exceptions.RunLogNotFoundError(run_id)
        self.delete_chunks(run_id, [RUN_CHUNK])
        self.delete_chunks(run_id, [key for key in keys if key != RUN_CHUNK])
        self._touched.forget(run_id)
        self._known.forget_run(run_id)

    # -- queries: decided on run chunks, the rest read for the page only -------------------

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        if query.run_ids is not None and query.after is None:
            run_ids: Iterable[str] = query.run_ids
        else:
            run_ids = self.iter_run_ids()
        candidates = (self.header_for_query(run_id, query) for run_id in run_ids)
        selected = query.select(run for run in candidates if run is not None)
        return list(self._existing((run.run_id for run in selected), full))

    def header_for_query(self, run_id: str, query: RunLogFilter) -> RunLog | None:
        """What a query filters on: the run chunk, plus the run-level parameters if it filters on them.

        ``None`` for a run that does not exist or cannot be read (with a warning).
        """
        try:
            run_log = self._read_run(run_id)
            if query.reads_parameters:
                run_log.parameters = self._run_parameters(run_id, run_log)
        except exceptions.RunLogNotFoundError:
            return None
        except exceptions.CorruptedRunLogError as exc:
            logger.warning("Skipping run in listing: %s", exc)
            return None
        return run_log

    # -- run-level writers: one locked update of the run chunk ------------------------------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._update_run(run_id, change)

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._touch(run_id)

        def merge(current: bytes | None) -> bytes:
            stored = {} if current is None else self._decode(run_id, CONFIG_CHUNK, current).body
            return encode_config({**stored, **run_config})

        self.update_chunk(run_id, CONFIG_CHUNK, merge)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._update_run(run_id, change)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._touch(run_id)
        if not internal_branch_name:
            values = ValuesApart()
            added = values.dump_parameters(parameters)
            self._write_values(run_id, values)

            def merge(current: bytes | None) -> bytes:
                # Merged in stored form: values kept apart are neither read nor rewritten.
                if current is None:
                    # The first run-level parameters; runs written before parameters had a chunk of
                    # their own keep them in the run chunk, which this chunk then takes over.
                    stored = ValuesApart(apart=False).dump_parameters(self._read_run(run_id).parameters)
                else:
                    stored = self._decode(run_id, PARAMETERS_CHUNK, current).body
                return _encode_chunk(PARAMETERS_CHUNK, 0, {**stored, **added})

            self.update_chunk(run_id, PARAMETERS_CHUNK, merge)
            return
        self._update_branch(
            run_id, BranchLog(internal_name=internal_branch_name), parameters, only_parameters=True
        )

    # -- readers of parts ----------------------------------------------------------------

    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        if not internal_branch_name:
            return self._run_parameters(run_id)
        key = ChunkKey(BRANCH, internal_branch_name)
        data = self.read_branch_chunk(run_id, key)
        if data is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return self._decode_model(run_id, key, data, BranchLog, self._value_source(run_id)).parameters

    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        if not internal_branch_names:
            self._read_run(run_id)
            return {}
        keys = [ChunkKey(BRANCH, name) for name in internal_branch_names]
        values = self._value_source(run_id)
        found: dict[str, dict[str, Parameter]] = {}
        for key, data in zip(keys, self.read_chunks(run_id, keys), strict=True):
            if data is None:
                self._read_run(run_id)
                raise exceptions.BranchLogNotFoundError(run_id, key.name)
            location = self.chunk_location(run_id, key)
            body = self._decode(run_id, key, data).body
            found[key.name] = _io.decode_model(BranchLog, body, run_id, location, values.context).parameters
        return found

    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return self._read_config(run_id, self._read_run(run_id))

    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self._read_run(run_id).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        values = self._value_source(run_id)
        step_log = self._read_model(run_id, ChunkKey(STEP, internal_name), StepLog, values)
        if step_log is None:
            self._read_run(run_id)
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        holder = {internal_name: step_log}
        subtree = self._read_subtree(run_id, internal_name)
        self._attach(run_id, holder, subtree, values, root_parent=parent_of(internal_name))
        return step_log

    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        values = self._value_source(run_id)
        branch = self._read_model(run_id, ChunkKey(BRANCH, internal_branch_name), BranchLog, values)
        if branch is None:
            self._read_run(run_id)
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        subtree = self._read_subtree(run_id, internal_branch_name)
        self._attach(run_id, branch.steps, subtree, values, root_parent=internal_branch_name)
        return branch

    # -- step and branch writers: their own chunks, plus a bump of updated_at -------------

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        self._touch(run_id)
        parent_branch = parent_of(step_log.internal_name)
        if parent_branch and not self._stored(run_id, ChunkKey(BRANCH, parent_branch)):
            raise exceptions.BranchLogNotFoundError(run_id, parent_branch)
        self._write_step(run_id, step_log)

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._touch(run_id)
        parent_step = parent_of(branch_log.internal_name)
        if not parent_step or not self._stored(run_id, ChunkKey(STEP, parent_step)):
            raise exceptions.StepLogNotFoundError(run_id, parent_step)
        self._update_branch(run_id, branch_log, branch_log.parameters)

    # -- internals ------------------------------------------------------------------------

    def _stored(self, run_id: str, key: ChunkKey) -> bool:
        """Whether a chunk exists, asking the backend only about chunks this object has not met."""
        if self._known.order_of(run_id, key) is not None:
            return True
        if not self.chunk_exists(run_id, key):
            return False
        self._known.remember(run_id, key, UNKNOWN_ORDER)
        return True

    def _write_step(self, run_id: str, step_log: StepLog) -> None:
        # Rewriting a step keeps its place: reuse the order stamp it was created with.
        key = ChunkKey(STEP, step_log.internal_name)
        values = ValuesApart()
        body = values.dump(step_log, exclude={"branches"})
        self._write_values(run_id, values)
        order = self._known.order_of(run_id, key)
        if order is None or order == UNKNOWN_ORDER:
            # A new step is created in one go; only an existing one, made elsewhere, is read for its stamp.
            order = next_order()
            if not self.create_chunk_exclusive(run_id, key, _encode_chunk(key, order, body)):
                current = self.read_chunk(run_id, key)
                if current is not None:
                    order = self._decode(run_id, key, current).order
                self.write_chunk(run_id, key, _encode_chunk(key, order, body))
        else:
            self.write_chunk(run_id, key, _encode_chunk(key, order, body))
        self._known.remember(run_id, key, order)
        for branch in step_log.branches.values():
            self._update_branch(run_id, branch, branch.parameters)

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
        values = ValuesApart()
        own = values.dump(branch_log, exclude={"steps", "parameters"})
        added = values.dump_parameters(parameters)
        self._write_values(run_id, values)

        def change(current: bytes | None) -> bytes:
            # Merged in stored form: values kept apart are neither read nor rewritten.
            if current is None:
                if only_parameters:
                    raise exceptions.BranchLogNotFoundError(run_id, branch_log.internal_name)
                order, stored_parameters, body = new_order, {}, own
            else:
                chunk = self._decode(run_id, key, current)
                order, stored_parameters = chunk.order, chunk.body.get("parameters", {})
                if not isinstance(stored_parameters, dict):
                    raise exceptions.CorruptedRunLogError(
                        run_id, self.chunk_location(run_id, key), "its 'parameters' are not a JSON object"
                    )
                body = chunk.body if only_parameters else own
            return _encode_chunk(key, order, {**body, "parameters": {**stored_parameters, **added}})

        self.update_chunk(run_id, key, change)
        self._known.remember(run_id, key, UNKNOWN_ORDER)
        if not only_parameters:
            for step_log in branch_log.steps.values():
                self._write_step(run_id, step_log)

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

    def _touch(self, run_id: str) -> None:
        """Bump ``updated_at`` unless done lately (see the module docstring).

        Raises RunLogNotFoundError for a run that does not exist (one this
        object touched lately exists: runs are never deleted piecemeal).
        """
        if not self._touched.due(run_id):
            return
        self._update_run(run_id, lambda run_log: None)

    def _read_run(self, run_id: str) -> RunLog:
        data = self.read_chunk(run_id, RUN_CHUNK)
        if data is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode_run(run_id, data)

    def _complete_header(self, run_id: str, run_log: RunLog, values: ValueSource | None = None) -> None:
        """Add what the run chunk does not hold: the run config and the run-level parameters.

        Both through :meth:`read_header_chunks`: an object store sends the two GETs at once.
        """
        config, parameters = self.read_header_chunks(run_id)
        run_log.run_config = self._config_of(run_id, run_log, config)
        run_log.parameters = self._parameters_of(run_id, run_log, parameters, values)

    def _run_parameters(
        self, run_id: str, run_log: RunLog | None = None, values: ValueSource | None = None
    ) -> dict[str, Parameter]:
        """The run-level parameters: their chunk, else (a run written before it) the run chunk's.

        ``run_log``: the run chunk, when already read; ``values``: the read's value source.
        """
        return self._parameters_of(run_id, run_log, self.read_chunk(run_id, PARAMETERS_CHUNK), values)

    def _parameters_of(
        self, run_id: str, run_log: RunLog | None, data: bytes | None, values: ValueSource | None
    ) -> dict[str, Parameter]:
        """The run-level parameters from their chunk's bytes (``None``: the run chunk holds them)."""
        if data is not None:
            body = self._decode(run_id, PARAMETERS_CHUNK, data).body
            location = self.chunk_location(run_id, PARAMETERS_CHUNK)
            context = (values or self._value_source(run_id)).context
            return _io.decode_model(
                _RunParameters, {"parameters": body}, run_id, location, context
            ).parameters
        return dict((run_log if run_log is not None else self._read_run(run_id)).parameters)

    def _value_source(self, run_id: str) -> ValueSource:
        """Where this read finds the values its chunks refer to: their value chunks, each read once."""
        return ValueSource(lambda reference: self.read_chunk(run_id, ChunkKey(VALUE, reference)))

    def _write_values(self, run_id: str, values: ValuesApart) -> None:
        """Store the large values met while encoding a chunk, before the chunk that refers to them."""
        for reference, data in values.encoded.items():
            key = ChunkKey(VALUE, reference)
            # Named by their content: an existing one already holds these bytes.
            if not self.chunk_exists(run_id, key):
                self.write_chunk(run_id, key, data)

    def _read_config(self, run_id: str, run_log: RunLog) -> dict[str, Any]:
        return self._config_of(run_id, run_log, self.read_chunk(run_id, CONFIG_CHUNK))

    def _config_of(self, run_id: str, run_log: RunLog, data: bytes | None) -> dict[str, Any]:
        if data is None:
            # Runs written before the config had a chunk of its own keep it in the run chunk.
            return dict(run_log.run_config)
        return dict(self._decode(run_id, CONFIG_CHUNK, data).body)

    def _decode_run(self, run_id: str, data: bytes) -> RunLog:
        location = self.chunk_location(run_id, RUN_CHUNK)
        run_log = _io.decode_model(RunLog, self._decode(run_id, RUN_CHUNK, data).body, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

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

    def _read_model(
        self, run_id: str, key: ChunkKey, model: type[_io.ModelT], values: ValueSource | None = None
    ) -> _io.ModelT | None:
        data = self.read_chunk(run_id, key)
        if data is None:
            return None
        return self._decode_model(run_id, key, data, model, values or self._value_source(run_id))

    def _decode_model(
        self, run_id: str, key: ChunkKey, data: bytes, model: type[_io.ModelT], values: ValueSource
    ) -> _io.ModelT:
        location = self.chunk_location(run_id, key)
        return _io.decode_model(model, self._decode(run_id, key, data).body, run_id, location, values.context)

    def _decode_all(self, run_id: str, stored: list[tuple[ChunkKey, bytes]]) -> list[Chunk]:
        # Values are read when referred to; run-level chunks are read with the header.
        return [self._decode(run_id, key, data) for key, data in stored]

    def _read_subtree(self, run_id: str, internal_name: str) -> list[Chunk]:
        return self._decode_all(run_id, self.read_tree_chunks(run_id, within=internal_name))

    def _attach(
        self,
        run_id: str,
        root_steps: dict[str, StepLog],
        chunks: list[Chunk],
        values: ValueSource,
        root_parent: str = "",
    ) -> None:
        """Rebuild the tree under ``root_steps`` (the steps whose parent is ``root_parent``) from chunks.

        ``values``: the read's value source, so that every chunk referring to a value gets one object.
        """
        steps: dict[str, StepLog] = dict(root_steps)
        branches: dict[str, BranchLog] = {}
        ordered = sorted(chunks, key=lambda chunk: (chunk.order, chunk.name))
        context = values.context
        for chunk in ordered:
            location = self.chunk_location(run_id, chunk.key)
            if chunk.kind == STEP:
                steps[chunk.name] = _io.decode_model(StepLog, chunk.body, run_id, location, context)
            elif chunk.kind == BRANCH:
                branches[chunk.name] = _io.decode_model(BranchLog, chunk.body, run_id, location, context)
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


# --------------------------------------------------------------------------- what a store object knows

# A chunk known to exist whose order stamp this store object has not read.
UNKNOWN_ORDER = -1
# Chunks a store object remembers before starting afresh (a long-lived process writes many runs).
_KNOWN_CHUNKS = 200_000


class KnownChunks:
    """The step and branch chunks this store object wrote or found, with their order stamps.

    Only existence and stamps, never content: what other processes write is always read from the
    backend. Thread-safe (threads of one process share a store).
    """

    def __init__(self) -> None:
        self._orders: dict[tuple[str, ChunkKey], int] = {}
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[KnownChunks], tuple[()]]:
        # A store sent to another process starts knowing nothing: chunks may change meanwhile.
        return (KnownChunks, ())

    def order_of(self, run_id: str, key: ChunkKey) -> int | None:
        """The chunk's stamp, :data:`UNKNOWN_ORDER` if known to exist without one, ``None`` if unknown."""
        with self._lock:
            return self._orders.get((run_id, key))

    def remember(self, run_id: str, key: ChunkKey, order: int) -> None:
        with self._lock:
            if len(self._orders) >= _KNOWN_CHUNKS:
                self._orders.clear()
            if order != UNKNOWN_ORDER or (run_id, key) not in self._orders:
                self._orders[(run_id, key)] = order

    def forget_run(self, run_id: str) -> None:
        """The run was replaced or deleted: its chunks may be gone or stamped anew."""
        with self._lock:
            for known in [known for known in self._orders if known[0] == run_id]:
                del self._orders[known]


# --------------------------------------------------------------------------- encoding


def _encode_chunk(key: ChunkKey, order: int, body: dict[str, Any]) -> bytes:
    payload = {"kind": key.kind, "name": key.name, "order": order, "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _RunParameters(BaseModel):
    parameters: dict[str, Parameter]


def encode_run(run_log: RunLog, *, keep_parameters: bool = False) -> bytes:
    """The run chunk. ``keep_parameters`` rewrites a run chunk read from the store as it was:
    runs written before parameters had a chunk of their own hold them there.

    Its values stay inline (no value chunks): the run chunk is rewritten on every status change.
    """
    excluded = {"steps", "run_config"} if keep_parameters else {"steps", "run_config", "parameters"}
    return _encode_chunk(RUN_CHUNK, 0, ValuesApart(apart=False).dump(run_log, exclude=excluded))


def encode_config(run_config: dict[str, Any]) -> bytes:
    return _encode_chunk(CONFIG_CHUNK, 0, run_config)


def encode_parts(run_log: RunLog) -> list[tuple[ChunkKey, bytes]]:
    """Every chunk of a run but the run chunk, which is written last so the run appears whole.

    Value chunks come first, so that no chunk is stored before the values it refers to.
    """
    values = ValuesApart()
    parts = [
        *_encode_tree(run_log.steps, values),
        (CONFIG_CHUNK, encode_config(run_log.run_config)),
        (PARAMETERS_CHUNK, _encode_chunk(PARAMETERS_CHUNK, 0, values.dump_parameters(run_log.parameters))),
    ]
    return [(ChunkKey(VALUE, reference), data) for reference, data in values.encoded.items()] + parts


def _encode_tree(steps: dict[str, StepLog], values: ValuesApart) -> list[tuple[ChunkKey, bytes]]:
    """Every step and branch chunk of a tree, parents first, order stamps in document order."""
    encoded: list[tuple[ChunkKey, bytes]] = []

    def walk(level: dict[str, StepLog]) -> None:
        for step_log in level.values():
            key = ChunkKey(STEP, step_log.internal_name)
            encoded.append(
                (key, _encode_chunk(key, next_order(), values.dump(step_log, exclude={"branches"})))
            )
            for branch in step_log.branches.values():
                key = ChunkKey(BRANCH, branch.internal_name)
                encoded.append(
                    (key, _encode_chunk(key, next_order(), values.dump(branch, exclude={"steps"})))
                )
                walk(branch.steps)

    walk(steps)
    return encoded
