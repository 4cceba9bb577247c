"""Executors run a graph (pipelines) or one task (jobs) and record it through the store contract.

Everything they write goes through :class:`~runnable.run_log_store.base.BaseRunLogStore`
methods (``create_run_log``, ``set_parameters``, ``add_step_log``,
``update_run_log_status``, ``add_job_log``...), never through a store's
internals, so every store, built-in or third-party, records the same run.

:func:`run_task` is the one place a task attempt happens, for pipeline steps
and jobs alike: parameters in, secrets exposed, catalog get, the task with its
output captured, returns out as parameters, catalog put, execution log kept.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict

from runnable import defaults, exceptions, parameters
from runnable.masking import contains_secret, mask_values
from runnable.models import (
    DataCatalog,
    ObjectParameter,
    Parameter,
    RunLog,
    StepAttempt,
    join_internal_name,
    utc_now,
)
from runnable.secrets import exposed_as_environment
from runnable.tasks import BaseTaskType, TaskFailure, TaskInvocation, captured_output

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.graph import Graph

logger = logging.getLogger("runnable")

# Attempts made by a step whose log is new.
FIRST_ATTEMPT = 1


@dataclass
class GraphOutcome:
    """How a walk through a graph (the pipeline or one branch) ended."""

    status: str
    # The step that sent the walk to the fail node, and why; empty on success.
    failed_step: str = ""
    failure: str = ""

    def describe(self) -> str:
        if not self.failed_step:
            return ""
        return f"step '{self.failed_step}' failed" + (f": {self.failure}" if self.failure else "")


class BasePipelineExecutor(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "pipeline_executor"

    @abstractmethod
    def execute(self, context: RunContext, dag: Graph) -> RunLog:
        """Run the pipeline; the final full run log, or ExecutionFailedError when it ends FAIL."""


class BaseJobExecutor(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "job_executor"

    @abstractmethod
    def execute(self, context: RunContext, task: BaseTaskType) -> RunLog:
        """Run the job; the final full run log, or ExecutionFailedError when it ends FAIL."""


# --------------------------------------------------------------------------- run set-up


def start_run(context: RunContext, dag_hash: str, run_config: dict[str, Any]) -> None:
    """Create the run log (PROCESSING), its starting parameters and its run config."""
    store = context.run_log_store
    initial = parameters.initial_parameters(context.parameters_file)
    while True:
        try:
            store.create_run_log(
                run_id=context.run_id, dag_hash=dag_hash, tag=context.tag, status=defaults.PROCESSING
            )
            break
        except exceptions.RunLogExistsError:
            if not context.run_id_generated:
                raise
            # Two runs drew the same generated id in the same second: draw again.
            context.renew_run_id()
    if initial:
        store.set_parameters(context.run_id, initial)
    store.set_run_config(context.run_id, {**run_config, "run_id": context.run_id})


def finish_run(context: RunContext, failure: str) -> RunLog:
    """The final run log; raise ExecutionFailedError (carrying it) if the run ended FAIL."""
    run_log = context.run_log_store.get_run_log_by_id(context.run_id, full=True)
    if run_log.status != defaults.SUCCESS:
        raise exceptions.ExecutionFailedError(
            context.run_id, failure or f"the run ended {run_log.status}", run_log
        )
    return run_log


def as_store_failure(context: RunContext, error: BaseException) -> exceptions.RunnableError | None:
    """The store's own error when ``error`` came from the run log store, else None.

    A configuration error raised without its file (a service found its settings unusable only
    once used) is given the run's configuration file.

    A store that cannot find the run it is recording has lost it (it does not keep what it is
    given), which "run log not found" would misreport as a bad run id; anything else a store raises
    unexpectedly (a plugin's TypeError, say) is the store's failure, not the pipeline's.
    """
    store = context.run_log_store
    name = f"'{store.service_name}' ({type(store).__module__}.{type(store).__qualname__})"
    if isinstance(error, exceptions.ConfigurationError) and not error.file and context.configuration_file:
        # A service found its settings unusable only once used (a missing database driver, say).
        return exceptions.ConfigurationError(
            error.problem, file=context.configuration_file, service=error.service, field=error.field
        )
    if isinstance(error, exceptions.RunLogNotFoundError) and error.run_id == context.run_id:
        return exceptions.RunLogLostError(name, context.run_id)
    if isinstance(error, exceptions.RunnableError) or not isinstance(error, Exception):
        return None
    frames = traceback.walk_tb(error.__traceback__)
    if any(frame.f_locals.get("self") is store for frame, _ in frames):
        return exceptions.StoreFailedError(name, context.run_id, error)
    return None


@contextmanager
def store_failures_reported(context: RunContext) -> Iterator[None]:
    """Inside the block, an error that came from the run log store is raised as the store's error."""
    try:
        yield
    except Exception as error:
        store_failure = as_store_failure(context, error)
        if store_failure is None:
            raise
        raise store_failure from error


def mark_failed_quietly(context: RunContext) -> None:
    """After an unexpected error: leave the run FAIL rather than PROCESSING, if the store lets us."""
    try:
        context.run_log_store.update_run_log_status(context.run_id, defaults.FAIL)
    except Exception:
        # Almost always the store failure that stopped the run: the CLI reports that one in one
        # paragraph, so this one goes only to the log files a user configures (with its traceback).
        logger.info("Could not mark run '%s' as FAIL; it stays PROCESSING", context.run_id, exc_info=True)


# --------------------------------------------------------------------------- one task attempt


def run_task(
    context: RunContext,
    task: BaseTaskType,
    internal_name: str,
    internal_branch_name: str = "",
    attempt_number: int = FIRST_ATTEMPT,
    inherited: Mapping[str, Parameter] | None = None,
    own_scope: Mapping[str, Parameter] | None = None,
) -> tuple[StepAttempt, list[DataCatalog]]:
    """Run ``task`` once as the step ``internal_name``; the attempt and the files it moved.

    The task sees ``inherited`` (the parameters of the enclosing scopes, for a
    step inside a branch) overlaid by its own scope's (``own_scope``, read from
    the store when not given); the attempt records its own scope's only, so a
    map of many branches does not copy the parent's parameters into every attempt.
    What the task returned is the attempt's ``output_parameters``: the caller
    stores it (with the step's end, in one write).
    """
    store, catalog, run_id = context.run_log_store, context.catalog, context.run_id
    attempt = StepAttempt(
        attempt_number=attempt_number,
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    if own_scope is None:
        own_scope = store.get_parameters(run_id, internal_branch_name)
    in_scope = {**(inherited or {}), **own_scope}
    attempt.input_parameters = dict(own_scope)
    data_catalogs: list[DataCatalog] = []
    secret_values: list[str] = []

    def load_object(parameter: ObjectParameter) -> Any:
        return load_object_parameter(context, parameter)

    def store_object(name: str, value: Any) -> str:
        key = join_internal_name(internal_branch_name, name)
        try:
            store_object_value(context, key, value)
        except TaskFailure as exc:
            raise TaskFailure(f"Return '{name}' {exc}") from None
        return key

    def keep_file(path: Path, name: str) -> None:
        entry = catalog.put_file(run_id, path, name)
        if entry is not None:
            data_catalogs.append(entry)

    # Scratch files live in the run's work folder under a prefix of their own: one folder per
    # run, because creating and removing a folder per step costs more than a no-op step.
    file_prefix = f"{uuid.uuid4().hex[:12]}-"
    log_path = context.work_folder / f"{file_prefix}execution.log"
    log_path.touch()  # kept even when the task fails before printing anything
    scratch_files = [log_path]
    try:
        try:
            exposed = context.secrets.resolve(task.secrets)
            secret_values = list(exposed.values())
            with exposed_as_environment(exposed), captured_output(log_path, secret_values):
                for pattern in task.catalog.get if task.catalog else []:
                    data_catalogs.extend(catalog.get(run_id, pattern))
                invocation = TaskInvocation(
                    step_name=internal_name,
                    parameters=dict(in_scope),
                    load_object=load_object,
                    work_folder=context.work_folder,
                    file_prefix=file_prefix,
                    keep_file=keep_file,
                    scratch_files=scratch_files,
                )
                result = task.run(invocation)
                outputs, metrics = _as_parameters(task, result.returned, store_object)
                _refuse_returned_secrets(internal_name, outputs, exposed)
            attempt.output_parameters = outputs
            attempt.user_defined_metrics = metrics
            attempt.status = defaults.SUCCESS
        except exceptions.RunnableError as exc:  # TaskFailure and the services' errors: a failed attempt
            attempt.message = str(exc)
        except Exception as exc:
            attempt.message = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))

        if task.catalog:
            try:
                for pattern in task.catalog.put:
                    data_catalogs.extend(
                        catalog.put(
                            run_id,
                            pattern,
                            store_copy=task.catalog.store_copy,
                            allow_missing=attempt.status != defaults.SUCCESS,
                        )
                    )
            except exceptions.RunnableError as exc:
                attempt.status = defaults.FAIL
                attempt.message = str(exc)

        if secret_values:
            log_path.write_text(
                mask_values(log_path.read_text(encoding="utf-8"), secret_values), encoding="utf-8"
            )
            attempt.message = mask_values(attempt.message, secret_values)
        keep_file(log_path, f"{quote(internal_name, safe='')}.execution.log")
    finally:
        for scratch in scratch_files:
            scratch.unlink(missing_ok=True)
    attempt.end_time = utc_now()
    return attempt, data_catalogs


