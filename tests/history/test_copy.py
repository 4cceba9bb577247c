"""Copy between stores: equal run logs, idempotent, verified, refuses conflicts, survives outage and kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from history_samples import sample_runs
from runnable import config, defaults, exceptions, plugins
from runnable.history import RunSelection, copy_runs, verify_copy
from runnable.history import copy as copy_module
from runnable.models import JsonParameter, RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import assert_same_run_log, example_run_log
from sql_statements import recorded_statements

StoreFactory = Callable[..., BaseRunLogStore]
RUNNABLE = Path(sys.executable).parent / "runnable"


def _filled(store: BaseRunLogStore) -> BaseRunLogStore:
    for run_log in sample_runs():
        store.put_run_log(run_log)
    return store


@pytest.mark.parametrize(
    ("source_kind", "destination_kind"),
    [
        ("file-system", "sqlite"),
        ("chunked-fs", "sqlite"),
        ("sqlite", "postgres"),
        ("postgres", "chunked-minio"),
        ("sqlite", "mariadb"),
        ("mariadb", "chunked-fs"),
        ("chunked-minio", "file-system"),
        ("buffered", "chunked-fs"),
    ],
)
def test_copy_gives_equal_run_logs(make_store: StoreFactory, source_kind: str, destination_kind: str) -> None:
    source, destination = _filled(make_store(source_kind)), make_store(destination_kind)
    report = copy_runs(source, destination)
    expected = sample_runs()
    assert (report.selected, report.copied, report.already_there) == (len(expected), len(expected), 0)
    assert report.verify is not None and report.verify.ok and report.verify.matching == len(expected)
    for run_log in expected:
        assert_same_run_log(destination.get_run_log_by_id(run_log.run_id, full=True), run_log)


def test_copying_again_copies_nothing_and_filters_apply(make_store: StoreFactory) -> None:
    source, destination = _filled(make_store("chunked-fs")), make_store("sqlite")
    first = copy_runs(source, destination, RunSelection(status="FAIL"))
    assert (first.selected, first.copied) == (1, 1)
    assert [run.run_id for run in destination.get_run_logs()] == ["sample-1"]
    again = copy_runs(source, destination)
    assert (again.copied, again.already_there) == (len(sample_runs()) - 1, 1)
    last = copy_runs(source, destination)
    assert (last.copied, last.already_there) == (0, len(sample_runs()))


def test_a_different_run_under_the_same_id_is_refused(make_store: StoreFactory) -> None:
    source, destination = _filled(make_store("file-system")), make_store("sqlite")
    other = example_run_log("sample-2")
    other.tag = "someone else's run"
    destination.put_run_log(other)
    with pytest.raises(
        exceptions.RunConflictError, match=r"different run under the id 'sample-2'.*--overwrite"
    ):
        copy_runs(source, destination, RunSelection(run_ids=("sample-2",)))
    assert destination.get_run_log_by_id("sample-2").tag == "someone else's run"
    report = copy_runs(source, destination, overwrite=True)
    assert report.replaced == 1 and report.verify is not None and report.verify.ok
    assert destination.get_run_log_by_id("sample-2").tag == "nightly"


def test_verify_finds_missing_and_different_runs(make_store: StoreFactory) -> None:
    source, destination = _filled(make_store("chunked-fs")), make_store("file-system")
    copy_runs(source, destination)
    destination.delete_run_log("sample-0")
    changed = destination.get_run_log_by_id("sample-1", full=True)
    changed.status = "SUCCESS"
    destination.put_run_log(changed)
    report = verify_copy(source, destination)
    assert not report.ok
    assert (report.missing_ids, report.different_ids) == (["sample-0"], ["sample-1"])
    assert report.matching == report.selected - 2


class _LossyStore(BufferedRunLogStore):
    """A destination that loses one run and changes another as it stores them (a broken store)."""

    def put_run_log(self, run_log: RunLog) -> None:
        if run_log.run_id == "sample-0":
            return
        if run_log.run_id == "sample-1":
            run_log = run_log.model_copy(update={"tag": "mangled"})
        super().put_run_log(run_log)


def test_the_copy_reads_back_what_it_wrote_and_reports_what_does_not_match(make_store: StoreFactory) -> None:
    source, destination = _filled(make_store("chunked-fs")), _LossyStore()
    report = copy_runs(source, destination)
    assert report.verify is not None and not report.verify.ok
    assert (report.verify.missing_ids, report.verify.different_ids) == (["sample-0"], ["sample-1"])
    assert report.verify.selected == report.selected == len(sample_runs())
    assert report.verify.matching == report.selected - 2
    again = copy_runs(source, destination, overwrite=True)
    assert again.already_there == report.selected - 2 and again.verify is not None
    assert again.verify.selected == report.selected and again.verify.matching == report.selected - 2
    assert copy_runs(source, destination, overwrite=True, verify=False).verify is None


def test_progress_counts_the_runs_first_unless_told_not_to(
    make_store: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_module, "PAGE_SIZE", 2)
    source = _filled(make_store("buffered"))
    total = len(sample_runs())
    counted: list[tuple[int, int]] = []
    copy_runs(source, make_store("buffered"), progress=lambda done, of: counted.append((done, of)))
    assert counted == [(min(done, total), total) for done in range(2, total + 2, 2)]
    uncounted: list[tuple[int, int]] = []
    copy_runs(
        source,
        make_store("buffered"),
        progress=lambda done, of: uncounted.append((done, of)),
        count_first=False,
    )
    assert uncounted == [(done, done) for done, _ in counted]


def test_unknown_run_id_copies_nothing(make_store: StoreFactory) -> None:
    source, destination = _filled(make_store("buffered")), make_store("buffered")
    with pytest.raises(exceptions.RunLogNotFoundError, match="nope"):
        copy_runs(source, destination, RunSelection(run_ids=("sample-0", "nope")))
    assert list(destination.iter_run_ids()) == []


@pytest.mark.s3
def test_a_destination_that_stops_answering_stops_the_copy_and_a_rerun_finishes_it(
    make_store: StoreFactory, s3_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_module, "PAGE_SIZE", 3)
    source = make_store("sqlite")
    for index in range(12):
        source.put_run_log(example_run_log(f"run-{index:02d}"))
    destination = make_store("chunked-minio", max_attempts=1)

    def outage_after_three(done: int, total: int) -> None:
        if done == 3:  # the first page is written
            s3_server.control(fail_next=10_000)

    try:
        with pytest.raises(
            exceptions.StoreUnavailableError, match=r"stopped at run .* run the same copy again"
        ):
            copy_runs(source, destination, progress=outage_after_three)
    finally:
        s3_server.control(fail_next=0)
    held = set(destination.iter_run_ids())
    assert 3 <= len(held) < 12
    for run_id in held:  # what is there is whole
        assert_same_run_log(
            destination.get_run_log_by_id(run_id, full=True), source.get_run_log_by_id(run_id, full=True)
        )
    report = copy_runs(source, destination)
    assert report.verify is not None and report.verify.ok
    assert report.copied + report.already_there == 12 and report.already_there >= 3


def _build(configuration: Path) -> BaseRunLogStore:
    loaded = config.load(str(configuration))
    return plugins.build("run_log_store", loaded.service("run_log_store"), expected=BaseRunLogStore)


@pytest.mark.slow
def test_a_copy_killed_with_sigkill_resumes_without_duplicates_or_loss(
    store_config: Callable[[str], Path], tmp_path: Path
) -> None:
    source_config, destination_config = store_config("chunked-fs"), store_config("sqlite")
    source = _build(source_config)
    runs = 400
    for index in range(runs):
        source.put_run_log(example_run_log(f"run-{index:04d}"))
    command = [str(RUNNABLE), "runs", "copy", "--from", str(source_config), "--to", str(destination_config)]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    copying = subprocess.Popen(
        command, cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    destination = _build(destination_config)
    deadline = time.monotonic() + 120
    copied = 0
    while time.monotonic() < deadline and copying.poll() is None:
        copied = sum(1 for _ in destination.iter_run_ids())
        if copied >= 40:
            break
        time.sleep(0.05)
    assert copying.poll() is None, "the copy finished before it could be killed: make it bigger"
    os.kill(copying.pid, signal.SIGKILL)
    copying.wait()
    partial = list(destination.iter_run_ids())
    assert 40 <= len(partial) < runs
    finished = subprocess.run(
        command, cwd=tmp_path, env=environment, capture_output=True, text=True, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert "Verified" in finished.stdout
    stored = list(destination.iter_run_ids())
    assert len(stored) == len(set(stored)) == runs
    report = verify_copy(source, destination)
    assert report.ok and report.matching == runs


@pytest.mark.postgres
def test_the_command_never_shows_the_destination_password(
    store_config: Callable[[str], Path], postgres_url: str, tmp_path: Path
) -> None:
    source_config, destination_config = store_config("chunked-fs"), store_config("postgres")
    _filled(_build(source_config))
    password = postgres_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    environment["COLUMNS"] = "400"  # no line wrapping that could split the password
    command = [str(RUNNABLE), "runs", "copy", "--from", str(source_config), "--to", str(destination_config)]
    for extra in ([], ["--json"]):
        done = subprocess.run(
            [*command, *extra],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert password not in done.stdout + done.stderr
        assert "database at postgresql" in done.stdout and defaults.MASK in done.stdout


@pytest.mark.parametrize(
    "kind",
    [
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ],
)
def test_the_database_writes_a_page_of_runs_in_a_fixed_number_of_statements(
    make_store: StoreFactory, kind: str
) -> None:
    destination = make_store(kind)
    big_value = {"rows": list(range(600))}  # stored once per run, in the values table
    destination.put_run_log(example_run_log("warm-up"))  # creates the tables

    def page(size: int, tag: str) -> list[RunLog]:
        runs = [example_run_log(f"{size}-{index:03d}") for index in range(size)]
        for run_log in runs:
            run_log.tag = tag
            run_log.parameters["big"] = JsonParameter(value=big_value)
        return runs

    counts = {}
    for size in (1, 60):
        with recorded_statements() as seen:
            destination.put_run_logs(page(size, "first"))
        counts[size] = len(seen)
        # Replacing the same runs with fewer steps leaves none of their old rows behind.
        shorter = page(size, "second")
        for run_log in shorter:
            run_log.steps.pop(next(iter(run_log.steps)))
        destination.put_run_logs(shorter)
        for run_log in shorter:
            assert_same_run_log(destination.get_run_log_by_id(run_log.run_id, full=True), run_log)
    assert counts[1] == counts[60] <= 10
