"""``runnable runs list`` and ``runs show`` on a file store whose runs are recorded through the store API."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

import runnable
from runnable import defaults
from runnable.models import (
    BranchLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    StepAttempt,
    StepLog,
)
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.run_log_store.sql.store import DatabaseRunLogStore

SAMPLES = Path(runnable.__file__).parent / "_samples" / "runnable_0_50"
NOW = datetime.now(timezone.utc)


@pytest.fixture(autouse=True)
def now_is_when_the_test_runs() -> None:
    """Runs are recorded minutes before "now": a NOW taken at import would drift in a long session."""
    global NOW
    NOW = datetime.now(timezone.utc)


STORES: dict[str, Callable[[Path], BaseRunLogStore]] = {
    "file-system": lambda folder: FileSystemRunLogStore(log_folder=str(folder / "runs")),
    "chunked-fs": lambda folder: ChunkedFileSystemRunLogStore(log_folder=str(folder / "runs")),
    "database": lambda folder: DatabaseRunLogStore(connection_string=f"sqlite:///{folder / 'runs.db'}"),
}
SETTINGS = {
    "file-system": "log_folder: runs",
    "chunked-fs": "log_folder: runs",
    "database": "connection_string: sqlite:///runs.db",
}


@pytest.fixture(params=sorted(STORES))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BaseRunLogStore:
    """The same runs, recorded through the store API, in each built-in store the CLI is configured with."""
    kind: str = request.param
    (tmp_path / "runnable-config.yaml").write_text(
        f"run-log-store:\n  type: {kind}\n  config:\n    {SETTINGS[kind]}\n"
    )
    return STORES[kind](tmp_path)


def record(
    store: BaseRunLogStore,
    run_id: str,
    *,
    age: timedelta,
    status: str = defaults.SUCCESS,
    tag: str = "",
    took: timedelta = timedelta(seconds=3),
) -> RunLog:
    store.create_run_log(run_id, tag=tag)
    run_log = store.get_run_log_by_id(run_id, full=True)
    run_log.created_at = NOW - age
    run_log.updated_at = NOW - age + took
    run_log.status = status
    store.put_run_log(run_log)
    return run_log


@pytest.fixture
def history(store: BaseRunLogStore) -> BaseRunLogStore:
    record(store, "old-nightly", age=timedelta(days=10), tag="nightly")
    record(store, "failed-nightly", age=timedelta(days=3), status=defaults.FAIL, tag="nightly")
    record(store, "adhoc", age=timedelta(hours=5), tag="")
    record(store, "running-now", age=timedelta(minutes=1), status=defaults.PROCESSING, tag="nightly")
    return store


def listed(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [run["run_id"] for run in json.loads(result.stdout)]


def test_list_newest_first_as_a_table(cli: Callable[..., Result], history: BaseRunLogStore) -> None:
    result = cli("runs", "list")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["run", "id", "status"]
    assert [line.split()[0] for line in lines[1:]] == [
        "running-now",
        "adhoc",
        "failed-nightly",
        "old-nightly",
    ]
    failed = next(line for line in lines if line.startswith("failed-nightly"))
    assert "FAIL" in failed and "nightly" in failed and failed.rstrip().endswith("3.00s")
    running = next(line for line in lines if line.startswith("running-now"))
    assert running.rstrip().endswith((NOW - timedelta(minutes=1) + timedelta(seconds=3)).strftime("%H:%M:%S"))


def test_list_json_is_machine_readable(cli: Callable[..., Result], history: BaseRunLogStore) -> None:
    result = cli("runs", "list", "--json")
    runs = json.loads(result.stdout)
    assert [run["run_id"] for run in runs] == ["running-now", "adhoc", "failed-nightly", "old-nightly"]
    assert runs[2]["status"] == "FAIL" and runs[2]["tag"] == "nightly"
    assert all(run["steps"] == {} for run in runs)  # headers only
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--tag", "nightly"], ["running-now", "failed-nightly", "old-nightly"]),
        (["--status", "fail"], ["failed-nightly"]),
        (["--tag", "nightly", "--status", "SUCCESS"], ["old-nightly"]),
        (["--since", "7d"], ["running-now", "adhoc", "failed-nightly"]),
        (["--since", "6h", "--until", "2m"], ["adhoc"]),
        (["--until", (NOW - timedelta(days=5)).date().isoformat()], ["old-nightly"]),
        (
            ["--since", (NOW - timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ")],
            ["running-now", "adhoc", "failed-nightly"],
        ),
        (["--limit", "2"], ["running-now", "adhoc"]),
        (["--limit", "2", "--after", "adhoc"], ["failed-nightly", "old-nightly"]),
        (["--tag", "weekly"], []),
    ],
)
def test_list_filters(
    cli: Callable[..., Result], history: BaseRunLogStore, options: list[str], expected: list[str]
) -> None:
    assert listed(cli("runs", "list", "--json", *options)) == expected


def test_full_page_tells_how_to_get_the_next(cli: Callable[..., Result], history: BaseRunLogStore) -> None:
    result = cli("runs", "list", "--limit", "2")
    assert result.exit_code == 0
    assert "--after adhoc" in result.stderr
    assert "--after" not in cli("runs", "list", "--limit", "10").stderr


def test_list_of_an_empty_store(cli: Callable[..., Result], store: BaseRunLogStore) -> None:
    result = cli("runs", "list")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No runs yet" in result.stderr
    assert json.loads(cli("runs", "list", "--json").stdout) == []


def test_after_an_unknown_run_is_a_usage_error(cli: Callable[..., Result], history: BaseRunLogStore) -> None:
    result = cli("runs", "list", "--after", "no-such-run")
    assert result.exit_code == 2
    assert "no-such-run" in result.stderr and "Traceback" not in result.stderr


# --------------------------------------------------------------------------- runs show


def attempt(start: datetime, seconds: float, status: str = defaults.SUCCESS, **fields: Any) -> StepAttempt:
    return StepAttempt(start_time=start, end_time=start + timedelta(seconds=seconds), status=status, **fields)


@pytest.fixture
def detailed_run(store: BaseRunLogStore) -> RunLog:
    run_log = record(store, "detailed", age=timedelta(minutes=10), status=defaults.FAIL, tag="exp-1")
    start = run_log.created_at
    store.set_parameters(
        "detailed", {"lr": JsonParameter(value=0.1), "model": ObjectParameter(value="model")}
    )
    train = StepLog(name="train", internal_name="train", status=defaults.SUCCESS)
    train.attempts = [
        attempt(start, 1.5, defaults.FAIL, message="flaky"),
        attempt(
            start + timedelta(seconds=2),
            4.25,
            output_parameters={
                "accuracy": MetricParameter(value=0.93),
                "model": ObjectParameter(value="model"),
            },
            user_defined_metrics={"accuracy": MetricParameter(value=0.93)},
        ),
    ]
    store.add_step_log(train, "detailed")
    fan_out = StepLog(name="fan_out", internal_name="fan_out", status=defaults.FAIL, step_type=defaults.MAP)
    store.add_step_log(fan_out, "detailed")
    for value, status in (("0.5", defaults.SUCCESS), ("2", defaults.FAIL)):
        branch_name = f"fan_out.{value.replace('.', '%2E')}"
        store.add_branch_log(
            BranchLog(
                internal_name=branch_name, status=status, parameters={"chunk": JsonParameter(value=value)}
            ),
            "detailed",
        )
        inner = StepLog(name="score", internal_name=f"{branch_name}.score", status=status)
        message = (
            ""
            if status == defaults.SUCCESS
            else "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero"
        )
        inner.attempts = [attempt(start + timedelta(seconds=7), 0.5, status, message=message)]
        store.add_step_log(inner, "detailed")
    return store.get_run_log_by_id("detailed", full=True)


def test_show_is_a_tree_of_steps(cli: Callable[..., Result], detailed_run: RunLog) -> None:
    result = cli("runs", "show", "detailed")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.splitlines()[0].startswith("run detailed  FAIL")
    assert "tag exp-1" in text
    for expected in (
        "lr = 0.1",
        "model = <pickled object, catalog name 'model'>",
        "train  SUCCESS  task · 6.25s · 2 attempts",
        "accuracy = 0.93",
        "fan_out  FAIL  map",
        "branch 0.5  SUCCESS",
        "branch 2  FAIL",
        'chunk = "0.5"',
        "ZeroDivisionError: division by zero",
    ):
        assert expected in text, f"{expected!r} not in:\n{text}"
    # Steps nest under their branch, branches under their step, in the order they ran.
    assert text.index("train") < text.index("fan_out") < text.index("branch 0.5") < text.index("score")
    metrics_block = text[text.index("metrics") :]
    assert "accuracy = 0.93" in metrics_block
    returned_block = text[text.index("returned") : text.index("metrics")]
    assert "accuracy" not in returned_block  # a metric is shown once, as a metric


def test_show_json_is_the_full_run_log(cli: Callable[..., Result], detailed_run: RunLog) -> None:
    result = cli("runs", "show", "detailed", "--json")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert RunLog.model_validate(json.loads(result.stdout)) == detailed_run


def test_show_unknown_run_is_a_usage_error(cli: Callable[..., Result], store: BaseRunLogStore) -> None:
    result = cli("runs", "show", "no-such-run")
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.count("\n") == 0
    assert "no-such-run" in message and "Traceback" not in message


@pytest.mark.parametrize(("kind", "sample"), [("file-system", "map-fs.json"), ("chunked-fs", "map-chunked")])
def test_show_a_run_written_by_runnable_050(
    cli: Callable[..., Result], tmp_path: Path, kind: str, sample: str
) -> None:
    (tmp_path / "runnable-config.yaml").write_text(f"run-log-store:\n  type: {kind}\n")
    folder = tmp_path / defaults.DEFAULT_RUN_LOG_FOLDER
    folder.mkdir()
    if (SAMPLES / sample).is_dir():
        shutil.copytree(SAMPLES / sample, folder / sample)
    else:
        shutil.copy(SAMPLES / sample, folder / sample)
    run_id = sample.removesuffix(".json")
    result = cli("runs", "show", run_id)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.count("branch ") == 3
    assert text.count("execute_notebook  SUCCESS") == 3
    # The map step has no attempt of its own; it still comes before the step that ran after it.
    assert text.index("map_state") < text.index("collect")
    assert listed(cli("runs", "list", "--json")) == [run_id]


def test_console_script_lists_and_shows(console_script: Callable[..., Any], history: BaseRunLogStore) -> None:
    completed = console_script("runs", "list", "--json", "--status", "FAIL")
    assert completed.returncode == 0, completed.stderr
    assert [run["run_id"] for run in json.loads(completed.stdout)] == ["failed-nightly"]
    shown = console_script("runs", "show", "failed-nightly", "--json")
    assert json.loads(shown.stdout)["status"] == "FAIL"
    missing = console_script("runs", "show", "nope")
    assert missing.returncode == 2
    assert "nope" in missing.stderr and "Traceback" not in missing.stderr
