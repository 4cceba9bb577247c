"""What the S3 stores cost in requests, counted so it cannot creep back (issue 17).

Counted two ways: through the latency proxy (tests/servers/latency_proxy.py: what crosses the
wire, so a PUT that waits for "100 Continue" counts twice) and through botocore's events (which
operation, how many at once).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import Map, Pipeline, PythonTask
from runnable.models import BranchLog, JsonParameter, RunLog, StepLog
from runnable.run_log_store.chunked import RUN_CHUNK, ChunkKey
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
from servers.latency_proxy import LatencyProxy, latency_proxy, proxied_url
from servers.s3 import S3Server, StoreConfig, count_requests
from store_costs import write_one_map_branch

pytestmark = pytest.mark.s3


@pytest.fixture
def proxy(s3_server: S3Server) -> Iterator[LatencyProxy]:
    with latency_proxy(s3_server.endpoint) as started:
        yield started


@pytest.fixture
def proxied_store(s3_config: StoreConfig, s3_server: S3Server, proxy: LatencyProxy) -> ChunkedS3RunLogStore:
    return ChunkedS3RunLogStore(**s3_config(endpoint_url=proxied_url(s3_server.endpoint, proxy)))


def test_a_put_is_one_round_trip(proxied_store: ChunkedS3RunLogStore, proxy: LatencyProxy) -> None:
    proxied_store.create_run_log("one-trip")
    proxy.reset()
    proxied_store.write_chunk("one-trip", ChunkKey("step", "s"), b'{"kind":"step","name":"s","body":{}}')
    # botocore would send the headers, wait for "100 Continue", then the body: two round trips.
    assert proxy.round_trips == 1


def test_updates_start_from_what_this_process_wrote(s3_config: StoreConfig) -> None:
    store, rival = ChunkedS3RunLogStore(**s3_config()), ChunkedS3RunLogStore(**s3_config())
    store.create_run_log("remembered")
    requests = count_requests(store)

    store.update_run_log_status("remembered", "PROCESSING")
    assert dict(requests) == {"PutObject": 1}  # the run chunk it created: no read first

    rival.update_run_log_status("remembered", "FAIL")
    rival.set_parameters("remembered", {"rival": JsonParameter(value=1)})
    requests.clear()
    store.set_parameters("remembered", {"ours": JsonParameter(value=2)})
    # The rival made the parameters chunk: a creation is tried (after reading the run, which a first
    # parameters chunk takes over), refused, then the chunk is read and written. If a second passed
    # since the run's last bump, its remembered run chunk is stale too: refused, read, written.
    assert requests["PutObject"] <= 2 + 2 and requests["GetObject"] <= 2 + 1

    stored = ChunkedS3RunLogStore(**s3_config()).get_run_log_by_id("remembered")
    assert stored.status == "FAIL"
    assert stored.parameters == {"rival": JsonParameter(value=1), "ours": JsonParameter(value=2)}


def test_a_branch_written_by_its_process_costs_one_request_per_write(s3_config: StoreConfig) -> None:
    store = ChunkedS3RunLogStore(**s3_config())
    store.create_run_log("branchy")
    store.add_step_log(StepLog(name="map", internal_name="map"), "branchy")
    requests = count_requests(store)

    # What the executor stores for one Map branch of one task (tests/s3 pipeline test: the same, end to end).
    write_one_map_branch(store, "branchy")

    assert requests["PutObject"] == 6  # one per write
    # The parameters read: the branch's one writer is this process, which knows what it last wrote.
    assert requests["GetObject"] == 0
    assert sum(requests.values()) <= 6  # it was 22 requests, then 7


def test_a_branch_run_elsewhere_is_read_from_the_server(s3_config: StoreConfig) -> None:
    parent, worker = ChunkedS3RunLogStore(**s3_config()), ChunkedS3RunLogStore(**s3_config())
    parent.create_run_log("elsewhere")
    parent.add_step_log(StepLog(name="map", internal_name="map"), "elsewhere")
    parent.add_branch_log(
        BranchLog(internal_name="map.0", parameters={"x": JsonParameter(value=1)}), "elsewhere"
    )
    requests = count_requests(worker)

    assert worker.get_parameters("elsewhere", "map.0") == {"x": JsonParameter(value=1)}
    assert requests["GetObject"] == 1  # the worker never wrote this branch: it asks the server


def _items() -> list[int]:
    return list(range(_SIZE[0]))


def _work(x: int) -> int:
    return x


_SIZE = [0]


def _requests_for_a_map(size: int, config: Path, proxy: LatencyProxy) -> int:
    branch = Pipeline(steps=[PythonTask(function=_work, name="work", returns=["y"])])
    pipeline = Pipeline(
        steps=[
            PythonTask(function=_items, name="items", returns=["xs"]),
            Map(name="map", iterate_on="xs", iterate_as="x", branch=branch),
        ]
    )
    _SIZE[0] = size
    proxy.reset()
    run_log = pipeline.execute(configuration_file=str(config))
    assert run_log.status == "SUCCESS"
    return proxy.round_trips


def test_a_map_branch_costs_at_most_six_requests(
    workdir: Path, s3_config: StoreConfig, s3_server: S3Server, proxy: LatencyProxy
) -> None:
    store = s3_config(endpoint_url=proxied_url(s3_server.endpoint, proxy))
    config = workdir / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {"run-log-store": {"type": "chunked-minio", "config": store}, "catalog": {"type": "do-nothing"}}
        )
    )
    _requests_for_a_map(1, config, proxy)  # warm: the one-time conditional-write check
    empty = _requests_for_a_map(0, config, proxy)
    branches = 10
    per_branch = (_requests_for_a_map(branches, config, proxy) - empty) / branches
    # 6 writes while the branch runs, 1 read of its parameters at the fan-in, none in the final read
    # of the whole run (this process holds copies of its chunks, checked against one listing's
    # ETags), and at most one bump of the run's updated_at (once a second, so slow machines pay it
    # on more branches). It was 22 requests (29 round trips), then 12.
    assert per_branch <= 6 + 1 + 1


def test_a_whole_run_is_read_concurrently_one_get_per_chunk(s3_config: StoreConfig) -> None:
    store = ChunkedS3RunLogStore(**s3_config())
    run_log = RunLog(run_id="wide")
    fan_out = StepLog(name="map", internal_name="map")
    for index in range(60):
        branch = BranchLog(internal_name=f"map.{index}")
        branch.steps[f"map.{index}.work"] = StepLog(name="work", internal_name=f"map.{index}.work")
        fan_out.branches[branch.internal_name] = branch
    run_log.insert_step_log(fan_out)
    store.put_run_log(run_log)

    reader = ChunkedS3RunLogStore(**s3_config())
    requests = count_requests(reader)
    in_flight = _InFlight(reader)
    read = reader.get_run_log_by_id("wide", full=True)

    assert len(read.steps["map"].branches) == 60
    assert requests["ListObjectsV2"] == 1
    chunks = 1 + 60 * 2  # the map step, each branch and its step
    header = len([RUN_CHUNK, "config", "parameters"])
    # The writer's process held copies, so this is the first read that fetched the chunks: it
    # leaves a snapshot of them for the next reader.
    assert requests["GetObject"] == chunks + header
    assert requests["PutObject"] == 1
    assert in_flight.peak > 1  # sent concurrently, not one after another


def _wide_run(store: ChunkedS3RunLogStore, run_id: str, branches: int) -> None:
    run_log = RunLog(run_id=run_id)
    fan_out = StepLog(name="map", internal_name="map")
    for index in range(branches):
        branch = BranchLog(internal_name=f"map.{index}")
        branch.steps[f"map.{index}.work"] = StepLog(name="work", internal_name=f"map.{index}.work")
        fan_out.branches[branch.internal_name] = branch
    run_log.insert_step_log(fan_out)
    store.put_run_log(run_log)


def test_the_writer_reads_its_own_run_back_without_a_get_per_chunk(s3_config: StoreConfig) -> None:
    writer = ChunkedS3RunLogStore(**s3_config())
    _wide_run(writer, "own", 40)
    requests = count_requests(writer)

    read = writer.get_run_log_by_id("own", full=True)

    assert len(read.steps["map"].branches) == 40
    header = len([RUN_CHUNK, "config", "parameters"])
    assert requests["ListObjectsV2"] == 1 and requests["GetObject"] == header
    assert requests["PutObject"] == 1  # the snapshot, for other processes


def test_a_snapshot_serves_other_readers_and_never_hides_a_change(s3_config: StoreConfig) -> None:
    writer = ChunkedS3RunLogStore(**s3_config())
    _wide_run(writer, "snapped", 40)
    writer.get_run_log_by_id("snapped", full=True)  # leaves the snapshot

    reader = ChunkedS3RunLogStore(**s3_config())
    requests = count_requests(reader)
    first = reader.get_run_log_by_id("snapped", full=True)
    header = len([RUN_CHUNK, "config", "parameters"])
    assert requests["ListObjectsV2"] == 1 and requests["GetObject"] == header + 1  # + the snapshot
    assert len(first.steps["map"].branches) == 40

    # Another process changes a step and removes the run's last branch after the snapshot was taken.
    rival = ChunkedS3RunLogStore(**s3_config())
    rival.add_step_log(StepLog(name="work", internal_name="map.3.work", status="FAIL"), "snapped")
    rival.delete_chunks("snapped", [ChunkKey("branch", "map.39"), ChunkKey("step", "map.39.work")])
    fresh = ChunkedS3RunLogStore(**s3_config())
    requests = count_requests(fresh)
    read = fresh.get_run_log_by_id("snapped", full=True)

    assert read.steps["map"].branches["map.3"].steps["map.3.work"].status == "FAIL"
    assert "map.39" not in read.steps["map"].branches
    assert requests["GetObject"] == header + 1 + 1  # the snapshot, and the one chunk it had stale


def test_a_snapshot_that_cannot_be_read_costs_requests_not_data(
    s3_config: StoreConfig, s3_server: S3Server
) -> None:
    writer = ChunkedS3RunLogStore(**s3_config())
    _wide_run(writer, "garbled", 40)
    writer.get_run_log_by_id("garbled", full=True)
    bucket, _, prefix = s3_config()["bucket"].partition("/")
    s3_server.client().put_object(Bucket=bucket, Key=f"{prefix}/garbled/.snapshot.json", Body=b"{not json")

    read = ChunkedS3RunLogStore(**s3_config()).get_run_log_by_id("garbled", full=True)

    assert len(read.steps["map"].branches) == 40
    assert all(branch.steps for branch in read.steps["map"].branches.values())


class _InFlight:
    """The most requests a client had on the wire at once."""

    def __init__(self, store: ChunkedS3RunLogStore) -> None:
        self.current = 0
        self.peak = 0
        self._lock = threading.Lock()
        events = store.objects().client.meta.events
        events.register("before-send.s3.*", self._sent)
        events.register("after-call.s3.*", self._answered)

    def _sent(self, **_: Any) -> None:
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)

    def _answered(self, **_: Any) -> None:
        with self._lock:
            self.current -= 1
