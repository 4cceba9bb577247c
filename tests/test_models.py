"""The run log data model: JSON round trips, runnable 0.50 files, timestamps, internal names."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from runnable import defaults, exceptions
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    Parameter,
    RunLog,
    StepAttempt,
    StepLog,
    decode_name_segment,
    encode_name_segment,
    join_internal_name,
    parent_of,
    split_internal_name,
)
from runnable.testing import as_json, example_run_log, legacy_run_logs, legacy_samples_folder, tree_order

# --------------------------------------------------------------------------- round trips

_NOW = datetime(2026, 11, 28, 10, 0, 0, 654321, tzinfo=timezone.utc)


def every_model() -> list[BaseModel]:
    run_log = example_run_log("models")
    step_log, _ = run_log.search_step_by_internal_name("outer.right.mid")
    branch, _ = run_log.search_branch_by_internal_name("outer.right")
    assert branch is not None
    assert run_log.job is not None
    return [
        run_log,
        step_log,
        branch,
        run_log.job,
        run_log.steps["first"].attempts[0],
        DataCatalog(name="x.csv", data_hash="ab", catalog_relative_path="r/x.csv", stage="get"),
        CodeIdentity(code_identifier="deadbeef", code_identifier_dependable=True),
        JsonParameter(value={"a": [1, None, 2.5]}),
        MetricParameter(value=[0.1, 0.2]),
        ObjectParameter(value="obj.pickle"),
        StepAttempt(start_time=_NOW, end_time=_NOW + timedelta(seconds=2)),
        StepLog(name="empty", internal_name="empty"),
        BranchLog(internal_name="a.b"),
        JobLog(),
        RunLog(run_id="bare"),
    ]


@pytest.mark.parametrize("model", every_model(), ids=lambda model: type(model).__name__)
def test_every_model_round_trips_through_json(model: BaseModel) -> None:
    text = model.model_dump_json()
    again = type(model).model_validate_json(text)
    assert again == model
    assert again.model_dump_json() == text
    assert type(model).model_validate(json.loads(text)) == model


def test_round_trip_keeps_the_order_of_steps_branches_and_parameters() -> None:
    run_log = example_run_log("order")
    again = RunLog.model_validate_json(run_log.model_dump_json())
    assert tree_order(again) == tree_order(run_log)
    assert list(again.parameters) == list(run_log.parameters)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"kind": "json", "value": [1, 2]}, JsonParameter(value=[1, 2])),
        ({"kind": "metric", "value": 0.5, "description": 0.5}, MetricParameter(value=0.5)),
        (
            {"kind": "object", "value": "o.pickle", "description": "ignored"},
            ObjectParameter(value="o.pickle"),
        ),
    ],
)
def test_parameters_are_told_apart_by_kind(payload: dict[str, object], expected: Parameter) -> None:
    parsed = TypeAdapter(Parameter).validate_python(payload)
    assert parsed == expected
    assert type(parsed) is type(expected)


def test_parameters_dump_their_description_like_runnable_050() -> None:
    assert JsonParameter(value=3).model_dump() == {"kind": "json", "value": 3, "description": 3}
    assert ObjectParameter(value="m.pickle").model_dump()["description"] == (
        "Pickled object stored in catalog as: m.pickle"
    )


def test_unknown_parameter_kind_is_rejected() -> None:
    with pytest.raises(ValidationError, match="kind"):
        TypeAdapter(Parameter).validate_python({"kind": "pickled", "value": 1})


# --------------------------------------------------------------------------- runnable 0.50 files


@pytest.mark.parametrize("file_name", ["map-fs.json", "params-python-fs.json", "py-tasks-fs.json"])
def test_runnable_050_files_read_and_round_trip(file_name: str) -> None:
    raw = json.loads((legacy_samples_folder() / file_name).read_text())
    run_log = RunLog.model_validate(raw)
    again = RunLog.model_validate_json(run_log.model_dump_json())
    assert again == run_log
    dumped = json.loads(run_log.model_dump_json())
    # Every field runnable 0.50 wrote comes back with the same value.
    for field in ("run_id", "dag_hash", "tag", "status", "job", "parameters", "run_config"):
        assert dumped[field] == raw[field]
    assert list(dumped["steps"]) == list(raw["steps"])


def test_runnable_050_map_run_has_its_branches_in_order() -> None:
    run_log = legacy_run_logs()["map-fs"]
    assert list(run_log.steps) == ["map_state", "collect", "success"]
    assert list(run_log.steps["map_state"].branches) == ["map_state.1", "map_state.2", "map_state.3"]
    step_log, branch = run_log.search_step_by_internal_name("map_state.2.execute_python")
    assert branch is not None and branch.internal_name == "map_state.2"
    assert step_log.attempts[0].input_parameters["chunk"] == JsonParameter(value=2)


def test_runnable_050_chunked_run_assembles_like_the_file_system_one() -> None:
    samples = legacy_run_logs()
    chunked, plain = samples["map-chunked"], samples["map-fs"]
    assert tree_order(chunked) == tree_order(plain)


# --------------------------------------------------------------------------- timestamps


def test_naive_timestamps_are_read_as_utc() -> None:
    attempt = StepAttempt.model_validate(
        {"start_time": "2026-11-28 11:41:17.342153", "end_time": "2026-11-28T11:41:18"}
    )
    assert attempt.start_time == datetime(2026, 11, 28, 11, 41, 17, 342153, tzinfo=timezone.utc)
    assert attempt.end_time is not None and attempt.end_time.tzinfo is not None
    assert attempt.duration_seconds == pytest.approx(0.657847)
    run_log = RunLog.model_validate({"run_id": "r", "created_at": "2026-01-01T00:00:00"})
    assert run_log.created_at == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_aware_timestamps_keep_their_instant() -> None:
    run_log = RunLog.model_validate({"run_id": "r", "created_at": "2026-01-01T02:00:00+02:00"})
    assert run_log.created_at == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_new_run_logs_get_aware_creation_times() -> None:
    before = datetime.now(timezone.utc)
    run_log = RunLog(run_id="fresh")
    assert run_log.created_at.tzinfo is not None
    assert before <= run_log.created_at <= datetime.now(timezone.utc)
    assert json.loads(run_log.model_dump_json())["created_at"].endswith("Z")


# --------------------------------------------------------------------------- internal names


@pytest.mark.parametrize(
    "segment", ["plain", "0.5", "a.b", "100%", "%2E", "a%2Eb", "..", "x y", "ünï", "a/b", ""]
)
def test_name_segments_encode_and_decode(segment: str) -> None:
    encoded = encode_name_segment(segment)
    assert defaults.NAME_SEPARATOR not in encoded
    assert decode_name_segment(encoded) == segment


def test_encoded_segments_keep_internal_names_splittable() -> None:
    name = join_internal_name("map", encode_name_segment("0.5"), "task")
    assert name == "map.0%2E5.task"
    assert split_internal_name(name) == ["map", "0%2E5", "task"]
    assert decode_name_segment(split_internal_name(name)[1]) == "0.5"
    assert parent_of(name) == "map.0%2E5"
    assert parent_of("top") == ""
    assert split_internal_name("") == []
    assert join_internal_name("", "a", "", "b") == "a.b"


def test_search_finds_steps_and_branches_at_any_depth() -> None:
    run_log = example_run_log("search")
    step_log, branch = run_log.search_step_by_internal_name("outer.right.mid.0%2E5.deep.only.leaf")
    assert step_log.name == "leaf"
    assert branch is not None and branch.internal_name == "outer.right.mid.0%2E5.deep.only"
    top, holder = run_log.search_step_by_internal_name("first")
    assert top.name == "first" and holder is None
    found, parent = run_log.search_branch_by_internal_name("outer.right.mid.x y")
    assert found is not None and found.internal_name == "outer.right.mid.x y"
    assert parent is not None and parent.internal_name == "outer.right.mid"
    assert run_log.search_branch_by_internal_name("") == (None, None)
    assert run_log.parameters_in_scope("outer.right") == {"side": JsonParameter(value="right")}
    assert run_log.steps_in_scope("") is run_log.steps


@pytest.mark.parametrize(
    "name", ["missing", "first.branch.step", "outer.right.nope", "outer.right.mid.0%2E5.x", ""]
)
def test_missing_step_error_names_run_and_step(name: str) -> None:
    with pytest.raises(exceptions.StepLogNotFoundError) as caught:
        example_run_log("errors").search_step_by_internal_name(name)
    assert caught.value.run_id == "errors"
    assert caught.value.name == name
    assert f"'{name}'" in str(caught.value) and "'errors'" in str(caught.value)


@pytest.mark.parametrize("name", ["outer.nope", "missing.branch", "outer.right.mid.0%2E6", "first.b"])
def test_missing_branch_error_names_run_and_branch(name: str) -> None:
    with pytest.raises(exceptions.BranchLogNotFoundError) as caught:
        example_run_log("errors").search_branch_by_internal_name(name)
    assert caught.value.run_id == "errors"
    assert caught.value.name == name
    assert f"'{name}'" in str(caught.value) and "'errors'" in str(caught.value)


def test_inserting_into_a_missing_scope_raises() -> None:
    run_log = RunLog(run_id="scopes")
    with pytest.raises(exceptions.BranchLogNotFoundError, match=r"'a\.b'"):
        run_log.insert_step_log(StepLog(name="s", internal_name="a.b.s"))
    with pytest.raises(exceptions.StepLogNotFoundError, match="'a'"):
        run_log.insert_branch_log(BranchLog(internal_name="a.b"))


def test_insert_replaces_fields_and_keeps_children() -> None:
    run_log = RunLog(run_id="merge")
    run_log.insert_step_log(StepLog(name="m", internal_name="m", step_type=defaults.MAP))
    run_log.insert_branch_log(BranchLog(internal_name="m.1", parameters={"a": JsonParameter(value=1)}))
    run_log.insert_step_log(StepLog(name="t", internal_name="m.1.t"))
    run_log.insert_step_log(StepLog(name="m", internal_name="m", status=defaults.SUCCESS))
    run_log.insert_branch_log(
        BranchLog(internal_name="m.1", status=defaults.FAIL, parameters={"b": JsonParameter(value=2)})
    )
    step_log = run_log.steps["m"]
    assert step_log.status == defaults.SUCCESS
    assert step_log.step_type == defaults.TASK  # fields are replaced, not merged
    branch = step_log.branches["m.1"]
    assert branch.status == defaults.FAIL
    assert list(branch.steps) == ["m.1.t"]
    assert branch.parameters == {"a": JsonParameter(value=1), "b": JsonParameter(value=2)}
    # A branch written again with a copy of its step keeps what is stored under that step, at any depth.
    run_log.insert_branch_log(BranchLog(internal_name="m.1.t.x", parameters={"c": JsonParameter(value=3)}))
    rewritten = StepLog(name="t", internal_name="m.1.t", status=defaults.SUCCESS)
    run_log.insert_branch_log(BranchLog(internal_name="m.1", steps={"m.1.t": rewritten}))
    inner = run_log.steps["m"].branches["m.1"].steps["m.1.t"]
    assert inner.status == defaults.SUCCESS
    assert list(inner.branches) == ["m.1.t.x"] and inner.branches["m.1.t.x"].parameters["c"].value == 3
    # And a step written again with a copy of its branch keeps the branch's steps.
    run_log.insert_step_log(
        StepLog(name="m", internal_name="m", branches={"m.1": BranchLog(internal_name="m.1")})
    )
    assert list(run_log.steps["m"].branches["m.1"].steps) == ["m.1.t"]
    # What a copy carries that is not stored yet is added beside what is.
    added = StepLog(name="new", internal_name="m.1.new")
    run_log.insert_branch_log(BranchLog(internal_name="m.1", steps={"m.1.new": added}))
    assert list(run_log.steps["m"].branches["m.1"].steps) == ["m.1.t", "m.1.new"]
    run_log.insert_step_log(
        StepLog(name="m", internal_name="m", branches={"m.2": BranchLog(internal_name="m.2")})
    )
    assert list(run_log.steps["m"].branches) == ["m.1", "m.2"]


def test_model_dump_gives_timestamps_as_the_text_json_writes() -> None:
    # runnable 0.50's model_dump() gave text, so the public guide's json.dumps(run_log.model_dump()) works.
    moment = datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc)
    attempt = StepAttempt(start_time=moment).model_dump()
    assert attempt["start_time"] == "2026-01-02T03:04:05.123456Z" and attempt["end_time"] is None
    assert json.loads(json.dumps(attempt)) == json.loads(StepAttempt(start_time=moment).model_dump_json())


def test_a_status_runnable_never_writes_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        RunLog(run_id="r", status="DONE-ISH")
    message = str(caught.value)
    assert "'DONE-ISH' is not a status runnable records (one of " in message
    assert f"{defaults.SUCCESS}, " in message and defaults.FAIL in message


def test_header_leaves_out_only_the_steps() -> None:
    run_log = example_run_log("header")
    header = run_log.header()
    assert header.steps == {}
    assert as_json(header) == {**as_json(run_log), "steps": {}}
    assert run_log.steps  # the original is untouched


def test_data_catalogs_are_collected_from_every_depth() -> None:
    run_log = example_run_log("catalog")
    puts = run_log.get_data_catalogs_by_stage("put")
    steps_with_catalog = [n for n in tree_order(run_log) if n.count(".") % 2 == 0]  # steps, not branches
    assert len(puts) == len(steps_with_catalog)
    assert run_log.get_data_catalogs_by_stage("get") == []
    # runnable 0.50's default stage is "put", for the run and for a step.
    assert run_log.get_data_catalogs_by_stage() == puts
    first_step = next(iter(run_log.steps.values()))
    assert first_step.get_data_catalogs_by_stage() == first_step.get_data_catalogs_by_stage("put") != []
