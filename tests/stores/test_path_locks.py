"""The locks chunked-fs and file-system writers take: across processes, across threads, bounded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from runnable import exceptions
from runnable.run_log_store import _io


def _increment(path: Path) -> None:
    current = int(path.read_text()) if path.exists() else 0
    path.write_text(str(current + 1))


def test_threads_exclude_each_other_and_a_holder_may_take_the_lock_again(tmp_path: Path) -> None:
    locks = _io.PathLocks()
    counter = tmp_path / "counter"

    def work() -> None:
        for _ in range(200):
            with locks.hold(counter, "run"), locks.hold(counter, "run"):  # reentrant
                _increment(counter)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert int(counter.read_text()) == 800


def test_processes_exclude_each_other(tmp_path: Path) -> None:
    counter = tmp_path / "counter"
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from runnable.run_log_store import _io
        locks, counter = _io.PathLocks(), Path({str(counter)!r})
        for _ in range(150):
            with locks.hold(counter, "run"):
                current = int(counter.read_text()) if counter.exists() else 0
                counter.write_text(str(current + 1))
        """
    )
    writers = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(3)]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0, 0]
    assert int(counter.read_text()) == 450


def test_a_held_lock_times_out_with_a_clear_error_and_is_freed_when_its_holder_dies(tmp_path: Path) -> None:
    target = tmp_path / "run.json"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from runnable.run_log_store import _io
                with _io.PathLocks().hold(Path({str(target)!r}), "held-run"):
                    print("held", flush=True)
                    time.sleep(600)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with (
            pytest.raises(exceptions.StoreUnavailableError) as caught,
            _io.PathLocks(timeout=0.2).hold(target, "held-run"),
        ):
            pass
        message = str(caught.value)
        assert "held-run" in message and str(_io.PathLocks.lock_path(target)) in message
    finally:
        holder.kill()
        holder.wait()
    with _io.PathLocks(timeout=5).hold(target, "held-run"):
        pass  # the kernel released the dead holder's lock


def test_many_paths_keep_a_bounded_number_of_lock_files_and_descriptors(tmp_path: Path) -> None:
    locks = _io.PathLocks()
    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else None
    for index in range(1000):
        with locks.hold(tmp_path / f"branch-{index}.json", "run"):
            pass
    lock_files = [name for name in os.listdir(tmp_path) if name.startswith(".lock.")]
    assert 0 < len(lock_files) <= _io.LOCK_STRIPES
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) - before <= _io.MAX_OPEN_LOCK_FILES


def test_a_forked_child_does_not_share_its_parents_lock(tmp_path: Path) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    locks = _io.PathLocks(timeout=0.3)
    target = tmp_path / "run.json"
    with locks.hold(target, "run"):
        child = os.fork()
        if child == 0:  # the child must wait for the parent's lock, not inherit it
            try:
                with locks.hold(target, "run"):
                    os._exit(1)
            except exceptions.StoreUnavailableError:
                os._exit(0)
            os._exit(2)
        _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_locks_in_more_folders_than_the_bound_close_the_idle_lock_files(tmp_path: Path) -> None:
    # A lock file serves one folder (a run's folder for chunked-fs): a long-lived process writing many
    # runs must not keep a descriptor per run it ever wrote.
    locks = _io.PathLocks()
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc/self/fd")
    before = len(os.listdir(fds))
    folders = [tmp_path / f"run-{index}" for index in range(_io.MAX_OPEN_LOCK_FILES + 40)]
    for folder in folders:
        folder.mkdir()
        with locks.hold(folder / "chunk.json", "run"):
            pass
    assert len(os.listdir(fds)) - before <= _io.MAX_OPEN_LOCK_FILES
    # A folder whose lock file was closed is locked again as before.
    with locks.hold(folders[0] / "chunk.json", "run"):
        pass


def test_a_closed_lock_file_is_never_closed_again_under_its_next_owner(tmp_path: Path) -> None:
    # A stripe dropped from the cache is closed, then closed again when collected: the second close
    # must not close whatever file has since been given the same descriptor number.
    stripe = _io._Stripe(tmp_path / ".lock.0", timeout=1.0)
    stripe.acquire("run")
    stripe.release()
    stripe.close()
    next_owner = os.open(tmp_path / "next-owner", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        stripe.close()
        os.fstat(next_owner)  # still open
    finally:
        os.close(next_owner)
