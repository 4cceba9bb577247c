"""Retrying a failed run from where it failed, under the same run id, in the store that recorded it.

``pipeline.execute(retry_run_id=RUN_ID)`` (and ``runnable retry RUN_ID``) reach
:func:`runnable.runner.retry_run`, which drives these steps with the functions of this module:

1. **Finds the run** (:func:`find_run`, read once) in the store of the configuration in use (``-c``,
   ``RUNNABLE_CONFIGURATION_FILE``, the ``configuration_file`` argument, ``runnable-config.yaml``,
   built-in defaults) and **refuses** what it cannot continue (:func:`check_retryable`): a job run, a
   run that is still PROCESSING or already SUCCESS (unless forced), a pipeline whose dag differs from
   the recorded one (saying what differs, :func:`dag_differences`).
2. **Builds the services.** A configuration named explicitly (``-c``, the variable, the argument) is
   used as it is. Otherwise the services are rebuilt from the run's stored run config
   (:func:`services_from_run_config`): ``${VAR}`` references are resolved again from the environment
   now; a value that was recorded masked cannot be rebuilt and is refused, naming the field.
3. **Prepares the run** (:func:`prepare_retry`): a step left PROCESSING by a killed process gets a
   failed "interrupted" attempt; each parameter scope is put back exactly as it was when its failed
   step started; the run goes back to PROCESSING and a retry record is appended to
   ``run_config["retries"]``.
4. **Walks the pipeline again.** The executor asks the :class:`~runnable.retry_plan.RetryPlan` about
   each step: a step whose last attempt succeeded is reused as it is (skipped); any other one runs
   again and appends an attempt (``attempt_number`` goes on counting, ``retry_indicator`` is the
   retry's number). Composite steps do the same for their branches, so only failed branches run again.
5. **Finishes** (:func:`finish_retry`): steps that the run's current path no longer goes through (the
   ``fail`` step of the previous attempt, its ``on_failure`` steps) get a SKIPPED attempt saying they
   were superseded, and the retry record says what was skipped, run again and superseded.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runnable import config, defaults, exceptions
from runnable.dag_compare import dag_differences, main_script_aware, running_main_file
from runnable.graph import Graph, dag_hash
from runnable.models import Parameter, RunLog, StepAttempt, StepLog, parent_of, utc_now
from runnable.retry_plan import (
    INTERRUPTED,
    RETRIES_KEY,
    RetryPlan,
    RetryRecord,
    record_interrupted_attempt,
    retry_records,
    walk_branch_logs,
    walk_step_logs,
)

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.run_log_store.base import BaseRunLogStore

logger = logging.getLogger("runnable")

_FORCE_HINT = "retry with --force (force_retry=True in Python)"
# Status of a retry record whose process stopped before it recorded an end (killed, machine down):
# the next retry of the run sets it, so no record stays PROCESSING once a later retry has started.
ABANDONED = "ABANDONED"


# --------------------------------------------------------------------------- refusal rules


def check_retryable(run_log: RunLog, dag: Graph, force: bool) -> None:
    """Refuse a retry that would not continue ``run_log`` (RetryRefusedError, DagChangedError)."""
    run_id = run_log.run_id
    if run_log.job is not None or "job_definition" in run_log.run_config:
        raise exceptions.RetryRefusedError(
            run_id, "it is a job run; a job has a single step, so execute the job again as a new run."
        )
    if run_log.status == defaults.SUCCESS and not force:
        raise exceptions.RetryRefusedError(
            run_id,
            f"it succeeded, so there is nothing to retry. To run its failed steps anyway, {_FORCE_HINT}.",
        )
    if run_log.status not in (defaults.FAIL, defaults.SUCCESS) and not force:
        raise exceptions.RetryRefusedError(
            run_id,
            f"it is {run_log.status}, so it may still be running. If the process that ran it is gone "
            f"(killed, or its machine went down), {_FORCE_HINT}.",
        )
    current = dag.definition()
    if dag_hash(current) == run_log.dag_hash:
        return
    recorded = run_log.run_config.get("dag")
    if not isinstance(recorded, dict):
        raise exceptions.DagChangedError(
            run_id,
            [
                f"the run config does not record the dag the run was made with, and its hash "
                f"{run_log.dag_hash[:12] or '(none)'} differs from this pipeline's {dag_hash(current)[:12]}"
            ],
        )
    # The hashes also differ when the same dag was recorded another way (by runnable 0.50, or with
    # the main script's functions named `__main__.f`): the recorded dag itself is the reference.
    same_command = main_script_aware(_recorded_main_file(run_log), running_main_file())
    differences = dag_differences(recorded, current, same_command)
    if differences:
        raise exceptions.DagChangedError(run_id, differences)


# --------------------------------------------------------------------------- the recorded pipeline file

# How runnable 0.50 named a pipeline executed at module level rather than inside a function.
_MODULE_LEVEL = "<module>"


def recorded_pipeline_file(run_config: dict[str, Any]) -> tuple[str, str]:
    """The pipeline file a run recorded (relative to the working directory) and the function to call.

    We record the file (``pipelines/train.py``); runnable 0.50 recorded the dotted module and the
    function that called ``execute()`` (``examples.01-tasks.python_tasks.main``), which is read back
    as that file and function when the file is here. The function is ``""`` when there is none to
    name (the file itself executes the pipeline).
    """
    recorded = str(run_config.get("pipeline_definition_file") or "")
    if not recorded or Path(recorded).suffix.lower() in (".py", ".yaml", ".yml"):
        return recorded, ""
    parts = recorded.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        candidate = Path(*parts[:cut]).with_suffix(".py")
        if candidate.is_file():
            function = ".".join(parts[cut:])
            return str(candidate), "" if function == _MODULE_LEVEL else function
    return recorded, ""


def made_as_script(run_log: RunLog) -> bool:
    """Whether the run's functions lived in the script run as ``python script.py`` (``__main__.f``)."""
    dag = run_log.run_config.get("dag")
    return '"__main__.' in json.dumps(dag) if isinstance(dag, dict) else False


