"""The file-system store: the shared contract plus what only a folder of JSON files can get wrong."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from runnable import exceptions
from runnable.models import RunLog, StepLog
from runnable.retry_plan import walk_step_logs
from runnable.run_log_store import _io
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.testing import StoreContract, as_json, legacy_run_logs, legacy_samples_folder, tree_order

_T = datetime(2000, 1, 1, tzinfo=timezone.utc)


class TestFileSystemStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> FileSystemRunLogStore:
        return FileSystemRunLogStore(log_folder=str(tmp_path / "runs"))

    @pytest.fixture
    def parallel_writes_store(self, store: FileSystemRunLogStore) -> FileSystemRunLogStore:
        # Not parallel-safe by claim, but its run lock must still keep every granular write.
        return store


def test_reads_runnable_050_files_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    shutil.copytree(legacy_samples_folder(), folder)
    store = FileSystemRunLogStore(log_folder=str(folder))
    samples = legacy_run_logs()
    file_run_ids = ["map-fs", "params-python-fs", "py-tasks-fs"]
    # The chunked sample's folder and the README are not runs of this store.
    assert sorted(r.run_id for r in store.get_run_logs()) == file_run_ids
    for run_id in file_run_ids:
        stored = store.get_run_log_by_id(run_id, full=True)
        # 0.50 recorded no run times: the first attempt's start and the last one's end stand for them.
        attempts = [a for s in walk_step_logs(samples[run_id].steps) for a in s.attempts]
        assert stored.created_at == min(a.start_time for a in attempts if a.start_time)
        assert stored.updated_at == max(a.end_time for a in attempts if a.end_time)
        assert as_json(stored.model_copy(update={"created_at": _T, "updated_at": _T})) == as_json(
            samples[run_id].model_copy(update={"created_at": _T, "updated_at": _T})
        )
        assert tree_order(stored) == tree_order(samples[run_id])
    # Writing keeps the run readable, now with its timestamps recorded.
    store.add_step_log(store.create_step_log("extra", "extra"), "py-tasks-fs")
    written = json.loads((folder / "py-tasks-fs.json").read_text())
    assert list(written["steps"])[-1] == "extra"
    assert "created_at" in written
    assert store.get_step_log("extra", "py-tasks-fs").name == "extra"


def test_files_are_runnable_050_shaped_json(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.put_run_log(legacy_run_logs()["map-fs"])
    written = json.loads((tmp_path / "map-fs.json").read_text())
    original = json.loads((legacy_samples_folder() / "map-fs.json").read_text())
    assert set(original) <= set(written)
    step = written["steps"]["map_state"]["branches"]["map_state.1"]["steps"]["map_state.1.execute_python"]
    original_step = original["steps"]["map_state"]["branches"]["map_state.1"]["steps"][
        "map_state.1.execute_python"
    ]
    assert set(original_step) <= set(step)  # new fields are additive
    # Small values stay inline as in 0.50; the description, computed from the value, is not stored.
    assert step["attempts"][0]["input_parameters"] == {
        name: {key: item for key, item in parameter.items() if key != "description"}
        for name, parameter in original_step["attempts"][0]["input_parameters"].items()
    }


def test_a_write_or_delete_the_os_refuses_names_the_run_the_file_and_what_was_refused(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r1")
    in_the_way = store.path_for("r1")
    in_the_way.unlink()
    in_the_way.mkdir()  # a folder where the run's file belongs: the OS refuses to read, replace or unlink it
    refusals: dict[str, Callable[[], object]] = {
        "read": lambda: store.get_run_log_by_id("r1"),
        "write": lambda: store.put_run_log(RunLog(run_id="r1")),
        "delete": lambda: store.delete_run_log("r1"),
    }
    for verb, refused in refusals.items():
        with pytest.raises(exceptions.StoreUnavailableError) as caught:
            refused()
        assert str(caught.value).startswith(f"Could not {verb} {in_the_way} for run 'r1': ")
    assert in_the_way.is_dir()


def test_run_files_are_indented_json_and_a_plain_read_is_the_header(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    run_log = RunLog(run_id="r1")
    run_log.insert_step_log(StepLog(name="s", internal_name="s"))
    store.put_run_log(run_log)
    # Two-space indents, as runnable 0.50 wrote them: a person can read and diff a run file.
    assert store.path_for("r1").read_text().startswith('{\n  "run_id": "r1",\n')
    assert store.get_run_log_by_id("r1").steps == {}
    assert list(store.get_run_log_by_id("r1", full=True).steps) == ["s"]
    # A file written without steps (by hand, or another tool) reads as a run without steps.
    store.path_for("bare").write_text(json.dumps({"run_id": "bare"}))
    assert store.get_run_log_by_id("bare").run_id == "bare"


def test_a_050_run_without_attempts_is_dated_by_its_file_in_utc_whatever_the_local_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.path_for("old").write_text(json.dumps({"run_id": "old"}))  # 0.50 recorded no timestamps
    written = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    os.utime(store.path_for("old"), (written.timestamp(), written.timestamp()))
    monkeypatch.setenv("TZ", "America/New_York")  # a local time read as UTC would be 4 hours off
    time.tzset()
    try:
        run_log = store.get_run_log_by_id("old")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert run_log.created_at == written and run_log.updated_at == written


def _step(name: str) -> StepLog:
    return StepLog(name=name, internal_name=name, status="PROCESSING")


def test_a_granular_write_after_its_own_does_not_parse_the_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("kept")
    store.add_step_log(_step("first"), "kept")
    parsed: list[str] = []
    decode = _io.decode_json
    monkeypatch.setattr(
        _io, "decode_json", lambda data, run_id, path: parsed.append(run_id) or decode(data, run_id, path)
    )

    for position in range(5):
        store.add_step_log(_step(f"s{position}"), "kept")

    assert parsed == []  # every write reused the run this store object had just written
    assert list(store.get_run_log_by_id("kept", full=True).steps) == ["first", "s0", "s1", "s2", "s3", "s4"]
    assert parsed == ["kept"]  # a plain read always reads the file


def test_a_run_another_writer_changed_is_read_again_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    mine = FileSystemRunLogStore(log_folder=str(tmp_path))
    other = FileSystemRunLogStore(log_folder=str(tmp_path))
    mine.create_run_log("shared")
    mine.add_step_log(_step("a"), "shared")
    other.add_step_log(_step("b"), "shared")  # a new file: another inode, size and time
    mine.add_step_log(_step("c"), "shared")
    assert list(other.get_run_log_by_id("shared", full=True).steps) == ["a", "b", "c"]

    # An edit that keeps the size and the modification time is caught by the content's digest.
    path = mine.path_for("shared")
    before = path.stat()
    path.write_bytes(path.read_bytes().replace(b'"c"', b'"d"'))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    mine.add_step_log(_step("e"), "shared")
    assert list(other.get_run_log_by_id("shared", full=True).steps) == ["a", "b", "d", "e"]


def test_the_store_object_keeps_no_copy_of_what_a_caller_still_holds(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("own")
    step = _step("s")
    store.add_step_log(step, "own")
    step.status = "LEAKED"
    store.add_step_log(_step("t"), "own")  # reuses what the store wrote, not the caller's object
    assert store.get_run_log_by_id("own", full=True).steps["s"].status == "PROCESSING"
