"""``AsyncPipeline``: a pipeline executed from async code, its events streamed (runnable 0.50's API).

.. code-block:: python

    pipeline = AsyncPipeline(steps=[AsyncPythonTask(name="hello", function=async_hello, returns=["result"])])
    run_log = await pipeline.execute()
    async for event in pipeline.execute_streaming():  # or: the run's events as they happen
        print(event)  # {"type": "step_started", "step": "hello", ...}

The run is the same as ``Pipeline.execute``'s: same executor, run log, store and catalog. The
executor works through the store synchronously, so it runs in a thread of its own while the caller's
event loop stays free; ``AsyncPythonTask`` functions are awaited on that loop (:mod:`runnable.async_task`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from pydantic import PrivateAttr

from runnable import events
from runnable.async_task import awaited_on
from runnable.definitions import Fail, Pipeline, StepType, Success, _caller_file, _Definition, dispatch
from runnable.graph import Graph
from runnable.models import RunLog
from runnable.run_options import RunOptions

__all__ = ["AsyncPipeline"]


class AsyncPipeline(_Definition):
    """Steps run in order, like :class:`~runnable.definitions.Pipeline`'s, executed with ``await``."""

    steps: list[StepType | Success | Fail]
    name: str = ""
    description: str = ""

    _pipeline: Pipeline = PrivateAttr()

    def model_post_init(self, context: Any) -> None:
        self._pipeline = Pipeline(steps=self.steps, name=self.name, description=self.description)

    @property
    def dag(self) -> Graph:
        return self._pipeline.dag

    async def execute(
        self,
        configuration_file: str = "",
        run_id: str = "",
        tag: str = "",
        parameters_file: str = "",
        log_level: str = "",
    ) -> RunLog:
        """Run the pipeline and return its final run log; ExecutionFailedError when it ends FAIL."""
        return await self._run(
            _options(configuration_file, run_id, tag, parameters_file, log_level, _caller_file())
        )

    async def execute_streaming(
        self,
        configuration_file: str = "",
        run_id: str = "",
        tag: str = "",
        parameters_file: str = "",
        log_level: str = "",
    ) -> AsyncIterator[dict[str, Any]]:
        """Run the pipeline, yielding its events as they happen (see :mod:`runnable.events`).

        The last event is ``run_finished``; a run that ends FAIL then raises ExecutionFailedError,
        as ``execute`` does.
        """
        options = _options(configuration_file, run_id, tag, parameters_file, log_level, _caller_file())
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

        def deliver(event: dict[str, Any]) -> None:
            # Called from the executor's thread (or the loop's, for async tasks): hand over in order.
            loop.call_soon_threadsafe(queue.put_nowait, event)

        running = asyncio.ensure_future(self._run(options, deliver))
        running.add_done_callback(lambda _: loop.call_soon_threadsafe(queue.put_nowait, None))
        while (event := await queue.get()) is not None:
            yield event
        await running  # the run's outcome: its error, if it ended FAIL

    async def _run(self, options: RunOptions, sink: events.EventSink | None = None) -> RunLog:
        with events.streaming_to(sink), awaited_on(asyncio.get_running_loop()):
            # to_thread carries this context (the sink, the loop, an execution handler) into the thread.
            return await asyncio.to_thread(dispatch, self._pipeline, options)


def _options(
    configuration_file: str,
    run_id: str,
    tag: str,
    parameters_file: str,
    log_level: str,
    pipeline_definition_file: str,
) -> RunOptions:
    """``execute()``'s options as the SDK hands them on (see ``runnable.definitions.dispatch``)."""
    return RunOptions(
        configuration_file=configuration_file,
        run_id=run_id,
        tag=tag,
        parameters_file=parameters_file,
        log_level=log_level,
        pipeline_definition_file=pipeline_definition_file,
    )
