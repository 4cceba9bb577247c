"""Per-step overhead of runnable: a linear pipeline of N no-op PythonTasks on every built-in store.

What is timed is ``Pipeline.execute`` end to end (services built, run log set
up, every step recorded, the final read). The catalog is ``do-nothing`` so the
figure is the executor plus the store; ``--catalog file-system`` adds keeping
each step's execution log.

    python benchmarks/bench_pipeline.py            # N = 10, 200, 1000
    python benchmarks/bench_pipeline.py --quick    # N = 10, 100

Columns: ``total s`` for the run; ``ms/step`` = total / N (includes the run's
fixed cost: building the store, git, the final read); ``marginal ms/step`` =
(total(N) - total(1)) / (N - 1), the cost of one more step; ``ratio`` compares
each marginal cost with the smallest N's. A ratio near 1.0 means recording a
step does not grow with the run (what the chunked and database stores
promise); the file-system store rewrites the whole run log per write, so its
ratio grows with N.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import yaml

from runnable import Pipeline, PythonTask, defaults, plugins

STORES = ("buffered", "file-system", "chunked-fs", "database")


def noop() -> None:
    pass


def store_section(store: str, folder: Path) -> dict[str, object]:
    if store == "buffered":
        return {"type": store}
    if store == "database":
        return {"type": store, "config": {"connection_string": f"sqlite:///{folder / 'runs.db'}"}}
    return {"type": store, "config": {"log_folder": str(folder / "runs")}}


def measure(store: str, steps: int, catalog: str, section: dict[str, object] | None = None) -> float:
    """Seconds per step for one run of ``steps`` no-op tasks; ``section`` replaces the store's default one."""
    with tempfile.TemporaryDirectory(prefix="runnable-bench-") as folder:
        configuration = Path(folder) / "config.yaml"
        configuration.write_text(
            yaml.safe_dump(
                {
                    "run-log-store": section or store_section(store, Path(folder)),
                    "catalog": {
                        "type": catalog,
                        "config": {"catalog_location": str(Path(folder) / "catalog")},
                    }
                    if catalog == "file-system"
                    else {"type": catalog},
                    "secrets": {"type": "do-nothing"},
                }
            )
        )
        pipeline = Pipeline(steps=[PythonTask(function=noop, name=f"step-{i}") for i in range(steps)])
        started = time.perf_counter()
        run_log = pipeline.execute(configuration_file=str(configuration))
        elapsed = time.perf_counter() - started
        assert run_log.status == defaults.SUCCESS and len(run_log.steps) == steps + 1
        return elapsed / steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 10 and 100 only")
    parser.add_argument("--catalog", default="do-nothing", choices=["do-nothing", "file-system"])
    parser.add_argument("--stores", nargs="*", default=list(STORES), help="stores to measure")
    arguments = parser.parse_args()
    sizes = (10, 100) if arguments.quick else (10, 200, 1000)
    available = set(plugins.available("run_log_store"))
    # Runs write nothing to the working folder, but git's code identity is read from it.
    os.chdir(Path(__file__).resolve().parent.parent)

    print(f"Per-step overhead, linear pipeline of N no-op PythonTasks, catalog: {arguments.catalog}")
    print(f"{'store':<12} {'N':>6} {'total s':>9} {'ms/step':>9} {'marginal ms/step':>17} {'ratio':>7}")
    for store in arguments.stores:
        if store not in available:
            print(f"{store:<12} not installed, skipped")
            continue
        measure(store, 1, arguments.catalog)  # warm-up: the store's modules and libraries get imported
        # One step: the run's fixed cost and that step; the best of three, the machine is shared.
        fixed = min(measure(store, 1, arguments.catalog) for _ in range(3))
        first_marginal = 0.0
        for steps in sizes:
            total = measure(store, steps, arguments.catalog) * steps
            marginal = (total - fixed) / (steps - 1)
            first_marginal = first_marginal or marginal
            print(
                f"{store:<12} {steps:>6} {total:>9.2f} {total / steps * 1000:>9.2f} "
                f"{marginal * 1000:>17.2f} {marginal / first_marginal:>7.2f}"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
