"""The fixed cost of a run (issues 15 and 16): whole processes, as a user or an engine starts them.

Every case is a new process timed from start to exit (wall clock, and the CPU time the child used,
which a shared machine disturbs less):

- ``import runnable`` and ``from runnable import Pipeline, PythonTask``;
- ``python pipeline.py``, a one-step pipeline (one no-op ``PythonTask``), with the default configuration
  (the database store on SQLite) in a new folder (the run creates the database) and in a folder whose
  database exists (the run only checks the schema revision); and on the chunked-fs store;
- a node process: ``runnable execute-single-node RUN_ID pipeline.py only``, the command every Argo pod
  runs, for the first node of a new run (it creates the run, then runs the task), on the default
  configuration and on the database store on a throwaway PostgreSQL server (``--postgres``);
- the emulator's overhead per node: ``python pipeline.py`` of a pipeline of ``--steps`` no-op tasks
  under ``pipeline-executor: emulator`` (every node its own ``runnable`` process) against the same file
  under the local executor, divided by the node processes the emulator starts (the tasks and the
  success node).

``--before SRC`` measures another source tree too (e.g. ``git archive main src | tar -x -C /tmp/b``
then ``--before /tmp/b/src``), interleaved run by run with this one so that both see the same load.
``--with-050`` adds runnable 0.50's one-step pipeline, whole process, from its own virtualenv
(baseline_050/; installed on first use).

    python benchmarks/bench_fixed_cost.py --runs 7 [--postgres] [--before /tmp/b/src] [--with-050]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from _common import CACHE, REPOSITORY

ONE_STEP = (REPOSITORY / "benchmarks" / "one_step.py").read_text()

MANY_STEPS = """\
from runnable import Pipeline, PythonTask


def noop() -> None:
    return None


pipeline = Pipeline(steps=[PythonTask(name=f"step-{{index}}", function=noop) for index in range({steps})])

if __name__ == "__main__":
    pipeline.execute()
"""

# The console script an Argo pod runs; beside this interpreter in a virtualenv.
CONSOLE_SCRIPT = Path(sys.executable).with_name("runnable")
_run_numbers = itertools.count()


@dataclass(frozen=True)
class Case:
    name: str
    # (folder of the tree, tree's extra environment) -> command, working folder, extra environment
    command: Callable[[Path], tuple[list[str], Path, dict[str, str]]]


def folder_with(parent: Path, files: dict[str, str]) -> Path:
    folder = Path(tempfile.mkdtemp(dir=parent))
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def configuration(run_log_store: dict[str, object], executor: str = "local") -> str:
    # JSON is YAML: no YAML library needed to write it.
    return json.dumps({"pipeline-executor": {"type": executor}, "run-log-store": run_log_store})


def postgres_store(url: str) -> dict[str, object]:
    return {"type": "database", "config": {"connection_string": url, "table_name": "bench_fixed"}}


def cases(postgres_url: str | None, steps: int) -> list[Case]:
    def python(code: str) -> Callable[[Path], tuple[list[str], Path, dict[str, str]]]:
        return lambda folder: ([sys.executable, "-c", code], folder, {})

    def one_step(
        subfolder: str, new_folder: bool = False
    ) -> Callable[..., tuple[list[str], Path, dict[str, str]]]:
        def command(folder: Path) -> tuple[list[str], Path, dict[str, str]]:
            where = folder_with(folder, {"pipeline.py": ONE_STEP}) if new_folder else folder / subfolder
            return [sys.executable, "pipeline.py"], where, {}

        return command

    def node(subfolder: str) -> Callable[[Path], tuple[list[str], Path, dict[str, str]]]:
        def command(folder: Path) -> tuple[list[str], Path, dict[str, str]]:
            run_id = f"node-{os.getpid()}-{next(_run_numbers)}"
            arguments = [str(CONSOLE_SCRIPT), "execute-single-node", run_id, "pipeline.py", "only"]
            return arguments, folder / subfolder, {}

        return command

    found = [
        Case("import runnable", python("import runnable")),
        Case(
            "from runnable import Pipeline, PythonTask", python("from runnable import Pipeline, PythonTask")
        ),
        Case("one step, default store, new folder", one_step("", new_folder=True)),
        Case("one step, default store, database exists", one_step("default")),
        Case("one step, chunked-fs", one_step("chunked-fs")),
        Case("node process, default store", node("default")),
    ]
    if postgres_url:
        found.append(Case("node process, PostgreSQL", node("postgres")))
    found += [
        Case(f"{steps} steps, local executor", one_step("local-many")),
        Case(f"{steps} steps, emulator", one_step("emulator-many")),
    ]
    return found


def prepare(folder: Path, postgres_url: str | None, steps: int) -> None:
    """The folders the cases run in, each with its pipeline and configuration."""
    many = MANY_STEPS.format(steps=steps)
    layouts: dict[str, dict[str, str]] = {
        "default": {"pipeline.py": ONE_STEP},
        "chunked-fs": {
            "pipeline.py": ONE_STEP,
            "runnable-config.yaml": configuration({"type": "chunked-fs"}),
        },
        "local-many": {"pipeline.py": many},
        "emulator-many": {
            "pipeline.py": many,
            "runnable-config.yaml": configuration({"type": "database"}, executor="emulator"),
        },
    }
    if postgres_url:
        layouts["postgres"] = {
            "pipeline.py": ONE_STEP,
            "runnable-config.yaml": configuration(postgres_store(postgres_url)),
        }
    for name, files in layouts.items():
        (folder / name).mkdir()
        for file, text in files.items():
            (folder / name / file).write_text(text)


def run_once(
    command: list[str], cwd: Path, environment: dict[str, str], *, quiet: bool = False
) -> tuple[float, float]:
    """Wall and CPU seconds of one process (CPU: the child and its children); ``quiet``: no stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = perf_counter()
    errors = subprocess.DEVNULL if quiet else None
    subprocess.run(command, cwd=cwd, env=environment, check=True, stdout=subprocess.DEVNULL, stderr=errors)
    wall = perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def tree_environment(source: str | None) -> dict[str, str]:
    # Bytecode is cached as a user's installation caches it.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment.pop(  # a configuration from the caller's shell would change every case
        "RUNNABLE_CONFIGURATION_FILE", None
    )
    if source is not None:
        environment["PYTHONPATH"] = source
    return environment


