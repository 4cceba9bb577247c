"""Async functions as tasks: awaited, and async generators streamed (runnable 0.50's ``AsyncPythonTask``).

A coroutine function's result is awaited. An async generator function is iterated: each dict it
yields that has a ``type`` is an event (:mod:`runnable.events`), and the event whose type is the
task's ``stream_end_type`` (``"done"``) carries the return values in its other keys, as in 0.50.

Where the coroutine runs: on the event loop of the ``AsyncPipeline.execute()`` that started the run
(:func:`awaited_on`), so it can use what that loop owns (sessions, locks); otherwise on a loop of its
own (``asyncio.run``), in a thread of its own when a loop already runs in this one (a notebook's).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ClassVar

from runnable import events
from runnable.tasks import PythonTaskType

_caller_loop: ContextVar[asyncio.AbstractEventLoop | None] = ContextVar("runnable_caller_loop", default=None)


@contextmanager
def awaited_on(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """Async tasks run inside the block (and threads started from it) are awaited on ``loop``."""
    token = _caller_loop.set(loop)
    try:
        yield
    finally:
        _caller_loop.reset(token)


def run_to_completion(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """The coroutine's result, from synchronous code (the executor's thread)."""
    loop = _caller_loop.get()
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if loop is not None and loop.is_running() and loop is not running:
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()
    if running is None:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="runnable-async-task") as thread:
        return thread.submit(asyncio.run, coroutine).result()


class AsyncPythonTaskType(PythonTaskType):
    """An ``async def`` function (or async generator) called with the parameters its arguments name."""

    command_type: ClassVar[str] = "async-python"
    # The type of the event an async generator yields last, whose other keys are the return values.
    stream_end_type: str = "done"

    def describe(self) -> str:
        return f"async function '{self.command}'"

    def call(self, function: Callable[..., Any], arguments: dict[str, Any]) -> Any:
        result = function(**arguments)
        if inspect.isasyncgen(result):
            return run_to_completion(self._stream(result))
        if inspect.isawaitable(result):
            return run_to_completion(_awaited(result))
        return result  # a plain function given as an async task: its value as it is

    async def _stream(self, generator: AsyncIterator[Any]) -> Any:
        returned: Any = None
        async for item in generator:
            if not (isinstance(item, dict) and "type" in item):
                continue
            events.emit(item)
            if item["type"] == self.stream_end_type:
                values = [value for key, value in item.items() if key != "type"]
                returned = values[0] if len(values) == 1 else tuple(values) if values else None
        return returned


async def _awaited(awaitable: Any) -> Any:
    return await awaitable
