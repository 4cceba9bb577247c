"""Every benchmark in one command: our stores against runnable 0.50.0 and against the physical floor.

    python benchmarks/run.py              # full mode: the sizes of the issues (takes long; see README)
    python benchmarks/run.py --quick      # small sizes, one run each, under 2 minutes
    python benchmarks/run.py --dry-run    # print the plan only

Scenarios, each on every built-in store (buffered, file-system, chunked-fs,
database on SQLite and on PostgreSQL, minio and chunked-minio on the local S3
test server): a linear pipeline of N no-op PythonTasks; a Map of K no-op
branches, sequential and parallel (stores with parallel writes); the first
page of 50 of ``get_run_logs`` filtered by status and tag with many runs
stored; the full read of a 1,000-branch run log; ``import runnable``.
Baselines in the same run: runnable 0.50.0 (its own virtualenv, see
baseline_050/) on its file-system and chunked-fs stores, for the linear and
Map scenarios; the floor, a bare INSERT of one step row per step on the same
database (bench_database.py).

Every case runs in a child process with a time limit; one that does not finish
is reported as such, and the larger sizes of its series are not run. Figures
are medians over repetitions; tables go to the terminal, and with everything
measured to ``.benchmarks/results-<mode>.{json,md}``. benchmarks/README.md
explains every column.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import bench_large_parameter
from _cases import STORES
from _common import (
    CACHE,
    REPOSITORY,
    Outcome,
    Table,
    machine_description,
    milliseconds_text,
    ratio_text,
    repeat_child,
    seconds_text,
)
from baseline_050 import runner as baseline

sys.path.insert(0, str(REPOSITORY / "tests"))  # the test servers: servers.postgres, servers.s3

CASES_SCRIPT = Path(__file__).resolve().parent / "_cases.py"
BASELINE_NAMES = {store: f"runnable 0.50 {store}" for store in baseline.STORES}
FLOOR_BACKENDS = ("database (SQLite)", "database (PostgreSQL)")


@dataclass(frozen=True)
class Settings:
    linear_sizes: tuple[int, ...]
    map_sizes: tuple[int, ...]
    parallel_map_sizes: tuple[int, ...]
    # The S3 test server answers one request at a time in Python: Maps on it take long.
    s3_maps: bool
    listing_runs: tuple[int, ...]
    # The S3 test server answers one request at a time in Python: filling it with many runs takes long.
    s3_listing_runs: tuple[int, ...]
    full_read_branches: int
    floor_sizes: tuple[int, ...]
    floor_rounds: int
    floor_batch: int
    limit: float  # seconds one child may run
    repeats: int  # timed runs of a case, each in a new process
    budget: float  # no further repetition once a case has taken this long
    query_repeats: int  # timed calls inside one child (listing, full read)
    import_repeats: int
    large_value_bytes: int  # the parameter taken through 7 steps


FULL = Settings(
    linear_sizes=(10, 200, 1_000),
    map_sizes=(100, 1_000, 10_000),
    parallel_map_sizes=(100, 1_000, 10_000),
    s3_maps=True,
    listing_runs=(1_000, 100_000),
    s3_listing_runs=(1_000,),
    full_read_branches=1_000,
    floor_sizes=(10, 100, 1_000, 10_000),
    floor_rounds=5,
    floor_batch=100,
    limit=180.0,
    repeats=3,
    budget=30.0,
    query_repeats=9,
    import_repeats=9,
    large_value_bytes=10_000_000,
)
QUICK = Settings(
    linear_sizes=(10, 50),
    map_sizes=(10, 50),
    parallel_map_sizes=(50,),
    s3_maps=False,
    listing_runs=(1_000,),
    s3_listing_runs=(),
    full_read_branches=1_000,
    floor_sizes=(10, 1_000),
    floor_rounds=3,
    floor_batch=30,
    limit=15.0,
    repeats=1,
    budget=0.0,
    query_repeats=5,
    import_repeats=5,
    large_value_bytes=1_000_000,
)


@dataclass
class Servers:
    """What the cases need to reach the test servers, and why a server is missing."""

    spec: dict[str, Any] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)


@dataclass
class Results:
    mode: str
    settings: Settings
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def get(self, *key: object) -> Outcome:
        return self.outcomes.get(case_key(*key), Outcome(problem="not run"))


def case_key(*parts: object) -> str:
    return " | ".join(str(part) for part in parts)


# --------------------------------------------------------------------------- servers


@contextmanager
def test_servers(stores: list[str], stack: ExitStack) -> Iterator[Servers]:
    servers = Servers()
    needed = {STORES[store][1] for store in stores}
    if "postgres" in needed:
        from servers.postgres import missing_binaries, throwaway_postgres

        missing = missing_binaries()
        if missing:
            servers.missing["postgres"] = (
                f"{', '.join(missing)} not found (scripts/postgres.sh installs them)"
            )
        else:
            servers.spec["postgres_url"] = stack.enter_context(throwaway_postgres(durable=True))
    if "s3" in needed:
        try:
            from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, running_s3_server

            server = stack.enter_context(running_s3_server())
            server.client().create_bucket(Bucket="bench")
        except (ImportError, RuntimeError) as exc:
            servers.missing["s3"] = f"the S3 test server could not start: {exc}"
        else:
            servers.spec.update(
                s3_endpoint=server.endpoint,
                s3_bucket="bench",
                s3_access_key=ACCESS_KEY,
                s3_secret_key=SECRET_KEY,
                s3_region=REGION,
            )
    yield servers


def parallel_capable(store: str) -> bool:
    """Whether the store claims parallel writes (the executor runs branches one by one otherwise)."""
    from runnable import plugins

    store_type, server = STORES[store]
    config: dict[str, Any] = {}
    if store_type == "database" and not server:
        config["connection_string"] = "sqlite:///parallel-probe.db"  # never opened
    elif server == "s3":
        config["bucket"] = "probe"
    built = plugins.load("run_log_store", store_type)(**config)
    return bool(getattr(built, "supports_parallel_writes", False))


# --------------------------------------------------------------------------- running cases


class Runner:
    def __init__(self, settings: Settings, servers: Servers, baseline_python: Path | str, dry_run: bool):
        self.settings = settings
        self.servers = servers
        self.baseline_python = baseline_python
        self.dry_run = dry_run

    def ours(self, spec: dict[str, Any], repeats: int | None = None) -> Outcome:
        server = STORES[spec["store"]][1]
        if server in self.servers.missing:
            return Outcome(problem=f"not run: {self.servers.missing[server]}")
        command = [sys.executable, str(CASES_SCRIPT), json.dumps({**spec, **self.servers.spec})]
        return self._run(command, spec, repeats)

    def theirs(self, scenario: str, store: str, size: int, parallel: bool) -> Outcome:
        if isinstance(self.baseline_python, str) and not self.dry_run:
            return Outcome(problem=f"not run: {self.baseline_python}")
        command = baseline.scenario_command(Path(self.baseline_python), scenario, store, size, parallel)
        spec = {"case": f"0.50 {scenario}", "store": store, "size": size, "parallel": parallel}
        return self._run(command, spec, None)

    def _run(self, command: list[str], spec: dict[str, Any], repeats: int | None) -> Outcome:
        described = ", ".join(f"{key}={value}" for key, value in spec.items() if key != "case")
        print(f"  {spec['case']}: {described}", end=" ... ", flush=True)
        if self.dry_run:
            print("(dry run)")
            return Outcome(problem="dry run")
        started = time.monotonic()
        settings = self.settings
        outcome = repeat_child(command, settings.limit, repeats or settings.repeats, settings.budget)
        spent = time.monotonic() - started
        median = outcome.median()
        shown = outcome.problem or (seconds_text(median) if median is not None else "done")
        print(f"{shown} ({spent:.1f} s)", flush=True)
        return outcome


def series(
    runner: Runner, results: Results, sizes: tuple[int, ...], key: tuple[object, ...], run: Any
) -> None:
    """Run ``run(size)`` for growing sizes; after one that did not finish, the larger ones are not run."""
    stopped = ""
    for size in sizes:
        if stopped:
            results.outcomes[case_key(*key, size)] = Outcome(problem=f"not run: {stopped}")
            continue
        outcome = run(size)
        results.outcomes[case_key(*key, size)] = outcome
        if outcome.problem.startswith(("did not finish", "failed")):
            stopped = f"{size:,} {outcome.problem}"


def measure_pipelines(runner: Runner, results: Results, stores: list[str], baselines: bool) -> None:
    settings = results.settings
    print("One-step pipelines (the fixed cost of a run), linear pipelines and Maps")
    for store in stores:
        spec = {"case": "pipeline", "kind": "linear", "store": store, "parallel": False, "size": 1}
        results.outcomes[case_key("one-step", store)] = runner.ours(spec)
    if baselines:
        for store in baseline.STORES:
            results.outcomes[case_key("one-step", BASELINE_NAMES[store])] = runner.theirs(
                "linear", store, 1, False
            )
    plans: list[tuple[str, tuple[int, ...], bool]] = [
        ("linear", settings.linear_sizes, False),
        ("map", settings.map_sizes, False),
        ("map", settings.parallel_map_sizes, True),
    ]
    for kind, sizes, parallel in plans:
        for store in stores:
            if parallel and not parallel_capable(store):
                continue
            if kind == "map" and STORES[store][1] == "s3" and not settings.s3_maps:
                continue
            spec = {"case": "pipeline", "kind": kind, "store": store, "parallel": parallel}
            series(
                runner,
                results,
                sizes,
                ("pipeline", kind, parallel, store),
                lambda size, spec=spec: runner.ours({**spec, "size": size}),
            )
        if not baselines:
            continue
        for store in baseline.STORES:
            # runnable 0.50's file-system store has no parallel writes; it would run the Map one by one.
            if parallel and store == "file-system":
                continue
            series(
                runner,
                results,
                sizes,
                ("pipeline", kind, parallel, BASELINE_NAMES[store]),
                lambda size, store=store, kind=kind, parallel=parallel: runner.theirs(
                    kind, store, size, parallel
                ),
            )


def measure_queries(runner: Runner, results: Results, stores: list[str]) -> None:
    settings = results.settings
    print("Listing and full reads")
    for store in stores:
        s3 = STORES[store][1] == "s3"
        for runs in settings.listing_runs:
            key = case_key("listing", store, runs)
            if s3 and runs not in settings.s3_listing_runs:
                reason = (
                    "quick mode" if results.mode == "quick" else "the S3 test server takes too long to fill"
                )
                results.outcomes[key] = Outcome(problem=f"not run: {reason}")
                continue
            spec = {"case": "listing", "store": store, "runs": runs, "repeat": settings.query_repeats}
            results.outcomes[key] = runner.ours(spec, repeats=1)
        key = case_key("full_read", store, settings.full_read_branches)
        if s3 and results.mode == "quick":
            results.outcomes[key] = Outcome(problem="not run: quick mode")
            continue
        spec = {
            "case": "full_read",
            "store": store,
            "branches": settings.full_read_branches,
            "repeat": settings.query_repeats,
        }
        results.outcomes[key] = runner.ours(spec, repeats=1)


def measure_floor(runner: Runner, results: Results, stores: list[str]) -> None:
    settings = results.settings
    print("Recording a step against a bare INSERT")
    for store in FLOOR_BACKENDS:
        if store not in stores:
            continue
        spec = {
            "case": "floor",
            "store": store,
            "sizes": list(settings.floor_sizes),
            "rounds": settings.floor_rounds,
            "batch": settings.floor_batch,
        }
        results.outcomes[case_key("floor", store)] = runner.ours(spec, repeats=1)


def measure_large_parameter(runner: Runner, results: Results, stores: list[str]) -> None:
    print("A large parameter through a 7-step pipeline")
    for store in stores:
        spec = {"case": "large_parameter", "store": store, "value_bytes": results.settings.large_value_bytes}
        results.outcomes[case_key("large_parameter", store)] = runner.ours(spec, repeats=1)


def measure_imports(results: Results, baseline_python: Path | str, dry_run: bool) -> None:
    """``import runnable`` in a new interpreter, above the interpreter's own start (median wall times)."""
    print("import runnable")
    interpreters = {"runnable (ours)": Path(sys.executable)}
    if isinstance(baseline_python, Path):
        interpreters["runnable 0.50"] = baseline_python
    for name, python in interpreters.items():
        if dry_run:
            continue

        def wall(code: str, python: Path = python) -> float:
            started = time.perf_counter()
            subprocess.run([str(python), "-c", code], check=True, cwd=REPOSITORY, capture_output=True)
            return time.perf_counter() - started

        wall("import runnable")  # the first one also reads the files into the page cache
        bare = statistics.median(wall("pass") for _ in range(results.settings.import_repeats))
        loaded = statistics.median(wall("import runnable") for _ in range(results.settings.import_repeats))
        results.outcomes[case_key("import", name)] = Outcome(
            samples=[{"seconds": loaded - bare, "interpreter": bare}]
        )
        print(f"  {name}: {seconds_text(loaded - bare)} above {seconds_text(bare)} of interpreter start")