def baseline_050_case(runs: int) -> Iterator[tuple[float, float]]:
    """runnable 0.50's one-step pipeline as a whole process (its scenario script, default stores)."""
    from baseline_050 import runner as baseline

    python = baseline.ensure_virtualenv(CACHE)
    if isinstance(python, str):
        print(f"runnable 0.50 not measured: {python}", file=sys.stderr)
        return
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            command = baseline.scenario_command(python, "linear", "file-system", 1, False)
            # quiet: 0.50 prints a traceback for a folder without a git remote, and goes on.
            yield run_once(
                [*command, str(Path(scratch) / "result.json")],
                REPOSITORY,
                {**os.environ, "TMPDIR": scratch},
                quiet=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="processes per case and tree (medians shown)")
    parser.add_argument("--before", help="another runnable source tree to measure alongside this one")
    parser.add_argument(
        "--postgres", action="store_true", help="also a node process on a throwaway PostgreSQL"
    )
    parser.add_argument("--steps", type=int, default=5, help="steps of the emulator-overhead pipeline")
    parser.add_argument(
        "--only", nargs="*", default=[], help="run only the cases whose name contains one of these"
    )
    parser.add_argument("--with-050", action="store_true", help="add runnable 0.50's one-step pipeline")
    options = parser.parse_args()
    trees: dict[str, str | None] = {"this tree": None}
    if options.before:
        trees = {"before": options.before, "after": None}
    with ExitStack() as stack:
        postgres_url = None
        if options.postgres:
            sys.path.insert(0, str(REPOSITORY / "tests"))
            from servers.postgres import throwaway_postgres

            postgres_url = stack.enter_context(throwaway_postgres(durable=True))
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        selected = [
            case
            for case in cases(postgres_url, options.steps)
            if not options.only or any(word in case.name for word in options.only)
        ]
        folders: dict[str, Path] = {}
        for name, source in trees.items():
            folders[name] = scratch / name.replace(" ", "-")
            folders[name].mkdir()
            prepare(folders[name], postgres_url, options.steps)
            for case in selected:  # creates the databases and warms the caches
                command, cwd, extra = case.command(folders[name])
                run_once(command, cwd, {**tree_environment(source), **extra})
        print("| case | tree | wall median (ms) | CPU median (ms) | runs |\n|---|---|---|---|---|")
        medians: dict[tuple[str, str], tuple[float, float]] = {}
        for case in selected:
            measured: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for _ in range(options.runs):
                for name, source in trees.items():
                    command, cwd, extra = case.command(folders[name])
                    measured[name].append(run_once(command, cwd, {**tree_environment(source), **extra}))
            for name, runs in measured.items():
                wall = statistics.median(run[0] for run in runs) * 1000
                cpu = statistics.median(run[1] for run in runs) * 1000
                medians[case.name, name] = (wall, cpu)
                print(f"| {case.name} | {name} | {wall:.0f} | {cpu:.0f} | {len(runs)} |", flush=True)
        if options.with_050:
            runs_050 = list(baseline_050_case(options.runs))
            if runs_050:
                wall = statistics.median(run[0] for run in runs_050) * 1000
                cpu = statistics.median(run[1] for run in runs_050) * 1000
                medians["one step, runnable 0.50", "0.50"] = (wall, cpu)
                row = (
                    "one step, runnable 0.50 file-system",
                    "0.50",
                    f"{wall:.0f}",
                    f"{cpu:.0f}",
                    len(runs_050),
                )
                print("| " + " | ".join(str(cell) for cell in row) + " |")
    for name in trees:
        local = medians.get((f"{options.steps} steps, local executor", name))
        emulated = medians.get((f"{options.steps} steps, emulator", name))
        if local is not None and emulated is not None:
            nodes = options.steps + 1  # the tasks and the success node, each its own process
            print(
                f"\nEmulator overhead ({name}): {(emulated[0] - local[0]) / nodes:.0f} ms wall, "
                f"{(emulated[1] - local[1]) / nodes:.0f} ms CPU per node ({emulated[0]:.0f} ms against "
                f"{local[0]:.0f} ms local, {nodes} node processes)"
            )
        ours = medians.get(("one step, default store, database exists", name))
        theirs = medians.get(("one step, runnable 0.50", "0.50"))
        if ours is not None and theirs is not None:
            print(
                f"One step, whole process ({name}): {ours[0] / theirs[0]:.2f} of runnable 0.50's wall "
                f"({theirs[0]:.0f} ms), {ours[1] / theirs[1]:.2f} of its CPU ({theirs[1]:.0f} ms)"
            )


if __name__ == "__main__":
    main()
