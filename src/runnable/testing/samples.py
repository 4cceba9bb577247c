"""Sample run logs for tests: one that uses every part of the model, and runnable 0.50's own.

The runnable 0.50 sample run logs are shipped with the package (``runnable/_samples/runnable_0_50``):
three from its ``file-system`` store and one folder from its ``chunked-fs`` store.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from runnable import defaults
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    StepAttempt,
    StepLog,
    encode_name_segment,
    join_internal_name,
)
from runnable.run_log_store import legacy_050


def legacy_samples_folder() -> Path:
    """The folder of runnable 0.50 sample run logs shipped with the package."""
    return Path(str(resources.files("runnable") / "_samples" / "runnable_0_50"))


def legacy_run_logs() -> dict[str, RunLog]:
    """Run logs written by runnable 0.50, keyed by run id.

    Three come from its ``file-system`` store; ``map-chunked`` is its
    ``chunked-fs`` layout (``RunLog.json`` plus one ``BranchLog-*.json`` per
    map branch) assembled into one run log.
    """
    folder = legacy_samples_folder()
    run_logs: dict[str, RunLog] = {}
    for path in sorted(folder.glob("*.json")):
        run_log = RunLog.model_validate_json(path.read_bytes())
        run_logs[run_log.run_id] = run_log
    run_logs["map-chunked"] = legacy_050.read_run_folder(folder / "map-chunked", "map-chunked")
    return run_logs


SAMPLE_TIME = datetime(2026, 11, 1, 9, 30, 0, 123456, tzinfo=timezone.utc)
"""When the sample runs start; the contract dates its own runs from it too."""

# Map values that are awkward as names: dots, spaces, unicode, separators.
AWKWARD_MAP_VALUES = ("0.5", "a.b", "x y", "ünïcødé", "a/b", "100%", "..", "z")


def example_run_log(run_id: str, *, created_at: datetime = SAMPLE_TIME) -> RunLog:
    """A run log using every part of the model, nested three branches deep."""

    def attempt(number: int, status: str, start: datetime) -> StepAttempt:
        return StepAttempt(
            attempt_number=number,
            start_time=start,
            end_time=start + timedelta(seconds=1, microseconds=250),
            status=status,
            message="" if status == defaults.SUCCESS else "boom",
            input_parameters={"x": JsonParameter(value=[1, 2.5, "three", None, {"k": True}])},
            output_parameters={
                "model": ObjectParameter(value="model.pickle"),
                "score": JsonParameter(value=0.75),
            },
            user_defined_metrics={"accuracy": MetricParameter(value=0.9)},
            retry_indicator="",
            code_identities=[
                CodeIdentity(code_identifier="abc123", code_identifier_url="https://example.org")
            ],
        )

    def step(internal_name: str, name: str, step_type: str = defaults.TASK) -> StepLog:
        return StepLog(
            name=name,
            internal_name=internal_name,
            status=defaults.SUCCESS,
            step_type=step_type,
            attempts=[] if step_type != defaults.TASK else [attempt(1, defaults.SUCCESS, created_at)],
            code_identities=[CodeIdentity(code_identifier="abc123")],
            data_catalog=[
                DataCatalog(
                    name="data/out.csv", data_hash="f00d", catalog_relative_path="r/out.csv", stage="put"
                )
            ],
        )

    run_log = RunLog(
        run_id=run_id,
        dag_hash="d1ce",
        tag="nightly",
        status=defaults.SUCCESS,
        parameters={
            "alpha": JsonParameter(value={"nested": [1, 2]}),
            "loss": MetricParameter(value=0.25),
            "frame": ObjectParameter(value="frame.pickle"),
        },
        run_config={"executor": {"type": "local"}, "tag": "nightly", "dag": {"start_at": "first"}},
        created_at=created_at,
        updated_at=created_at + timedelta(minutes=5),
    )
    retried = step("first", "first")
    retried.attempts = [attempt(1, defaults.FAIL, created_at), attempt(2, defaults.SUCCESS, created_at)]
    run_log.insert_step_log(retried)
    # step.branch.step.branch.step.branch.step
    run_log.insert_step_log(step("outer", "outer", defaults.PARALLEL))
    run_log.insert_branch_log(BranchLog(internal_name="outer.left", status=defaults.SUCCESS))
    run_log.insert_branch_log(
        BranchLog(
            internal_name="outer.right",
            status=defaults.SUCCESS,
            parameters={"side": JsonParameter(value="right")},
        )
    )
    run_log.insert_step_log(step("outer.right.mid", "mid", defaults.MAP))
    for value in ("0.5", "x y"):
        branch_name = join_internal_name("outer.right.mid", encode_name_segment(value))
        run_log.insert_branch_log(
            BranchLog(
                internal_name=branch_name,
                status=defaults.SUCCESS,
                parameters={"chunk": JsonParameter(value=value)},
            )
        )
        run_log.insert_step_log(step(f"{branch_name}.deep", "deep", defaults.PARALLEL))
        run_log.insert_branch_log(
            BranchLog(internal_name=f"{branch_name}.deep.only", status=defaults.SUCCESS)
        )
        run_log.insert_step_log(step(f"{branch_name}.deep.only.leaf", "leaf"))
        run_log.insert_step_log(step(f"{branch_name}.deep.only.leaf 2", "leaf 2"))
    run_log.insert_step_log(step("outer.left.solo", "solo"))
    run_log.insert_step_log(step("last", "last", defaults.SUCCESS_NODE))
    run_log.job = JobLog(
        status=defaults.SUCCESS,
        attempts=[attempt(1, defaults.SUCCESS, created_at)],
        data_catalog=[DataCatalog(name="report.html", stage="put")],
    )
    return run_log


def tree_order(run_log: RunLog) -> list[str]:
    """Internal names of every step and branch in the order a reader meets them."""
    order: list[str] = []

    def walk(steps: dict[str, StepLog]) -> None:
        for internal_name, step_log in steps.items():
            order.append(internal_name)
            for branch_name, branch in step_log.branches.items():
                order.append(branch_name)
                walk(branch.steps)

    walk(run_log.steps)
    return order


def as_json(run_log: RunLog | StepLog | BranchLog) -> dict[str, Any]:
    result: dict[str, Any] = run_log.model_dump(mode="json")
    return result


def assert_same_run_log(actual: RunLog, expected: RunLog) -> None:
    """Equal content and equal order of every step, branch and parameter."""
    assert as_json(actual) == as_json(expected)
    assert tree_order(actual) == tree_order(expected)
    assert actual.model_dump_json() == expected.model_dump_json()