# --------------------------------------------------------------------------- tables


def floor_seconds(results: Results, store: str) -> float | None:
    """The bare INSERT of one step row on the store's database (SQLite's for the non-database stores)."""
    backend = "database (PostgreSQL)" if store == "database (PostgreSQL)" else "database (SQLite)"
    sizes = results.settings.floor_sizes
    return results.get("floor", backend).median(f"bare {sizes[0]}") if sizes else None


def problem_cell(problem: str) -> str:
    """A problem as a table cell: a failure by its last line (the error), the full text is in the JSON."""
    if problem.startswith("failed") and " | " in problem:
        return "failed: " + problem.rsplit(" | ", 1)[-1]
    return problem or "-"


def times_text(value: float) -> str:
    return f"{value:,.3f}x" if value < 0.1 else f"{value:,.1f}x"


def baseline_ratio(ours: float | None, theirs: Outcome, limit: float) -> str:
    if ours is None:
        return "-"
    median = theirs.median()
    if median is not None:
        return ratio_text(ours / median)
    if theirs.problem.startswith("did not finish"):
        return ratio_text(ours / limit, upper_bound=True)
    return "-"


def outcome_cell(outcome: Outcome) -> str:
    median = outcome.median()
    if median is None:
        return problem_cell(outcome.problem)
    return seconds_text(median) + (f" (n={outcome.count})" if outcome.count > 1 else "")


