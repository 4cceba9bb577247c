"""Planning a retry without running anything: dag differences, refusal rules, services from a run config."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import retry_steps
from retry_steps import double, flaky_square, items, square

from runnable import Map, Parallel, Pipeline, PythonTask, Stub, defaults
from runnable.config import mask_secrets
from runnable.dag_compare import MAX_DIFFERENCES_SHOWN, dag_differences
from runnable.exceptions import ConfigurationError, DagChangedError, RetryRefusedError, RunLogNotFoundError
from runnable.graph import dag_hash
from runnable.models import BranchLog, JobLog, RunLog, StepAttempt, StepLog
from runnable.retry import (
    _current_path,
    check_retryable,
    configuration_is_named,
    find_run,
    made_as_script,
    read_rebuilt_run,
    recorded_pipeline_file,
    services_from_run_config,
)
from runnable.retry_plan import (
    INTERRUPTED_ATTEMPT,
    RetryPlan,
    RetryRecord,
    is_done,
    record_interrupted_attempt,
)
from runnable.run_log_store.buffered import BufferedRunLogStore


def nested(inner_function: Any = flaky_square, branches: tuple[str, ...] = ("a", "b")) -> Pipeline:
    inner = Map(
        name="inner",
        iterate_on="x",
        iterate_as="x",
        branch=Pipeline(steps=[PythonTask(function=inner_function, name="square", returns=["sq"])]),
    )
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["x"]),
            Parallel(name="outer", branches={key: Pipeline(steps=[inner]) for key in branches}),
        ]
    )


def test_equal_dags_have_no_differences() -> None:
    assert dag_differences(nested().dag.definition(), nested().dag.definition()) == []


def test_differences_name_added_removed_and_changed_steps() -> None:
    recorded = Pipeline(steps=[Stub(name="a"), PythonTask(function=double, name="b"), Stub(name="c")])
    current = Pipeline(steps=[Stub(name="a"), PythonTask(function=square, name="b"), Stub(name="d")])
    assert dag_differences(recorded.dag.definition(), current.dag.definition()) == [
        "step 'c' was removed",
        "step 'd' was added",
        "step 'b' changed (next_node: 'c' -> 'd'; command: 'retry_steps.double' -> 'retry_steps.square')",
    ]


def test_differences_inside_branches_are_named_where_they_are() -> None:
    differences = dag_differences(nested().dag.definition(), nested(square).dag.definition())
    assert differences == [
        f"step 'outer.{key}.inner.square' changed (command: 'retry_steps.flaky_square' -> "
        "'retry_steps.square')"
        for key in ("a", "b")
    ]
    added_branch = dag_differences(
        nested().dag.definition(), nested(branches=("a", "b", "c")).dag.definition()
    )
    assert "step 'outer.c.inner' was added" in added_branch
    assert any(d.startswith("step 'outer' changed (branches") for d in added_branch)


def test_fields_at_their_default_count_as_absent_as_runnable_0_50_wrote_them() -> None:
    current = nested().dag.definition()
    as_0_50_wrote_it = json.loads(json.dumps(current))
    for node in as_0_50_wrote_it["nodes"]["outer"]["branches"]["a"]["nodes"]["inner"]["branch"][
        "nodes"
    ].values():
        node.update(max_attempts=1, overrides={}, catalog=None)
    as_0_50_wrote_it["nodes"]["items"].update(max_attempts=1)
    assert dag_differences(as_0_50_wrote_it, current) == []
    as_0_50_wrote_it["nodes"]["items"].update(max_attempts=3)
    assert dag_differences(as_0_50_wrote_it, current) == ["step 'items' changed (max_attempts: 3 -> (none))"]


def test_a_changed_dag_recorded_by_another_version_is_still_refused() -> None:
    run_log = recorded_run(nested())
    run_log.dag_hash = "recorded-by-runnable-0.50"
    check_retryable(run_log, nested().dag, force=False)  # same dag, other hash: retried
    with pytest.raises(DagChangedError, match=re.escape("retry_steps.flaky_square' -> 'retry_steps.square'")):
        check_retryable(run_log, nested(square).dag, force=False)


def test_many_differences_are_cut_short() -> None:
    recorded = Pipeline(steps=[Stub(name=f"old{i}") for i in range(10)])
    current = Pipeline(steps=[Stub(name=f"new{i}") for i in range(10)])
    differences = dag_differences(recorded.dag.definition(), current.dag.definition())
    assert len(differences) == MAX_DIFFERENCES_SHOWN + 1
    assert differences[-1].startswith("and ") and differences[-1].endswith(" more")


def recorded_run(pipeline: Pipeline, status: str = defaults.FAIL, **fields: Any) -> RunLog:
    definition = pipeline.dag.definition()
    return RunLog(
        run_id="r",
        status=status,
        dag_hash=dag_hash(definition),
        run_config={"dag": definition, "dag_hash": dag_hash(definition)},
        **fields,
    )


def test_refusal_rules() -> None:
    pipeline = nested()
    check_retryable(recorded_run(pipeline), pipeline.dag, force=False)
    for status in (defaults.SUCCESS, defaults.PROCESSING, defaults.CREATED):
        with pytest.raises(RetryRefusedError, match="--force"):
            check_retryable(recorded_run(pipeline, status), pipeline.dag, force=False)
        check_retryable(recorded_run(pipeline, status), pipeline.dag, force=True)
    with pytest.raises(RetryRefusedError, match=r"^Run 'r' cannot be retried: it is a job run"):
        check_retryable(recorded_run(pipeline, job=JobLog()), pipeline.dag, force=True)
    job_before_its_log = recorded_run(pipeline)  # a job run that stopped before writing its job log
    job_before_its_log.run_config["job_definition"] = {"command": "x"}
    with pytest.raises(RetryRefusedError, match="it is a job run"):
        check_retryable(job_before_its_log, pipeline.dag, force=True)
    for status in (defaults.SUCCESS, defaults.PROCESSING):
        with pytest.raises(RetryRefusedError, match=r"^Run 'r' cannot be retried"):
            check_retryable(recorded_run(pipeline, status), pipeline.dag, force=False)
    # A changed dag is refused even when forced: force is about the run's status only.
    with pytest.raises(DagChangedError) as changed:
        check_retryable(recorded_run(pipeline), nested(square).dag, force=True)
    assert str(changed.value).startswith("Run 'r' cannot be retried")
    assert "step 'outer.a.inner.square' changed" in str(changed.value)
    assert len(changed.value.differences) == 2


def test_a_run_without_its_dag_is_refused_by_hash() -> None:
    run_log = recorded_run(nested())
    run_log.run_config = {}
    check_retryable(run_log, nested().dag, force=False)  # the same hash: nothing to compare
    current = dag_hash(nested(square).dag.definition())
    with pytest.raises(DagChangedError, match="does not record the dag") as refused:
        check_retryable(run_log, nested(square).dag, force=False)
    message = str(refused.value)
    assert message.startswith("Run 'r' cannot be retried")
    assert f"its hash {run_log.dag_hash[:12]} differs from this pipeline's {current[:12]})" in message
    run_log.dag_hash = ""
    with pytest.raises(DagChangedError, match=r"its hash \(none\) differs"):
        check_retryable(run_log, nested(square).dag, force=False)


def test_a_run_made_as_a_script_is_the_same_dag_when_its_file_is_imported() -> None:
    # `python retry_steps.py` records `__main__.square`; retrying from code that imports
    # retry_steps calls it `retry_steps.square`: the same function, because the run recorded that
    # file as its pipeline file. Recorded with another file, it is another function.
    pipeline = Pipeline(steps=[PythonTask(function=square, name="sq")])
    as_a_script = json.loads(json.dumps(pipeline.dag.definition()).replace("retry_steps.", "__main__."))

    def made_from(pipeline_file: str) -> RunLog:
        return RunLog(
            run_id="r",
            status=defaults.FAIL,
            dag_hash=dag_hash(as_a_script),
            run_config={"dag": as_a_script, "pipeline_definition_file": pipeline_file},
        )

    check_retryable(made_from(retry_steps.__file__), pipeline.dag, force=False)
    with pytest.raises(
        DagChangedError, match=re.escape("command: '__main__.square' -> 'retry_steps.square'")
    ):
        check_retryable(made_from(__file__), pipeline.dag, force=False)


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        ("", ("", "")),
        # A file is a file, even where a dotted reading would find a module.
        ("pipelines/train.py", ("pipelines/train.py", "")),
        ("pipelines/train.YAML", ("pipelines/train.YAML", "")),
        ("pipelines/train.yml", ("pipelines/train.yml", "")),
        # runnable 0.50 recorded the dotted module and the function that called execute().
        ("examples.01-tasks.python_tasks.main", ("examples/01-tasks/python_tasks.py", "main")),
        (
            "examples.01-tasks.python_tasks.Pipelines.build",
            ("examples/01-tasks/python_tasks.py", "Pipelines.build"),
        ),
        ("examples.01-tasks.python_tasks.<module>", ("examples/01-tasks/python_tasks.py", "")),
        ("train.main", ("train.py", "main")),
        ("elsewhere.01-tasks.gone.main", ("elsewhere.01-tasks.gone.main", "")),
    ],
)
def test_the_recorded_pipeline_file_is_read_back_as_a_file_and_a_function(
    recorded: str, expected: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (
        "pipelines/train.py",
        "train.py",
        "examples/01-tasks/python_tasks.py",
        "examples/01-tasks.py",  # a shorter module of the same dotted name: the longest wins
        "examples/01-tasks/python_tasks/main.py",  # the last part is always the function
    ):
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / module).write_text("")
    monkeypatch.chdir(tmp_path)
    assert recorded_pipeline_file({"pipeline_definition_file": recorded}) == expected


def test_the_plan_continues_stored_steps_and_reuses_only_those_done(caplog: pytest.LogCaptureFixture) -> None:
    def stored(name: str, status: str) -> StepLog:
        step_log = StepLog(
            name=name, internal_name=name, status=status, attempts=[StepAttempt(status=status)]
        )
        step_log.branches[f"{name}.a"] = BranchLog(internal_name=f"{name}.a", status=status)
        return step_log

    snapshot = RunLog(
        run_id="r",
        steps={"done": stored("done", defaults.SUCCESS), "failed": stored("failed", defaults.FAIL)},
    )
    record = RetryRecord(retry_number=2, started_at=datetime.now(timezone.utc), previous_status=defaults.FAIL)
    plan = RetryPlan(run_id="r", record=record, snapshot=snapshot)
    fresh = StepLog(name="done", internal_name="done")
    with caplog.at_level(logging.INFO, logger="runnable"):
        resumed, done = plan.resume_step(fresh, is_terminal=False)
    assert done and resumed.attempts == snapshot.steps["done"].attempts and resumed.branches == {}
    assert "Step 'done' succeeded before: retry 2 reuses it" in caplog.messages
    resumed, done = plan.resume_step(StepLog(name="failed", internal_name="failed"), is_terminal=False)
    assert not done and len(resumed.attempts) == 1  # the next attempt counts on
    # Terminal steps set their branch's status: they always run again.
    assert plan.resume_step(fresh, is_terminal=True)[1] is False
    new = StepLog(name="new", internal_name="new")
    assert plan.resume_step(new, is_terminal=False) == (new, False)
    assert plan.branch_is_done("done.a")
    assert not plan.branch_is_done("failed.a") and not plan.branch_is_done("done.b")
    assert plan.mark(StepAttempt()).retry_indicator == "2"


def test_the_current_path_follows_every_branch_even_after_one_whose_worker_died() -> None:
    # A branch whose worker died has its running step marked FAIL and no fail step: its walk stops
    # there, and the walk goes on with the other branches (else they would be superseded).
    pipeline = Pipeline(
        steps=[
            Parallel(
                name="p",
                branches={key: Pipeline(steps=[Stub(name="s")]) for key in ("a", "b")},
            )
        ]
    )

    def steps(*names: str, status: str = defaults.SUCCESS) -> dict[str, StepLog]:
        return {n: StepLog(name=n.rsplit(".", 1)[-1], internal_name=n, status=status) for n in names}

    parallel = StepLog(name="p", internal_name="p", status=defaults.FAIL)
    parallel.branches = {
        "p.a": BranchLog(internal_name="p.a", steps=steps("p.a.s", "p.a.success")),
        "p.b": BranchLog(
            internal_name="p.b", status=defaults.FAIL, steps=steps("p.b.s", status=defaults.FAIL)
        ),
    }
    run_log = RunLog(run_id="r", steps={"p": parallel, **steps("fail")})
    assert _current_path(run_log, pipeline.dag) == {"p", "fail", "p.a.s", "p.a.success", "p.b.s"}


def test_a_run_made_as_a_script_is_told_by_its_recorded_functions() -> None:
    pipeline = Pipeline(steps=[PythonTask(function=square, name="sq")])
    imported = pipeline.dag.definition()
    as_a_script = json.loads(json.dumps(imported).replace("retry_steps.", "__main__."))
    assert made_as_script(RunLog(run_id="r", run_config={"dag": as_a_script}))
    assert not made_as_script(RunLog(run_id="r", run_config={"dag": imported}))
    assert not made_as_script(RunLog(run_id="r", run_config={"dag": "__main__.square"}))


def test_a_rebuilt_store_without_the_run_refuses_the_retry_naming_the_store() -> None:
    store = BufferedRunLogStore(service_name="buffered")
    store.put_run_log(RunLog(run_id="there", steps={"s": StepLog(name="s", internal_name="s")}))
    assert list(read_rebuilt_run(store, "there").steps) == ["s"]  # the whole run, steps included
    with pytest.raises(RetryRefusedError) as refused:
        read_rebuilt_run(store, "gone")
    assert str(refused.value) == (
        "Run 'gone' cannot be retried: its run config names a run log store (Type buffered, Location "
        "memory of this process, Runs 1) that does not hold the run. Give the configuration of the "
        "store that holds it explicitly (-c FILE)."
    )


def test_a_configuration_is_named_by_the_argument_or_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(defaults.ENV_CONFIGURATION_FILE, raising=False)
    assert not configuration_is_named("")
    assert configuration_is_named("config.yaml")
    monkeypatch.setenv(defaults.ENV_CONFIGURATION_FILE, "from-the-variable.yaml")
    assert configuration_is_named("")


def test_a_run_the_store_does_not_hold_is_reported_with_the_store_and_what_configured_it() -> None:
    store = BufferedRunLogStore(service_name="buffered")
    store.create_run_log("there")
    assert find_run(store, "there", full=False, configured_by="").run_id == "there"
    for configured_by, named in (
        ("", "the built-in defaults"),
        ("runnable-config.yaml", "runnable-config.yaml"),
    ):
        with pytest.raises(RunLogNotFoundError) as missing:
            find_run(store, "gone", full=False, configured_by=configured_by)
        assert missing.value.run_id == "gone"
        assert str(missing.value) == (
            f"No run 'gone' in the run log store configured by {named} (Type buffered, Location memory of "
            "this process, Runs 1). Check the run id, and give the configuration the run was made with "
            "(-c FILE, or configuration_file=... in Python)."
        )


def test_a_step_left_processing_gets_one_failed_attempt_saying_it_was_interrupted() -> None:
    step_log = StepLog(name="s", internal_name="s", status=defaults.PROCESSING, attempts=[StepAttempt()])
    assert record_interrupted_attempt(step_log)
    assert [(a.attempt_number, a.status, a.message) for a in step_log.attempts[1:]] == [
        (2, defaults.FAIL, INTERRUPTED_ATTEMPT)
    ]
    assert record_interrupted_attempt(step_log, "Recorded by retry 1.")
    assert step_log.attempts[-1].message == f"{INTERRUPTED_ATTEMPT} Recorded by retry 1."
    finished = StepLog(name="s", internal_name="s", status=defaults.FAIL)
    assert not record_interrupted_attempt(finished) and finished.attempts == []


def test_a_step_is_done_when_its_last_attempt_succeeded() -> None:
    def step(status: str, *attempts: str) -> StepLog:
        return StepLog(
            name="s", internal_name="s", status=status, attempts=[StepAttempt(status=a) for a in attempts]
        )

    assert is_done(step(defaults.SUCCESS, defaults.FAIL, defaults.SUCCESS))
    assert not is_done(step(defaults.FAIL, defaults.SUCCESS, defaults.FAIL))
    assert not is_done(step(defaults.PROCESSING))
    assert not is_done(step(defaults.SKIPPED, defaults.SUCCESS, defaults.SKIPPED))
    # Status and last attempt disagree: the last attempt decides.
    assert not is_done(step(defaults.SUCCESS, defaults.SUCCESS, defaults.FAIL))
    assert not is_done(step(defaults.SUCCESS, defaults.PROCESSING))


def run_config_of(**services: dict[str, Any]) -> dict[str, Any]:
    return {
        name: {"service_name": section.pop("type"), "service_type": name, **mask_secrets(section)}
        for name, section in services.items()
    }


def test_services_are_rebuilt_from_the_run_config_with_references_resolved_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DB_PASSWORD", "today's password")
    run_config = run_config_of(
        run_log_store={"type": "database", "connection_string": "postgresql://u:${DB_PASSWORD}@h/db"},
        catalog={"type": "file-system", "catalog_location": "${CATALOG:-.catalog}"},
    )
    loaded = services_from_run_config(run_config, "r")
    assert loaded.run_log_store.type == "database"
    assert loaded.run_log_store.config["connection_string"] == "postgresql://u:today's password@h/db"
    assert loaded.run_log_store.raw_config["connection_string"] == "postgresql://u:${DB_PASSWORD}@h/db"
    assert loaded.catalog.config == {"catalog_location": ".catalog"}
    # What the run config does not record gets the built-in defaults.
    assert loaded.secrets.type == defaults.DEFAULT_SECRETS
    assert loaded.source == "the run config of run 'r'"
    assert loaded.reason == "rebuilt from the run's stored run config"


def test_values_recorded_masked_are_refused_naming_each_field() -> None:
    run_config = run_config_of(
        run_log_store={"type": "database", "connection_string": "postgresql://u:written-here@h/db"},
        secrets={
            "type": "vault",
            "api_token": "also-written-here",
            "nested": {"password": "x"},
            "replicas": ["postgresql://u:${DB}@h1/db", "postgresql://u:in-the-file@h2/db"],
        },
    )
    with pytest.raises(ConfigurationError) as refused:
        services_from_run_config(run_config, "r")
    assert str(refused.value) == (
        "Configuration error in the run config of run 'r': the run config recorded "
        "`run-log-store.config.connection_string`, `secrets.config.api_token`, "
        "`secrets.config.nested.password`, `secrets.config.replicas[1]` masked (********): the "
        "configuration file held the secret itself rather than a ${VAR} reference, and a run log never "
        "keeps secrets. Give the configuration explicitly: `runnable retry r -c FILE` (or "
        "configuration_file=... in Python)."
    )
