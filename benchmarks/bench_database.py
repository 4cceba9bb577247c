"""The database store against its physical floor and against the file-system store.

    python benchmarks/bench_database.py                  # runs of 10 to 10,000 steps; 100,000 runs
    python benchmarks/bench_database.py --quick          # runs of 10 to 1,000 steps; 10,000 runs
    python benchmarks/bench_database.py --no-postgres    # SQLite only

1. Recording a step: ``add_step_log`` of a new step (with one attempt and its
   parameters) into a run that already has N steps, against a bare SQLAlchemy
   INSERT of the same row (the same body bytes) in its own transaction through
   the same engine: the least any store can do. ``ratio`` = store / bare
   (target: at most 3); ``vs first`` = the store's cost at N against the
   smallest N (target: flat, about 1).
2. Listing: ``get_run_logs(status=..., tag=..., limit=50)``, the first page,
   with that many runs stored (target: under 10 ms on SQLite), and the
   ``file-system`` store answering the same call on the same run headers
   (target: the database at least 100x faster). The runs are bulk-inserted
   (database) or written as files without an fsync each (file system).

PostgreSQL runs on a throwaway server (tests/servers/postgres.py) with
fsync on. Figures are medians of interleaved rounds: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

from runnable import defaults
from runnable.models import JsonParameter, MetricParameter, RunLog, StepAttempt, StepLog
from runnable.run_log_store._values import ValuesApart
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.run_log_store.sql import DatabaseRunLogStore
from runnable.run_log_store.sql.codec import encode_parameter_rows
from runnable.run_log_store.sql.rows import run_row

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers.postgres import missing_binaries, throwaway_postgres

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
TAGS = ("nightly", "adhoc", "ci", "backfill", "release")
STATUSES = (defaults.SUCCESS, defaults.FAIL, defaults.PROCESSING, defaults.SUCCESS)


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def realistic_step(name: str) -> StepLog:
    """A step as the executor records it: one attempt with parameters, metrics and a code identity."""
    attempt = StepAttempt(
        status=defaults.SUCCESS,
        start_time=T0,
        end_time=T0 + timedelta(seconds=2),
        input_parameters={"lr": JsonParameter(value=0.1), "epochs": JsonParameter(value=10)},
        output_parameters={"score": JsonParameter(value=0.93)},
        user_defined_metrics={"loss": MetricParameter(value=0.07)},
    )
    return StepLog(name=name, internal_name=name, status=defaults.SUCCESS, attempts=[attempt])


# --------------------------------------------------------------------------- 1. recording a step


def step_costs(url: str, sizes: tuple[int, ...], rounds: int, batch: int) -> list[tuple[int, float, float]]:
    """(steps in run, store seconds per step, bare insert seconds per step) for each size."""
    store = DatabaseRunLogStore(connection_string=url, table_name="bench_steps")
    try:
        return [(size, *step_cost(store, size, rounds, batch)) for size in sizes]
    finally:
        store.close()


def step_cost(store: DatabaseRunLogStore, size: int, rounds: int, batch: int) -> tuple[float, float]:
    runs, chunks = store.tables.runs, store.tables.chunks
    # The store's own engine: same pool, pragmas and driver, so only the work differs.
    engine = store._db().engine()
    run_id = f"run-{size}"
    run_log = RunLog(run_id=run_id)
    for index in range(size):
        run_log.insert_step_log(realistic_step(f"existing-{index}"))
    store.put_run_log(run_log)
    with engine.connect() as connection:
        run_pk = connection.execute(sa.select(runs.c.id).where(runs.c.run_id == run_id)).scalar_one()
    body = realistic_step("template").model_dump_json(exclude={"branches"}).encode()
    # Built beforehand: making step logs is the caller's work, not the store's.
    new_steps = iter([realistic_step(f"new-{index}") for index in range((rounds + 1) * batch)])
    bare_rows = iter(
        [
            {
                "run_pk": run_pk,
                "internal_name": f"bare-{index}",
                "kind": "step",
                "body": body,
                "compressed": False,
            }
            for index in range((rounds + 1) * batch)
        ]
    )

    def with_store() -> None:
        for _ in range(batch):
            store.add_step_log(next(new_steps), run_id)

    def bare() -> None:
        for _ in range(batch):
            with engine.begin() as connection:
                connection.execute(sa.insert(chunks), next(bare_rows))

    store_times, bare_times = [], []
    with_store(), bare()  # warm: caches of statements, pages and the pool
    for _ in range(rounds):  # interleaved, so that a busy moment hits both
        store_times.append(median_seconds(with_store, 1) / batch)
        bare_times.append(median_seconds(bare, 1) / batch)
    return statistics.median(store_times), statistics.median(bare_times)


# --------------------------------------------------------------------------- 2. listing


def run_headers(count: int) -> Iterator[RunLog]:
    for index in range(count):
        yield RunLog(
            run_id=f"run-{index:07d}",
            dag_hash=f"{index % 97:040x}",
            tag=TAGS[index % len(TAGS)],
            status=STATUSES[index % len(STATUSES)],
            created_at=T0 + timedelta(seconds=index),
            updated_at=T0 + timedelta(seconds=index + 60),
            parameters={"lr": JsonParameter(value=index % 10 / 10), "loss": MetricParameter(value=index % 7)},
            run_config={"executor": {"type": "local"}, "tag": TAGS[index % len(TAGS)]},
        )


def fill_database(store: DatabaseRunLogStore, count: int) -> None:
    """Bulk-insert ``count`` run headers (with their parameters) in large transactions."""
    runs, parameters = store.tables.runs, store.tables.parameters
    engine = store._db().engine()
    batch: list[RunLog] = []

    def flush() -> None:
        with engine.begin() as connection:
            connection.execute(sa.insert(runs), [run_row(r, store.enable_compression) for r in batch])
            pks = dict(
                connection.execute(
                    sa.select(runs.c.run_id, runs.c.id).where(runs.c.run_id.in_([r.run_id for r in batch]))
                ).all()
            )
            rows = [
                {**row, "run_pk": pks[run_log.run_id]}
                for run_log in batch
                # the headers' values are small: nothing goes to the values table
                for row in encode_parameter_rows(
                    "", run_log.parameters, ValuesApart(), store.enable_compression
                )
            ]
            connection.execute(sa.insert(parameters), rows)
        batch.clear()

    for run_log in run_headers(count):
        batch.append(run_log)
        if len(batch) == 5000:
            flush()
    if batch:
        flush()
    if engine.dialect.name == "postgresql":
        # What autovacuum does soon after a bulk load; without it the planner guesses.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")


def listing_seconds(store: DatabaseRunLogStore | FileSystemRunLogStore, repeat: int) -> float:
    def first_page() -> None:
        page = store.get_run_logs(status=defaults.SUCCESS, tag="nightly", limit=50)
        assert len(page) == 50, len(page)

    return median_seconds(first_page, repeat)


def database_listing(url: str, count: int, repeat: int) -> float:
    store = DatabaseRunLogStore(connection_string=url, table_name="bench_listing")
    store.migrate()  # creates the tables
    fill_database(store, count)
    try:
        listing_seconds(store, 1)  # warm: pool, statement cache, the database's pages
        return listing_seconds(store, repeat)
    finally:
        store.close()


def file_system_listing(folder: Path, count: int, repeat: int) -> float:
    store = FileSystemRunLogStore(log_folder=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    for run_log in run_headers(count):
        # The files the store would write, without an fsync per file.
        store.path_for(run_log.run_id).write_text(run_log.model_dump_json(indent=2))
    return listing_seconds(store, repeat)


# --------------------------------------------------------------------------- report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs and fewer runs stored")
    parser.add_argument("--no-postgres", action="store_true", help="measure SQLite only")
    arguments = parser.parse_args()
    quick = arguments.quick
    sizes = (10, 100, 1_000) if quick else (10, 100, 1_000, 10_000)
    runs = 10_000 if quick else 100_000
    rounds, batch, repeat = (3, 50, 5) if quick else (5, 100, 15)

    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="runnable-bench-")))
        backends = {"sqlite": f"sqlite:///{folder / 'runs.db'}"}
        if not arguments.no_postgres:
            missing = missing_binaries()
            if missing:
                print(
                    f"PostgreSQL skipped: {', '.join(missing)} not found (scripts/postgres.sh installs them)"
                )
            else:
                backends["postgresql"] = stack.enter_context(throwaway_postgres(durable=True))

        print("1. Recording a step: add_step_log vs a bare INSERT of the same row in its own transaction")
        header = ("backend", "steps in run", "store µs", "bare µs", "ratio", "vs first")
        print("{:<11} {:>12} {:>10} {:>9} {:>7} {:>9}".format(*header))
        for backend, url in backends.items():
            first = 0.0
            for size, store_seconds, bare_seconds in step_costs(url, sizes, rounds, batch):
                first = first or store_seconds
                print(
                    f"{backend:<11} {size:>12,} {store_seconds * 1e6:>10.0f} {bare_seconds * 1e6:>9.0f} "
                    f"{store_seconds / bare_seconds:>7.2f} {store_seconds / first:>9.2f}"
                )
                sys.stdout.flush()
        print("   targets: ratio <= 3; vs first about 1 (flat in the size of the run)")

        print()
        print("2. Listing: get_run_logs(status=SUCCESS, tag='nightly', limit=50), first page")
        print(f"{'store':<24} {'runs stored':>12} {'ms':>10}")
        timings = {}
        for backend, url in backends.items():
            timings[backend] = database_listing(url, runs, repeat)
            print(f"{'database (' + backend + ')':<24} {runs:>12,} {timings[backend] * 1e3:>10.2f}")
            sys.stdout.flush()
        # The file-system store reads every file per call: a few calls are plenty.
        file_system = file_system_listing(folder / "file-system", runs, 3 if quick else 1)
        print(f"{'file-system':<24} {runs:>12,} {file_system * 1e3:>10.2f}")
        for backend, seconds in timings.items():
            print(f"   file-system / database ({backend}): {file_system / seconds:,.0f}x")
        print("   targets: SQLite under 10 ms with 100,000 runs; the database at least 100x faster")


if __name__ == "__main__":
    main()