def pipeline_table(results: Results, kind: str, parallel: bool, stores: list[str]) -> Table:
    settings = results.settings
    unit = "step" if kind == "linear" else "branch"
    sizes = (
        settings.linear_sizes
        if kind == "linear"
        else settings.parallel_map_sizes
        if parallel
        else settings.map_sizes
    )
    title = {
        (
            "linear",
            False,
        ): f"Linear pipeline of N no-op PythonTasks (time limit {settings.limit:g} s per run)",
        ("map", False): f"Map of K no-op branches, sequential (time limit {settings.limit:g} s per run)",
        (
            "map",
            True,
        ): f"Map of K no-op branches, parallel (enable_parallel; time limit {settings.limit:g} s)",
    }[(kind, parallel)]
    size_name = "N" if kind == "linear" else "K"
    columns = ["store", size_name, "total", f"ms/{unit}", f"marginal ms/{unit}", "growth"]
    # runnable 0.50's file-system store has no parallel writes: it has no parallel Map to compare with.
    baselines = [name for store, name in BASELINE_NAMES.items() if not parallel or store != "file-system"]
    columns += [f"÷ {name}" for name in baselines]
    columns += ["÷ floor"] if not parallel else ["speed-up vs sequential"]
    table = Table(title, columns)
    rows = [*stores, *BASELINE_NAMES.values()]
    for store in rows:
        first_marginal: float | None = None
        previous: tuple[int, float] | None = None
        for size in sizes:
            planned = results.outcomes.get(case_key("pipeline", kind, parallel, store, size))
            if planned is None:  # e.g. 0.50's file-system store in parallel: it has no parallel writes
                continue
            outcome = planned
            total = outcome.median()
            marginal = growth = None
            if total is not None and previous is not None:
                marginal = (total - previous[1]) / (size - previous[0])
                first_marginal = first_marginal or marginal
                growth = marginal / first_marginal if first_marginal > 0 else None
            previous = (size, total) if total is not None else None
            cells = [
                store,
                f"{size:,}",
                outcome_cell(outcome),
                milliseconds_text(total / size if total is not None else None),
                milliseconds_text(marginal),
                "-" if growth is None else f"{growth:.2f}",
            ]
            for name in baselines:
                theirs = results.get("pipeline", kind, parallel, name, size)
                cells.append(
                    "" if store in BASELINE_NAMES.values() else baseline_ratio(total, theirs, settings.limit)
                )
            if parallel:
                sequential = results.get("pipeline", kind, False, store, size).median()
                cells.append("-" if total is None or sequential is None else f"{sequential / total:.2f}x")
            else:
                floor = floor_seconds(results, store)
                per_unit = marginal if marginal is not None else (total / size if total is not None else None)
                cells.append("-" if per_unit is None or not floor else f"{per_unit / floor:.0f}x")
            table.add(*cells)
    table.notes.append(
        f"total: Pipeline.execute end to end, median of runs each in a new process; ms/{unit} = total / "
        f"{size_name}; marginal = the cost of one more {unit} between two sizes; growth = marginal / the "
        "first marginal (flat is about 1)."
    )
    table.notes.append(
        "÷ runnable 0.50 X: our total / 0.50's total at the same size (below 1 = we are faster; '< x' when "
        "0.50 did not finish within the limit)."
    )
    if not parallel:
        table.notes.append(
            f"÷ floor: marginal ms/{unit} (ms/{unit} at the first size) / one bare INSERT of a step row "
            "(PostgreSQL's for the PostgreSQL store, SQLite's for the others)."
        )
    return table