def load_object_parameter(context: RunContext, parameter: ObjectParameter) -> Any:
    """The object a pickled parameter names, read back from the run's catalog."""
    data = context.catalog.get_object(context.run_id, parameter.value + context.pickler.extension)
    return context.pickler.loads(data)


def store_object_value(context: RunContext, key: str, value: Any) -> None:
    """Pickle ``value`` into the run's catalog under ``key``; TaskFailure if it cannot be pickled."""
    try:
        data = context.pickler.dumps(value)
    except Exception as exc:
        raise TaskFailure(f"could not be pickled: {type(exc).__name__}: {exc}") from None
    context.catalog.put_object(context.run_id, key + context.pickler.extension, data)


def _as_parameters(
    task: BaseTaskType, returned: dict[str, Any], store_object: Any
) -> tuple[dict[str, Parameter], dict[str, Parameter]]:
    outputs: dict[str, Parameter] = {}
    metrics: dict[str, Parameter] = {}
    for task_return in task.returns:
        try:
            parameter = parameters.to_parameter(task_return, returned[task_return.name], store_object)
        except parameters.ReturnValueError as exc:
            raise TaskFailure(f"{task.describe()}: {exc}") from None
        outputs[task_return.name] = parameter
        if task_return.kind == parameters.METRIC:
            metrics[task_return.name] = parameter
    return outputs, metrics


def _refuse_returned_secrets(
    internal_name: str, outputs: Mapping[str, Parameter], exposed: Mapping[str, str]
) -> None:
    """A returned value holding a secret would put it in the run log (and every later step's inputs)."""
    for name, parameter in outputs.items():
        for secret_name, secret_value in exposed.items():
            if contains_secret(parameter.value, [secret_value]):
                raise TaskFailure(
                    f"Step '{internal_name}' returned the parameter '{name}', whose value holds the value of "
                    f"the secret '{secret_name}'; secret values are never stored in the run log, so the step "
                    "fails. Return something else (a name, a handle), and let the steps that need the secret "
                    f"ask for it with secrets=['{secret_name}']."
                )


def summary_of(message: str) -> str:
    """The first line of an attempt message: what a step log's ``message`` shows."""
    return message.strip().splitlines()[0] if message.strip() else ""
