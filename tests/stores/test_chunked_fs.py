"""The chunked file-system store: the shared contract plus file-layout specifics."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pydantic import Field

from runnable import defaults, exceptions
from runnable.models import BranchLog, JsonParameter, RunLog, StepLog, encode_name_segment, join_internal_name
from runnable.run_log_store import legacy_050
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunk_names import decode_chunk_name, encode_chunk_name
from runnable.run_log_store.chunked import ChunkKey
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.testing import (
    StoreContract,
    assert_same_run_log,
    legacy_run_logs,
    legacy_samples_folder,
    tree_order,
)


class TestChunkedFileSystemStore(StoreContract):
    thread_safe = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> ChunkedFileSystemRunLogStore:
        return ChunkedFileSystemRunLogStore(log_folder=str(tmp_path / "runs"))


# --------------------------------------------------------------------------- cost per write


class CountingStore(ChunkedFileSystemRunLogStore):
    """Counts chunk I/O calls and the bytes written, per operation."""

    calls: Counter[str] = Field(default_factory=Counter, exclude=True)

    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        self.calls["read"] += 1
        return super().read_chunk(run_id, key)

    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.calls["write"] += 1
        self.calls["bytes written"] += len(data)
        super().write_chunk(run_id, key, data)

    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.calls["update"] += 1
        super().update_chunk(run_id, key, change)

    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        self.calls["create"] += 1
        return super().create_chunk_exclusive(run_id, key, data)

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        self.calls["check"] += 1
        return super().chunk_exists(run_id, key)

    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        self.calls["list"] += 1
        return super().list_chunks(run_id)

    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        self.calls["delete"] += 1
        super().delete_chunks(run_id, keys)


def run_with(run_id: str, top_steps: int, branches: int) -> RunLog:
    run_log = RunLog(run_id=run_id)
    for index in range(top_steps):
        run_log.insert_step_log(StepLog(name=f"s{index}", internal_name=f"s{index}"))
    run_log.insert_step_log(StepLog(name="map", internal_name="map", step_type=defaults.MAP))
    for index in range(branches):
        run_log.insert_branch_log(BranchLog(internal_name=f"map.{index}"))
        run_log.insert_step_log(StepLog(name="task", internal_name=f"map.{index}.task"))
    return run_log


WRITES: dict[str, Callable[[BaseRunLogStore, str], object]] = {
    "add new step": lambda s, r: s.add_step_log(s.create_step_log("new", "new"), r),
    "update step": lambda s, r: s.add_step_log(StepLog(name="s0", internal_name="s0", status="SUCCESS"), r),
    "add step in branch": lambda s, r: s.add_step_log(s.create_step_log("more", "map.0.more"), r),
    "add branch": lambda s, r: s.add_branch_log(s.create_branch_log("map.new"), r),
    "update branch": lambda s, r: s.add_branch_log(BranchLog(internal_name="map.0", status="SUCCESS"), r),
    "run parameters": lambda s, r: s.set_parameters(r, {"p": JsonParameter(value=1)}),
    "branch parameters": lambda s, r: s.set_parameters(r, {"p": JsonParameter(value=1)}, "map.0"),
    "status": lambda s, r: s.update_run_log_status(r, defaults.SUCCESS),
    "run config": lambda s, r: s.set_run_config(r, {"k": "v"}),
    "job log": lambda s, r: s.add_job_log(r, s.create_job_log()),
}


@pytest.fixture(scope="module")
def counting_store(tmp_path_factory: pytest.TempPathFactory) -> CountingStore:
    # Shared by the cases below: each applies its write to both runs, so the
    # two runs go through the same history and stay comparable.
    store = CountingStore(log_folder=str(tmp_path_factory.mktemp("counting")))
    store.put_run_log(run_with("small", top_steps=1, branches=1))
    store.put_run_log(run_with("large", top_steps=500, branches=250))
    return store


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_each_write_costs_the_same_for_1_step_and_500_steps(
    counting_store: CountingStore, write: str
) -> None:
    store = counting_store
    costs = {}
    for run_id in ("small", "large"):
        # Each write bumps updated_at, as the first write in a second does: left to the clock, the
        # throttle could find one run due and not the other on a slow machine (one more update).
        store._touched.forget(run_id)
        store.calls.clear()
        WRITES[write](store, run_id)
        costs[run_id] = dict(store.calls)
    assert costs["small"] == costs["large"]
    assert "list" not in costs["large"]
    assert costs["large"].get("write", 0) + costs["large"].get("update", 0) <= 2
    # The write really happened.
    assert (
        store.get_run_log_by_id("large", full=True).updated_at > store.get_run_log_by_id("small").created_at
    )


def test_a_write_under_a_branch_checks_it_once_per_store_object(tmp_path: Path) -> None:
    store = CountingStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    store.add_step_log(store.create_step_log("map", "map"), "r")
    store.add_branch_log(store.create_branch_log("map.0"), "r")
    store.calls.clear()
    store.add_step_log(store.create_step_log("t0", "map.0.t0"), "r")
    assert store.calls["check"] == 0  # it made the branch: it knows the branch is there
    # Another store object (another process, in effect) asks once, then remembers.
    other = CountingStore(log_folder=str(tmp_path))
    other.add_step_log(other.create_step_log("t1", "map.0.t1"), "r")
    assert other.calls["check"] == 1
    other.calls.clear()
    other.add_step_log(other.create_step_log("t2", "map.0.t2"), "r")
    other.add_branch_log(other.create_branch_log("map.0.t2.b"), "r")
    assert other.calls["check"] == 0
    assert list(store.get_branch_log("map.0", "r").steps) == ["map.0.t0", "map.0.t1", "map.0.t2"]


def test_a_step_keeps_its_place_and_costs_one_write_when_rewritten(tmp_path: Path) -> None:
    store = CountingStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    for name in ("first", "second"):
        store.calls.clear()
        store.add_step_log(store.create_step_log(name, name), "r")
        assert store.calls["create"] == 1 and store.calls["write"] == 0  # a new step: created in one go
    store.calls.clear()
    store.add_step_log(StepLog(name="first", internal_name="first", status=defaults.SUCCESS), "r")
    # The store that made it knows its order stamp: one write, nothing read or created.
    assert (store.calls["write"], store.calls["read"], store.calls["create"]) == (1, 0, 0)
    other = CountingStore(log_folder=str(tmp_path))  # another process, in effect: reads the stamp
    other.add_step_log(StepLog(name="second", internal_name="second", status=defaults.FAIL), "r")
    other.add_step_log(StepLog(name="first", internal_name="first", status=defaults.FAIL), "r")
    stored = store.get_run_log_by_id("r", full=True)
    assert list(stored.steps) == ["first", "second"]
    assert [step.status for step in stored.steps.values()] == [defaults.FAIL, defaults.FAIL]
    # A step known only to exist (checked as the parent of a new branch) has its stamp read once.
    third = CountingStore(log_folder=str(tmp_path))
    third.add_branch_log(third.create_branch_log("first.b"), "r")
    third.add_step_log(StepLog(name="first", internal_name="first", status=defaults.SUCCESS), "r")
    third.calls.clear()
    third.add_step_log(StepLog(name="first", internal_name="first", status=defaults.FAIL), "r")
    assert (third.calls["write"], third.calls["read"], third.calls["create"]) == (1, 0, 0)


def test_branch_parameters_merge_into_a_branch_chunk_without_any_and_refuse_a_damaged_one(
    tmp_path: Path,
) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    store.add_step_log(store.create_step_log("map", "map"), "r")
    store.add_branch_log(store.create_branch_log("map.0"), "r")
    path = store.chunk_path("r", ChunkKey("branch", "map.0"))
    chunk = json.loads(path.read_bytes())
    del chunk["body"]["parameters"]  # as another writer may leave it: the field has a default
    path.write_text(json.dumps(chunk))
    store.set_parameters("r", {"p": JsonParameter(value=1)}, "map.0")
    assert store.get_parameters("r", "map.0") == {"p": JsonParameter(value=1)}
    chunk["body"]["parameters"] = [1, 2]
    path.write_text(json.dumps(chunk))
    with pytest.raises(exceptions.CorruptedRunLogError) as caught:
        store.set_parameters("r", {"p": JsonParameter(value=2)}, "map.0")
    assert str(caught.value).startswith(
        f"The run log of run 'r' is corrupted at {path}: its 'parameters' are not a JSON object. "
    )


# --------------------------------------------------------------------------- chunk file names

AWKWARD_NAMES = [
    "0.5",
    "a%2Eb",
    "x y",
    "ünïcødé",
    "a/b",
    "back\\slash",
    "100%",
    "..",
    "Train",
    "train",
    "CON",
    "nul",
]


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_chunk_names_round_trip_and_are_portable(name: str) -> None:
    encoded = encode_chunk_name(name)
    assert decode_chunk_name(encoded) == name
    assert re.fullmatch(r"[a-z0-9_.%-]+", encoded)
    assert encoded == encoded.lower()


def test_names_differing_in_case_get_distinct_files(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("case")
    store.add_step_log(store.create_step_log("Train", "Train"), "case")
    store.add_step_log(store.create_step_log("train", "train"), "case")
    names = [p.name for p in (tmp_path / "case").iterdir() if p.name.startswith("step-")]
    assert len({name.casefold() for name in names}) == 2
    assert list(store.get_run_log_by_id("case", full=True).steps) == ["Train", "train"]


def test_every_chunk_file_sits_in_the_run_folder_with_a_safe_name(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("names")
    store.add_step_log(store.create_step_log("map", "map"), "names")
    for value in AWKWARD_NAMES:
        branch = join_internal_name("map", encode_name_segment(value))
        store.add_branch_log(store.create_branch_log(branch), "names")
        store.add_step_log(store.create_step_log("t", f"{branch}.t"), "names")
    entries = list((tmp_path / "names").iterdir())
    assert all(entry.is_file() for entry in entries)
    visible = [entry.name for entry in entries if not entry.name.startswith(".")]
    assert all(re.fullmatch(r"(run|step-[a-z0-9_.%-]+|branch-[a-z0-9_.%-]+)\.json", name) for name in visible)
    assert len(visible) == 1 + 1 + 2 * len(AWKWARD_NAMES)
    assert list(tmp_path.iterdir()) == [tmp_path / "names"]


def test_names_too_long_for_a_file_name_are_hashed_and_still_found(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("long")
    long_value = "ü" * 120  # 240 bytes of UTF-8, 720 characters once encoded
    store.add_step_log(store.create_step_log("map", "map"), "long")
    branch = join_internal_name("map", long_value)
    store.add_branch_log(store.create_branch_log(branch), "long")
    store.add_step_log(store.create_step_log("leaf", f"{branch}.leaf"), "long")
    assert all(len(p.name) < 255 for p in (tmp_path / "long").iterdir())
    assert any("~" in p.name for p in (tmp_path / "long").iterdir())
    assert ChunkKey("branch", branch) in store.list_chunks("long")
    stored = store.get_run_log_by_id("long", full=True)
    assert list(stored.steps["map"].branches[branch].steps) == [f"{branch}.leaf"]
    assert store.get_step_log(f"{branch}.leaf", "long").name == "leaf"


# --------------------------------------------------------------------------- runnable 0.50 folders


def folder_contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_reads_a_runnable_050_chunked_folder_in_place(tmp_path: Path) -> None:
    shutil.copytree(legacy_samples_folder() / "map-chunked", tmp_path / "map-chunked")
    before = folder_contents(tmp_path / "map-chunked")
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    expected = legacy_run_logs()["map-chunked"]
    assert [r.run_id for r in store.get_run_logs()] == ["map-chunked"]
    assert_same_run_log(store.get_run_log_by_id("map-chunked", full=True), expected)
    assert store.get_step_log("map_state.2.execute_python", "map-chunked").status == defaults.SUCCESS
    assert store.get_parameters("map-chunked") == expected.parameters
    assert list(expected.steps["map_state"].branches) == ["map_state.1", "map_state.2", "map_state.3"]
    # Reading never changes what is stored.
    assert folder_contents(tmp_path / "map-chunked") == before
    # The first write stores it in this layout too; the old files are still there.
    store.add_step_log(store.create_step_log("after", "after"), "map-chunked")
    assert list(store.get_run_log_by_id("map-chunked", full=True).steps)[-1] == "after"
    with pytest.raises(exceptions.RunLogExistsError):
        store.create_run_log("map-chunked")


def test_a_runnable_050_folder_can_be_written_before_it_is_read(tmp_path: Path) -> None:
    shutil.copytree(legacy_samples_folder() / "map-chunked", tmp_path / "map-chunked")
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.update_run_log_status("map-chunked", defaults.FAIL)
    stored = store.get_run_log_by_id("map-chunked", full=True)
    assert stored.status == defaults.FAIL
    assert tree_order(stored) == tree_order(legacy_run_logs()["map-chunked"])


def test_a_run_written_with_parameters_in_its_run_chunk_keeps_them(tmp_path: Path) -> None:
    # Before run-level parameters had a chunk of their own, run.json held them.
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("older")
    run_path = store.chunk_path("older", ChunkKey("run"))
    chunk = json.loads(run_path.read_bytes())
    chunk["body"]["parameters"] = {"xs": {"kind": "json", "value": [1, 2, 3]}}
    run_path.write_text(json.dumps(chunk))
    kept = {"xs": JsonParameter(value=[1, 2, 3])}

    store.update_run_log_status("older", defaults.PROCESSING)  # rewrites run.json
    store.add_step_log(store.create_step_log("s", "s"), "older")
    assert store.get_parameters("older") == kept
    assert store.get_run_log_by_id("older").parameters == kept

    store.set_parameters("older", {"y": JsonParameter(value=4)})
    both = {**kept, "y": JsonParameter(value=4)}
    assert store.get_parameters("older") == both
    assert store.get_run_log_by_id("older", full=True).parameters == both
    assert store.get_run_logs(parameters={"xs": [1, 2, 3]})[0].run_id == "older"


def test_run_parameters_live_apart_from_the_run_chunk(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("big")
    store.set_parameters("big", {"xs": JsonParameter(value=list(range(10_000)))})
    store.update_run_log_status("big", defaults.SUCCESS)
    # The run chunk, rewritten by status and updated_at writes, stays small however large the list.
    assert store.chunk_path("big", ChunkKey("run")).stat().st_size < 1_000
    assert store.get_parameters("big")["xs"].get_value() == list(range(10_000))


# --------------------------------------------------------------------------- what the OS refuses


def test_a_chunk_the_os_refuses_to_delete_names_the_run_the_file_and_the_verb(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    run_log = RunLog(run_id="r1")
    run_log.insert_step_log(StepLog(name="gone", internal_name="gone"))
    store.put_run_log(run_log)
    in_the_way = store.chunk_path("r1", ChunkKey("step", "gone"))
    in_the_way.unlink()
    in_the_way.mkdir()  # a folder where the stale step's chunk is: the OS refuses to unlink it
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.put_run_log(RunLog(run_id="r1"))  # the step is gone from the run: its chunk is deleted
    assert str(caught.value).startswith(f"Could not delete {in_the_way} for run 'r1': ")
    # Deleting a chunk that is not there is no error: a concurrent replace may have removed it.
    in_the_way.rmdir()
    store.delete_chunks("r1", [ChunkKey("step", "gone"), ChunkKey("step", "never-written")])
    assert store.get_run_log_by_id("r1", full=True).steps == {}


@contextmanager
def immutable(folder: Path) -> Iterator[None]:
    """``chattr +i``: nothing in the folder can be renamed or removed, not even by root."""
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("needs root and chattr")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip(f"the file system of {folder} has no immutable attribute")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_run_folder_the_os_refuses_to_move_names_the_run_and_the_folder(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r1")
    with immutable(tmp_path), pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.delete_run_log("r1")
    assert str(caught.value).startswith(f"Could not delete {store.run_folder('r1')} for run 'r1': ")
    assert store.get_run_log_by_id("r1").run_id == "r1"


def test_a_runnable_050_folder_is_parsed_once_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "map-chunked"
    shutil.copytree(legacy_samples_folder() / "map-chunked", folder)
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    parsed: list[str] = []
    read_run_folder = legacy_050.read_run_folder

    def counted(run_folder: Path, run_id: str) -> RunLog:
        parsed.append(run_id)
        return read_run_folder(run_folder, run_id)

    monkeypatch.setattr(legacy_050, "read_run_folder", counted)
    store.get_run_log_by_id("map-chunked", full=True)
    store.get_run_log_by_id("map-chunked", full=True)
    assert parsed == ["map-chunked"]  # one parse for every chunk of both reads

    run_file = folder / "RunLog.json"
    payload = json.loads(run_file.read_text())
    payload["tag"] = "changed by hand"
    run_file.write_text(json.dumps(payload))
    os.utime(run_file, ns=(time.time_ns(), time.time_ns() + 10**9))  # a new time even on coarse clocks
    assert store.get_run_log_by_id("map-chunked").tag == "changed by hand"

    run_file.write_text("{not json")
    os.utime(run_file, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    with pytest.raises(exceptions.CorruptedRunLogError, match="'map-chunked'"):
        store.get_run_log_by_id("map-chunked")


def test_a_damaged_branch_chunk_read_for_its_parameters_names_the_run_and_the_file(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    store.add_step_log(store.create_step_log("map", "map"), "r")
    store.add_branch_log(store.create_branch_log("map.0", parameters={"p": JsonParameter(value=1)}), "r")
    path = store.chunk_path("r", ChunkKey("branch", "map.0"))
    chunk = json.loads(path.read_bytes())
    chunk["body"]["parameters"] = {"p": {"kind": "no-such-kind"}}
    path.write_text(json.dumps(chunk))
    for read in (
        lambda: store.get_parameters_of_branches("r", ["map.0"]),
        lambda: store.get_parameters("r", "map.0"),
    ):
        with pytest.raises(exceptions.CorruptedRunLogError) as caught:
            read()
        assert str(caught.value).startswith(f"The run log of run 'r' is corrupted at {path}: ")


def test_a_branch_chunk_holds_the_branch_without_its_steps(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    store.add_step_log(store.create_step_log("map", "map"), "r")
    branch = store.create_branch_log("map.0", parameters={"p": JsonParameter(value=1)})
    branch.steps["map.0.s"] = StepLog(name="s", internal_name="map.0.s")
    store.add_branch_log(branch, "r")
    # Its steps have chunks of their own: a copy inside the branch would grow with every step.
    body = json.loads(store.chunk_path("r", ChunkKey("branch", "map.0")).read_bytes())["body"]
    assert "steps" not in body
    assert body["parameters"] == {"p": {"kind": "json", "value": 1}}
    assert list(store.get_branch_log("map.0", "r").steps) == ["map.0.s"]
    # And a step chunk holds the step without its branches.
    assert "branches" not in json.loads(store.chunk_path("r", ChunkKey("step", "map")).read_bytes())["body"]
    store.add_step_log(store.get_step_log("map", "r"), "r")  # rewritten with its branch under it
    assert "branches" not in json.loads(store.chunk_path("r", ChunkKey("step", "map")).read_bytes())["body"]


def test_deleting_leaves_nothing_behind_and_takes_runnable_050_folders_too(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("r")
    shutil.copytree(legacy_samples_folder() / "map-chunked", tmp_path / "map-chunked")
    store.delete_run_log("r")
    store.delete_run_log("map-chunked")
    assert list(tmp_path.iterdir()) == []  # no folder renamed out of sight and left there
    (tmp_path / "not-a-run").mkdir()  # a folder without a run in it is no run
    with pytest.raises(exceptions.RunLogNotFoundError, match="'not-a-run'"):
        store.delete_run_log("not-a-run")


def test_a_runnable_050_run_is_not_created_again(tmp_path: Path) -> None:
    shutil.copytree(legacy_samples_folder() / "map-chunked", tmp_path / "map-chunked")
    before = folder_contents(tmp_path / "map-chunked")
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    with pytest.raises(exceptions.RunLogExistsError):
        store.create_run_log("map-chunked")
    assert folder_contents(tmp_path / "map-chunked") == before