def whole_process_table(results: Results, stores: list[str]) -> Table:
    """Each pipeline case as its starter sees the process, beside the in-process figure; both vs 0.50."""
    settings = results.settings
    baselines = list(BASELINE_NAMES.values())
    table = Table(
        "Whole process (interpreter start, imports, the run, exit) beside Pipeline.execute alone",
        ["store", "case", "execute", "whole process", *(f"÷ {name}: execute / whole" for name in baselines)],
    )
    plans: list[tuple[str, tuple[object, ...], int]] = [("one step", ("one-step",), 0)]
    plans += [
        (f"linear, N = {size:,}", ("pipeline", "linear", False), size) for size in settings.linear_sizes
    ]
    plans += [(f"Map, K = {size:,}", ("pipeline", "map", False), size) for size in settings.map_sizes]
    for store in [*stores, *baselines]:
        for label, key, size in plans:
            full_key = (*key, store, size) if size else (*key, store)
            outcome = results.outcomes.get(case_key(*full_key))
            if outcome is None:
                continue
            execute, whole = outcome.median(), outcome.median("process")
            cells = [store, label, outcome_cell(outcome), seconds_text(whole) if whole is not None else "-"]
            for name in baselines:
                theirs = results.get(*((*key, name, size) if size else (*key, name)))
                if store in baselines:
                    cells.append("")
                    continue
                in_process = baseline_ratio(execute, theirs, settings.limit)
                whole_ratio = baseline_ratio(
                    whole,
                    Outcome([{"seconds": value} for value in _values(theirs, "process")], theirs.problem),
                    settings.limit,
                )
                cells.append(f"{in_process} / {whole_ratio}")
            table.add(*cells)
    table.notes.append(
        "execute: Pipeline.execute alone (modules imported beforehand); whole process: the child process "
        "from start to exit as the runner sees it (interpreter start, every import, the run, writing the "
        "figure), medians of the same runs."
    )
    table.notes.append(
        "÷ runnable 0.50 X: our time / 0.50's at the same case, in process and whole process (below 1 = we "
        "are faster)."
    )
    return table


