"""Retrying pipelines with composite steps: only the branches that failed run again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from retry_steps import (
    always_fails,
    count_up,
    five,
    flaky_right,
    flaky_square,
    items,
    left,
    spoil_count,
    square,
)
from retry_support import PARALLEL_STORES, STORES, ConfigWriter, ReadRun, map_pipeline, step

from runnable import Conditional, Fail, Loop, Map, Parallel, Pipeline, PythonTask, defaults
from runnable.exceptions import ExecutionFailedError
from runnable.models import JsonParameter, RunLog
from runnable.retry_plan import retry_records


def fail_then_retry(
    pipeline: Callable[[], Pipeline], configuration: Path, fix_the_cause: Callable[[], None]
) -> tuple[RunLog, RunLog]:
    with pytest.raises(ExecutionFailedError) as failure:
        pipeline().execute(configuration_file=str(configuration), run_id="the-run")
    fix_the_cause()
    retried = pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    return failure.value.run_log, retried


@pytest.mark.parametrize("store", STORES)
def test_a_map_runs_only_its_failed_item_again(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config(store)
    before, _ = fail_then_retry(map_pipeline, configuration, fix_the_cause)
    assert before.steps["squares"].branches["squares.2"].status == defaults.FAIL

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    for item in ("1", "3"):
        # The items that succeeded are not run again: their one attempt is the original.
        assert (
            step(run_log, f"squares.{item}.square").attempts
            == step(before, f"squares.{item}.square").attempts
        )
        assert run_log.steps["squares"].branches[f"squares.{item}"].status == defaults.SUCCESS
    failed_item = step(run_log, "squares.2.square")
    assert [(a.attempt_number, a.status) for a in failed_item.attempts] == [
        (1, defaults.FAIL),
        (2, defaults.SUCCESS),
    ]
    assert failed_item.attempts[1].input_parameters == {"x": JsonParameter(value=2)}
    # The branch's own fail step is history now; the map reduced every item, in order.
    assert step(run_log, "squares.2.fail").status == defaults.SKIPPED
    assert [a.status for a in run_log.steps["squares"].attempts] == [defaults.FAIL, defaults.SUCCESS]
    assert run_log.parameters["sq"] == JsonParameter(value=[1, 4, 9])
    (record,) = retry_records(run_log)
    assert record.skipped == ["items", "squares.1.square", "squares.3.square"]
    assert record.ran == ["squares", "squares.2.square", "squares.2.success", "after", "success"]
    assert record.superseded == ["squares.2.fail", "fail"]


@pytest.mark.parametrize("store", PARALLEL_STORES)
def test_a_map_in_worker_processes_runs_only_its_failed_item_again(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config(store, parallel=True)
    before, _ = fail_then_retry(map_pipeline, configuration, fix_the_cause)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert step(run_log, "squares.1.square").attempts == step(before, "squares.1.square").attempts
    # The branch ran in a worker process, which continued the step's log: attempt 2, labelled retry 1.
    assert [(a.attempt_number, a.retry_indicator) for a in step(run_log, "squares.2.square").attempts] == [
        (1, ""),
        (2, "1"),
    ]
    assert run_log.parameters["sq"] == JsonParameter(value=[1, 4, 9])


def parallel_pipeline() -> Pipeline:
    return Pipeline(
        steps=[
            Parallel(
                name="both",
                branches={
                    "left": Pipeline(steps=[PythonTask(function=left, name="add one", returns=["l"])]),
                    "right": Pipeline(
                        steps=[PythonTask(function=flaky_right, name="add two", returns=["r"])]
                    ),
                },
            ),
        ]
    )


@pytest.mark.parametrize("store", STORES)
def test_a_parallel_runs_only_its_failed_branch_again(
    store: str,
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RUNNABLE_PRM_count", "10")
    configuration = write_config(store)
    before, _ = fail_then_retry(parallel_pipeline, configuration, fix_the_cause)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert step(run_log, "both.left.add one").attempts == step(before, "both.left.add one").attempts
    assert len(step(run_log, "both.right.add two").attempts) == 2
    assert run_log.parameters["l"] == JsonParameter(value=11)
    assert run_log.parameters["r"] == JsonParameter(value=12)
    assert retry_records(run_log)[0].skipped == ["both.left.add one"]


def nested_pipeline() -> Pipeline:
    inner_map = Map(
        name="inner",
        iterate_on="x",
        iterate_as="x",
        branch=Pipeline(steps=[PythonTask(function=flaky_square, name="square", returns=["sq"])]),
    )
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["x"]),
            Parallel(
                name="outer",
                branches={
                    "mapped": Pipeline(steps=[inner_map]),
                    "plain": Pipeline(
                        steps=[
                            Map(
                                name="plain map",
                                iterate_on="x",
                                iterate_as="x",
                                branch=Pipeline(
                                    steps=[PythonTask(function=square, name="square", returns=["plain_sq"])]
                                ),
                            )
                        ]
                    ),
                },
            ),
        ]
    )


@pytest.mark.parametrize("store", STORES)
def test_a_nested_composite_runs_only_the_failed_inner_branch_again(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config(store)
    before, _ = fail_then_retry(nested_pipeline, configuration, fix_the_cause)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    # The whole "plain" branch and the inner items that succeeded are reused.
    for name in (
        "outer.plain.plain map.1.square",
        "outer.mapped.inner.1.square",
        "outer.mapped.inner.3.square",
    ):
        assert step(run_log, name).attempts == step(before, name).attempts
    assert len(step(run_log, "outer.mapped.inner.2.square").attempts) == 2
    assert step(run_log, "outer.mapped.inner").status == defaults.SUCCESS
    assert run_log.parameters["sq"] == JsonParameter(value=[1, 4, 9])
    assert run_log.parameters["plain_sq"] == JsonParameter(value=[1, 4, 9])
    (record,) = retry_records(run_log)
    assert "outer.plain.plain map" in record.skipped
    assert record.ran[:3] == ["outer", "outer.mapped.inner", "outer.mapped.inner.2.square"]


def test_a_loop_continues_at_its_failed_iteration(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    def pipeline() -> Pipeline:
        body = Pipeline(steps=[PythonTask(function=count_up, name="count", returns=["total", "stop"])])
        return Pipeline(
            steps=[Loop(name="loop", branch=body, max_iterations=5, break_on="stop", index_as="i")]
        )

    configuration = write_config("buffered")
    before, _ = fail_then_retry(pipeline, configuration, fix_the_cause)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert step(run_log, "loop.0.count").attempts == step(before, "loop.0.count").attempts
    assert len(step(run_log, "loop.1.count").attempts) == 2
    assert run_log.parameters["total"] == JsonParameter(value=0 + 1 + 2)


def test_a_conditional_runs_its_branch_again(
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RUNNABLE_PRM_side", '"right"')
    monkeypatch.setenv("RUNNABLE_PRM_count", "1")

    def pipeline() -> Pipeline:
        return Pipeline(
            steps=[
                Conditional(
                    name="choose",
                    parameter="side",
                    branches={
                        "left": Pipeline(steps=[PythonTask(function=left, name="add", returns=["n"])]),
                        "right": Pipeline(
                            steps=[PythonTask(function=flaky_right, name="add", returns=["n"])]
                        ),
                    },
                )
            ]
        )

    configuration = write_config("database")
    fail_then_retry(pipeline, configuration, fix_the_cause)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert len(step(run_log, "choose.right.add").attempts) == 2
    assert run_log.parameters["n"] == JsonParameter(value=3)


def test_a_branch_scope_changed_by_its_failure_path_is_put_back_in_that_branch(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    # Item 2 fails; its branch's failure path changes the branch's own `x` (adding nothing, so the
    # store's granular writes put it back, into that branch's scope and no other).
    def pipeline() -> Pipeline:
        give_up = Pipeline(
            steps=[PythonTask(function=spoil_count, name="spoil", returns=["x"]), Fail(name="give_up")]
        )
        square_it = PythonTask(function=flaky_square, name="square", returns=["sq"], on_failure=give_up)
        return Pipeline(
            steps=[
                PythonTask(function=items, name="items", returns=["x"]),
                Map(name="squares", iterate_on="x", iterate_as="x", branch=Pipeline(steps=[square_it])),
            ]
        )

    configuration = write_config("buffered")
    before, _ = fail_then_retry(pipeline, configuration, fix_the_cause)
    assert before.steps["squares"].branches["squares.2"].parameters["x"] == JsonParameter(value=99)

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["x"] == JsonParameter(value=[1, 2, 3])
    assert run_log.steps["squares"].branches["squares.2"].parameters["x"] == JsonParameter(value=2)
    assert run_log.parameters["sq"] == JsonParameter(value=[1, 4, 9])
    (record,) = retry_records(run_log)
    assert record.restored_parameters == ["squares.2"]


def test_a_branch_that_recovered_through_its_failure_path_is_left_as_it_ended(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    # Branch `a` fails at `broken` and its failure path `recover` sets count = 99: the branch, and the
    # Parallel, succeed. The run fails later, at `add`. The retry reuses the Parallel, so branch `a`
    # must keep the parameters its recovery wrote: putting back `broken`'s inputs (count = 5) would
    # rewrite a finished branch that nothing runs again.
    def pipeline() -> Pipeline:
        recover = Pipeline(steps=[PythonTask(function=spoil_count, name="recover", returns=["count"])])
        branch_a = Pipeline(
            steps=[PythonTask(function=always_fails, name="broken", returns=["count"], on_failure=recover)]
        )
        branch_b = Pipeline(steps=[PythonTask(function=left, name="left", returns=["other"])])
        return Pipeline(
            steps=[
                PythonTask(function=five, name="five", returns=["count"]),
                Parallel(name="both", branches={"a": branch_a, "b": branch_b}),
                PythonTask(function=flaky_right, name="add", returns=["total"]),
            ]
        )

    configuration = write_config("buffered")
    before, after = fail_then_retry(pipeline, configuration, fix_the_cause)
    assert before.steps["both"].status == defaults.SUCCESS
    assert before.steps["both"].branches["both.a"].parameters["count"] == JsonParameter(value=99)

    assert after.status == defaults.SUCCESS
    assert after.steps["both"].branches["both.a"].parameters["count"] == JsonParameter(value=99)
    assert len(step(after, "both.a.broken").attempts) == 1  # the Parallel was reused, not run again
    assert after.parameters["total"] == JsonParameter(value=101)
    (record,) = retry_records(after)
    assert record.restored_parameters == []
