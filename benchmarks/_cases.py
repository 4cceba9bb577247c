"""One case of ours, run in a child process by benchmarks/run.py:

    python benchmarks/_cases.py '<spec as JSON>' <result file>

The spec names the case (``pipeline``, ``listing``, ``full_read``, ``floor``), the
store (a key of :data:`STORES`) and its sizes, plus the test servers the runner
started (``postgres_url``, ``s3_endpoint``, ``s3_bucket``). The result file
receives the case's figures in seconds, by name. Everything the case writes
goes into a new temporary folder (the runner points ``TMPDIR`` at a scratch
folder it removes afterwards), PostgreSQL tables get a new prefix and S3 keys
a new prefix, so every case starts empty.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import bench_pipeline

from runnable import defaults, plugins
from runnable.models import BranchLog, RunLog, StepLog
from runnable.run_log_store.base import BaseRunLogStore

# Our stores, by the name the tables use: (run log store type, whether it needs a test server).
STORES: dict[str, tuple[str, str]] = {
    "buffered": ("buffered", ""),
    "file-system": ("file-system", ""),
    "chunked-fs": ("chunked-fs", ""),
    "database (SQLite)": ("database", ""),
    "database (PostgreSQL)": ("database", "postgres"),
    "minio": ("minio", "s3"),
    "chunked-minio": ("chunked-minio", "s3"),
}
# Listing calls slower than this are repeated only SLOW_CALL_REPEATS times.
SLOW_CALL_SECONDS = 1.0
SLOW_CALL_REPEATS = 3


def new_prefix() -> str:
    return f"b{uuid.uuid4().hex[:12]}"


def section_for(store: str, folder: Path, spec: dict[str, Any]) -> dict[str, Any]:
    """The ``run-log-store`` section of a configuration for ``store``, empty when the case starts."""
    store_type, server = STORES[store]
    if server == "postgres":
        return {
            "type": store_type,
            "config": {"connection_string": spec["postgres_url"], "table_name": new_prefix()},
        }
    if server == "s3":
        config = {
            "endpoint_url": spec["s3_endpoint"],
            "aws_access_key_id": spec["s3_access_key"],
            "aws_secret_access_key": spec["s3_secret_key"],
            "region_name": spec["s3_region"],
            "bucket": f"{spec['s3_bucket']}/{new_prefix()}",
        }
        return {"type": store_type, "config": config}
    return bench_pipeline.store_section(store_type, folder)


def build_store(section: dict[str, Any]) -> Any:
    return plugins.load("run_log_store", section["type"])(**section.get("config", {}))


def close_store(store: BaseRunLogStore) -> None:
    store.close()


# --------------------------------------------------------------------------- pipelines


def preload(section: dict[str, Any]) -> None:
    """Import what the run will import, so that the timing is the run's work alone (as on 0.50's side)."""

    for service, name in (
        ("run_log_store", section["type"]),
        ("catalog", "do-nothing"),
        ("secrets", "do-nothing"),
    ):
        plugins.load(service, name)


def pipeline_case(spec: dict[str, Any], folder: Path) -> dict[str, float]:
    """One run of bench_pipeline's linear pipeline or bench_map's Map: the seconds of ``Pipeline.execute``."""
    section = section_for(spec["store"], folder, spec)
    size = int(spec["size"])
    preload(section)
    if spec["kind"] == "linear":
        return {"seconds": bench_pipeline.measure(section["type"], size, "do-nothing", section) * size}
    import bench_map

    # Parallel runs get as many workers as the executor's default (the CPUs), as 0.50's Pool() does.
    workers = (os.cpu_count() or 1) if spec.get("parallel") else 0
    return {"seconds": bench_map.measure(section, size, workers, "bench")}


# --------------------------------------------------------------------------- listing


def fill_chunked_fs(store: Any, count: int) -> None:
    """Run headers written as chunked-fs's own files (its run-level chunks), without an fsync each."""
    from bench_database import run_headers

    from runnable.run_log_store.chunked import RUN_CHUNK, encode_parts, encode_run

    for run_log in run_headers(count):
        store.run_folder(run_log.run_id).mkdir(parents=True)
        for key, data in [*encode_parts(run_log), (RUN_CHUNK, encode_run(run_log))]:
            store.chunk_path(run_log.run_id, key).write_bytes(data)


