"""Step writes queued and stored later, for the ``batch_size`` and ``async_writes`` knobs.

A :class:`WriteBehind` takes step-log writes (``run_id``, step log) and stores them through
``write`` later, in order:

* **Coalesced.** A step written again while its earlier write still waits replaces it in the
  queue: a step that starts and finishes between two flushes costs one write, not two.
* **Batched.** With ``async_writes`` off, the queue is stored when it holds ``batch_size`` steps
  (or on :meth:`flush`), in the calling thread. With ``async_writes`` on, a background thread
  stores what is queued as soon as it can, ``batch_size`` at a time, while the caller goes on; a
  caller that finds ``batch_size`` steps already waiting waits for room.
* **Flushed before anything else.** :meth:`flush` returns once every queued write is stored. The
  owner calls it before every other write and every read of steps, so writes reach the store in
  the order they were made and a reader sees what this process wrote.

A write that fails in the background is raised, from the original error, by the next
:meth:`flush` or :meth:`add` (the queue is kept: the next flush tries those writes again).
What is queued lives only in this process: a process killed with SIGKILL loses it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from runnable.models import StepLog

StepWrite = Callable[[StepLog, str], None]


class WriteBehind:
    """Queued step writes for one store object; see the module docstring."""

    def __init__(self, write: StepWrite, *, batch_size: int, background: bool) -> None:
        self._write = write
        self.batch_size = max(1, batch_size)
        self.background = background
        # (run_id, internal name) -> step log; insertion order is write order.
        self._queue: OrderedDict[tuple[str, str], StepLog] = OrderedDict()
        self._writing = 0  # writes taken from the queue and not yet stored
        self._failure: BaseException | None = None
        self._changed = threading.Condition()
        self._flush_lock = threading.Lock()  # one thread stores at a time, in order
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        """Writes queued or being stored."""
        with self._changed:
            return len(self._queue) + self._writing

    def add(self, step_log: StepLog, run_id: str) -> None:
        """Queue a step write (replacing a queued write of the same step)."""
        with self._changed:
            self._raise_failure()
            if self.background:
                while len(self._queue) >= self.batch_size and self._failure is None:
                    self._changed.wait()
                self._raise_failure()
            # A step already queued keeps its place (stores keep steps in the order first written).
            self._queue[(run_id, step_log.internal_name)] = step_log.model_copy(deep=True)
            full = len(self._queue) >= self.batch_size
            self._changed.notify_all()
        if self.background:
            self._ensure_thread()
        elif full:
            self.flush()

    def flush(self) -> None:
        """Store every queued write, in order; raise the first failure (from its cause)."""
        with self._flush_lock:
            while self._store_batch():
                pass
        with self._changed:
            while self._writing:
                self._changed.wait()
            self._raise_failure()

    def _store_batch(self) -> bool:
        """Take up to ``batch_size`` writes off the queue and store them; whether any were taken.

        Called with ``_flush_lock`` held, so batches are stored one after another, in order.
        """
        with self._changed:
            if self._failure is not None or not self._queue:
                return False
            batch: list[tuple[tuple[str, str], StepLog]] = []
            while self._queue and len(batch) < self.batch_size:
                batch.append(self._queue.popitem(last=False))
            self._writing += len(batch)
        stored = 0
        try:
            for (run_id, _name), step_log in batch:
                self._write(step_log, run_id)
                stored += 1
        except BaseException as exc:
            with self._changed:
                # Put back what was not stored, ahead of newer writes, for the next flush to retry.
                for key, step_log in reversed(batch[stored:]):
                    if key not in self._queue:
                        self._queue[key] = step_log
                        self._queue.move_to_end(key, last=False)
                self._failure = exc
            return False
        finally:
            with self._changed:
                self._writing -= len(batch)
                self._changed.notify_all()
        return True

    def _raise_failure(self) -> None:
        """Raise (and clear) a failure of an earlier write; called with ``_changed`` held."""
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def _ensure_thread(self) -> None:
        with self._changed:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._run, name="runnable-write-behind", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._queue or self._failure is not None:
                    if not self._changed.wait(timeout=_IDLE_SECONDS) and not self._queue:
                        self._thread = None
                        return  # idle: a later add starts a new thread
            with self._flush_lock:
                self._store_batch()


# A background thread with nothing to store for this long ends (a later write starts another).
_IDLE_SECONDS = 5.0
