"""The S3 stores beyond the shared contract: configuration, layout, the run index, costs, concurrency."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from runnable import config, defaults, exceptions, plugins
from runnable.models import JsonParameter, RunLog, StepLog
from runnable.plugins import build_service, service_spec
from runnable.run_log_store import _io, s3_bucket
from runnable.run_log_store._s3 import RUN_ID_ALPHABET, S3StoreMixin, index_entry, parse_index_entry
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked import RUN_CHUNK
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
from runnable.run_log_store.s3 import S3RunLogStore
from runnable.run_log_store.s3_bucket import ConditionFailed, Payload, StoredObject
from runnable.testing import assert_same_run_log, example_run_log
from servers.s3 import ACCESS_KEY, SECRET_KEY, S3Server, StoreConfig, count_requests

pytestmark = pytest.mark.s3  # needs the S3 test server process

STORES: dict[str, type[S3RunLogStore | ChunkedS3RunLogStore]] = {
    "minio": S3RunLogStore,
    "chunked-minio": ChunkedS3RunLogStore,
}
T0 = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)


def object_keys(server: S3Server, store: S3StoreMixin) -> list[str]:
    listing = server.client().list_objects_v2(Bucket=store.bucket_name, Prefix=store.key_prefix)
    return sorted(item["Key"][len(store.key_prefix) :] for item in listing.get("Contents", []))


def build(yaml_text: str, tmp_path: Path) -> Any:
    path = tmp_path / "runnable-config.yaml"
    path.write_text(yaml_text)
    loaded = config.load(str(path))
    return plugins.build("run_log_store", loaded.service("run_log_store"), expected=BaseRunLogStore)


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("bucket", "name", "prefix"),
    [
        ("runnable/run-logs", "runnable", "run-logs/"),
        ("my-bucket", "my-bucket", ""),
        ("/my.bucket//a/b/", "my.bucket", "a/b/"),
    ],
)
def test_bucket_may_carry_a_key_prefix(bucket: str, name: str, prefix: str) -> None:
    store = S3RunLogStore(bucket=bucket)
    assert (store.bucket_name, store.key_prefix) == (name, prefix)


def test_defaults_follow_runnable_050() -> None:
    store = ChunkedS3RunLogStore()
    assert (store.bucket_name, store.key_prefix) == ("runnable", "run-logs/")
    assert store.supports_parallel_writes is True
    assert S3RunLogStore().supports_parallel_writes is False


@pytest.mark.parametrize("store_type", ["minio", "s3", "chunked-minio", "chunked-s3"])
def test_every_type_name_builds_from_yaml_with_runnable_050_fields(store_type: str, tmp_path: Path) -> None:
    store = build(
        f"run-log-store:\n  type: {store_type}\n  config:\n"
        "    endpoint_url: http://minio:9000\n"
        "    aws_access_key_id: minioadmin\n"
        "    aws_secret_access_key: minio-secret-123\n"
        "    bucket: runnable/run-logs\n"
        "    region_name: eu-west-1\n",
        tmp_path,
    )
    expected = ChunkedS3RunLogStore if store_type.startswith("chunked") else S3RunLogStore
    assert type(store) is expected
    assert store.service_name == store_type
    assert store.aws_secret_access_key is not None
    assert store.aws_secret_access_key.get_secret_value() == "minio-secret-123"


def test_an_invalid_bucket_name_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(exceptions.ConfigurationError) as caught:
        build("run-log-store:\n  type: chunked-minio\n  config:\n    bucket: Not_A_Bucket/runs\n", tmp_path)
    message = str(caught.value)
    assert "bucket" in message and "Not_A_Bucket" in message
    assert "runnable-config.yaml" in message


@pytest.mark.parametrize("store_class", STORES.values(), ids=STORES.keys())
def test_secrets_never_show(store_class: type[S3StoreMixin]) -> None:
    store = store_class(
        endpoint_url="http://minio:9000",
        aws_access_key_id="AKIA-visible-nowhere",
        aws_secret_access_key="very-secret-key",
    )
    assert isinstance(store, BaseRunLogStore)
    shown = [json.dumps(store.get_summary()), json.dumps(store.masked_config()), repr(store), str(store)]
    for text in shown:
        assert "very-secret-key" not in text
        assert "AKIA-visible-nowhere" not in text
    masked = store.masked_config()
    assert masked["aws_access_key_id"] == masked["aws_secret_access_key"] == defaults.MASK
    assert masked["endpoint_url"] == "http://minio:9000"
    assert store.get_summary()["Credentials"] == "from the configuration"


def test_configuring_a_store_loads_no_boto3() -> None:
    code = (
        "import sys, runnable\n"
        "from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore\n"
        "store = ChunkedS3RunLogStore(bucket='b-1/p')\n"
        "store.get_summary(); store.masked_config()\n"
        "print('boto3' in sys.modules, 'botocore' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- layout


def test_one_object_per_run_with_metadata(s3_server: S3Server, s3_config: StoreConfig) -> None:
    store = S3RunLogStore(**s3_config())
    store.create_run_log("run-1", tag="nightly ünï", status=defaults.PROCESSING)
    store.add_step_log(StepLog(name="a", internal_name="a"), "run-1")
    created_at = store.get_run_log_by_id("run-1").created_at

    # (plus, once per process and bucket, the conditional-write check under .runnable/)
    assert [key for key in object_keys(s3_server, store) if not key.startswith(".runnable/")] == [
        ".index/" + index_entry(created_at, "run-1"),
        "run-1.json",
    ]
    head = s3_server.client().head_object(Bucket=store.bucket_name, Key=store.key_prefix + "run-1.json")
    assert head["Metadata"]["status"] == defaults.PROCESSING
    assert head["Metadata"]["tag"] == "nightly%20%C3%BCn%C3%AF"
    body = json.loads(
        s3_server.client().get_object(Bucket=store.bucket_name, Key=store.object_key("run-1"))["Body"].read()
    )
    assert list(body["steps"]) == ["a"]


def test_one_object_per_chunk(s3_server: S3Server, s3_config: StoreConfig) -> None:
    store = ChunkedS3RunLogStore(**s3_config())
    store.create_run_log("run-1")
    store.add_step_log(StepLog(name="map", internal_name="map"), "run-1")
    store.add_branch_log(store.create_branch_log("map.a b"), "run-1")
    store.add_step_log(StepLog(name="task", internal_name="map.a b.task"), "run-1")

    keys = [key for key in object_keys(s3_server, store) if key.startswith("run-1/")]
    assert set(keys) >= {
        "run-1/run.json",
        "run-1/step-map.json",
        "run-1/branch-map.a%20b.json",
        "run-1/step-map.a%20b.task.json",
    }
    assert list(store.iter_run_ids()) == ["run-1"]


def test_runnable_050_minio_objects_are_read_and_indexed(s3_server: S3Server, s3_config: StoreConfig) -> None:
    # runnable 0.50 stored the run log's JSON as a JSON string, with no timestamps and no metadata.
    store = S3RunLogStore(**s3_config())
    sample = example_run_log("from-050")
    payload = sample.model_dump(mode="json", exclude={"created_at", "updated_at"})
    s3_server.client().put_object(
        Bucket=store.bucket_name, Key=store.object_key("from-050"), Body=json.dumps(json.dumps(payload))
    )

    stored = store.get_run_log_by_id("from-050", full=True)
    assert stored.steps == sample.steps and stored.parameters == sample.parameters
    assert stored.created_at == store.get_run_log_by_id("from-050").created_at  # from Last-Modified
    assert store.get_run_logs() == []  # not in the index yet
    assert store.rebuild_index() == 1
    assert [run.run_id for run in store.get_run_logs()] == ["from-050"]
    assert store.rebuild_index() == 0


@pytest.mark.parametrize("store_type", STORES)
def test_rebuild_index_drops_stale_entries(
    store_type: str, s3_server: S3Server, s3_config: StoreConfig
) -> None:
    store = STORES[store_type](**s3_config())
    store.create_run_log("kept")
    store.objects().put(store.index_key(T0, "gone"), Payload(b""))
    assert [run.run_id for run in store.get_run_logs()] == ["kept"]  # the entry without a run is skipped
    assert store.rebuild_index() == 1
    assert [key for key in object_keys(s3_server, store) if key.startswith(".index/")] == [
        ".index/" + index_entry(store.get_run_log_by_id("kept").created_at, "kept")
    ]


# --------------------------------------------------------------------------- the run index


def test_index_entries_sort_as_runs_are_ordered() -> None:
    generator = random.Random(7)
    run_ids = ["a", "ab", "a-", "a.", "a_", "A", "Z", "_", "0", "9a", "abc", "ab-", "zz", "z"]
    run_ids += ["".join(generator.choices(RUN_ID_ALPHABET, k=generator.randint(1, 12))) for _ in range(200)]
    run_ids = [run_id for run_id in dict.fromkeys(run_ids) if not run_id.startswith((".", "-"))]
    moments = [
        T0,
        T0 + timedelta(microseconds=1),
        T0 - timedelta(days=400),
        datetime(1969, 7, 20, tzinfo=timezone.utc),
    ]
    runs = [(generator.choice(moments), run_id) for run_id in run_ids]

    by_entry = sorted(runs, key=lambda run: index_entry(*run))
    newest_first = sorted(runs, reverse=True)
    assert by_entry == newest_first
    for created_at, run_id in runs:
        _, parsed = parse_index_entry(index_entry(created_at, run_id)) or (0, "")
        assert parsed == run_id


def test_index_alphabet_is_the_run_id_alphabet() -> None:
    assert "".join(sorted(RUN_ID_ALPHABET)) == RUN_ID_ALPHABET
    for character in RUN_ID_ALPHABET:
        assert _io.validate_run_id(f"a{character}") == f"a{character}"
    for outsider in "~/ %:":
        with pytest.raises(exceptions.InvalidRunIdError):
            _io.validate_run_id(f"a{outsider}")
    assert parse_index_entry("not-an-entry") is None
    assert parse_index_entry("000000000000000001zz~aa") is None  # reversed id does not match


@pytest.mark.parametrize("store_type", STORES)
def test_put_run_log_moves_the_index_entry(
    store_type: str, s3_server: S3Server, s3_config: StoreConfig
) -> None:
    store = STORES[store_type](**s3_config())
    store.create_run_log("moved")
    store.put_run_log(RunLog(run_id="moved", created_at=T0, updated_at=T0))
    entries = [key for key in object_keys(s3_server, store) if key.startswith(".index/")]
    assert entries == [".index/" + index_entry(T0, "moved")]
    assert [run.run_id for run in store.get_run_logs(created_before=T0 + timedelta(seconds=1))] == ["moved"]


# --------------------------------------------------------------------------- cost model


def put_runs(store: BaseRunLogStore, count: int, rare_every: int = 0) -> None:
    for index in range(count):
        run_log = RunLog(
            run_id=f"cost-{index:03d}",
            tag="rare" if rare_every and index % rare_every == 0 else "common",
            created_at=T0 + timedelta(minutes=index),
            run_config={"dag": {"steps": index}},
        )
        run_log.insert_step_log(StepLog(name="only", internal_name="only"))
        store.put_run_log(run_log)


@pytest.mark.parametrize("store_type", STORES)
def test_a_page_reads_only_the_runs_it_returns(store_type: str, s3_config: StoreConfig) -> None:
    store = STORES[store_type](**s3_config())
    put_runs(store, 40)
    requests = count_requests(store)

    page = store.get_run_logs(limit=5)
    assert [run.run_id for run in page] == [f"cost-{index:03d}" for index in range(39, 34, -1)]
    assert requests["ListObjectsV2"] == 1
    # minio: a HEAD and a GET per run; chunked: the run chunk, then the run's header chunks.
    assert requests["GetObject"] + requests["HeadObject"] <= 5 * 3

    requests.clear()
    next_page = store.get_run_logs(limit=5, after=page[-1].run_id)
    assert [run.run_id for run in next_page] == [f"cost-{index:03d}" for index in range(34, 29, -1)]
    assert requests["ListObjectsV2"] == 1
    assert requests["GetObject"] + requests["HeadObject"] <= 5 * 3 + 1  # plus the cursor's created_at

    requests.clear()
    recent = store.get_run_logs(created_after=T0 + timedelta(minutes=37))
    assert [run.run_id for run in recent] == ["cost-039", "cost-038", "cost-037"]
    assert requests["GetObject"] + requests["HeadObject"] <= 4 * 3  # stops at the first older entry


@pytest.mark.parametrize("store_type", STORES)
def test_listings_continue_across_listing_pages(
    store_type: str, s3_config: StoreConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = STORES[store_type](**s3_config())
    put_runs(store, 12)
    monkeypatch.setattr(s3_bucket, "LIST_PAGE_SIZE", 5)
    requests = count_requests(store)

    newest_first = [f"cost-{index:03d}" for index in range(11, -1, -1)]
    assert [run.run_id for run in store.get_run_logs()] == newest_first
    assert requests["ListObjectsV2"] == 3
    assert [run.run_id for run in store.get_run_logs(after="cost-009", limit=6)] == newest_first[3:9]
    assert sorted(store.iter_run_ids()) == sorted(newest_first)


def test_minio_rules_runs_out_by_their_metadata(s3_config: StoreConfig) -> None:
    store = S3RunLogStore(**s3_config())
    put_runs(store, 30, rare_every=10)
    requests = count_requests(store)

    rare = store.get_run_logs(tag="rare")
    assert [run.run_id for run in rare] == ["cost-020", "cost-010", "cost-000"]
    assert requests["HeadObject"] == 30
    assert requests["GetObject"] == 3  # only the bodies of the runs returned


def test_chunked_step_writes_cost_the_same_for_any_run_size(s3_config: StoreConfig) -> None:
    store = ChunkedS3RunLogStore(**s3_config())

    def requests_for_a_step(run_id: str, existing_steps: int) -> int:
        run_log = RunLog(run_id=run_id)
        for index in range(existing_steps):
            run_log.insert_step_log(StepLog(name=f"s{index}", internal_name=f"s{index}"))
        store.put_run_log(run_log)
        requests = count_requests(store)
        store.add_step_log(StepLog(name="new", internal_name="new"), run_id)
        store.update_run_log_status(run_id, defaults.SUCCESS)
        store.set_parameters(run_id, {"p": JsonParameter(value=1)})
        return sum(requests.values())

    assert requests_for_a_step("small", 1) == requests_for_a_step("large", 120)


# --------------------------------------------------------------------------- conditional writes


def test_the_server_honours_conditional_writes(s3_server: S3Server, bucket: str) -> None:
    # What the stores rely on, checked on the server itself.
    client = s3_server.client()
    etag = client.put_object(Bucket=bucket, Key="conditional", Body=b"1")["ETag"]
    for condition in ({"IfNoneMatch": "*"}, {"IfMatch": '"' + "f" * 32 + '"'}):
        with pytest.raises(client.exceptions.ClientError) as caught:
            client.put_object(Bucket=bucket, Key="conditional", Body=b"2", **condition)
        assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 412
    client.put_object(Bucket=bucket, Key="conditional", Body=b"3", IfMatch=etag)
    assert client.get_object(Bucket=bucket, Key="conditional")["Body"].read() == b"3"


@pytest.mark.parametrize("store_type", STORES)
def test_a_write_that_loses_a_race_is_redone_on_the_new_content(
    store_type: str, s3_config: StoreConfig
) -> None:
    store, rival = STORES[store_type](**s3_config()), STORES[store_type](**s3_config())
    store.create_run_log("race")
    key = store.object_key("race") if isinstance(store, S3RunLogStore) else store.chunk_key("race", RUN_CHUNK)
    seen: list[bytes | None] = []

    def change(current: StoredObject | None) -> Payload:
        assert current is not None
        seen.append(current.data)
        if len(seen) == 1:
            # Another writer changes the run between our read and our write.
            rival.set_parameters("race", {"rival": JsonParameter(value=1)})
        run_log = json.loads(current.data)
        body = run_log.get("body", run_log)
        body["tag"] = "ours"
        return Payload(json.dumps(run_log).encode())

    store.objects().update(key, change)

    assert len(seen) == 2 and seen[0] != seen[1]
    stored = store.get_run_log_by_id("race")
    assert stored.tag == "ours"
    assert stored.parameters == {"rival": JsonParameter(value=1)}


def test_a_conditional_write_against_a_changed_object_fails(s3_config: StoreConfig) -> None:
    objects = ChunkedS3RunLogStore(**s3_config()).objects()
    key = objects.key("plain")
    objects.put(key, Payload(b"1"))
    stale = objects.get(key)
    assert stale is not None
    objects.put(key, Payload(b"2"))
    with pytest.raises(ConditionFailed):
        objects.put(key, Payload(b"3"), if_match=stale.etag)
    assert objects.create(key, Payload(b"4")) is False
    stored = objects.get(key)
    assert stored is not None and stored.data == b"2"


def _create_in_process(spec: Any, run_id: str, barrier: Any, results: Any) -> None:
    store = build_service(spec)
    barrier.wait(timeout=60)
    try:
        store.create_run_log(run_id, tag=f"pid-{multiprocessing.current_process().pid}")
        results.put("created")
    except exceptions.RunLogExistsError:
        results.put("exists")


@pytest.mark.parametrize("store_type", STORES)
def test_processes_racing_to_create_one_run_get_one_winner(
    store_type: str, s3_server: S3Server, s3_config: StoreConfig
) -> None:
    store = STORES[store_type](**s3_config())
    context: Any = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(4), context.Queue()
    processes = [
        context.Process(target=_create_in_process, args=(service_spec(store), "contested", barrier, results))
        for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    outcomes = sorted(results.get(timeout=5) for _ in processes)
    assert outcomes == ["created", "exists", "exists", "exists"]
    entries = [key for key in object_keys(s3_server, store) if key.startswith(".index/")]
    assert entries == [".index/" + index_entry(store.get_run_log_by_id("contested").created_at, "contested")]


# --------------------------------------------------------------------------- rebuilding the store elsewhere


@pytest.mark.parametrize("store_type", STORES)
def test_a_pickled_store_makes_its_own_client(store_type: str, s3_config: StoreConfig) -> None:
    store = STORES[store_type](**s3_config())
    store.put_run_log(example_run_log("pickled"))
    copy = pickle.loads(pickle.dumps(store))
    assert copy.objects() is not store.objects()
    assert_same_run_log(copy.get_run_log_by_id("pickled", full=True), example_run_log("pickled"))


def test_the_credential_chain_is_used_when_no_keys_are_configured(
    s3_config: StoreConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    store = ChunkedS3RunLogStore(
        **s3_config(aws_access_key_id=None, aws_secret_access_key=None, region_name=None)
    )
    assert store.get_summary()["Credentials"] == "AWS credential chain"
    store.create_run_log("chain")
    assert store.get_run_log_by_id("chain").run_id == "chain"
