"""One timed run of a scenario on runnable 0.50.0; run by the interpreter of its own virtualenv.

    <venv>/bin/python benchmarks/baseline_050/scenario.py '<spec as JSON>' <result file>

The spec names the scenario (``linear`` with ``size`` no-op PythonTasks, or
``map`` over ``size`` items with a one-task no-op branch, ``parallel`` or not),
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


def make_items() -> list[int]:
    return list(range(ITEM_COUNT))


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
    branch = Pipeline(steps=[PythonTask(function=noop, name="noop")])
    return Pipeline(
        steps=[
            PythonTask(function=make_items, name="items", returns=["items"]),
            Map(name="map", iterate_on="items", iterate_as="item", branch=branch),
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


def check_succeeded(log_folder: Path, store: str) -> None:
    run_log = log_folder / ("bench/RunLog.json" if store == "chunked-fs" else "bench.json")
    status = json.loads(run_log.read_text())["status"] if run_log.exists() else "no run log"
    if status != "SUCCESS":
        raise SystemExit(f"runnable 0.50's run ended {status} ({run_log})")


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
    check_succeeded(folder / "runs", str(spec["store"]))
    Path(sys.argv[2]).write_text(json.dumps({"seconds": seconds}))
    return pipeline


if __name__ == "__main__":
    timed_run()
