"""Retrying linear pipelines on every store: skipped steps, appended attempts, restored parameters."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from retry_steps import (
    LARGE,
    double,
    flaky_length,
    flaky_total,
    make_basket,
    make_large,
    overwrite_large,
    spoil,
    spoil_count,
)
from retry_support import STORES, ConfigWriter, ReadRun, basket_pipeline, fail_first

from runnable import Fail, Parallel, Pipeline, PythonTask, Stub, defaults, pickled, plugins
from runnable import config as runnable_config
from runnable.exceptions import (
    DagChangedError,
    ExecutionFailedError,
    RetryRefusedError,
    RunLogNotFoundError,
    StoreUnavailableError,
)
from runnable.executor.local import LocalPipelineExecutor
from runnable.models import JsonParameter, ObjectParameter, StepAttempt, utc_now
from runnable.retry import ABANDONED
from runnable.retry_plan import INTERRUPTED_ATTEMPT, RetryRecord, retry_records
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore


@pytest.mark.parametrize("store", STORES)
def test_a_failed_step_runs_again_and_the_run_succeeds(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config(store)
    before = fail_first(basket_pipeline(), configuration)
    fix_the_cause()

    returned = basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    run_log = stored_run_log(configuration, "the-run")
    assert returned.run_id == run_log.run_id == "the-run"
    assert run_log.status == defaults.SUCCESS
    # The step that succeeded is reused: its one attempt is the original one.
    assert run_log.steps["make"].attempts == before.steps["make"].attempts
    # The failed step ran again with the parameters it had the first time, the pickled basket included.
    total = run_log.steps["total"]
    assert [(a.attempt_number, a.status, a.retry_indicator) for a in total.attempts] == [
        (1, defaults.FAIL, ""),
        (2, defaults.SUCCESS, "1"),
    ]
    assert total.attempts[1].input_parameters == total.attempts[0].input_parameters
    assert total.attempts[1].input_parameters["basket"] == ObjectParameter(value="basket")
    assert run_log.parameters["total"] == JsonParameter(value=3 + 5)
    assert run_log.parameters["doubled"] == JsonParameter(value=16)
    assert run_log.steps["double"].attempts[0].retry_indicator == "1"
    # The fail step of the first attempt is kept, but no longer claims the run's outcome.
    fail_step = run_log.steps["fail"]
    assert fail_step.status == defaults.SKIPPED
    assert fail_step.attempts[0] == before.steps["fail"].attempts[0]
    assert fail_step.attempts[-1].status == defaults.SKIPPED
    assert "Superseded by retry 1" in fail_step.message
    (record,) = retry_records(run_log)
    assert record.retry_number == 1 and record.previous_status == defaults.FAIL
    assert record.status == defaults.SUCCESS and record.ended_at is not None
    assert record.skipped == ["make"]
    assert record.ran == ["total", "double", "success"]
    assert record.superseded == ["fail"]
    # What the run was made with is still what its run config says.
    assert run_log.dag_hash == before.dag_hash
    assert run_log.run_config["dag"] == before.run_config["dag"]


def test_a_step_is_run_again_when_its_last_attempt_failed_whatever_its_status_says(
    workdir: Path, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config("file-system")
    fail_first(basket_pipeline(), configuration)
    # The step log says SUCCESS over a failed last attempt (as a write cut short between the two leaves it).
    store = FileSystemRunLogStore(log_folder=str(workdir / "run-logs"))
    make = store.get_step_log("make", "the-run")
    make.attempts.append(StepAttempt(attempt_number=2, status=defaults.FAIL))
    store.add_step_log(make, "the-run")
    assert store.get_step_log("make", "the-run").status == defaults.SUCCESS
    fix_the_cause()

    basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    run_log = stored_run_log(configuration, "the-run")
    assert [(a.status, a.retry_indicator) for a in run_log.steps["make"].attempts] == [
        (defaults.SUCCESS, ""),
        (defaults.FAIL, ""),
        (defaults.SUCCESS, "1"),
    ]
    (record,) = retry_records(run_log)
    assert record.skipped == []
    assert record.ran[:2] == ["make", "total"]


@pytest.mark.parametrize("store", STORES)
def test_a_run_that_fails_again_counts_its_attempts_on(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    configuration = write_config(store)
    fail_first(basket_pipeline(), configuration)
    for retry_number in (1, 2):
        with pytest.raises(ExecutionFailedError) as failure:
            basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
        assert "the cause is not fixed yet" in str(failure.value)
        assert failure.value.run_log.status == defaults.FAIL
        assert retry_records(failure.value.run_log)[-1].retry_number == retry_number

    run_log = stored_run_log(configuration, "the-run")
    assert [a.attempt_number for a in run_log.steps["total"].attempts] == [1, 2, 3]
    assert [a.retry_indicator for a in run_log.steps["total"].attempts] == ["", "1", "2"]
    # The run went to its fail step each time: it is current, not superseded.
    assert run_log.steps["fail"].status == defaults.SUCCESS
    assert len(run_log.steps["fail"].attempts) == 3
    assert [r.status for r in retry_records(run_log)] == [defaults.FAIL, defaults.FAIL]
    assert "double" not in run_log.steps

    fix_the_cause()
    basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    run_log = stored_run_log(configuration, "the-run")
    assert [a.status for a in run_log.steps["total"].attempts][-1] == defaults.SUCCESS
    assert len(run_log.steps["total"].attempts) == 4
    assert run_log.steps["make"].attempts[0].attempt_number == 1 and len(run_log.steps["make"].attempts) == 1


@pytest.mark.parametrize("store", STORES)
def test_parameters_are_put_back_as_the_failed_step_found_them(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    # The failure path changes `count` and adds `note` after the failed step started.
    def pipeline() -> Pipeline:
        recover = Pipeline(
            steps=[PythonTask(function=spoil, name="spoil", returns=["count", "note"]), Fail(name="fail")]
        )
        return basket_pipeline(on_failure=recover)

    configuration = write_config(store)
    failed = fail_first(pipeline(), configuration)
    assert failed.parameters["count"] == JsonParameter(value=99)
    fix_the_cause()

    pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    run_log = stored_run_log(configuration, "the-run")
    total = run_log.steps["total"]
    assert total.attempts[1].input_parameters == total.attempts[0].input_parameters
    assert total.attempts[1].input_parameters["count"] == JsonParameter(value=5)
    assert "note" not in run_log.parameters
    assert run_log.parameters["total"] == JsonParameter(value=8)
    (record,) = retry_records(run_log)
    assert record.restored_parameters == [""]
    assert record.superseded == ["spoil", "fail"]
    assert run_log.steps["spoil"].status == defaults.SKIPPED
    assert run_log.steps["spoil"].attempts[0].status == defaults.SUCCESS


def test_a_changed_parameter_is_put_back_from_the_first_failed_step_with_granular_writes(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    # The failure path changes `count` (adding nothing, so the store's granular writes put it back),
    # then fails too: what is restored is what the first failed step found.
    def pipeline() -> Pipeline:
        recover = Pipeline(
            steps=[
                PythonTask(function=spoil_count, name="spoil", returns=["count"]),
                PythonTask(function=flaky_total, name="total_again", returns=["total"]),
            ]
        )
        return basket_pipeline(on_failure=recover)

    configuration = write_config("buffered")
    failed = fail_first(pipeline(), configuration)
    assert failed.steps["total_again"].attempts[0].input_parameters["count"] == JsonParameter(value=99)
    fix_the_cause()

    pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    run_log = stored_run_log(configuration, "the-run")
    assert run_log.steps["total"].attempts[1].input_parameters["count"] == JsonParameter(value=5)
    assert run_log.parameters["count"] == JsonParameter(value=5)
    assert run_log.parameters["total"] == JsonParameter(value=8)
    (record,) = retry_records(run_log)
    assert record.restored_parameters == [""]
    assert record.superseded == ["spoil", "total_again", "fail"]


@pytest.mark.parametrize("store", ["buffered", "database"])
def test_what_is_refused_and_what_force_allows(
    store: str,
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
    caplog: pytest.LogCaptureFixture,
) -> None:
    configuration = write_config(store)
    with pytest.raises(RunLogNotFoundError, match="No run 'the-run' in the run log store"):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    fail_first(basket_pipeline(), configuration)
    changed = Pipeline(
        steps=[
            PythonTask(function=make_basket, name="make", returns=[pickled("basket"), "count"]),
            PythonTask(function=double, name="total", returns=["total"]),
            Stub(name="double"),
            Stub(name="report"),
        ]
    )
    with pytest.raises(DagChangedError) as changed_dag:
        changed.execute(configuration_file=str(configuration), retry_run_id="the-run")
    message = str(changed_dag.value)
    assert "step 'report' was added" in message
    assert "step 'total' changed (command: 'retry_steps.flaky_total' -> 'retry_steps.double')" in message
    assert "step 'double' changed" in message and "node_type: 'task' -> 'stub'" in message
    assert stored_run_log(configuration, "the-run").status == defaults.FAIL  # nothing was touched

    fix_the_cause()
    # A run id given besides yields to the retried run's (a script may name its own): said, not refused.
    with caplog.at_level(logging.WARNING, logger="runnable"):
        retried = basket_pipeline().execute(
            configuration_file=str(configuration), run_id="other", retry_run_id="the-run"
        )
    assert retried.run_id == "the-run" and retried.status == defaults.SUCCESS
    assert "the run_id 'other' given to execute() is not used" in caplog.text
    with pytest.raises(RetryRefusedError, match=r"it succeeded, so there is nothing to retry.*--force"):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    # Forced, a successful run is walked again: every step reused, the run still SUCCESS.
    basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run", force_retry=True)
    run_log = stored_run_log(configuration, "the-run")
    records = retry_records(run_log)
    assert [r.forced for r in records] == [False, True]
    assert records[1].skipped == ["make", "total", "double"]
    assert records[1].ran == ["success"]
    assert len(run_log.steps["total"].attempts) == 2


def test_a_retry_killed_in_a_step_is_abandoned_and_its_step_gets_an_interrupted_attempt(
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
    caplog: pytest.LogCaptureFixture,
) -> None:
    configuration = write_config("buffered")
    fail_first(basket_pipeline(), configuration)
    # What a first retry killed in the middle of "total" leaves: the run, the step and the retry's
    # record PROCESSING.
    store = plugins.build(
        "run_log_store", runnable_config.load(str(configuration)).run_log_store, expected=BaseRunLogStore
    )
    total = store.get_step_log("total", "the-run")
    total.status = defaults.PROCESSING
    store.add_step_log(total, "the-run")
    killed = RetryRecord(retry_number=1, started_at=utc_now(), previous_status=defaults.FAIL)
    store.set_run_config("the-run", {"retries": [killed.model_dump(mode="json")]})
    store.update_run_log_status("the-run", defaults.PROCESSING)
    fix_the_cause()

    with caplog.at_level(logging.INFO, logger="runnable"):
        returned = basket_pipeline().execute(
            configuration_file=str(configuration), retry_run_id="the-run", force_retry=True
        )
    run_log = stored_run_log(configuration, "the-run")
    assert returned == run_log  # the whole run, as stored
    assert [(a.attempt_number, a.status, a.message) for a in run_log.steps["total"].attempts[1:]] == [
        (2, defaults.FAIL, f"{INTERRUPTED_ATTEMPT} Recorded by retry 2."),
        (3, defaults.SUCCESS, ""),
    ]
    abandoned, record = retry_records(run_log)
    assert abandoned.status == ABANDONED and abandoned.model_extra == {"abandoned_by": 2}
    assert record.interrupted == ["total"] and record.ran == ["total", "double", "success"]
    assert record.forced and record.previous_status == defaults.PROCESSING
    assert record.configuration == str(configuration)
    assert "Run 'the-run': retry 2 started (was PROCESSING)" in caplog.messages
    assert "Run 'the-run': retry 2 ended SUCCESS" in caplog.messages


def test_a_retry_stopped_by_an_unexpected_error_records_that_it_ended_failed(
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configuration = write_config("buffered")
    fail_first(basket_pipeline(), configuration)
    fix_the_cause()

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("the executor broke")

    monkeypatch.setattr(LocalPipelineExecutor, "execute", broken)
    with pytest.raises(RuntimeError, match="the executor broke"):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    # The retry record does not stay PROCESSING as if the retry were still running.
    (record,) = retry_records(stored_run_log(configuration, "the-run"))
    assert record.status == defaults.FAIL
    assert record.ended_at is not None and record.ended_at >= record.started_at


def test_a_retry_whose_end_cannot_be_recorded_raises_the_original_error_and_logs_why(
    write_config: ConfigWriter,
    fix_the_cause: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    configuration = write_config("buffered")
    fail_first(basket_pipeline(), configuration)
    fix_the_cause()

    def refuse(*_: object, **__: object) -> None:
        raise StoreUnavailableError("the store went away")

    def broken(*_: object, **__: object) -> None:
        monkeypatch.setattr(BufferedRunLogStore, "set_run_config", refuse)
        raise RuntimeError("the executor broke")

    monkeypatch.setattr(LocalPipelineExecutor, "execute", broken)
    with (
        caplog.at_level(logging.INFO, logger="runnable"),
        pytest.raises(RuntimeError, match="the executor broke"),
    ):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    (logged,) = [
        r for r in caplog.records if r.getMessage() == "Could not record the end of retry 1 of run 'the-run'"
    ]
    assert logged.exc_info is not None and isinstance(
        logged.exc_info[1], StoreUnavailableError
    )  # why, for --debug


def test_a_running_run_is_refused_unless_forced(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    from runnable import config as runnable_config
    from runnable import plugins
    from runnable.run_log_store.base import BaseRunLogStore

    configuration = write_config("database")
    fail_first(basket_pipeline(), configuration)
    store = plugins.build(
        "run_log_store", runnable_config.load(str(configuration)).run_log_store, expected=BaseRunLogStore
    )
    store.update_run_log_status("the-run", defaults.PROCESSING)
    store.close()  # type: ignore[attr-defined]
    fix_the_cause()

    with pytest.raises(RetryRefusedError, match="it is PROCESSING, so it may still be running"):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run", force_retry=True)
    assert stored_run_log(configuration, "the-run").status == defaults.SUCCESS


def test_a_job_run_is_refused(write_config: ConfigWriter) -> None:
    from runnable import PythonJob

    configuration = write_config("database")
    with pytest.raises(ExecutionFailedError):
        PythonJob(function=flaky_total).execute(configuration_file=str(configuration), job_id="a-job")
    with pytest.raises(RetryRefusedError, match="it is a job run"):
        basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="a-job")


@pytest.mark.postgres
def test_retry_on_postgresql(
    write_config: ConfigWriter,
    postgres_section: dict[str, object],
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
) -> None:
    configuration = write_config("database", run_log_store=postgres_section)
    fail_first(basket_pipeline(), configuration)
    fix_the_cause()
    basket_pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert [a.attempt_number for a in run_log.steps["total"].attempts] == [1, 2]
    assert run_log.steps["fail"].status == defaults.SKIPPED


def test_forcing_a_run_that_succeeded_through_its_failure_path_runs_the_failed_step_again(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    # The failure of "total" is handled: its on_failure path ends in success, so the run succeeds.
    def pipeline() -> Pipeline:
        return basket_pipeline(on_failure=Pipeline(steps=[Stub(name="recover")]))

    configuration = write_config("buffered")
    handled = pipeline().execute(configuration_file=str(configuration), run_id="the-run")
    assert handled.status == defaults.SUCCESS and handled.steps["total"].status == defaults.FAIL
    fix_the_cause()

    with pytest.raises(RetryRefusedError, match="it succeeded"):
        pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")
    pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run", force_retry=True)

    run_log = stored_run_log(configuration, "the-run")
    assert [a.status for a in run_log.steps["total"].attempts] == [defaults.FAIL, defaults.SUCCESS]
    assert run_log.steps["double"].status == defaults.SUCCESS
    assert run_log.steps["recover"].status == defaults.SKIPPED
    (record,) = retry_records(run_log)
    assert record.previous_status == defaults.SUCCESS and record.superseded == ["recover"]
    assert record.skipped == ["make"]


def test_a_failure_path_through_a_composite_step_is_superseded_at_the_step_and_after_it(
    write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    def pipeline() -> Pipeline:
        notify = Parallel(name="notify", branches={"a": Pipeline(steps=[Stub(name="send")])})
        return basket_pipeline(on_failure=Pipeline(steps=[notify, Stub(name="recover")]))

    configuration = write_config("buffered")
    pipeline().execute(configuration_file=str(configuration), run_id="the-run")
    fix_the_cause()
    pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run", force_retry=True)

    run_log = stored_run_log(configuration, "the-run")
    (record,) = retry_records(run_log)
    # The composite step says it is history; what ran inside its branch stays as it ran.
    assert record.superseded == ["notify", "recover"]
    assert run_log.steps["notify"].status == run_log.steps["recover"].status == defaults.SKIPPED
    assert run_log.steps["notify"].branches["notify.a"].steps["notify.a.send"].status == defaults.SUCCESS
    recover = run_log.steps["recover"]
    superseding = recover.attempts[-1]
    assert (superseding.attempt_number, superseding.retry_indicator) == (2, "1")
    assert superseding.start_time is not None and superseding.start_time == superseding.end_time
    assert (
        recover.message
        == superseding.message
        == (
            "Superseded by retry 1: the run no longer goes through this step, so this record is history, "
            "not the run's outcome."
        )
    )


@pytest.mark.parametrize("store", STORES)
def test_a_large_parameter_stored_once_is_restored_for_the_retried_step(
    store: str, write_config: ConfigWriter, fix_the_cause: Callable[[], None], stored_run_log: ReadRun
) -> None:
    def pipeline() -> Pipeline:
        return Pipeline(
            steps=[
                PythonTask(function=make_large, name="make", returns=["big"]),
                PythonTask(function=overwrite_large, name="overwrite", returns=["big"]),
                PythonTask(function=flaky_length, name="length", returns=["length"]),
            ]
        )

    configuration = write_config(store)
    fail_first(pipeline(), configuration)
    fix_the_cause()
    pipeline().execute(configuration_file=str(configuration), retry_run_id="the-run")

    run_log = stored_run_log(configuration, "the-run")
    assert run_log.status == defaults.SUCCESS
    first, second = run_log.steps["length"].attempts
    assert first.input_parameters == second.input_parameters == {"big": JsonParameter(value="y" * 5_000)}
    assert run_log.steps["overwrite"].attempts[0].input_parameters == {"big": JsonParameter(value=LARGE)}
    assert run_log.parameters["length"] == JsonParameter(value=5_000)
