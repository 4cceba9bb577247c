"""A 10 MB parameter through a 7-step pipeline: bytes stored and peak memory, on every local store.

    python benchmarks/bench_large_parameter.py             # 10 MB on buffered, file stores, SQLite
    python benchmarks/bench_large_parameter.py --mb 1      # a smaller value
    python benchmarks/bench_large_parameter.py --postgres  # and the database store on PostgreSQL

The first step returns ``big``, a string of random hex digits (zstd halves it, no more); six more
steps take it as an argument. runnable 0.50's layout records it 16 times (the run's parameters,
the first step's outputs, six steps' inputs, each with a ``description`` repeating the value).

Each store runs in a child process of its own, so that its peak memory is its own:

* ``stored``: what the store keeps for the run: the files under its folder (file-system,
  chunked-fs), the objects under its prefix (minio, chunked-minio), the bytes of every body row
  (database: runs, chunks, parameters, values), the pickled run log (buffered: pickle writes a
  shared object once, as the store holds it);
* ``÷ value``: stored / the value's size (target: about 1);
* ``peak RSS``: the child's peak resident memory during the run; ``above start``: the peak minus the resident
  memory just before ``Pipeline.execute`` (after a first run with a 16-byte value has imported
  and connected everything), ``÷ value`` of that (target: a small multiple, not 50).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

# The pipeline is the size tests' (tests/large_values.py): measured here at 10 MB, tested at 1 MB.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import large_values


def reset_peak_rss() -> None:
    """Start the peak resident memory afresh (Linux: writing 5 to clear_refs resets VmHWM)."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def peak_rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def current_rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def stored_bytes(section: dict[str, Any], run_log: Any) -> int:
    """What the store keeps for the run (see the module docstring)."""
    store_type, config = section["type"], section.get("config", {})
    if store_type == "buffered":
        return len(pickle.dumps(run_log))
    if store_type in ("file-system", "chunked-fs"):
        return sum(path.stat().st_size for path in Path(config["log_folder"]).rglob("*") if path.is_file())
    if store_type == "database":
        import sqlalchemy as sa

        from runnable.run_log_store.sql import DatabaseRunLogStore

        tables = DatabaseRunLogStore(**config).tables
        engine = sa.create_engine(config["connection_string"])
        try:
            with engine.connect() as connection:
                return sum(
                    int(
                        connection.execute(sa.select(sa.func.sum(sa.func.length(table.c.body)))).scalar() or 0
                    )
                    for table in (
                        tables.runs,
                        tables.chunks,
                        tables.parameters,
                        getattr(tables, "values", None),
                    )
                    if table is not None
                )
        finally:
            engine.dispose()
    import boto3

    client = boto3.session.Session().client(
        "s3",
        endpoint_url=config["endpoint_url"],
        aws_access_key_id=config["aws_access_key_id"],
        aws_secret_access_key=config["aws_secret_access_key"],
        region_name=config["region_name"],
    )
    bucket, prefix = config["bucket"].split("/", 1)
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/")
    return sum(item["Size"] for page in pages for item in page.get("Contents", []))


def measure(section: dict[str, Any], folder: Path, value_bytes: int) -> dict[str, float]:
    """One run in this process: bytes stored, peak and starting resident memory, the value's size.

    A run with a 16-byte value comes first, so that what the first run of a process imports and
    connects is not counted; its bytes are subtracted.
    """
    configuration = folder / "config.yaml"
    services = {
        "run-log-store": section,
        "catalog": {"type": "do-nothing"},
        "secrets": {"type": "do-nothing"},
    }
    configuration.write_text(yaml.safe_dump(services))
    pipeline = large_values.seven_step_pipeline()
    large_values.VALUE_BYTES = 16
    warm_up = pipeline.execute(configuration_file=str(configuration))
    before = 0 if section["type"] == "buffered" else stored_bytes(section, warm_up)
    large_values.VALUE_BYTES = value_bytes
    reset_peak_rss()
    start = current_rss_bytes()
    run_log = pipeline.execute(configuration_file=str(configuration))
    peak = peak_rss_bytes()
    if run_log.status != "SUCCESS":
        raise SystemExit(f"the run ended {run_log.status}")
    return {
        "stored": stored_bytes(section, run_log) - before,
        "peak_rss": peak,
        "start_rss": start,
        "value": value_bytes,
    }


def local_section(store: str, folder: Path, postgres_url: str = "") -> dict[str, Any]:
    if store == "buffered":
        return {"type": store}
    if store == "database (SQLite)":
        return {"type": "database", "config": {"connection_string": f"sqlite:///{folder / 'runs.db'}"}}
    if store == "database (PostgreSQL)":
        return {
            "type": "database",
            "config": {"connection_string": postgres_url, "table_name": "bench_large"},
        }
    return {"type": store, "config": {"log_folder": str(folder / "runs")}}


COLUMNS = ["store", "stored", "÷ value", "peak RSS", "above start", "÷ value"]
NOTE = (
    "stored: files (file stores), objects (S3 stores), body bytes of every row (database), the pickled "
    "run log (buffered); above start: peak resident memory minus that just before Pipeline.execute "
    "(issue 19: stored about 1x the value, memory a small multiple of it)."
)


def figure_cells(figures: dict[str, float]) -> list[str]:
    """The table cells after the store's name (see COLUMNS)."""
    value, above = figures["value"], figures["peak_rss"] - figures["start_rss"]
    return [
        f"{figures['stored'] / 1e6:.1f} MB",
        f"{figures['stored'] / value:.2f}",
        f"{figures['peak_rss'] / 1e6:.0f} MB",
        f"{above / 1e6:.0f} MB",
        f"{above / value:.1f}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the value in MB (default 10)")
    parser.add_argument("--postgres", action="store_true", help="also the database store on PostgreSQL")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments, rest = parser.parse_known_args()
    if arguments.child:  # one measurement in its own process: --child SPEC RESULT_FILE
        spec = json.loads(arguments.child)
        figures = measure(spec["section"], Path(spec["folder"]), spec["value_bytes"])
        Path(rest[0]).write_text(json.dumps(figures))
        return

    from _common import Table, run_child

    stores = ["buffered", "file-system", "chunked-fs", "database (SQLite)"]
    figures: dict[str, dict[str, float] | str] = {}
    with tempfile.TemporaryDirectory(prefix="runnable-bench-") as scratch:
        postgres_url = ""
        if arguments.postgres:
            from servers.postgres import throwaway_postgres

            stack = throwaway_postgres()
            postgres_url = stack.__enter__()
            stores.append("database (PostgreSQL)")
        try:
            for index, store in enumerate(stores):
                folder = Path(scratch) / str(index)
                folder.mkdir()
                spec = {
                    "section": local_section(store, folder, postgres_url),
                    "folder": str(folder),
                    "value_bytes": int(arguments.mb * 1_000_000),
                }
                result = run_child([sys.executable, __file__, "--child", json.dumps(spec)], limit=600.0)
                figures[store] = result
                print(store, result if isinstance(result, str) else "done", flush=True)
        finally:
            if arguments.postgres:
                stack.__exit__(None, None, None)
    table = Table(f"A {arguments.mb:g} MB parameter through a 7-step pipeline", COLUMNS, notes=[NOTE])
    for store, result in figures.items():
        table.add(store, *([result, "-", "-", "-", "-"] if isinstance(result, str) else figure_cells(result)))
    print()
    print(table.text())


if __name__ == "__main__":
    main()
