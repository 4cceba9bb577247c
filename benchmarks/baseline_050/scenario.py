"""One timed run of a scenario on runnable 0.50.0; run by the interpreter of its own virtualenv.

    <venv>/bin/python benchmarks/baseline_050/scenario.py '<spec as JSON>' <result file>

The spec names the scenario, the pipelines of our side written against 0.50's
SDK: ``linear``, ``size`` no-op PythonTasks (bench_pipeline.py); ``map``, a task
returning ``size`` items and a Map whose branch is one task returning its item,
the default reducer collecting them (bench_map.py), ``parallel`` or not;
and the store (``file-system`` or ``chunked-fs``); the run writes into a new
temporary folder (the runner points ``TMPDIR`` at a scratch folder it removes). The
result file receives ``{"seconds": ...}``: the time of ``Pipeline.execute``
alone, with the modules the run needs imported beforehand (as our side does),
so interpreter start and imports are not counted.

This file imports nothing from our project: in this interpreter ``runnable``
is runnable 0.50. It runs from the repository root because 0.50 names the
pipeline by the calling file's path relative to the working folder.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def noop() -> None:
    pass


# Set from the spec before the run; the first task returns the Map's items.
ITEM_COUNT = 0


def items() -> list[int]:
    return list(range(ITEM_COUNT))


def branch_work(x: int) -> int:
    return x


def write_configuration(spec: dict[str, object], folder: Path) -> Path:
    # JSON is valid YAML, so no YAML library is needed to write the file.
    configuration = {
        "pipeline-executor": {"type": "local", "config": {"enable_parallel": bool(spec.get("parallel"))}},
        "run-log-store": {"type": spec["store"], "config": {"log_folder": str(folder / "runs")}},
        "catalog": {"type": "do-nothing"},
        "secrets": {"type": "do-nothing"},
    }
    path = folder / "config.yaml"
    path.write_text(json.dumps(configuration))
    return path


def build_pipeline(spec: dict[str, object]):  # type: ignore[no-untyped-def]
    from runnable import Map, Pipeline, PythonTask

    global ITEM_COUNT
    size = int(spec["size"])  # type: ignore[call-overload]
    if spec["scenario"] == "linear":
        return Pipeline(steps=[PythonTask(function=noop, name=f"step-{index}") for index in range(size)])
    ITEM_COUNT = size
    branch = Pipeline(steps=[PythonTask(function=branch_work, name="work", returns=["y"])])
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=branch),
        ]
    )


def preload(store: str) -> None:
    """Import what the run will import, so that the timing is the run's work alone."""
    import extensions.catalog.file_system
    import extensions.nodes.map
    import extensions.nodes.task
    import extensions.pipeline_executor.local

    import runnable.context  # noqa: F401

    if store == "chunked-fs":
        import extensions.run_log_store.chunked_fs
    else:
        import extensions.run_log_store.file_system  # noqa: F401


def check_succeeded(log_folder: Path, spec: dict[str, object]) -> None:
    """The run ended SUCCESS and a Map reduced every branch's return, as bench_map checks on our side."""
    run_log = log_folder / ("bench/RunLog.json" if spec["store"] == "chunked-fs" else "bench.json")
    stored = json.loads(run_log.read_text()) if run_log.exists() else {"status": "without a run log"}
    if stored["status"] != "SUCCESS":
        raise SystemExit(f"runnable 0.50's run ended {stored['status']} ({run_log})")
    if spec["scenario"] == "map" and stored["parameters"]["y"]["value"] != list(range(ITEM_COUNT)):
        raise SystemExit(f"runnable 0.50's Map did not reduce the {ITEM_COUNT} returns ({run_log})")


def timed_run():  # type: ignore[no-untyped-def]
    """Build and execute the pipeline; runnable 0.50 calls this function again to read the pipeline."""
    from runnable.context import get_run_context

    spec = json.loads(sys.argv[1])
    pipeline = build_pipeline(spec)
    if get_run_context() is not None:
        return pipeline
    folder = Path(tempfile.mkdtemp(prefix="runnable-050-"))
    configuration = write_configuration(spec, folder)
    preload(str(spec["store"]))
    started = time.perf_counter()
    pipeline.execute(configuration_file=str(configuration), run_id="bench")
    seconds = time.perf_counter() - started
    check_succeeded(folder / "runs", spec)
    Path(sys.argv[2]).write_text(json.dumps({"seconds": seconds}))
    return pipeline


if __name__ == "__main__":
    timed_run()