def listing_case(spec: dict[str, Any], folder: Path) -> dict[str, float]:
    """``get_run_logs(status=SUCCESS, tag='nightly', limit=50)`` with ``runs`` runs stored: median seconds."""
    # bench_database imports SQLAlchemy: imported by the cases that use it, so pipeline children start faster.
    from bench_database import file_system_listing, fill_database, listing_seconds, run_headers

    store_name, count, repeat = spec["store"], int(spec["runs"]), int(spec["repeat"])
    if store_name == "file-system":
        # bench_database writes the run files as the store would (no fsync each) and times the call.
        return {"seconds": file_system_listing(folder / "runs", count, repeat if count <= 10_000 else 3)}
    section = section_for(store_name, folder, spec)
    store = build_store(section)
    if section["type"] == "database":
        store.migrate()  # creates the tables, which fill_database inserts into directly
        fill_database(store, count)
    elif section["type"] == "chunked-fs":
        fill_chunked_fs(store, count)
    else:  # buffered and the S3 stores: through the store's own API
        for run_log in run_headers(count):
            store.put_run_log(run_log)
    # Warm: pool, statement cache, the database's or file system's pages.
    warm = listing_seconds(store, 1)
    # A store that reads every run per call (seconds each with 100,000 runs) gets fewer calls.
    seconds = listing_seconds(store, repeat if warm < SLOW_CALL_SECONDS else SLOW_CALL_REPEATS)
    close_store(store)
    return {"seconds": seconds}


# --------------------------------------------------------------------------- full read


def map_run_log(run_id: str, branches: int) -> RunLog:
    """A finished run with one Map step of ``branches`` branches, one recorded task in each."""
    from bench_database import realistic_step

    run_log = RunLog(run_id=run_id, status=defaults.SUCCESS, tag="nightly")
    map_step = StepLog(name="map", internal_name="map", status=defaults.SUCCESS, step_type="map")
    for index in range(branches):
        branch_name = f"map.{index}"
        task = realistic_step("noop").model_copy(update={"internal_name": f"{branch_name}.noop"})
        map_step.branches[branch_name] = BranchLog(
            internal_name=branch_name, status=defaults.SUCCESS, steps={task.internal_name: task}
        )
    run_log.steps["map"] = map_step
    return run_log


def full_read_case(spec: dict[str, Any], folder: Path) -> dict[str, float]:
    """``get_run_log_by_id(full=True)`` of a run with a ``branches``-branch Map: median seconds."""
    branches, repeat = int(spec["branches"]), int(spec["repeat"])
    store = build_store(section_for(spec["store"], folder, spec))
    store.put_run_log(map_run_log("full-read", branches))
    samples = []
    for _ in range(repeat + 1):  # the first read warms caches and connections
        started = time.perf_counter()
        run_log = store.get_run_log_by_id("full-read", full=True)
        samples.append(time.perf_counter() - started)
        if len(run_log.steps["map"].branches) != branches:
            raise SystemExit(f"read back {len(run_log.steps['map'].branches)} branches, not {branches}")
    close_store(store)
    return {"seconds": statistics.median(samples[1:])}


# --------------------------------------------------------------------------- the floor


def floor_case(spec: dict[str, Any], folder: Path) -> dict[str, float]:
    """``add_step_log`` into a run of N steps against a bare INSERT of the same row (bench_database)."""
    from bench_database import step_costs

    url = (
        spec["postgres_url"]
        if spec["store"] == "database (PostgreSQL)"
        else f"sqlite:///{folder / 'runs.db'}"
    )
    figures: dict[str, float] = {}
    for size, store_seconds, bare_seconds in step_costs(
        url, tuple(spec["sizes"]), spec["rounds"], spec["batch"]
    ):
        figures[f"store {size}"] = store_seconds
        figures[f"bare {size}"] = bare_seconds
    return figures


# --------------------------------------------------------------------------- a large parameter


def large_parameter_case(spec: dict[str, Any], folder: Path) -> dict[str, float]:
    """bench_large_parameter's 7-step pipeline: bytes stored, peak and starting resident memory."""
    import bench_large_parameter

    section = section_for(spec["store"], folder, spec)
    preload(section)
    return bench_large_parameter.measure(section, folder, int(spec["value_bytes"]))


CASES = {
    "pipeline": pipeline_case,
    "listing": listing_case,
    "full_read": full_read_case,
    "floor": floor_case,
    "large_parameter": large_parameter_case,
}


def main() -> None:
    spec = json.loads(sys.argv[1])
    folder = Path(tempfile.mkdtemp(prefix="runnable-bench-"))
    figures = CASES[spec["case"]](spec, folder)
    Path(sys.argv[2]).write_text(json.dumps(figures))


if __name__ == "__main__":
    main()
