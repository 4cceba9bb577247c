"""SQL metacharacters in every filter and path-like names in steps, tags and map values, on every store.

A filter value is data, never syntax: it matches exactly what equals it (no SQL, no LIKE or glob
wildcards) and breaks nothing. A name that looks like a path stays a name: nothing is written
outside the store and catalog folders, and the name reads back as it was given.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_support import LOCAL_STORES, any_store, build_store  # noqa: F401  (fixtures by name)
from typer.testing import CliRunner, Result

from runnable import Map, Pipeline, PythonTask, Stub, defaults, exceptions
from runnable.cli import app
from runnable.models import (
    BranchLog,
    JsonParameter,
    RunLog,
    StepLog,
    decode_name_segment,
    encode_name_segment,
    join_internal_name,
)
from runnable.run_log_store.base import BaseRunLogStore
from store_sections import store_section

T0 = datetime(2026, 5, 1, tzinfo=timezone.utc)

HOSTILE_TEXT = [
    "'; DROP TABLE runnable_runs; --",
    "x' OR '1'='1",
    '" OR ""="',
    "%",
    "_",
    "\\",
    "[a]*?",
    "../x",
    "$(id)\u202e\t\n",
]
# Fewer for the filters that every store answers by reading each run (run ids, cursors, statuses).
SQL_TEXT = HOSTILE_TEXT[:3]


def _texts_for(store: BaseRunLogStore) -> list[str]:
    # The S3 stores answer these filters by reading every run (a request or two each): fewer runs.
    return HOSTILE_TEXT if "minio" not in str(getattr(store, "service_name", "")) else HOSTILE_TEXT[:5]


def _tagged_runs(store: BaseRunLogStore) -> dict[str, str]:
    """One run per hostile tag (and parameter value); returns run id by tag."""
    run_ids = {}
    for index, tag in enumerate(_texts_for(store)):
        run_id = f"run-{index}"
        store.put_run_log(
            RunLog(
                run_id=run_id,
                tag=tag,
                status=defaults.SUCCESS,
                created_at=T0 + timedelta(seconds=index),
                parameters={"p": JsonParameter(value=tag), tag: JsonParameter(value=index)},
            )
        )
        run_ids[tag] = run_id
    return run_ids


def test_filters_take_metacharacters_as_data(any_store: BaseRunLogStore) -> None:  # noqa: F811
    run_ids = _tagged_runs(any_store)
    everything = [run.run_id for run in any_store.get_run_logs()]
    assert sorted(everything) == sorted(run_ids.values())

    for tag, run_id in run_ids.items():
        assert [run.run_id for run in any_store.get_run_logs(tag=tag)] == [run_id], tag
        assert [run.run_id for run in any_store.get_run_logs(parameters={"p": tag})] == [run_id], tag

    for index, hostile in enumerate(SQL_TEXT):
        assert [run.run_id for run in any_store.get_run_logs(parameters={hostile: index})] == [
            run_ids[hostile]
        ]
        assert any_store.get_run_logs(status=hostile) == []
        # Stores that turn run ids into paths refuse such an id, naming it.
        with contextlib.suppress(exceptions.InvalidRunIdError):
            assert any_store.get_run_logs(run_ids=[hostile]) == []
        with pytest.raises((exceptions.RunLogNotFoundError, exceptions.InvalidRunIdError)):
            any_store.get_run_logs(after=hostile)
        with pytest.raises((exceptions.RunLogNotFoundError, exceptions.InvalidRunIdError)):
            any_store.get_run_log_by_id(hostile)

    # Nothing was dropped, rewritten or lost on the way.
    assert [run.run_id for run in any_store.get_run_logs()] == everything


@pytest.mark.parametrize("kind", LOCAL_STORES)
def test_cli_filters_take_metacharacters_as_data(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = build_store(kind, tmp_path, request)
    run_ids = _tagged_runs(store)
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": store_section(kind, tmp_path)}))

    runner = CliRunner()

    def runs_list(*args: str) -> Result:
        return runner.invoke(app, ["runs", "list", "--json", "-c", str(config), *args])

    for tag in ("%", "_", "x' OR '1'='1", "'; DROP TABLE runnable_runs; --"):
        listed = runs_list("--tag", tag)
        assert listed.exit_code == 0, listed.stderr
        assert [run["run_id"] for run in yaml.safe_load(listed.stdout)] == [run_ids[tag]]
    for option, value in (
        ("--status", "SUCCESS' OR '1'='1"),
        ("--since", "1' OR 1=1"),
        ("--after", "x' OR 1=1"),
    ):
        refused = runs_list(option, value)
        assert refused.exit_code == 2, (option, refused.stderr)
        assert "Traceback" not in refused.stderr and refused.stderr.strip()
    assert len(yaml.safe_load(runs_list("--limit", "100").stdout)) == len(run_ids)


# --------------------------------------------------------------------------- path-like names

MAP_VALUES = ["../x", "a/b", ".", "..", "/etc/passwd", "a\\b", "%2E", "~", "$HOME", "*"]
# Keys that collide, are empty or too long are numbered (#0, #1...): this list has all three.
AWKWARD_VALUES = ["../x", "../x", "", " ", "x" * 150]


def items() -> list[str]:
    return MAP_VALUES


def awkward() -> list[str]:
    return AWKWARD_VALUES


def echo(item: str) -> str:
    return item


@pytest.mark.parametrize("kind", LOCAL_STORES)
def test_path_like_names_stay_names(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    config = work / "config.yaml"
    section = store_section(kind, work)
    config.write_text(yaml.safe_dump({"run-log-store": section, "catalog": {"type": "file-system"}}))
    branch = Pipeline(steps=[PythonTask(function=echo, name="sh/ow", returns=["out"])])
    pipeline = Pipeline(
        steps=[
            PythonTask(function=items, name="up/x", returns=["values"]),
            PythonTask(function=awkward, name="/abs", returns=["awkward"]),
            Stub(name="a\\b"),
            Stub(name="%2E%2E"),
            Map(name="/map", iterate_on="values", iterate_as="item", branch=branch),
            Map(name="~/map", iterate_on="awkward", iterate_as="item", branch=branch),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(config), run_id="names", tag="../../etc")

    assert run_log.status == defaults.SUCCESS
    # Everything stayed in the work folder: the store, the catalog and the files we wrote.
    assert [path.name for path in tmp_path.iterdir()] == ["work"]
    written = {path.name for path in work.iterdir()}
    store_entries = {"run-logs"} if kind != "sqlite" else {"runs.db", "runs.db-wal", "runs.db-shm"}
    assert written <= {"config.yaml", ".catalog", *store_entries}, written
    logs = {path.name for path in (work / ".catalog" / "names").iterdir()}
    assert len(logs) == 2 + len(MAP_VALUES) + len(AWKWARD_VALUES)

    stored = build_store_from(config).get_run_log_by_id("names", full=True)
    assert stored == run_log and stored.tag == "../../etc"
    assert [step.name for step in stored.steps.values()][:4] == ["up/x", "/abs", "a\\b", "%2E%2E"]
    map_step = next(step for step in stored.steps.values() if step.name == "/map")
    keys = [decode_name_segment(name.rpartition(".")[2]) for name in map_step.branches]
    assert keys == MAP_VALUES
    assert stored.parameters["out"].get_value() == AWKWARD_VALUES  # the last map's reduction


def build_store_from(config: Path) -> BaseRunLogStore:
    from runnable import config as configuration
    from runnable import plugins

    loaded = configuration.load(config)
    return plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)


def test_path_like_internal_names_round_trip_through_every_store(any_store: BaseRunLogStore) -> None:  # noqa: F811
    any_store.create_run_log("paths")
    map_name = encode_name_segment("../map")
    any_store.add_step_log(StepLog(name="../map", internal_name=map_name, step_type="map"), "paths")
    names: dict[str, Any] = {}
    for value in MAP_VALUES:
        branch_name = join_internal_name(map_name, encode_name_segment(value))
        branch = BranchLog(internal_name=branch_name, parameters={"v": JsonParameter(value=value)})
        any_store.add_branch_log(branch, "paths")
        step_name = join_internal_name(branch_name, "sh/ow")
        any_store.add_step_log(
            StepLog(name="sh/ow", internal_name=step_name, status=defaults.SUCCESS), "paths"
        )
        names[branch_name] = value

    stored = any_store.get_run_log_by_id("paths", full=True)
    branches = stored.steps[map_name].branches
    assert list(branches) == list(names)
    for branch_name, value in names.items():
        assert decode_name_segment(branch_name.rpartition(".")[2]) == value
        assert branches[branch_name].parameters["v"].get_value() == value
        assert list(branches[branch_name].steps) == [f"{branch_name}.sh/ow"]
        assert any_store.get_branch_log(branch_name, "paths").parameters["v"].get_value() == value


def test_nul_in_a_tag_round_trips_or_is_refused_clearly(any_store: BaseRunLogStore) -> None:  # noqa: F811
    any_store.create_run_log("before", tag="fine")
    try:
        any_store.create_run_log("nul", tag="a\x00b")
    except exceptions.RunLogStoreError as refused:  # PostgreSQL text cannot hold NUL
        message = str(refused)
        assert "NUL" in message and "\n" not in message and "nothing was written" in message
        with pytest.raises(exceptions.RunLogNotFoundError):
            any_store.get_run_log_by_id("nul")
    else:
        assert any_store.get_run_log_by_id("nul").tag == "a\x00b"
        assert [run.run_id for run in any_store.get_run_logs(tag="a\x00b")] == ["nul"]
    assert any_store.get_run_log_by_id("before").tag == "fine"
