"""A large parameter costs its size once per run in the in-memory and file stores (issue 19 item 6)."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from large_values import (
    assert_about_one_copy,
    assert_value_recorded_everywhere_once_in_memory,
    folder_bytes,
    run_with_big_value,
)
from runnable.exceptions import CorruptedRunLogError
from runnable.models import JsonParameter, RunLog, StepAttempt, StepLog
from runnable.run_log_store import _values
from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.run_log_store.chunked import ChunkKey
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore


@pytest.mark.parametrize("store", ["file-system", "chunked-fs"])
def test_file_stores_keep_a_large_value_once(
    store: str,
    write_config: Callable[..., Path],
    workdir: Path,
    stored_run_log: Callable[[Path, str], RunLog],
) -> None:
    configuration = write_config(store)
    run_log = run_with_big_value(configuration)
    assert_about_one_copy(folder_bytes(workdir / "run-logs"))
    assert_value_recorded_everywhere_once_in_memory(run_log)
    assert_value_recorded_everywhere_once_in_memory(stored_run_log(configuration, run_log.run_id))


def test_the_buffered_store_holds_a_large_value_as_one_object() -> None:
    store = BufferedRunLogStore()
    store.create_run_log("r")
    value = [f"item-{index}" for index in range(50_000)]
    store.set_parameters("r", {"big": JsonParameter(value=value)})
    for index in range(6):
        # What the executor does: the inputs it read (a copy) go into the attempt it records.
        inputs = store.get_parameters("r")
        attempt = StepAttempt(input_parameters=inputs)
        store.add_step_log(StepLog(name=f"s{index}", internal_name=f"s{index}", attempts=[attempt]), "r")
    stored = store._runs["r"]
    held = {id(step.attempts[0].input_parameters["big"].value) for step in stored.steps.values()}
    assert held == {id(stored.parameters["big"].value)}  # seven equal lists are one object
    # Pickle writes a shared object once: the size of what the store holds.
    assert len(pickle.dumps(stored)) <= 1.25 * len(pickle.dumps(value)) + 64 * 1024
    read = store.get_run_log_by_id("r", full=True)
    assert read.steps["s5"].attempts[0].input_parameters["big"].value is read.parameters["big"].value
    assert read.parameters["big"].value == value


def test_a_file_system_run_keeps_large_values_at_its_end_and_small_ones_inline(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    big = "b" * 5_000
    run_log = RunLog(
        run_id="r", parameters={"big": JsonParameter(value=big), "small": JsonParameter(value=3)}
    )
    step = StepLog(
        name="s", internal_name="s", attempts=[StepAttempt(input_parameters=dict(run_log.parameters))]
    )
    run_log.insert_step_log(step)
    store.put_run_log(run_log)
    written = json.loads((tmp_path / "r.json").read_text())
    reference = _values.digest_of(json.dumps(big).encode())
    assert written["parameters"] == {
        "big": {"kind": "json", "value_ref": reference},
        "small": {"kind": "json", "value": 3},  # 0.50's shape, without the description
    }
    assert written["steps"]["s"]["attempts"][0]["input_parameters"] == written["parameters"]
    assert written[_values.DOCUMENT_VALUES] == {reference: big}
    read = store.get_run_log_by_id("r", full=True)
    assert read.parameters["big"].value is read.steps["s"].attempts[0].input_parameters["big"].value == big


def test_a_missing_or_altered_value_is_a_corrupted_run(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    store.set_parameters("r", {"big": JsonParameter(value="b" * 5_000)})
    (value_file,) = (tmp_path / "r").glob("value-*.json")
    value_file.write_text(json.dumps("c" * 5_000))
    with pytest.raises(CorruptedRunLogError, match="does not match its digest"):
        store.get_parameters("r")
    value_file.unlink()
    with pytest.raises(CorruptedRunLogError, match="is not stored"):
        store.get_run_log_by_id("r")


def test_a_reference_read_without_the_store_says_how_to_read_it() -> None:
    with pytest.raises(ValueError, match="read the run through its store"):
        RunLog.model_validate({"run_id": "r", "parameters": {"big": {"kind": "json", "value_ref": "ab"}}})


def test_a_branch_read_alone_holds_each_large_value_once(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    big = JsonParameter(value="b" * 5_000)
    attempt = StepAttempt(input_parameters={"big": big})
    store.add_step_log(StepLog(name="map", internal_name="map", attempts=[attempt]), "r")
    store.add_branch_log(store.create_branch_log("map.0", parameters={"big": big}), "r")
    store.add_step_log(StepLog(name="s", internal_name="map.0.s", attempts=[attempt]), "r")
    branch = store.get_branch_log("map.0", "r")
    read = branch.steps["map.0.s"].attempts[0].input_parameters["big"].value
    # One value chunk, read once for the branch and every step under it: one object, not one per use.
    assert branch.parameters["big"].value is read
    assert read == "b" * 5_000
    step = store.get_step_log("map", "r")
    assert step.attempts[0].input_parameters["big"].value is step.branches["map.0"].parameters["big"].value
    assert step.branches["map.0"].parameters["big"].value == "b" * 5_000
    assert store.get_parameters_of_branches("r", ["map.0"])["map.0"]["big"].value == "b" * 5_000
    assert store.get_parameters("r", "map.0")["big"].value == "b" * 5_000


def test_a_large_value_of_a_run_written_before_parameters_had_their_chunk_is_kept(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("older")
    run_path = store.chunk_path("older", ChunkKey("run"))
    chunk = json.loads(run_path.read_bytes())
    chunk["body"]["parameters"] = {"big": {"kind": "json", "value": "b" * 5_000}}  # inline, as it was
    run_path.write_text(json.dumps(chunk))
    store.set_parameters("older", {"small": JsonParameter(value=1)})  # moves them to their own chunk
    assert store.get_parameters("older") == {
        "big": JsonParameter(value="b" * 5_000),
        "small": JsonParameter(value=1),
    }