def _values(outcome: Outcome, name: str) -> list[float]:
    return [sample[name] for sample in outcome.samples if name in sample]


def floor_table(results: Results, stores: list[str]) -> Table:
    table = Table(
        "Recording a step: add_step_log into a run of N steps vs a bare INSERT of the same row",
        ["backend", "steps in run", "store µs", "bare µs", "ratio", "vs first"],
    )
    for store in FLOOR_BACKENDS:
        if store not in stores:
            continue
        outcome = results.get("floor", store)
        if outcome.median(f"store {results.settings.floor_sizes[0]}") is None:
            table.add(store, "", outcome.problem or "-", "", "", "")
            continue
        first = None
        for size in results.settings.floor_sizes:
            ours, bare = outcome.median(f"store {size}"), outcome.median(f"bare {size}")
            if ours is None or bare is None:
                continue
            first = first or ours
            table.add(
                store,
                f"{size:,}",
                f"{ours * 1e6:.0f}",
                f"{bare * 1e6:.0f}",
                f"{ours / bare:.2f}",
                f"{ours / first:.2f}",
            )
    table.notes.append(
        "targets (issue 4): ratio at most 3; 'vs first' about 1 (flat in the size of the run)."
    )
    return table


def listing_table(results: Results, stores: list[str]) -> Table:
    table = Table(
        "get_run_logs(status=SUCCESS, tag='nightly', limit=50): the first page",
        ["store", "runs stored", "ms", "file-system ÷ this"],
    )
    for store in stores:
        for runs in results.settings.listing_runs:
            outcome = results.get("listing", store, runs)
            median = outcome.median()
            file_system = results.get("listing", "file-system", runs).median()
            speedup = "-" if median is None or file_system is None else times_text(file_system / median)
            table.add(
                store,
                f"{runs:,}",
                problem_cell(outcome.problem) if median is None else f"{median * 1000:.2f}",
                speedup,
            )
    table.notes.append(
        f"median of {results.settings.query_repeats} calls after one warm-up call. Runs are generated fast: "
        "bulk INSERTs (database), the store's own files written without an fsync each (file-system, "
        "chunked-fs), put_run_log (buffered, S3 stores)."
    )
    table.notes.append(
        "targets (issue 4): SQLite under 10 ms with 100,000 runs, and at least 100x the file-system store."
    )
    return table


