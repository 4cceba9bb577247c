"""The DynamoDB store: requests per step and per branch, and listing 1,000 runs, on moto's server.

Requests are counted with botocore's event hooks (``before-send.dynamodb.*``, one per HTTP request,
retries included), by operation, on every client the store makes in this process.

    python benchmarks/bench_dynamodb.py                   # 10 steps, 10 branches, 1,000 runs
    python benchmarks/bench_dynamodb.py --runs 200 --repeats 1

``requests/step`` is (linear(K + 1) - linear(1)) / K and ``requests/branch`` (map(K) - map(0)) / K,
the branch's share of the fan-in and of the final read of the whole run included (pipelines run in
this process, the catalog is ``do-nothing``). The listing rows list ``--runs`` runs: all headers
(``get_run_logs()``), the newest page of 100, the page of 100 after a cursor, and a tag filter that
matches one run in ten. Times are medians of ``--repeats`` on the test server, which answers one
request at a time in its own process: they are that server's, not DynamoDB's; the request counts
are what the store sends anywhere.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from runnable import Pipeline, PythonTask, plugins
from runnable.models import RunLog
from runnable.run_log_store.dynamodb import DynamoDBRunLogStore
from runnable.run_log_store.dynamodb_table import RunTable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import bench_map  # its Map pipeline: a one-task branch over a list of items
from _common import Table, machine_description

from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, running_s3_server

COUNTED_TYPE = "dynamodb-counted"
REQUESTS: Counter[str] = Counter()


class CountedDynamoDBStore(DynamoDBRunLogStore):
    """The DynamoDB store with every request its clients send counted in :data:`REQUESTS`."""

    def _make_table(self) -> RunTable:
        table = super()._make_table()
        table.client.meta.events.register("before-send.dynamodb.*", _count)
        return table


def _count(event_name: str, **_: Any) -> None:
    REQUESTS[event_name.rsplit(".", 1)[-1]] += 1


def no_op() -> None:
    return None


def linear(steps: int) -> Pipeline:
    return Pipeline(steps=[PythonTask(function=no_op, name=f"step{index}") for index in range(steps)])


def counted(action: Callable[[], Any]) -> tuple[float, int, Counter[str]]:
    """(seconds, requests, requests by operation) of ``action``."""
    REQUESTS.clear()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started, sum(REQUESTS.values()), Counter(REQUESTS)


def pipeline_costs(config: Path, steps: int, branches: int, repeats: int) -> dict[str, tuple[float, float]]:
    """Per step and per branch: (median seconds, median requests) of one more."""

    def run(pipeline: Pipeline, size: int = 0) -> tuple[float, int]:
        bench_map._SIZE[0] = size
        seconds, requests, _ = counted(lambda: _succeeded(pipeline.execute(configuration_file=str(config))))
        return seconds, requests

    run(linear(1))  # warm: the table, imports
    per_step, per_branch = [], []
    for _ in range(repeats):
        small, large = run(linear(1)), run(linear(steps + 1))
        per_step.append(((large[0] - small[0]) / steps, (large[1] - small[1]) / steps))
        empty, full = run(bench_map.pipeline(), 0), run(bench_map.pipeline(), branches)
        per_branch.append(((full[0] - empty[0]) / branches, (full[1] - empty[1]) / branches))
    return {"step": _medians(per_step), "branch": _medians(per_branch)}


def _succeeded(run_log: RunLog) -> None:
    if run_log.status != "SUCCESS":
        raise RuntimeError(f"the benchmark pipeline ended {run_log.status}")


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def listing_costs(store: DynamoDBRunLogStore, runs: int, repeats: int) -> list[tuple[str, float, int, str]]:
    """(what, median seconds, requests, by operation) for each listing of ``runs`` stored runs."""
    for index in range(runs):
        store.create_run_log(f"run-{index:05d}", tag="tenth" if index % 10 == 0 else "")
    newest = store.get_run_logs(limit=100)
    cursor = newest[-1].run_id
    listings: dict[str, Callable[[], Any]] = {
        f"all {runs} headers": lambda: _expect(store.get_run_logs(), runs),
        "newest 100": lambda: _expect(store.get_run_logs(limit=100), 100),
        "100 after a cursor": lambda: _expect(
            store.get_run_logs(limit=100, after=cursor), min(100, runs - 100)
        ),
        "tag (1 run in 10)": lambda: _expect(store.get_run_logs(tag="tenth"), (runs + 9) // 10),
    }
    rows = []
    for what, listing in listings.items():
        samples = [counted(listing) for _ in range(repeats)]
        seconds = statistics.median(sample[0] for sample in samples)
        _, requests, operations = samples[-1]
        rows.append((what, seconds, requests, ", ".join(f"{n} {op}" for op, n in sorted(operations.items()))))
    return rows


def _expect(found: list[RunLog], count: int) -> None:
    if len(found) != count:
        raise RuntimeError(f"a listing found {len(found)} runs, not {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--branches", type=int, default=10)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-dynamodb-"))
    os.chdir(folder)
    notes = [
        ", ".join(f"{key}: {value}" for key, value in machine_description().items()),
        "moto's server answers one request at a time: times are the test server's, counts are the store's",
    ]
    with (
        running_s3_server() as server,
        plugins.default_registry.registered("run_log_store", COUNTED_TYPE, CountedDynamoDBStore),
    ):

        def config_of(table: str) -> dict[str, Any]:
            return {
                "endpoint_url": server.endpoint,
                "aws_access_key_id": ACCESS_KEY,
                "aws_secret_access_key": SECRET_KEY,
                "region_name": REGION,
                "table_name": table,
                "create_table": True,
            }

        config = folder / "dynamodb.yaml"
        section = {"type": COUNTED_TYPE, "config": config_of("bench-pipelines")}
        config.write_text(yaml.safe_dump({"run-log-store": section, "catalog": {"type": "do-nothing"}}))
        costs = pipeline_costs(config, arguments.steps, arguments.branches, arguments.repeats)
        pipelines = Table("dynamodb: one more step or branch (medians)", ["what", "ms", "requests"])
        pipelines.notes.extend(notes)
        for what, (seconds, requests) in costs.items():
            pipelines.add(f"per {what}", f"{seconds * 1000:.1f}", f"{requests:.1f}")
        print(pipelines.text(), "\n")

        store = CountedDynamoDBStore(**config_of("bench-listing"))
        listing = Table(
            f"dynamodb: listing {arguments.runs} runs (medians)",
            ["listing", "ms", "requests", "by operation"],
        )
        listing.notes.extend(notes)
        for what, seconds, requests, operations in listing_costs(store, arguments.runs, arguments.repeats):
            listing.add(what, f"{seconds * 1000:.1f}", str(requests), operations)
        print(listing.text())


if __name__ == "__main__":
    main()
