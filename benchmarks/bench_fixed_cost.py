"""The fixed cost of a run (issue 16): whole processes, as a user starts them.

Four cases, each a new ``python`` process timed from start to exit (wall clock, and the CPU time the
child used, which a shared machine disturbs less):

- ``import runnable``
- ``from runnable import Pipeline, PythonTask``
- a one-step pipeline (one no-op ``PythonTask``) with the default configuration (the database store
  on SQLite) in a new folder: the run creates the database
- the same pipeline in a folder whose database exists (the run only checks the schema revision)

``--before SRC`` measures another source tree too (e.g. ``git archive main src | tar -x -C /tmp/b``
then ``--before /tmp/b/src``), interleaved run by run with this one so that both see the same load.

    python benchmarks/bench_fixed_cost.py --runs 7 [--before /tmp/b/src]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ONE_STEP = """\
from runnable import Pipeline, PythonTask


def noop() -> None:
    return None


if __name__ == "__main__":
    Pipeline(steps=[PythonTask(name="only", function=noop)]).execute()
"""

CASES = (
    "import runnable",
    "from runnable import Pipeline, PythonTask",
    "one step, new folder",
    "one step, again",
)


def run_once(case: str, source: str | None, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one process running ``case``."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if source is not None:
        environment["PYTHONPATH"] = source
    if case.startswith("one step"):
        if case.endswith("new folder"):
            folder = Path(tempfile.mkdtemp(dir=folder))
            (folder / "pipeline.py").write_text(ONE_STEP)
        command = [sys.executable, "pipeline.py"]
    else:
        command = [sys.executable, "-c", case]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = perf_counter()
    subprocess.run(command, cwd=folder, env=environment, check=True, stdout=subprocess.DEVNULL)
    wall = perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="processes per case and tree (medians shown)")
    parser.add_argument("--before", help="another runnable source tree to measure alongside this one")
    options = parser.parse_args()
    trees: dict[str, str | None] = {"this tree": None}
    if options.before:
        trees = {"before": options.before, "after": None}
    with tempfile.TemporaryDirectory() as scratch:
        folders: dict[str, Path] = {}
        for name, source in trees.items():
            folders[name] = Path(scratch) / name.replace(" ", "-")
            folders[name].mkdir()
            (folders[name] / "pipeline.py").write_text(ONE_STEP)
            run_once("one step, again", source, folders[name])  # creates the database, warms the caches
        print("| case | tree | wall median (ms) | CPU median (ms) | runs |\n|---|---|---|---|---|")
        for case in CASES:
            measured: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for _ in range(options.runs):
                for name, source in trees.items():
                    measured[name].append(run_once(case, source, folders[name]))
            for name, runs in measured.items():
                wall = statistics.median(run[0] for run in runs) * 1000
                cpu = statistics.median(run[1] for run in runs) * 1000
                print(f"| {case} | {name} | {wall:.0f} | {cpu:.0f} | {len(runs)} |", flush=True)


if __name__ == "__main__":
    main()
