"""AsyncPipeline and AsyncPythonTask as in runnable 0.50: awaited, streamed, recorded like any run."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from run_log_views import read_run_log
from runnable import AsyncPipeline, AsyncPythonTask, Parallel, Pipeline, PythonTask, Stub, defaults, pickled
from runnable.exceptions import ExecutionFailedError
from runnable.models import RunLog

ConfigWriter = Callable[..., Path]

LOOP_OF_THE_CALLER: list[asyncio.AbstractEventLoop] = []


async def async_hello() -> str:
    await asyncio.sleep(0.01)
    # Awaited on the caller's event loop, not on one of its own.
    assert asyncio.get_running_loop() in LOOP_OF_THE_CALLER
    print("hello from a coroutine")
    return "hello"


async def async_process(result: str) -> tuple[str, set[int]]:
    await asyncio.sleep(0)
    return result.upper(), {1, 2}


async def async_stream(result: str) -> AsyncIterator[dict[str, Any]]:
    for chunk in ("a", "b"):
        yield {"type": "chunk", "text": chunk}
        yield "not an event, skipped"
    yield {"type": "done", "streamed": result + "!", "count": 2}


async def async_explode() -> None:
    await asyncio.sleep(0)
    raise ValueError("the coroutine exploded")


def check(processed: str, streamed: str, count: int, numbers: set[int]) -> None:
    assert (processed, streamed, count, numbers) == ("HELLO", "hello!", 2, {1, 2})


def steps() -> list[Any]:
    return [
        AsyncPythonTask(name="hello", function=async_hello, returns=["result"]),
        AsyncPythonTask(name="process", function=async_process, returns=["processed", pickled("numbers")]),
        AsyncPythonTask(name="stream", function=async_stream, returns=["streamed", "count"]),
        PythonTask(name="check", function=check),
    ]


async def awaited(pipeline: AsyncPipeline, **options: str) -> RunLog:
    LOOP_OF_THE_CALLER.append(asyncio.get_running_loop())
    return await pipeline.execute(**options)


async def streamed(pipeline: AsyncPipeline, **options: str) -> list[dict[str, Any]]:
    LOOP_OF_THE_CALLER.append(asyncio.get_running_loop())
    return [event async for event in pipeline.execute_streaming(**options)]


@pytest.mark.parametrize("store", ["buffered", "chunked-fs"])
def test_an_async_pipeline_is_awaited_and_recorded_like_any_run(
    workdir: Path, write_config: ConfigWriter, store: str
) -> None:
    configuration = write_config(store)

    run_log = asyncio.run(
        awaited(AsyncPipeline(steps=steps()), configuration_file=str(configuration), run_id="a1")
    )

    assert run_log.status == defaults.SUCCESS, {name: step.message for name, step in run_log.steps.items()}
    assert list(run_log.steps) == ["hello", "process", "stream", "check", "success"]
    assert run_log.parameters["result"].get_value() == "hello"
    assert run_log.run_config["dag"]["nodes"]["hello"]["command_type"] == "async-python"
    assert run_log.run_config["pipeline_definition_file"].endswith("test_async.py")
    assert "hello from a coroutine" in Path(".catalog/a1/hello.execution.log").read_text()
    if store != "buffered":
        assert read_run_log("a1", configuration).model_dump() == run_log.model_dump()


def test_execute_streaming_yields_the_runs_events(workdir: Path, write_config: ConfigWriter) -> None:
    events = asyncio.run(
        streamed(AsyncPipeline(steps=steps()), configuration_file=str(write_config()), run_id="s1")
    )

    kinds = [(event["type"], event.get("step")) for event in events]
    assert kinds[0] == ("run_started", None) and kinds[-1] == ("run_finished", None)
    assert events[-1] == {"type": "run_finished", "run_id": "s1", "status": defaults.SUCCESS}
    for step in ("hello", "process", "stream", "check", "success"):
        assert kinds.index(("step_started", step)) < kinds.index(("step_finished", step))
    finished = {event["step"]: event for event in events if event["type"] == "step_finished"}
    assert finished["stream"]["status"] == defaults.SUCCESS and finished["stream"]["step_type"] == "task"
    # The async generator's own events, in order, between its step's start and end.
    chunks = [index for index, event in enumerate(events) if event["type"] == "chunk"]
    assert [events[index]["text"] for index in chunks] == ["a", "b"]
    assert kinds.index(("step_started", "stream")) < chunks[0] < kinds.index(("step_finished", "stream"))
    assert {"type": "done", "streamed": "hello!", "count": 2} in events


def test_a_failing_async_task_fails_the_run_after_its_events(
    workdir: Path, write_config: ConfigWriter
) -> None:
    pipeline = AsyncPipeline(steps=[AsyncPythonTask(name="boom", function=async_explode), Stub(name="never")])
    seen: list[dict[str, Any]] = []

    async def consume() -> None:
        async for event in pipeline.execute_streaming(configuration_file=str(write_config()), run_id="f1"):
            seen.append(event)

    with pytest.raises(ExecutionFailedError) as raised:
        asyncio.run(consume())

    assert seen[-1] == {"type": "run_finished", "run_id": "f1", "status": defaults.FAIL}
    boom = [event for event in seen if event["type"] == "step_finished" and event["step"] == "boom"]
    assert boom[0]["status"] == defaults.FAIL and "the coroutine exploded" in boom[0]["message"]
    message = raised.value.run_log.steps["boom"].attempts[-1].message
    assert "ValueError: the coroutine exploded" in message and "test_async.py" in message
    assert "asyncio" not in message.split("Traceback")[1].splitlines()[1]  # user frames first


def test_async_tasks_run_in_plain_pipelines_and_parallel_workers(
    workdir: Path, write_config: ConfigWriter
) -> None:
    # Without an AsyncPipeline the coroutine runs on a loop of its own (in a worker process too).
    branch = Pipeline(
        steps=[AsyncPythonTask(name="p", function=async_process, returns=["processed", "numbers"])]
    )
    LOOP_OF_THE_CALLER.clear()
    parallel = Parallel(name="fan", branches={"one": branch, "two": branch})
    run_log = Pipeline(steps=[PythonTask(name="seed", function=seed, returns=["result"]), parallel]).execute(
        configuration_file=str(write_config("chunked-fs", parallel=True))
    )

    assert run_log.status == defaults.SUCCESS, run_log.steps["fan"].message
    assert run_log.parameters["processed"].get_value() == "SEED"


def seed() -> str:
    return "seed"


def test_runnable_execute_runs_an_async_main(workdir: Path, write_config: ConfigWriter) -> None:
    # runnable 0.50's examples/async/async_sequential.py: `async def main()` awaiting the pipeline.
    from typer.testing import CliRunner

    from runnable.cli import app

    Path("async_sequential.py").write_text(
        "import asyncio\n"
        "from runnable import AsyncPipeline, AsyncPythonTask\n\n"
        "async def hello():\n    return 'hi'\n\n"
        "async def main():\n"
        "    pipeline = AsyncPipeline(steps=[AsyncPythonTask(name='hello', function=hello, returns=['x'])])\n"
        "    await pipeline.execute()\n"
        "    return pipeline\n\n"
        "if __name__ == '__main__':\n    asyncio.run(main())\n"
    )
    result = CliRunner().invoke(
        app, ["execute", "async_sequential.py", "cli-async", "-c", str(write_config())]
    )
    assert result.exit_code == 0, result.output
    assert "cli-async" in result.stdout