def _recorded_main_file(run_log: RunLog) -> Path | None:
    path, _ = recorded_pipeline_file(run_log.run_config)
    return Path(path).resolve() if path.endswith(".py") else None


# --------------------------------------------------------------------------- services


def services_from_run_config(run_config: dict[str, Any], run_id: str) -> config.RunnableConfig:
    """The configuration a run was made with, rebuilt from its stored run config.

    ``${VAR}`` references (recorded as written) are resolved from the environment now, so secrets
    come from where they live today, never from the run log. A value recorded masked cannot be
    rebuilt: ConfigurationError names every such field. Services the run config does not record
    get the built-in defaults.
    """
    source = f"the run config of run '{run_id}'"
    sections: dict[str, dict[str, Any]] = {}
    masked: list[str] = []
    for service_type in defaults.SERVICE_TYPES:
        record = run_config.get(service_type)
        if not isinstance(record, dict) or not record.get("service_name"):
            continue
        fields = {k: v for k, v in record.items() if k not in ("service_name", "service_type")}
        section = service_type.replace("_", "-")
        masked.extend(f"{section}.config.{path}" for path in _masked_paths(fields))
        sections[section] = {"type": record["service_name"], "config": fields}
    if masked:
        raise exceptions.ConfigurationError(
            "the run config recorded "
            + ", ".join(f"`{path}`" for path in masked)
            + f" masked ({defaults.MASK}): the configuration file held the secret itself rather than a "
            "${VAR} reference, and a run log never keeps secrets. Give the configuration explicitly: "
            f"`runnable retry {run_id} -c FILE` (or configuration_file=... in Python).",
            file=source,
        )
    return config.from_mapping(sections, source=source, reason="rebuilt from the run's stored run config")


