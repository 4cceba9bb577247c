"""The DynamoDB store beyond the contract: configuration, large items, secrets, errors, requests."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import defaults, exceptions, plugins
from runnable.config import ServiceConfig
from runnable.models import JsonParameter, StepLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.dynamodb import DynamoDBRunLogStore
from runnable.run_log_store.dynamodb_table import PART_MARK, PART_SIZE
from servers.local import free_port
from servers.s3 import S3Server, StoreConfig
from store_costs import write_one_map_branch

pytestmark = pytest.mark.dynamodb

SECRET = "very-secret-dynamodb-key"


def count_requests(store: DynamoDBRunLogStore) -> Counter[str]:
    """Count the requests the store's client sends from now on, by DynamoDB operation name."""
    counts: Counter[str] = Counter()

    def record(event_name: str, **_: Any) -> None:
        counts[event_name.rsplit(".", 1)[-1]] += 1

    store.table().client.meta.events.register("before-send.dynamodb.*", record)
    return counts


def stored_items(server: S3Server, table: str, run_id: str) -> list[dict[str, Any]]:
    """Every item stored under a run, read with a client of the test's own (every 1 MB page)."""
    pages = (
        server.client("dynamodb")
        .get_paginator("query")
        .paginate(
            TableName=table,
            KeyConditionExpression="run_id = :r",
            ExpressionAttributeValues={":r": {"S": run_id}},
        )
    )
    return [item for page in pages for item in page["Items"]]


def sort_keys(server: S3Server, table: str, run_id: str) -> list[str]:
    return [item["chunk"]["S"] for item in stored_items(server, table, run_id)]


def test_type_dynamodb_resolves_to_the_store(dynamodb_config: StoreConfig) -> None:
    store = plugins.build(
        "run_log_store",
        ServiceConfig(type="dynamodb", config=dynamodb_config()),
        expected=BaseRunLogStore,
    )
    assert isinstance(store, DynamoDBRunLogStore) and store.service_name == "dynamodb"
    assert "dynamodb" in plugins.available("run_log_store")


def test_a_bad_table_name_is_a_configuration_error() -> None:
    with pytest.raises(exceptions.ConfigurationError) as caught:
        plugins.build("run_log_store", ServiceConfig(type="dynamodb", config={"table_name": "a b"}))
    assert "table_name" in str(caught.value) and "not a valid DynamoDB table name" in str(caught.value)


def test_a_step_write_is_one_put_item(dynamodb_config: StoreConfig) -> None:
    store = DynamoDBRunLogStore(**dynamodb_config())
    store.create_run_log("one-put")
    store.add_step_log(StepLog(name="first", internal_name="first"), "one-put")
    requests = count_requests(store)

    # Rewriting the step this process created: one PutItem, the run never rewritten.
    store.add_step_log(StepLog(name="first", internal_name="first", status="SUCCESS"), "one-put")
    assert dict(requests) == {"PutItem": 1}


def test_a_branch_written_by_its_process_costs_one_request_per_write(dynamodb_config: StoreConfig) -> None:
    store = DynamoDBRunLogStore(**dynamodb_config())
    store.create_run_log("branchy")
    store.add_step_log(StepLog(name="map", internal_name="map"), "branchy")
    requests = count_requests(store)

    # What the executor stores for one Map branch of one task.
    write_one_map_branch(store, "branchy")

    assert requests["PutItem"] == 6  # one per write
    assert requests["GetItem"] == 1  # the parameters read, always from the table
    assert sum(requests.values()) == 7


def test_a_refused_update_costs_one_request_per_try(dynamodb_config: StoreConfig) -> None:
    store, rival = DynamoDBRunLogStore(**dynamodb_config()), DynamoDBRunLogStore(**dynamodb_config())
    store.create_run_log("contested")
    rival.update_run_log_status("contested", "FAIL")
    requests = count_requests(store)

    store.add_job_log("contested", store.create_job_log())
    # The remembered run chunk is stale: refused, and the refusal carries the item as it is now.
    assert dict(requests) == {"PutItem": 2}
    assert rival.get_run_log_by_id("contested").job is not None


def test_a_large_parameter_is_compressed_or_split_under_400_kb(
    dynamodb_config: StoreConfig, s3_server: S3Server
) -> None:
    config = dynamodb_config()
    store = DynamoDBRunLogStore(**config)
    store.create_run_log("large")
    compressible = "a" * 1_000_000
    # Random bytes do not compress: they stay larger than one item holds.
    incompressible = base64.b64encode(os.urandom(1_000_000)).decode()
    store.set_parameters(
        "large", {"easy": JsonParameter(value=compressible), "hard": JsonParameter(value=incompressible)}
    )

    read = DynamoDBRunLogStore(**config).get_run_log_by_id("large", full=True)
    assert read.parameters["easy"].get_value() == compressible
    assert read.parameters["hard"].get_value() == incompressible
    items = stored_items(s3_server, config["table_name"], "large")
    for item in items:
        assert len(item.get("data", {}).get("B", b"")) <= PART_SIZE
    parts = [item["chunk"]["S"] for item in items if PART_MARK in item["chunk"]["S"]]
    assert len(parts) >= 2  # the incompressible value, in parts
    assert sum(1 for item in items if item.get("codec", {}).get("S") == "zstd") >= 2

    store.delete_run_log("large")
    assert sort_keys(s3_server, config["table_name"], "large") == []  # parts went with their chunk