def full_read_table(results: Results, stores: list[str]) -> Table:
    branches = results.settings.full_read_branches
    table = Table(
        f"Full read of a run log with a {branches:,}-branch Map: get_run_log_by_id(full=True)",
        ["store", "ms"],
    )
    for store in stores:
        outcome = results.get("full_read", store, branches)
        median = outcome.median()
        table.add(store, problem_cell(outcome.problem) if median is None else f"{median * 1000:.1f}")
    table.notes.append(
        "the run is stored with one put_run_log (one task step per branch); "
        f"median of {results.settings.query_repeats} reads."
    )
    return table


def large_parameter_table(results: Results, stores: list[str]) -> Table:
    value_bytes = results.settings.large_value_bytes
    table = Table(
        f"A {value_bytes / 1e6:g} MB parameter through a 7-step pipeline: bytes stored and peak memory",
        bench_large_parameter.COLUMNS,
        notes=[bench_large_parameter.NOTE],
    )
    for store in stores:
        outcome = results.get("large_parameter", store)
        if outcome.samples:
            table.add(store, *bench_large_parameter.figure_cells(outcome.samples[0]))
        else:
            table.add(store, problem_cell(outcome.problem), "-", "-", "-", "-")
    return table


def import_table(results: Results) -> Table:
    table = Table(
        "import runnable in a new interpreter",
        ["package", "ms above interpreter start", "interpreter start ms"],
    )
    for name in ("runnable (ours)", "runnable 0.50"):
        outcome = results.get("import", name)
        if outcome.samples:
            table.add(
                name,
                f"{outcome.samples[0]['seconds'] * 1000:.0f}",
                f"{outcome.samples[0]['interpreter'] * 1000:.0f}",
            )
    table.notes.append(
        f"median wall time of {results.settings.import_repeats} runs of `python -c 'import runnable'` "
        "minus `python -c pass`."
    )
    return table


def all_tables(results: Results, stores: list[str]) -> list[Table]:
    return [
        pipeline_table(results, "linear", False, stores),
        pipeline_table(results, "map", False, stores),
        pipeline_table(results, "map", True, [store for store in stores if parallel_capable(store)]),
        whole_process_table(results, stores),
        floor_table(results, stores),
        listing_table(results, stores),
        full_read_table(results, stores),
        large_parameter_table(results, stores),
        import_table(results),
    ]


# --------------------------------------------------------------------------- main


def stop_running(signal_number: int, frame: object) -> None:
    raise SystemExit(f"stopped by signal {signal_number}")


