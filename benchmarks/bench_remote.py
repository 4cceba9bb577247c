"""Remote stores over a network: per-step and per-branch time and round trips at 0, 1 and 5 ms one-way delay.

Every store's server (the throwaway PostgreSQL, MariaDB when installed, and the S3 test server) is
reached through the latency proxy (tests/servers/latency_proxy.py), which delays every chunk of bytes
by ``--delays`` milliseconds each way and counts round trips (client bursts that await an answer).

    python benchmarks/bench_remote.py                       # delays 0, 1, 5 ms; every store
    python benchmarks/bench_remote.py --delays 1 --stores postgresql chunked-minio --repeats 1
    python benchmarks/bench_remote.py --full-read 1000 --delays 0 1 5   # chunked-minio full reads only
    python benchmarks/bench_remote.py --knobs cache_ttl_seconds=60 async_writes=true batch_size=20

For each store and delay it runs, in this process, a linear pipeline of 1 and of ``--steps + 1``
no-op steps, and a Map over 0 and ``--branches`` items of a one-step branch. ``ms/step`` and
``trips/step`` are (linear(K + 1) - linear(1)) / K; ``ms/branch`` and ``trips/branch`` are
(map(K) - map(0)) / K, the branch's share of the final read of the whole run included. Medians of
``--repeats`` runs. The catalog is ``do-nothing``: the figures are the executor and the store.

``--knobs KEY=VALUE ...`` adds the guide's knobs (``cache_ttl_seconds``, ``batch_size``,
``async_writes``) to every store's section; the table says which were on.

``--full-read N`` instead measures reads of one ``chunked-minio`` run of N Map branches (a step and
a branch chunk each, plus the branch's step, as a Map of one task stores them): by the process that
wrote it (it holds copies of its chunks), by a fresh process when the run's snapshot exists, by a
fresh process without it (every chunk one GET, as before snapshots), and a listing of 100 runs' headers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import yaml

from runnable import Pipeline, PythonTask
from runnable.models import BranchLog, JsonParameter, RunLog, StepLog
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import bench_map  # its Map pipeline: a one-task branch over a list of items
from _common import Table, machine_description

from servers import mariadb, postgres
from servers.latency_proxy import LatencyProxy, latency_proxy, proxied_url
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server, running_s3_server

STORES = ("postgresql", "mariadb", "chunked-minio", "minio")


def no_op() -> None:
    return None


def linear(steps: int) -> Pipeline:
    return Pipeline(steps=[PythonTask(function=no_op, name=f"step{index}") for index in range(steps)])


@contextmanager
def store_sections(
    names: list[str],
) -> Iterator[dict[str, tuple[str, Callable[[LatencyProxy], dict[str, Any]]]]]:
    """Per store: the server's address and a function making the store's section through a proxy."""
    sections: dict[str, tuple[str, Callable[[LatencyProxy], dict[str, Any]]]] = {}
    with ExitStack() as stack:
        for name in names:
            if name in ("postgresql", "mariadb"):
                server = postgres if name == "postgresql" else mariadb
                if server.missing_binaries():
                    print(f"skipping {name}: its server binaries are not installed", file=sys.stderr)
                    continue
                start = postgres.throwaway_postgres if name == "postgresql" else mariadb.throwaway_mariadb
                url = stack.enter_context(start(durable=True))

                def database(proxy: LatencyProxy, url: str = url) -> dict[str, Any]:
                    return {"type": "database", "config": {"connection_string": proxied_url(url, proxy)}}

                sections[name] = (url, database)
            else:
                if "s3" not in sections:
                    s3 = stack.enter_context(running_s3_server())
                    s3.client().create_bucket(Bucket="bench-remote")
                    sections["s3"] = (s3.endpoint, lambda proxy: {})

                def bucket(
                    proxy: LatencyProxy, name: str = name, endpoint: str = s3.endpoint
                ) -> dict[str, Any]:
                    config = {
                        "endpoint_url": proxied_url(endpoint, proxy),
                        "aws_access_key_id": ACCESS_KEY,
                        "aws_secret_access_key": SECRET_KEY,
                        "bucket": f"bench-remote/{name}-{time.time_ns()}",
                        "region_name": REGION,
                    }
                    return {"type": name, "config": config}

                sections[name] = (s3.endpoint, bucket)
        sections.pop("s3", None)
        yield sections


def with_knobs(section: dict[str, Any], knobs: dict[str, Any]) -> dict[str, Any]:
    return {**section, "config": {**section.get("config", {}), **knobs}}


def parse_knobs(pairs: list[str]) -> dict[str, Any]:
    """``["batch_size=20", "async_writes=true"]`` -> ``{"batch_size": 20, "async_writes": True}``."""
    knobs = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        knobs[key] = yaml.safe_load(value)
    return knobs


def measure(pipeline: Pipeline, size: int, config: Path, proxy: LatencyProxy) -> tuple[float, int]:
    bench_map._SIZE[0] = size  # how many items bench_map's Map iterates on
    proxy.reset()
    started = time.perf_counter()
    run_log = pipeline.execute(configuration_file=str(config))
    elapsed = time.perf_counter() - started
    if run_log.status != "SUCCESS":
        raise RuntimeError(f"the benchmark pipeline ended {run_log.status}")
    return elapsed, proxy.round_trips


def marginal(
    small: Pipeline, large: Pipeline, sizes: tuple[int, int], count: int, config: Path, proxy: LatencyProxy
) -> tuple[float, float]:
    """(seconds, round trips) that one more step or branch costs: (large - small) / count."""
    base_time, base_trips = measure(small, sizes[0], config, proxy)
    more_time, more_trips = measure(large, sizes[1], config, proxy)
    return (more_time - base_time) / count, (more_trips - base_trips) / count


def wide_run(run_id: str, branches: int) -> RunLog:
    """A run as a Map of one task leaves it: the map step, and per branch its log and two steps."""
    run_log = RunLog(run_id=run_id, status="SUCCESS")
    fan_out = StepLog(name="map", internal_name="map", status="SUCCESS")
    for index in range(branches):
        branch = BranchLog(internal_name=f"map.{index}", status="SUCCESS")
        branch.parameters["x"] = JsonParameter(value=index)
        for step in ("work", "success"):
            name = f"map.{index}.{step}"
            branch.steps[name] = StepLog(name=step, internal_name=name, status="SUCCESS")
        fan_out.branches[branch.internal_name] = branch
    run_log.insert_step_log(fan_out)
    return run_log


def full_reads(branches: int, delays: list[float], repeats: int) -> None:
    table = Table(
        f"chunked-minio: reading a run of {branches} Map branches (medians of {repeats})",
        ["delay ms", "case", "seconds", "round trips"],
    )
    table.notes.append(", ".join(f"{key}: {value}" for key, value in machine_description().items()))
    with running_s3_server() as s3:
        s3.client().create_bucket(Bucket="bench-reads")
        for delay in delays:
            with latency_proxy(s3.endpoint, delay_ms=delay) as proxy:
                for row in read_cases(s3, proxy, f"d{delay:g}", branches, repeats):
                    table.add(f"{delay:g}", *row)
                    print(f"{delay:g}", "  ".join(row), flush=True)
    print()
    print(table.markdown())


def read_cases(
    s3: S3Server, proxy: LatencyProxy, prefix: str, branches: int, repeats: int
) -> list[list[str]]:
    config = {
        "endpoint_url": proxied_url(s3.endpoint, proxy),
        "aws_access_key_id": ACCESS_KEY,
        "aws_secret_access_key": SECRET_KEY,
        "bucket": f"bench-reads/{prefix}",
        "region_name": REGION,
    }
    writer = ChunkedS3RunLogStore(**config)
    writer.put_run_log(wide_run("wide", branches))
    for index in range(100):
        writer.put_run_log(RunLog(run_id=f"small-{index}", status="SUCCESS"))

    def fresh() -> ChunkedS3RunLogStore:
        return ChunkedS3RunLogStore(**config)

    def without_snapshot() -> ChunkedS3RunLogStore:
        s3.client().delete_object(Bucket="bench-reads", Key=f"{prefix}/wide/.snapshot.json")
        return fresh()

    def read_wide(store: ChunkedS3RunLogStore) -> object:
        return store.get_run_log_by_id("wide", full=True)

    def list_headers(store: ChunkedS3RunLogStore) -> object:
        return store.get_run_logs(limit=100)

    cases = [
        ("its writer reads it", lambda: writer, read_wide),
        ("a fresh process, snapshot", fresh, read_wide),
        ("a fresh process, no snapshot", without_snapshot, read_wide),
        ("list 100 run headers, fresh", fresh, list_headers),
    ]
    rows = []
    for case, make, read in cases:
        samples = []
        for _ in range(repeats):
            store = make()
            store.objects()  # the client, made before the clock starts
            proxy.reset()
            started = time.perf_counter()
            read(store)
            samples.append((time.perf_counter() - started, proxy.round_trips))
        seconds = statistics.median(s for s, _ in samples)
        trips = statistics.median(t for _, t in samples)
        rows.append([case, f"{seconds:.2f}", f"{trips:.0f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delays", type=float, nargs="+", default=[0.0, 1.0, 5.0], help="one-way, ms")
    parser.add_argument("--stores", nargs="+", choices=STORES, default=list(STORES))
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--branches", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--knobs", nargs="*", default=[], metavar="KEY=VALUE", help="store knobs")
    parser.add_argument("--full-read", type=int, default=0, metavar="N", help="see the module docstring")
    arguments = parser.parse_args()
    if arguments.full_read:
        full_reads(arguments.full_read, arguments.delays, arguments.repeats)
        return

    table = Table(
        "Remote stores through the latency proxy (medians)",
        ["store", "delay ms", "ms/step", "trips/step", "ms/branch", "trips/branch"],
    )
    table.notes.append(", ".join(f"{key}: {value}" for key, value in machine_description().items()))
    folder = Path(tempfile.mkdtemp(prefix="bench-remote-"))
    os.chdir(folder)
    with store_sections(arguments.stores) as sections:
        for name, (address, section) in sections.items():
            for delay in arguments.delays:
                with latency_proxy(address, delay_ms=delay) as proxy:
                    config = folder / f"{name}.yaml"
                    store_section = with_knobs(section(proxy), parse_knobs(arguments.knobs))
                    content = {"run-log-store": store_section, "catalog": {"type": "do-nothing"}}
                    config.write_text(yaml.safe_dump(content))
                    measure(linear(1), 0, config, proxy)  # warm: tables, bucket checks, imports
                    steps = [
                        marginal(
                            linear(1), linear(arguments.steps + 1), (0, 0), arguments.steps, config, proxy
                        )
                        for _ in range(arguments.repeats)
                    ]
                    branches = [
                        marginal(
                            bench_map.pipeline(),
                            bench_map.pipeline(),
                            (0, arguments.branches),
                            arguments.branches,
                            config,
                            proxy,
                        )
                        for _ in range(arguments.repeats)
                    ]
                row = [
                    name + (f" ({' '.join(arguments.knobs)})" if arguments.knobs else ""),
                    f"{delay:g}",
                    f"{statistics.median(s for s, _ in steps) * 1000:.1f}",
                    f"{statistics.median(t for _, t in steps):.1f}",
                    f"{statistics.median(s for s, _ in branches) * 1000:.1f}",
                    f"{statistics.median(t for _, t in branches):.1f}",
                ]
                table.add(*row)
                print("  ".join(row), flush=True)
    print()
    print(table.text())
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