def test_rewriting_a_chunk_in_parts_drops_the_old_parts(
    dynamodb_config: StoreConfig, s3_server: S3Server
) -> None:
    config = dynamodb_config()
    store = DynamoDBRunLogStore(**config)
    store.create_run_log("rewritten")
    for _ in range(2):
        value = base64.b64encode(os.urandom(500_000)).decode()
        store.add_step_log(
            StepLog(name="s", internal_name="s", message=value), "rewritten"
        )  # a step chunk too large for one item
    assert store.get_step_log("s", "rewritten").message == value
    parts = [key for key in sort_keys(s3_server, config["table_name"], "rewritten") if PART_MARK in key]
    assert len({key.split(PART_MARK)[1] for key in parts}) == 1  # one generation left


def test_secrets_never_show(dynamodb_config: StoreConfig, workdir: Path, s3_server: S3Server) -> None:
    from runnable import Pipeline, PythonTask

    config = dynamodb_config(aws_secret_access_key=SECRET)
    store = DynamoDBRunLogStore(**config)
    shown = [json.dumps(store.get_summary()), json.dumps(store.masked_config()), repr(store), str(store)]
    for text in shown:
        assert SECRET not in text
    assert store.masked_config()["aws_secret_access_key"] == defaults.MASK

    path = workdir / "runnable-config.yaml"
    path.write_text(yaml.safe_dump({"run-log-store": {"type": "dynamodb", "config": config}}))
    Pipeline(steps=[PythonTask(function=_nothing, name="nothing")]).execute(
        configuration_file=str(path), run_id="masked"
    )
    stored = store.get_run_log_by_id("masked", full=True)
    assert stored.status == defaults.SUCCESS
    assert stored.run_config["run_log_store"]["aws_secret_access_key"] == defaults.MASK
    scanned = s3_server.client("dynamodb").scan(TableName=config["table_name"])["Items"]
    assert scanned and SECRET not in str(scanned)


def _nothing() -> None:
    return None


def test_an_unreachable_endpoint_is_one_clear_error(dynamodb_config: StoreConfig) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    store = DynamoDBRunLogStore(**dynamodb_config(endpoint_url=endpoint, max_attempts=2))
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.get_run_log_by_id("any")
    message = str(caught.value)
    assert endpoint in message and "'runs-" in message and "us-east-1" in message
    assert "after 2 attempts" in message and "endpoint_url" in message
    assert dynamodb_config()["aws_secret_access_key"] not in "".join(traceback.format_exception(caught.value))


def test_the_cli_reports_an_unreachable_endpoint_without_a_traceback(
    dynamodb_config: StoreConfig, tmp_path: Path
) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"
    path = tmp_path / "runnable-config.yaml"
    config = dynamodb_config(endpoint_url=endpoint, max_attempts=1, aws_secret_access_key=SECRET)
    path.write_text(yaml.safe_dump({"run-log-store": {"type": "dynamodb", "config": config}}))
    runnable = Path(sys.executable).parent / "runnable"
    finished = subprocess.run(
        [str(runnable), "runs", "list", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
    assert finished.returncode == 1
    assert "Traceback" not in finished.stderr and "Traceback" not in finished.stdout
    error = " ".join(finished.stderr.split())
    assert "Could not reach DynamoDB" in error and endpoint in error
    assert SECRET not in finished.stderr + finished.stdout


def test_a_missing_table_without_create_table_names_the_setting(dynamodb_config: StoreConfig) -> None:
    store = DynamoDBRunLogStore(**dynamodb_config(table_name="never-created", create_table=False))
    with pytest.raises(exceptions.ConfigurationError) as caught:
        store.create_run_log("r1")
    message = str(caught.value)
    assert "'never-created'" in message and "does not exist" in message and "create_table: true" in message
    assert caught.value.field == "table_name"


def test_a_pickled_store_makes_its_own_client(dynamodb_config: StoreConfig) -> None:
    import pickle

    store = DynamoDBRunLogStore(**dynamodb_config())
    store.create_run_log("pickled")
    copy = pickle.loads(pickle.dumps(store))
    assert copy.get_run_log_by_id("pickled").run_id == "pickled"
    assert copy.table() is not store.table()


def test_doctor_checks_the_table(dynamodb_config: StoreConfig, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from runnable.cli import app

    config = dynamodb_config(aws_secret_access_key=SECRET)
    store = DynamoDBRunLogStore(**config)
    store.create_run_log("doctored")
    path = tmp_path / "runnable-config.yaml"
    path.write_text(yaml.safe_dump({"run-log-store": {"type": "dynamodb", "config": config}}))
    result = CliRunner().invoke(app, ["doctor", "--config", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    check = report["run_log_store"]["check"]
    assert check["table"] == config["table_name"] and check["latest_run"] == "doctored"
    assert check["status"] == "ACTIVE"
    assert SECRET not in result.output


def test_a_listing_page_is_one_query_and_batched_reads(dynamodb_config: StoreConfig) -> None:
    store = DynamoDBRunLogStore(**dynamodb_config())
    for index in range(150):
        store.create_run_log(f"run-{index:03d}", tag="even" if index % 2 == 0 else "odd")
    requests = count_requests(store)

    every = store.get_run_logs()
    assert [run.run_id for run in every] == [f"run-{index:03d}" for index in reversed(range(150))]
    # The index returns the run items themselves; config and parameters: 100 items a BatchGetItem.
    assert dict(requests) == {"Query": 1, "BatchGetItem": 3}

    requests.clear()
    page = store.get_run_logs(tag="even", limit=10, after="run-100")
    assert [run.run_id for run in page] == [f"run-{index:03d}" for index in range(98, 78, -2)]
    assert dict(requests) == {"GetItem": 1, "Query": 1, "BatchGetItem": 1}  # GetItem: the cursor run