def _masked_paths(value: Any, path: str = "") -> list[str]:
    if isinstance(value, str):
        return [path] if defaults.MASK in value else []
    if isinstance(value, dict):
        return [found for k, v in value.items() for found in _masked_paths(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [found for i, v in enumerate(value) for found in _masked_paths(v, f"{path}[{i}]")]
    return []


def configuration_is_named(configuration_file: str) -> bool:
    """Whether the person named a configuration (used as it is) rather than leaving it to be found."""
    return bool(os.environ.get(defaults.ENV_CONFIGURATION_FILE) or configuration_file)


# --------------------------------------------------------------------------- preparing and finishing


def find_run(store: BaseRunLogStore, run_id: str, *, full: bool, configured_by: str) -> RunLog:
    """The run to retry, read once from the store of the configuration in use (RunLogNotFoundError)."""
    try:
        return store.get_run_log_by_id(run_id, full=full)
    except exceptions.RunLogNotFoundError:
        where = configured_by or "the built-in defaults"
        raise exceptions.RunLogNotFoundError(
            run_id,
            message=f"No run '{run_id}' in the run log store configured by {where} "
            f"({_describe_store(store)}). Check the run id, and give the configuration the run was made "
            "with (-c FILE, or configuration_file=... in Python).",
        ) from None


def read_rebuilt_run(store: BaseRunLogStore, run_id: str) -> RunLog:
    """The whole run, from the store rebuilt from its run config (RetryRefusedError if it is not there)."""
    try:
        return store.get_run_log_by_id(run_id, full=True)
    except exceptions.RunLogNotFoundError:
        raise exceptions.RetryRefusedError(
            run_id,
            f"its run config names a run log store ({_describe_store(store)}) that does not hold the run. "
            "Give the configuration of the store that holds it explicitly (-c FILE).",
        ) from None


def prepare_retry(context: RunContext, run_log: RunLog, *, force: bool, configuration: str = "") -> RetryPlan:
    """Put the stored run in the state the retry continues from; the plan the executor consults.

    ``run_log`` is the whole run as read (and checked, :func:`check_retryable`) by the caller; it is
    changed in place to what is written, and becomes the plan's snapshot without reading it again.
    """
    store, run_id = context.run_log_store, context.run_id
    record = RetryRecord(
        retry_number=len(retry_records(run_log)) + 1,
        started_at=utc_now(),
        previous_status=run_log.status,
        forced=force,
        configuration=configuration,
    )
    record.interrupted = _close_interrupted(run_log, record)
    restored, needs_rewrite = _restore_parameters(run_log)
    record.restored_parameters = restored

    if needs_rewrite:
        # A parameter added after a failed step started (by that step before it failed, or by an
        # on_failure step) can only be removed by writing the run whole; the run is not being
        # written by anyone else now (it is FAIL, or forced).
        store.put_run_log(run_log)
    else:
        for internal_name in record.interrupted:
            step_log, _ = run_log.search_step_by_internal_name(internal_name)
            store.add_step_log(step_log.model_copy(update={"branches": {}}), run_id)
        for scope in restored:
            store.set_parameters(run_id, dict(run_log.parameters_in_scope(scope)), scope)
    _abandon_unfinished(run_log, record)
    _save_record(store, run_log, record)
    store.update_run_log_status(run_id, defaults.PROCESSING)
    run_log.status = defaults.PROCESSING
    logger.info("Run '%s': retry %s started (was %s)", run_id, record.retry_number, record.previous_status)
    return RetryPlan(run_id=run_id, record=record, snapshot=run_log)


def finish_retry(context: RunContext, dag: Graph, run_log: RunLog | None) -> RunLog:
    """Supersede the records the run no longer goes through, complete the retry record; the run log.

    ``run_log`` is the run as the executor ended it (what it returned, or what its
    ExecutionFailedError carries); None when the executor gave none, and then it is read.
    """
    plan = context.retry
    assert plan is not None
    store, run_id = context.run_log_store, context.run_id
    if run_log is None:
        run_log = store.get_run_log_by_id(run_id, full=True)
    record = plan.record
    on_path = _current_path(run_log, dag)
    superseded = []
    for step_log in walk_step_logs(run_log.steps):
        if step_log.internal_name in on_path or step_log.status == defaults.SKIPPED:
            continue
        if parent_of(step_log.internal_name) and parent_of(parent_of(step_log.internal_name)) not in on_path:
            continue  # inside a branch of a step the run no longer goes through: its step says so
        _supersede(step_log, record)
        store.add_step_log(step_log.model_copy(update={"branches": {}}), run_id)
        superseded.append(step_log.internal_name)

    attempts_before = {s.internal_name: len(s.attempts) for s in walk_step_logs(plan.snapshot.steps)}
    ran: set[str] = set()
    for step_log in walk_step_logs(run_log.steps):
        name = step_log.internal_name
        if name in on_path and len(step_log.attempts) > attempts_before.get(name, 0):
            # A composite step ran when any step inside it did.
            while name:
                ran.add(name)
                name = parent_of(parent_of(name))
    in_order = list(walk_step_logs(run_log.steps))
    record.ran = [s.internal_name for s in in_order if s.internal_name in ran]
    record.skipped = [
        s.internal_name
        for s in in_order
        if s.internal_name in attempts_before
        and s.internal_name in on_path
        and s.internal_name not in ran
        and s.step_type not in (defaults.SUCCESS_NODE, defaults.FAIL_NODE)
    ]
    record.superseded = superseded
    record.status = run_log.status
    record.ended_at = utc_now()
    _save_record(store, run_log, record)
    logger.info("Run '%s': retry %s ended %s", run_id, record.retry_number, run_log.status)
    # What the caller gets is what the store holds now (its updated_at included).
    return store.get_run_log_by_id(run_id, full=True)


def record_end_quietly(context: RunContext) -> None:
    """After an unexpected error: the retry record says the retry ended FAIL, if the store lets us."""
    plan = context.retry
    if plan is None:
        return
    try:
        plan.record.status = defaults.FAIL
        plan.record.ended_at = utc_now()
        _save_record(context.run_log_store, plan.snapshot, plan.record)
    except Exception:  # the original error matters more, and the CLI shows it (see mark_failed_quietly)
        logger.info(
            "Could not record the end of retry %s of run '%s'", plan.indicator, context.run_id, exc_info=True
        )


# --------------------------------------------------------------------------- preparation steps


def _close_interrupted(run_log: RunLog, record: RetryRecord) -> list[str]:
    """Steps a killed process left PROCESSING: a failed attempt says so (the step runs again)."""
    interrupted = []
    for step_log in walk_step_logs(run_log.steps):
        if record_interrupted_attempt(step_log, f"Recorded by retry {record.retry_number}."):
            step_log.status = defaults.FAIL
            step_log.message = INTERRUPTED
            interrupted.append(step_log.internal_name)
    return interrupted


def _restore_parameters(run_log: RunLog) -> tuple[list[str], bool]:
    """Put each scope's parameters back as its failed step found them; (scopes changed, rewrite needed).

    Only scopes the retry walks again: the run's, and branches that did not succeed.

    The failed step of a scope is the first one (by start time) whose last attempt failed; its
    ``input_parameters`` are what the scope held when it started. Later steps of the failed walk
    (its on_failure steps) and the failed step itself (before failing, e.g. in a catalog put) may
    have changed them since.
    """
    restored: list[str] = []
    needs_rewrite = False
    scopes: list[tuple[str, dict[str, StepLog], dict[str, Parameter]]] = [
        ("", run_log.steps, run_log.parameters)
    ]
    # A branch that succeeded (through its own failure path, if a step of it failed) is reused as it
    # ended: putting its parameters back would rewrite a finished branch that nothing runs again.
    scopes.extend(
        (b.internal_name, b.steps, b.parameters)
        for b in walk_branch_logs(run_log.steps)
        if b.status != defaults.SUCCESS
    )
    for scope, steps, parameters in scopes:
        failed = [
            s.attempts[-1]
            for s in steps.values()
            if s.attempts
            and s.attempts[-1].status == defaults.FAIL
            and s.attempts[-1].start_time is not None
            and s.step_type not in (defaults.SUCCESS_NODE, defaults.FAIL_NODE)
        ]
        if not failed:
            continue
        first = min(failed, key=lambda attempt: attempt.start_time or utc_now())
        wanted = first.input_parameters
        if _as_data(parameters) == _as_data(wanted):
            continue
        needs_rewrite = needs_rewrite or bool(set(parameters) - set(wanted))
        parameters.clear()
        parameters.update({name: value.model_copy(deep=True) for name, value in wanted.items()})
        restored.append(scope)
    return restored, needs_rewrite


def _as_data(parameters: dict[str, Parameter]) -> dict[str, Any]:
    return {name: value.model_dump(mode="json") for name, value in parameters.items()}


# --------------------------------------------------------------------------- finishing steps


def _current_path(run_log: RunLog, dag: Graph) -> set[str]:
    """Internal names of the steps the run now goes through, following recorded statuses.

    From each graph's start: a step that succeeded leads to its next step, any other to its
    on_failure step or the fail step; inside a composite step on the path, every branch it
    recorded is followed the same way through the branch's own graph.
    """
    found: set[str] = set()
    pending: list[tuple[Graph, str, dict[str, StepLog]]] = [(dag, "", run_log.steps)]
    while pending:
        graph, scope, steps = pending.pop()
        node = graph.node(graph.start_at)
        while True:
            step_log = steps.get(node.internal_name(scope))
            if step_log is None:
                break
            found.add(step_log.internal_name)
            for branch_name, branch_log in step_log.branches.items():
                branch_graph = _branch_graph(dag, branch_name)
                if branch_graph is not None:
                    pending.append((branch_graph, branch_name, branch_log.steps))
            if node.is_terminal:
                break
            if step_log.status == defaults.SUCCESS:
                node = graph.node(node.next_node)
            else:
                node = graph.node(node.on_failure or graph.fail_node.name)
    return found


def _branch_graph(dag: Graph, internal_branch_name: str) -> Graph | None:
    try:
        return dag.branch_graph(internal_branch_name)
    except exceptions.RunnableError:
        return None


def _supersede(step_log: StepLog, record: RetryRecord) -> None:
    now = utc_now()
    message = (
        f"Superseded by retry {record.retry_number}: the run no longer goes through this step, so this "
        "record is history, not the run's outcome."
    )
    step_log.attempts.append(
        StepAttempt(
            attempt_number=len(step_log.attempts) + 1,
            start_time=now,
            end_time=now,
            status=defaults.SKIPPED,
            message=message,
            retry_indicator=record.indicator,
        )
    )
    step_log.status = defaults.SKIPPED
    step_log.message = message


# --------------------------------------------------------------------------- helpers


def _save_record(store: BaseRunLogStore, run_log: RunLog, record: RetryRecord) -> None:
    """Write ``record`` into the run's retry records (``run_log`` holds them as last written)."""
    kept = [
        entry
        for entry in run_log.run_config.get(RETRIES_KEY, [])
        if entry.get("retry_number") != record.retry_number
    ]
    run_log.run_config[RETRIES_KEY] = [*kept, record.model_dump(mode="json")]
    store.set_run_config(run_log.run_id, {RETRIES_KEY: run_log.run_config[RETRIES_KEY]})


def _abandon_unfinished(run_log: RunLog, record: RetryRecord) -> None:
    """Earlier retries still PROCESSING were stopped before they ended: mark them abandoned.

    Changed in ``run_log`` only: the record of this retry, saved next, writes them too.
    """
    for entry in run_log.run_config.get(RETRIES_KEY, []):
        if entry.get("status") == defaults.PROCESSING:
            entry.update(status=ABANDONED, abandoned_by=record.retry_number)


def _describe_store(store: BaseRunLogStore) -> str:
    summary = store.masked_summary()
    return ", ".join(f"{key} {value}" for key, value in summary.items() if isinstance(value, str | int))
