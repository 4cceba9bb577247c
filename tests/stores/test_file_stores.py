"""What only the file-based stores can get wrong: damaged files, crashes mid-write, unsafe run ids."""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from runnable import exceptions
from runnable.models import RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked import RUN_CHUNK, ChunkKey
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore

STORE_CLASSES = [FileSystemRunLogStore, ChunkedFileSystemRunLogStore]


@pytest.fixture(params=STORE_CLASSES, ids=["file-system", "chunked-fs"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BaseRunLogStore:
    store_class: type[BaseRunLogStore] = request.param
    return store_class(log_folder=str(tmp_path / "runs"))  # type: ignore[call-arg]


def run_file(store: BaseRunLogStore, run_id: str) -> Path:
    """The file holding the run's header: the whole run, or its run chunk."""
    if isinstance(store, FileSystemRunLogStore):
        return store.path_for(run_id)
    assert isinstance(store, ChunkedFileSystemRunLogStore)
    return store.chunk_path(run_id, RUN_CHUNK)


# --------------------------------------------------------------------------- damaged files

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "not-utf8": lambda data: b"\xff\xfe\x00garbage",
    "json-list": lambda data: b"[1, 2, 3]",
    "wrong-field-type": lambda data: data.replace(b'"status":', b'"status":12,"was":', 1),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_damaged_run_file_names_run_and_file_and_hides_no_other_run(
    store: BaseRunLogStore, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    for run_id in ("good-1", "broken", "good-2"):
        store.create_run_log(run_id, tag="t")
    path = run_file(store, "broken")
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)

    for full in (False, True):
        with pytest.raises(exceptions.CorruptedRunLogError) as caught:
            store.get_run_log_by_id("broken", full=full)
        message = str(caught.value)
        assert "'broken'" in message
        assert str(path) in message
        assert caught.value.run_id == "broken"
    with pytest.raises(exceptions.CorruptedRunLogError):
        store.add_step_log(store.create_step_log("s", "s"), "broken")

    with caplog.at_level(logging.WARNING):
        listed = [run_log.run_id for run_log in store.get_run_logs()]
    assert sorted(listed) == ["good-1", "good-2"]
    assert "broken" in caplog.text
    assert path.read_bytes() == damaged  # left as found, for whoever repairs it


def test_file_holding_another_run_is_reported(tmp_path: Path) -> None:
    store = FileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("original")
    os.rename(store.path_for("original"), store.path_for("renamed"))
    with pytest.raises(exceptions.CorruptedRunLogError, match=r"rename it to original\.json") as caught:
        store.get_run_log_by_id("renamed")
    assert str(caught.value).startswith(
        f"The run log of run 'renamed' is corrupted at {store.path_for('renamed')}: it holds run 'original'; "
        "rename it to original.json (the file name must be the run id). "
    )


def test_damaged_step_chunk_names_the_chunk(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("hurt")
    store.create_run_log("fine")
    store.add_step_log(store.create_step_log("train", "train"), "hurt")
    step_path = store.chunk_path("hurt", ChunkKey("step", "train"))
    step_path.write_bytes(b'{"kind": "step", "name": "train", "order": 1, "body": {"name": 3}}')

    assert store.get_run_log_by_id("hurt").run_id == "hurt"  # the header is intact
    with pytest.raises(exceptions.CorruptedRunLogError) as caught:
        store.get_run_log_by_id("hurt", full=True)
    assert str(step_path) in str(caught.value)
    with pytest.raises(exceptions.CorruptedRunLogError, match="train"):
        store.get_step_log("train", "hurt")
    with caplog.at_level(logging.WARNING):
        assert [r.run_id for r in store.get_run_logs(full=True)] == ["fine"]


def test_chunk_filed_under_the_wrong_name_is_reported(tmp_path: Path) -> None:
    store = ChunkedFileSystemRunLogStore(log_folder=str(tmp_path))
    store.create_run_log("swap")
    store.add_step_log(store.create_step_log("a", "a"), "swap")
    store.add_step_log(store.create_step_log("b", "b"), "swap")
    a_path = store.chunk_path("swap", ChunkKey("step", "a"))
    a_path.write_bytes(store.chunk_path("swap", ChunkKey("step", "b")).read_bytes())
    with pytest.raises(exceptions.CorruptedRunLogError, match="not the step 'a'"):
        store.get_step_log("a", "swap")


# --------------------------------------------------------------------------- crash mid-write

# A writer that records ever newer versions of one large step until it is
# killed. A version is complete when both of its markers agree.
# The writer process rewrites the step with version 2 under a file size limit: the kernel kills it
# (SIGXFSZ) once the file it writes reaches ``limit`` bytes, a crash at an exact point of the write.
WRITER = textwrap.dedent(
    """
    import resource, signal, sys
    from runnable.plugins import build_service

    store = build_service((sys.argv[1], {"log_folder": sys.argv[2]}))
    step_log = store.create_step_log("big", "big")
    step_log.message = "2:" + "x" * int(sys.argv[4]) + ":2"
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; the default is to die
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
    store.add_step_log(step_log, "victim")
    """
)
PAYLOAD = 1_000_000


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE and SIGXFSZ are POSIX")
@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
@pytest.mark.parametrize("killed_at", [4096, PAYLOAD // 2, PAYLOAD], ids=["start", "middle", "end"])
def test_a_writer_killed_mid_write_leaves_the_previous_version_whole(
    tmp_path: Path, store_class: type[BaseRunLogStore], killed_at: int
) -> None:
    store = store_class(log_folder=str(tmp_path))  # type: ignore[call-arg]
    store.create_run_log("victim")
    step_log = store.create_step_log("big", "big")
    step_log.message = "1:" + "x" * PAYLOAD + ":1"
    store.add_step_log(step_log, "victim")
    class_path = f"{store_class.__module__}:{store_class.__qualname__}"

    writer = subprocess.run(
        [sys.executable, "-c", WRITER, class_path, str(tmp_path), str(killed_at), str(PAYLOAD)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert writer.returncode == -signal.SIGXFSZ, writer.stderr
    assert store.get_step_log("big", "victim").message == step_log.message
    # The torn temporary file does not show up as a run or a chunk.
    assert [run_log.run_id for run_log in store.get_run_logs()] == ["victim"]
    assert list(store.get_run_log_by_id("victim", full=True).steps) == ["big"]


# --------------------------------------------------------------------------- run ids

UNSAFE_RUN_IDS = [
    "../x",
    "/abs",
    "a/b",
    "a\\b",
    "",
    ".",
    "..",
    ".hidden",
    "nul\x00byte",
    "C:\\x",
    "C:x",
    "with space",
    "ünïcode",
    "x" * 201,
    "run..1",  # '..' is refused anywhere (runnable.run_ids)
]
SAFE_RUN_IDS = ["adjective-noun-1234", "params-python-fs", "a_b.c", "2026.11.28_10-00", "_x", "X9", "run.1"]


@pytest.mark.parametrize("run_id", UNSAFE_RUN_IDS)
def test_unsafe_run_ids_are_rejected_everywhere(store: BaseRunLogStore, tmp_path: Path, run_id: str) -> None:
    operations: list[Callable[[], object]] = [
        lambda: store.create_run_log(run_id),
        lambda: store.get_run_log_by_id(run_id),
        lambda: store.put_run_log(RunLog(run_id=run_id)),
        lambda: store.add_step_log(store.create_step_log("s", "s"), run_id),
        lambda: store.update_run_log_status(run_id, "SUCCESS"),
    ]
    for operation in operations:
        with pytest.raises(exceptions.InvalidRunIdError) as caught:
            operation()
        assert "Use a run id of 1 to 200 characters" in str(caught.value)
        assert caught.value.run_id == run_id
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["runs"])
    assert not (tmp_path / "runs").exists() or list((tmp_path / "runs").iterdir()) == []


@pytest.mark.parametrize("run_id", SAFE_RUN_IDS)
def test_safe_run_ids_are_accepted(store: BaseRunLogStore, run_id: str) -> None:
    store.create_run_log(run_id)
    assert store.get_run_log_by_id(run_id).run_id == run_id
    assert [r.run_id for r in store.get_run_logs()] == [run_id]


def test_no_write_lands_outside_the_log_folder(store: BaseRunLogStore, tmp_path: Path) -> None:
    for run_id in UNSAFE_RUN_IDS:
        with pytest.raises(exceptions.InvalidRunIdError):
            store.put_run_log(RunLog(run_id=run_id))
    store.create_run_log("inside")
    assert [p.name for p in tmp_path.iterdir()] == ["runs"]


def test_files_of_other_kinds_in_the_folder_are_not_runs(store: BaseRunLogStore, tmp_path: Path) -> None:
    store.create_run_log("real")
    folder = tmp_path / "runs"
    (folder / "notes.txt").write_text("hello")
    (folder / ".hidden.json").write_text("{}")
    (folder / "has space.json").write_text("{}")
    (folder / "has space").mkdir()
    (folder / ".tmpdir").mkdir()
    assert [r.run_id for r in store.get_run_logs()] == ["real"]


def test_listing_passes_over_temporary_files_silently_and_names_each_invalid_one(
    store: BaseRunLogStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store.create_run_log("real")
    folder = tmp_path / "runs"
    # Dot files are what writers leave (temporary and lock files): no warning on every listing.
    (folder / ".real.json.0123abcd.tmp").write_text("{}")
    (folder / ".lock.json").write_text("")
    (folder / ".tmpdir").mkdir()
    (folder / "has space.json").write_text("{}")
    (folder / "has space").mkdir()
    with caplog.at_level(logging.WARNING, logger="runnable"):
        assert [r.run_id for r in store.get_run_logs()] == ["real"]
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    invalid = "has space.json" if isinstance(store, FileSystemRunLogStore) else "has space"
    assert warnings == [f"Ignoring {invalid} in {folder}: its name is not a valid run id."]


# Permissions do not bind root, and CI runs the suite as root: the write is made by a child process
# stripped of every capability (setpriv), so file modes bind it as they bind any user. It stays uid 0
# because `nobody` cannot reach the interpreter, which lives under root's 0700 home.
UNPRIVILEGED_WRITER = textwrap.dedent(
    """
    import json, sys
    from runnable import exceptions
    from runnable.plugins import build_service

    store = build_service((sys.argv[1], {"log_folder": sys.argv[2]}))
    try:
        store.update_run_log_status("locked-out", "SUCCESS")
    except exceptions.StoreUnavailableError as exc:
        print(json.dumps({"refused": str(exc)}))
    else:
        print(json.dumps({"refused": None}))
    """
)
WITHOUT_PRIVILEGES = ["setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--"]


def unprivileged(command: list[str]) -> list[str]:
    """``command`` run without root's privileges (as it is when not root)."""
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        pytest.fail("running as root needs setpriv (util-linux) to test permissions")
    return [*WITHOUT_PRIVILEGES, *command]


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX permissions")
@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
@pytest.mark.parametrize("refused_at", ["lock", "write"])
def test_unwritable_folder_raises_a_store_error_naming_it(
    store_class: type[BaseRunLogStore], tmp_path: Path, refused_at: str
) -> None:
    store = store_class(log_folder=str(tmp_path))  # type: ignore[call-arg]
    store.create_run_log("locked-out")
    if refused_at == "write":
        store.update_run_log_status("locked-out", "CREATED")  # leaves the lock file: the write is refused
    folder = run_file(store, "locked-out").parent
    folder.chmod(0o500)
    class_path = f"{store_class.__module__}:{store_class.__qualname__}"
    try:
        child = subprocess.run(
            unprivileged([sys.executable, "-c", UNPRIVILEGED_WRITER, class_path, str(tmp_path)]),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o700)

    assert child.returncode == 0, child.stderr
    refused = json.loads(child.stdout)["refused"]
    assert refused is not None and str(folder) in refused and "Permission denied" in refused
    assert "of run 'locked-out'" in refused or "for run 'locked-out'" in refused
    # The verb says what was refused: a lock, or the write (chunked-fs updates the run chunk in place).
    verbs = ("Could not take the lock",) if refused_at == "lock" else ("Could not write", "Could not update")
    assert refused.startswith(verbs)
    assert store.get_run_log_by_id("locked-out").status == "CREATED"


@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
def test_a_log_folder_that_does_not_exist_yet_is_made_with_its_parents(
    tmp_path: Path, store_class: type[BaseRunLogStore]
) -> None:
    store = store_class(log_folder=str(tmp_path / "not" / "there" / "yet"))  # type: ignore[call-arg]
    store.create_run_log("first")
    assert [run.run_id for run in store.get_run_logs()] == ["first"]
    assert run_file(store, "first").is_relative_to(tmp_path / "not" / "there" / "yet")


@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
def test_log_folder_that_is_a_file_raises_a_store_error(
    tmp_path: Path, store_class: type[BaseRunLogStore]
) -> None:
    not_a_folder = tmp_path / "runs"
    not_a_folder.write_text("I am a file")
    store = store_class(log_folder=str(not_a_folder))  # type: ignore[call-arg]
    with pytest.raises(exceptions.StoreUnavailableError, match="Check that") as caught:
        store.create_run_log("r1")
    assert str(not_a_folder) in str(caught.value)
    assert str(caught.value).startswith("Could not create") and "run 'r1'" in str(caught.value)
    # A misconfigured store is not a missing run: reads say what is wrong too.
    with pytest.raises(exceptions.StoreUnavailableError, match="Not a directory"):
        store.get_run_log_by_id("r1")
    with pytest.raises(exceptions.StoreUnavailableError) as listing:
        store.get_run_logs()
    assert str(listing.value) == (
        f"Could not list the run log folder {not_a_folder}: Not a directory. "
        "Check that it is a readable folder."
    )
    assert not_a_folder.read_text() == "I am a file"


@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
def test_a_file_system_without_hard_links_still_creates_each_run_once(
    tmp_path: Path, store_class: type[BaseRunLogStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    # FAT and some network mounts refuse hard links: creation falls back to an exclusive open.
    # Simulated (no such mount can be made here): os.link fails as it does there.
    def no_hard_links(source: object, target: object, **_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    store = store_class(log_folder=str(tmp_path))  # type: ignore[call-arg]
    store.create_run_log("once", tag="first")
    with pytest.raises(exceptions.RunLogExistsError):
        store.create_run_log("once", tag="second")
    assert store.get_run_log_by_id("once").tag == "first"
    assert not [p.name for p in tmp_path.rglob("*") if p.is_file() and ".tmp" in p.name]


@pytest.mark.parametrize("store_class", STORE_CLASSES, ids=["file-system", "chunked-fs"])
def test_a_file_system_that_cannot_sync_folders_still_takes_writes(
    tmp_path: Path, store_class: type[BaseRunLogStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some file systems (a few network mounts) refuse fsync on a folder: renames there are as durable
    # as the file system makes them, and the write goes through. Simulated: os.fsync fails on folders.
    real_fsync = os.fsync

    def files_only(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", files_only)
    store = store_class(log_folder=str(tmp_path))  # type: ignore[call-arg]
    store.create_run_log("synced", tag="first")
    store.update_run_log_status("synced", "SUCCESS")
    assert store.get_run_log_by_id("synced").status == "SUCCESS"
