"""Map scaling: per-branch cost of a Map over K no-op items, in this process and in worker processes.

For each store that supports parallel writes (chunked-fs, database on SQLite,
database on PostgreSQL when its server binaries are installed), a pipeline of
one task returning ``range(K)`` and a Map whose branch is one no-op
PythonTask returning its item runs for K = 100, 1,000 and 10,000, first with
``enable_parallel: false`` (branches one after another in this process), then
with ``enable_parallel: true`` and ``--workers`` worker processes.

    python benchmarks/bench_map.py                # K = 100, 1000, 10000
    python benchmarks/bench_map.py --quick        # K = 100, 1000
    python benchmarks/bench_map.py --work-ms 20   # each branch also sleeps 20 ms (I/O-bound work)
    python benchmarks/bench_map.py --sizes 100 10000 --stores sqlite --workers 2

Columns: ``total s`` is ``Pipeline.execute`` end to end (services built, every
branch recorded, the reduction, the final read of the whole run log);
``ms/branch`` = (total(K) - total(0)) / K, the marginal cost of a branch over
a Map of no items; ``vs first K`` compares it with the first K's (near 1.0:
flat, a branch costs the same however many the Map has); ``speed-up`` is the
sequential total over the parallel total for the same store and K. Workers'
start-up (a fresh interpreter each) is part of the parallel totals. The
catalog is ``do-nothing``: the figures are the executor and the store.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import yaml

from runnable import Map, Pipeline, PythonTask, defaults

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers.postgres import missing_binaries, throwaway_postgres

# Set before each run: how many items the Map iterates on.
_SIZE = [0]
# How long each branch works: an environment variable, so that worker processes see it too.
WORK_VARIABLE = "BENCH_MAP_WORK_SECONDS"


def items() -> list[int]:
    return list(range(_SIZE[0]))


def branch_work(x: int) -> int:
    seconds = float(os.environ.get(WORK_VARIABLE, "0"))
    if seconds:
        time.sleep(seconds)
    return x


def pipeline() -> Pipeline:
    branch = Pipeline(steps=[PythonTask(function=branch_work, name="work", returns=["y"])])
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=branch),
        ]
    )


@contextmanager
def store_sections(with_postgres: bool) -> Iterator[dict[str, dict[str, Any]]]:
    """Configuration sections of the stores to measure, each in a fresh folder or database."""
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="runnable-bench-map-")))
        sections: dict[str, dict[str, Any]] = {
            "chunked-fs": {"type": "chunked-fs", "config": {"log_folder": str(folder / "runs")}},
            "sqlite": {
                "type": "database",
                "config": {"connection_string": f"sqlite:///{folder / 'runs.db'}"},
            },
        }
        if with_postgres and not missing_binaries():
            url = stack.enter_context(throwaway_postgres(durable=True))
            sections["postgres"] = {"type": "database", "config": {"connection_string": url}}
        elif with_postgres:
            print(
                "PostgreSQL server binaries not found: postgres skipped (scripts/postgres.sh installs them)"
            )
        yield sections


def measure(section: dict[str, Any], size: int, workers: int, run_id: str) -> float:
    """Seconds of one execute() of the Map pipeline over ``size`` items."""
    with tempfile.TemporaryDirectory(prefix="runnable-bench-config-") as scratch:
        configuration = Path(scratch) / "config.yaml"
        configuration.write_text(
            yaml.safe_dump(
                {
                    "run-log-store": section,
                    "catalog": {"type": "do-nothing"},
                    "secrets": {"type": "do-nothing"},
                    "pipeline-executor": {
                        "type": "local",
                        "config": {"enable_parallel": workers > 0, "max_workers": max(workers, 1)},
                    },
                }
            )
        )
        _SIZE[0] = size
        started = time.perf_counter()
        run_log = pipeline().execute(configuration_file=str(configuration), run_id=run_id)
        elapsed = time.perf_counter() - started
    assert run_log.status == defaults.SUCCESS
    assert len(run_log.steps["map"].branches) == size
    assert run_log.parameters["y"].get_value() == list(range(size))
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="K = 100 and 1000 only")
    parser.add_argument("--workers", type=int, default=8, help="max_workers of the parallel runs (8)")
    parser.add_argument("--work-ms", type=float, default=0.0, help="milliseconds each branch sleeps (0)")
    parser.add_argument("--no-postgres", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--sizes", type=int, nargs="*", help="the values of K (default 100 1000 10000)")
    parser.add_argument("--stores", nargs="*", help="chunked-fs, sqlite, postgres (default: all)")
    parser.add_argument(
        "--modes", nargs="*", default=["sequential", "parallel"], help="sequential, parallel (default: both)"
    )
    arguments = parser.parse_args()
    sizes = arguments.sizes or ((100, 1000) if arguments.quick else (100, 1000, 10_000))
    wanted = set(arguments.stores or ("chunked-fs", "sqlite", "postgres"))
    os.environ[WORK_VARIABLE] = str(arguments.work_ms / 1000)
    # Runs write nothing to the working folder, but git's code identity is read from it.
    os.chdir(Path(__file__).resolve().parent.parent)

    print(
        f"Map over K items, branch = one PythonTask ({arguments.work_ms:g} ms of work), "
        f"parallel runs with {arguments.workers} workers, {os.cpu_count()} CPUs"
    )
    print(
        f"{'store':<11} {'mode':<10} {'K':>6} {'total s':>9} {'ms/branch':>10} "
        f"{'vs first K':>10} {'speed-up':>9}"
    )
    runs = 0
    with store_sections(not arguments.no_postgres and "postgres" in wanted) as sections:
        for store, section in sections.items():
            if store not in wanted:
                continue
            sequential: dict[int, float] = {}
            for workers, mode in ((0, "sequential"), (arguments.workers, "parallel")):
                if mode not in arguments.modes:
                    continue
                runs += 1
                measure(section, 2, workers, f"warm-{runs}")  # imports, schema, first connections
                runs += 1
                empty = measure(section, 0, workers, f"empty-{runs}")
                first_per_branch = 0.0
                for size in sizes:
                    runs += 1
                    total = measure(section, size, workers, f"map-{runs}")
                    per_branch = (total - empty) / size
                    first_per_branch = first_per_branch or per_branch
                    if workers == 0:
                        sequential[size] = total
                    speed_up = f"{sequential[size] / total:>9.2f}" if workers and size in sequential else ""
                    print(
                        f"{store:<11} {mode:<10} {size:>6} {total:>9.2f} {per_branch * 1000:>10.2f} "
                        f"{per_branch / first_per_branch:>10.2f} {speed_up}"
                    )
                    sys.stdout.flush()


if __name__ == "__main__":
    main()