def git_revision() -> str:
    """The commit measured, marked when the working tree had changes (other work in progress)."""

    def git(*arguments: str) -> str:
        done = subprocess.run(
            ["git", *arguments], cwd=REPOSITORY, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return commit + (" + uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each (under 2 minutes)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan; measure nothing")
    parser.add_argument(
        "--stores", nargs="*", choices=list(STORES), default=list(STORES), help="our stores to measure"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip runnable 0.50")
    parser.add_argument(
        "--only",
        nargs="*",
        choices=["pipelines", "queries", "floor", "large", "import"],
        default=["pipelines", "queries", "floor", "large", "import"],
        help="scenario groups to measure",
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the last run's figures of the mode and replace only those measured now",
    )
    parser.add_argument(
        "--show", action="store_true", help="print the tables of the last run of the mode again"
    )
    arguments = parser.parse_args()
    if arguments.show:
        saved_file = CACHE / f"results-{'quick' if arguments.quick else 'full'}.json"
        report(json.loads(saved_file.read_text()))
        return
    # Stopped by a signal, the runner still stops its child and the test servers (ExitStack below).
    signal.signal(signal.SIGTERM, stop_running)
    signal.signal(signal.SIGINT, stop_running)
    mode = "quick" if arguments.quick else "full"
    settings = QUICK if arguments.quick else FULL
    results = Results(mode, settings)
    stores: list[str] = arguments.stores
    started = time.monotonic()
    revision = git_revision()

    baseline_python: Path | str = "--no-baseline"
    if not arguments.no_baseline:
        baseline_python = "dry run" if arguments.dry_run else baseline.ensure_virtualenv(CACHE)
    with ExitStack() as stack:
        servers = Servers() if arguments.dry_run else stack.enter_context(test_servers(stores, stack))
        runner = Runner(settings, servers, baseline_python, arguments.dry_run)
        if "floor" in arguments.only:
            measure_floor(runner, results, stores)
        if "pipelines" in arguments.only:
            measure_pipelines(runner, results, stores, baselines=not arguments.no_baseline)
        if "queries" in arguments.only:
            measure_queries(runner, results, stores)
        if "large" in arguments.only:
            measure_large_parameter(runner, results, stores)
    if "import" in arguments.only:
        measure_imports(results, baseline_python, arguments.dry_run)
    if arguments.dry_run:
        return

    outcomes = {key: outcome.to_json() for key, outcome in results.outcomes.items()}
    minutes = (time.monotonic() - started) / 60
    saved_file = CACHE / f"results-{mode}.json"
    if arguments.merge and saved_file.exists():
        previous = json.loads(saved_file.read_text())
        outcomes = {**previous["outcomes"], **outcomes}
        stores = previous.get("stores", list(STORES))
        minutes += previous["minutes"]
        revision = f"{previous.get('revision', 'commit not recorded')}; re-measured cases: {revision}"
    saved = {
        "mode": mode,
        "date": date.today().isoformat(),
        "revision": revision,
        "minutes": minutes,
        "machine": machine_description(),
        "stores": stores,
        "outcomes": outcomes,
    }
    CACHE.mkdir(exist_ok=True)
    saved_file.write_text(json.dumps(saved, indent=1))
    report(saved)


def report(saved: dict[str, Any]) -> None:
    """Print the tables of saved results and write them as Markdown beside the JSON."""
    mode = saved["mode"]
    results = Results(mode, QUICK if mode == "quick" else FULL)
    for key, outcome in saved["outcomes"].items():
        results.outcomes[key] = Outcome(samples=outcome["samples"], problem=outcome["problem"])
    heading = (
        f"runnable benchmarks, {mode} mode, {saved['date']}, {saved.get('revision', 'commit not recorded')}, "
        f"{saved['minutes']:.1f} min; "
        + ", ".join(f"{key}: {value}" for key, value in saved["machine"].items())
    )
    tables = all_tables(results, saved.get("stores", list(STORES)))
    print()
    print(heading)
    for table in tables:
        print()
        print(table.text())
    markdown = CACHE / f"results-{mode}.md"
    markdown.write_text("\n\n".join([heading, *(table.markdown() for table in tables)]) + "\n")
    print(f"\nWritten: {markdown} (and the figures in {markdown.with_suffix('.json').name})")


if __name__ == "__main__":
    main()
