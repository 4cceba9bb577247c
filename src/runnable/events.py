"""Run events: what a caller streaming a run sees of it as it happens (``AsyncPipeline.execute_streaming``).

The executor emits an event when the run starts, when each step it runs starts and ends, and when
the run ends; an async generator task emits the events it yields. Each is a dict with a ``type``:

* ``{"type": "run_started", "run_id": ...}``
* ``{"type": "step_started", "run_id": ..., "step": <internal name>, "step_type": "task"}``
* ``{"type": "step_finished", "run_id": ..., "step": ..., "step_type": ..., "status": "SUCCESS",
  "message": "", "duration_seconds": 0.25}``
* ``{"type": "branches_started", "step": <composite step's internal name>, "step_type": "map", "total": 3}``
* ``{"type": "branch_finished", "step": ..., "branch": <branch internal name>, "status": "SUCCESS"}``
  (also for branches run by worker processes: the run's process announces them as workers report)
* ``{"type": "run_finished", "run_id": ..., "status": "SUCCESS"}``

Events go to the sink set for the current context (:func:`streaming_to`); without one they go
nowhere. Steps that run in worker processes emit no events: the sink lives in the run's process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

EventSink = Callable[[dict[str, Any]], None]

_sink: ContextVar[EventSink | None] = ContextVar("runnable_event_sink", default=None)


def emit(event: dict[str, Any]) -> None:
    """Hand ``event`` to the sink of the current context, if there is one."""
    sink = _sink.get()
    if sink is not None:
        sink(event)


def announce(event_type: str, **fields: Any) -> None:
    """Emit ``{"type": event_type, **fields}``; builds nothing when nobody listens."""
    if _sink.get() is not None:
        emit({"type": event_type, **fields})


@contextmanager
def streaming_to(sink: EventSink | None) -> Iterator[None]:
    """Send the events emitted inside the block (and threads started from it) to ``sink``."""
    token = _sink.set(sink)
    try:
        yield
    finally:
        _sink.reset(token)
