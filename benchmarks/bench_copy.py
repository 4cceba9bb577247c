"""Copying runs between stores: runs per second and peak memory as the number of runs grows.

    python benchmarks/bench_copy.py --runs 1000 10000 100000

For each size N, N small runs (three steps, parameters, a metric) are written to a
chunked-fs folder, then copied twice, each copy in a fresh child process:

1. chunked-fs -> database on SQLite (a file);
2. database on SQLite -> database on PostgreSQL (a throwaway server, fsync on): the
   SQLite database copy 1 filled is the source.

A child reports the copy's wall time (the verification pass included), its peak
resident memory and the peak of Python allocations (tracemalloc). Memory must stay
flat: the table shows each peak as a ratio to the smallest size's. The verified
copy must be complete (the child fails otherwise).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from runnable import defaults
from runnable.models import JsonParameter, MetricParameter, RunLog, StepAttempt, StepLog
from runnable.plugins import service_spec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers.postgres import missing_binaries, throwaway_postgres

_T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def small_run(index: int) -> RunLog:
    created = _T0 + timedelta(seconds=index)
    run_log = RunLog(
        run_id=f"run-{index:07d}",
        tag="nightly" if index % 2 else "",
        status=defaults.SUCCESS,
        parameters={
            "lr": JsonParameter(value=0.1 * (index % 7)),
            "score": MetricParameter(value=index % 100),
        },
        created_at=created,
        updated_at=created + timedelta(seconds=3),
    )
    for position, name in enumerate(("load", "train", "report")):
        start = created + timedelta(seconds=position)
        run_log.insert_step_log(
            StepLog(
                name=name,
                internal_name=name,
                status=defaults.SUCCESS,
                attempts=[
                    StepAttempt(
                        start_time=start,
                        end_time=start + timedelta(milliseconds=800),
                        status=defaults.SUCCESS,
                        user_defined_metrics={"loss": MetricParameter(value=1 / (index + 1))},
                    )
                ],
            )
        )
    return run_log


def fill_chunked(folder: Path, runs: int) -> float:
    from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore

    store = ChunkedFileSystemRunLogStore(log_folder=str(folder))
    started = time.perf_counter()
    for index in range(runs):
        store.put_run_log(small_run(index))
    return time.perf_counter() - started


def child(arguments: dict[str, Any]) -> dict[str, Any]:
    """One copy in this process: its time and peaks."""
    from runnable.history import copy_runs
    from runnable.plugins import build_service
    from runnable.run_log_store.base import BaseRunLogStore

    source = build_service(arguments["source"])
    destination = build_service(arguments["destination"])
    assert isinstance(source, BaseRunLogStore) and isinstance(destination, BaseRunLogStore)
    tracemalloc.start()
    started = time.perf_counter()
    report = copy_runs(source, destination)
    elapsed = time.perf_counter() - started
    _, python_peak = tracemalloc.get_traced_memory()
    assert report.verify is not None and report.verify.ok, report
    assert report.copied == arguments["runs"], report
    return {
        "runs": report.copied,
        "seconds": elapsed,
        "runs_per_second": report.copied / elapsed,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "python_peak_mb": python_peak / 2**20,
    }


def measure(source: Any, destination: Any, runs: int) -> dict[str, Any]:
    payload = json.dumps({"source": source, "destination": destination, "runs": runs}, default=list)
    done = subprocess.run(
        [sys.executable, __file__, "--child", payload], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the copy of {runs} runs failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(json.loads(options.child))))
        return
    from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
    from runnable.run_log_store.sql import DatabaseRunLogStore

    rows: list[tuple[str, int, dict[str, Any]]] = []
    postgres = None if missing_binaries() else throwaway_postgres(durable=True)
    url = postgres.__enter__() if postgres is not None else None
    try:
        for size, runs in enumerate(sorted(options.runs)):
            with tempfile.TemporaryDirectory(prefix="bench-copy-") as scratch:
                folder = Path(scratch)
                fill = fill_chunked(folder / "chunked", runs)
                print(f"{runs} runs written to chunked-fs in {fill:.0f}s", file=sys.stderr, flush=True)
                chunked = service_spec(ChunkedFileSystemRunLogStore(log_folder=str(folder / "chunked")))
                sqlite_url = f"sqlite:///{folder / 'runs.db'}"
                sqlite = service_spec(DatabaseRunLogStore(connection_string=sqlite_url))
                rows.append(("chunked-fs -> SQLite", runs, measure(chunked, sqlite, runs)))
                print(rows[-1], file=sys.stderr, flush=True)
                if url is not None:
                    postgres_store = DatabaseRunLogStore(connection_string=url, table_name=f"copy{size}")
                    target = service_spec(postgres_store)
                    rows.append(("SQLite -> PostgreSQL", runs, measure(sqlite, target, runs)))
                    print(rows[-1], file=sys.stderr, flush=True)
    finally:
        if postgres is not None:
            postgres.__exit__(None, None, None)
    print(table(rows))


def table(rows: list[tuple[str, int, dict[str, Any]]]) -> str:
    smallest: dict[str, dict[str, Any]] = {}
    lines = [
        "| copy | runs | runs/s | peak RSS (MB) | x smallest | Python peak (MB) | x smallest |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, runs, result in rows:
        first = smallest.setdefault(name, result)
        lines.append(
            f"| {name} | {runs:,} | {result['runs_per_second']:.0f} | {result['peak_rss_mb']:.0f} | "
            f"{result['peak_rss_mb'] / first['peak_rss_mb']:.2f} | {result['python_peak_mb']:.1f} | "
            f"{result['python_peak_mb'] / first['python_peak_mb']:.2f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
