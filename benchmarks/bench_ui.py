"""Web UI speed: the runs page over many stored runs, the run page of a 1,000-branch Map.

For the database store on SQLite (a file) and on PostgreSQL (a throwaway
server, when its binaries are installed), ``--runs`` run headers are
bulk-loaded (bench_database.fill_database: 10 % are SUCCESS + nightly), a
finished run with a ``--branches``-branch Map is stored, and the app
(``runnable.ui.app.create_app``) answers through Starlette's test client:

    python benchmarks/bench_ui.py                      # 100,000 runs, 1,000 branches
    python benchmarks/bench_ui.py --runs 10000 --repeat 5 --stores sqlite

Each page is asked once to warm up, then ``--repeat`` times; the figure is the
median *server time*: what the app spent on the request (its ``Server-Timing``
header: store calls, views and template rendering; not HTTP). The baseline,
measured in the same run, is the store call the page makes (``get_run_logs`` of
the same filters, ``get_run_log_by_id(full=True)``): ``page / store`` is what
the UI adds on top of reading the data. Targets (issue 13): runs page < 100 ms,
run page of a 1,000-branch Map < 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from _cases import map_run_log
from bench_database import fill_database

from runnable import defaults
from runnable.run_log_store.sql import DatabaseRunLogStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers.postgres import missing_binaries, throwaway_postgres

RUNS_PAGE_TARGET_MS = 100.0
RUN_PAGE_TARGET_MS = 300.0


def median_ms(call: Callable[[], object], repeat: int) -> float:
    call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def server_ms(client: object, path: str, repeat: int) -> float:
    """Median of the app's own Server-Timing figure for ``path`` (after one warm-up request)."""
    samples = []
    for index in range(repeat + 1):
        response = client.get(path)  # type: ignore[attr-defined]
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}: {response.text[:300]}")
        if index:
            timing = response.headers["server-timing"]
            samples.append(float(timing.split("dur=")[1]))
    return statistics.median(samples)


@contextmanager
def database_urls(stores: list[str], folder: Path) -> Iterator[dict[str, str]]:
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        if "sqlite" in stores:
            urls["database (SQLite)"] = f"sqlite:///{folder / 'ui-bench.db'}"
        if "postgres" in stores:
            if missing_binaries():
                print("database (PostgreSQL): skipped, server binaries missing (make postgres)")
            else:
                urls["database (PostgreSQL)"] = stack.enter_context(throwaway_postgres(durable=True))
        yield urls


def _row(store: str, page: str, store_ms: float, page_ms: float, target_ms: float) -> tuple[str, ...]:
    verdict = "ok" if page_ms < target_ms else "OVER"
    ratio = f"{page_ms / store_ms:.1f}"
    return (store, page, f"{store_ms:.1f}", f"{page_ms:.1f}", ratio, f"< {target_ms:.0f} {verdict}")


def measure(name: str, url: str, runs: int, branches: int, repeat: int) -> list[tuple[str, ...]]:
    from starlette.testclient import TestClient

    from runnable.ui.app import create_app

    store = DatabaseRunLogStore(connection_string=url, table_name="bench_ui")
    store.migrate()
    fill_database(store, runs)
    store.put_run_log(map_run_log("map-run", branches))
    rows: list[tuple[str, ...]] = []
    cases = [
        ("runs page, newest 50", "/", {"limit": 50}),
        (
            "runs page, SUCCESS + nightly",
            "/?status=SUCCESS&tag=nightly",
            {"status": defaults.SUCCESS, "tag": "nightly", "limit": 50},
        ),
        ("runs page, where lr>0.5", "/?where=lr%3E0.5", {"conditions": ["lr>0.5"], "limit": 50}),
        ("/api/runs, newest 50", "/api/runs", {"limit": 50}),
    ]
    try:
        with TestClient(create_app(store)) as client:
            for label, path, filters in cases:
                store_ms = median_ms(lambda f=filters: store.get_run_logs(**f), repeat)  # type: ignore[misc]
                page_ms = server_ms(client, path, repeat)
                rows.append(_row(name, f"{label} ({runs:,} runs)", store_ms, page_ms, RUNS_PAGE_TARGET_MS))
            read_ms = median_ms(lambda: store.get_run_log_by_id("map-run", full=True), repeat)
            for label, path in (("run page", "/runs/map-run"), ("/api/runs/<id>", "/api/runs/map-run")):
                page_ms = server_ms(client, path, repeat)
                rows.append(
                    _row(name, f"{label}, Map of {branches:,} branches", read_ms, page_ms, RUN_PAGE_TARGET_MS)
                )
    finally:
        store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--branches", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--stores", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    options = parser.parse_args()
    header = ("store", "page", "store ms", "page ms", "page / store", "target ms")
    rows: list[tuple[str, ...]] = []
    with (
        tempfile.TemporaryDirectory(prefix="bench-ui-") as folder,
        database_urls(options.stores, Path(folder)) as urls,
    ):
        for name, url in urls.items():
            rows.extend(measure(name, url, options.runs, options.branches, options.repeat))
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
