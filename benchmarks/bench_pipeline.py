"""Per-step overhead of runnable: a linear pipeline of N no-op PythonTasks on every built-in store.

What is timed is ``Pipeline.execute`` end to end (run log set-up, every step's
recording, the final read), divided by N. The catalog is ``do-nothing`` so the
figure is the executor plus the store; ``--catalog file-system`` adds keeping
each step's execution log.

    python benchmarks/bench_pipeline.py            # N = 10, 200, 1000
    python benchmarks/bench_pipeline.py --quick    # N = 10, 100

The last column compares each N with the smallest one: about 1.0 means the
cost of recording a step does not grow with the run (what the chunked and
database stores promise); the file-system store rewrites the whole run log
per write, so its ratio grows with N.
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


def measure(store: str, steps: int, catalog: str) -> float:
    """Seconds per step for one run of ``steps`` no-op tasks."""
    with tempfile.TemporaryDirectory(prefix="runnable-bench-") as folder:
        configuration = Path(folder) / "config.yaml"
        configuration.write_text(
            yaml.safe_dump(
                {
                    "run-log-store": store_section(store, Path(folder)),
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
    print(f"{'store':<12} {'N':>6} {'total s':>9} {'ms/step':>9} {'vs N=' + str(sizes[0]):>9}")
    for store in arguments.stores:
        if store not in available:
            print(f"{store:<12} not installed, skipped")
            continue
        baseline = 0.0
        for steps in sizes:
            per_step = measure(store, steps, arguments.catalog)
            baseline = baseline or per_step
            print(
                f"{store:<12} {steps:>6} {per_step * steps:>9.2f} {per_step * 1000:>9.2f} "
                f"{per_step / baseline:>9.2f}"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
