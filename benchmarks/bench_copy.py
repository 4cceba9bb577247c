"""Copying runs between stores: runs per second and peak memory as the number of runs grows.

    python benchmarks/bench_copy.py                         # 100,000 runs, measured at 10k, 50k, 100k
    python benchmarks/bench_copy.py --runs 1000 5000        # 5,000 runs, measured at 1k and 5k
    python benchmarks/bench_copy.py --quick                 # 1,000 runs (what run.py --quick measures)
    python benchmarks/bench_copy.py --dry-run               # print the plan only

The largest of ``--runs`` small runs (three steps, run parameters, metrics) are written
to a chunked-fs folder as the store's own files (without an fsync each), then copied
twice, each copy one ``copy_runs`` (verification included) in a fresh child process:

1. chunked-fs -> database on SQLite (a file);
2. database on SQLite -> database on PostgreSQL (a throwaway server, fsync on): the
   SQLite database copy 1 filled is the source.

At each size of ``--runs`` the child notes the time so far and its peak resident memory
(``VmHWM``), from the copy's progress callback (``count_first=False``: no counting
pass). Memory must stay flat: the table gives each peak as a ratio to the first
checkpoint's. The verified copy must be complete (the child fails otherwise).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from runnable import defaults
from runnable.models import JsonParameter, MetricParameter, RunLog, StepAttempt, StepLog
from runnable.plugins import service_spec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers.postgres import missing_binaries, throwaway_postgres

FULL_RUNS = (10_000, 50_000, 100_000)
QUICK_RUNS = (200, 1_000)
FILL_THREADS = 8
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
    """``runs`` small runs as chunked-fs's own files (the run chunk last), without an fsync each.

    Threads write the files: the time goes to the file system, which releases the GIL.
    """
    from runnable.run_log_store.chunked import RUN_CHUNK, encode_parts, encode_run
    from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore

    store = ChunkedFileSystemRunLogStore(log_folder=str(folder))

    def write(index: int) -> None:
        run_log = small_run(index)
        run_folder = folder / run_log.run_id
        run_folder.mkdir(parents=True)
        for key, data in [*encode_parts(run_log), (RUN_CHUNK, encode_run(run_log))]:
            (run_folder / store.chunk_path(run_log.run_id, key).name).write_bytes(data)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=FILL_THREADS) as pool:
        for _ in pool.map(write, range(runs), chunksize=100):
            pass
    return time.perf_counter() - started


def child(arguments: dict[str, Any]) -> dict[str, Any]:
    """One copy in this process: the time and peak memory at each checkpoint."""
    from runnable.history import copy_runs
    from runnable.plugins import build_service
    from runnable.run_log_store.base import BaseRunLogStore

    source = build_service(arguments["source"])
    destination = build_service(arguments["destination"])
    assert isinstance(source, BaseRunLogStore) and isinstance(destination, BaseRunLogStore)
    pending = sorted(arguments["checkpoints"])
    checkpoints: list[dict[str, float]] = []
    started = time.perf_counter()
    cpu_started = time.process_time()

    def note(done: int, _total: int) -> None:
        while pending and done >= pending[0]:
            pending.pop(0)
            checkpoints.append(
                {
                    "runs": done,
                    "seconds": time.perf_counter() - started,
                    "cpu_seconds": time.process_time() - cpu_started,
                    "peak_rss_mb": peak_rss_mb(),
                }
            )

    report = copy_runs(source, destination, progress=note, count_first=False)
    assert report.verify is not None and report.verify.ok, report
    assert report.copied == arguments["runs"], report
    return {"checkpoints": checkpoints}


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started.

    ``ru_maxrss`` will not do: on Linux it keeps the high-water mark of the process that
    forked this one (the parent, which filled the store) across ``exec``. ``VmHWM`` is this
    program's own.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kilobytes) / 1024


def measure(source: Any, destination: Any, runs: int, checkpoints: list[int]) -> list[dict[str, float]]:
    payload = json.dumps(
        {"source": source, "destination": destination, "runs": runs, "checkpoints": checkpoints}, default=list
    )
    done = subprocess.run(
        [sys.executable, __file__, "--child", payload], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the copy of {runs} runs failed:\n{done.stderr[-3000:]}")
    result: list[dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])["checkpoints"]
    return result


def plan(sizes: list[int]) -> list[str]:
    runs = max(sizes)
    return [
        f"fill: chunked-fs, runs={runs}",
        f"copy: chunked-fs -> SQLite, runs={runs}, checkpoints={sizes}",
        f"copy: SQLite -> PostgreSQL, runs={runs}, checkpoints={sizes}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, nargs="+", help=f"checkpoints (default {list(FULL_RUNS)})")
    parser.add_argument("--quick", action="store_true", help=f"checkpoints {list(QUICK_RUNS)}")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, measure nothing")
    parser.add_argument(
        "--scratch", type=Path, help="folder for the stores' files (default: the system's temporary folder)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(json.loads(options.child))))
        return
    sizes = sorted(set(options.runs or (QUICK_RUNS if options.quick else FULL_RUNS)))
    if options.dry_run:
        print("\n".join(plan(sizes)))
        return
    print(copy_table(run(sizes, options.scratch)))


def run(sizes: list[int], scratch_parent: Path | None = None) -> list[tuple[str, list[dict[str, float]]]]:
    """Fill, then both copies; each copy's checkpoints."""
    from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
    from runnable.run_log_store.sql import DatabaseRunLogStore

    runs = max(sizes)
    rows: list[tuple[str, list[dict[str, float]]]] = []
    with tempfile.TemporaryDirectory(prefix="bench-copy-", dir=scratch_parent) as scratch:
        folder = Path(scratch)
        fill = fill_chunked(folder / "chunked", runs)
        print(f"{runs} runs written to chunked-fs in {fill:.0f}s", file=sys.stderr, flush=True)
        chunked = service_spec(ChunkedFileSystemRunLogStore(log_folder=str(folder / "chunked")))
        sqlite = service_spec(DatabaseRunLogStore(connection_string=f"sqlite:///{folder / 'runs.db'}"))
        rows.append(("chunked-fs -> SQLite", measure(chunked, sqlite, runs, sizes)))
        print(rows[-1], file=sys.stderr, flush=True)
        if missing_binaries():
            print("PostgreSQL is not installed (make postgres): SQLite -> PostgreSQL not measured")
            return rows
        with throwaway_postgres(durable=True) as url:
            target = service_spec(DatabaseRunLogStore(connection_string=url))
            rows.append(("SQLite -> PostgreSQL", measure(sqlite, target, runs, sizes)))
            print(rows[-1], file=sys.stderr, flush=True)
    return rows


def copy_table(rows: list[tuple[str, list[dict[str, float]]]]) -> str:
    lines = [
        "| copy | runs so far | seconds | runs/s | runs/s since previous | CPU runs/s | peak RSS (MB) "
        "| x first |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, checkpoints in rows:
        previous = {"runs": 0, "seconds": 0.0}
        for point in checkpoints:
            since = (point["runs"] - previous["runs"]) / max(point["seconds"] - previous["seconds"], 1e-9)
            lines.append(
                f"| {name} | {point['runs']:,.0f} | {point['seconds']:.0f} | "
                f"{point['runs'] / point['seconds']:.0f} | {since:.0f} | "
                f"{point['runs'] / point['cpu_seconds']:.0f} | {point['peak_rss_mb']:.0f} | "
                f"{point['peak_rss_mb'] / checkpoints[0]['peak_rss_mb']:.2f} |"
            )
            previous = point
    return "\n".join(lines)


if __name__ == "__main__":
    main()
