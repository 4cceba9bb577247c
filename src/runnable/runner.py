"""Starting, continuing and running a run: where a pipeline, a job or a retry begins.

``Pipeline.execute`` and ``Job.execute`` (through :func:`runnable.sdk.run`), ``AsyncPipeline`` and the
CLI's per-node commands come here with a :class:`~runnable.run_options.RunOptions`:

* :func:`run_pipeline` runs a pipeline's graph as a new run, or as a retry when ``retry_run_id`` (or
  ``RUNNABLE_RETRY_RUN_ID``) names one;
* :func:`run_job` runs a job's task as a new run;
* :func:`retry_run` continues a failed run (docs/retry.md): it finds the run once, refuses what it
  cannot continue, builds the services, lets :mod:`runnable.retry` prepare the run and the executor
  walk it again.

It wires a :class:`~runnable.context.RunContext` and the executor from the configuration
(:func:`build_context`). It works on graphs and tasks, never on the SDK's objects, so the SDK can
call it without this module importing the SDK.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from runnable import config, defaults, exceptions, plugins, run_ids, telemetry
from runnable.catalog import BaseCatalog
from runnable.context import RunContext, generate_run_id
from runnable.executor import BaseJobExecutor, BasePipelineExecutor
from runnable.graph import Graph
from runnable.logs import runnable_logger_at
from runnable.models import RunLog
from runnable.parameters import parameters_file_in_effect
from runnable.pickler import BasePickler
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.tuned import tuned
from runnable.run_options import RunOptions
from runnable.secrets import BaseSecrets
from runnable.tasks import BaseTaskType

logger = logging.getLogger("runnable")

JOB_EXECUTOR = "job_executor"
PIPELINE_EXECUTOR = "pipeline_executor"


# --------------------------------------------------------------------------- running


def run_pipeline(dag: Graph, options: RunOptions) -> RunLog:
    """Run a pipeline's graph; the final run log (ExecutionFailedError carrying it when the run fails)."""
    with runnable_logger_at(options.log_level):
        retry_run_id = options.retry_run_id or os.environ.get(defaults.ENV_RETRY_RUN_ID, "")
        if retry_run_id:
            return _retry(dag, options, retry_run_id)
        context, executor = build_context(options)
        assert isinstance(executor, BasePipelineExecutor)
        with context:
            return executor.execute(context, dag)


def run_job(task: BaseTaskType, options: RunOptions) -> RunLog:
    """Run a job's task as a new run; its run log (ExecutionFailedError carrying it when the job fails)."""
    with runnable_logger_at(options.log_level):
        context, executor = build_context(options, executor_service=JOB_EXECUTOR)
        assert isinstance(executor, BaseJobExecutor)
        with context:
            return executor.execute(context, task)


def retry_run(dag: Graph, options: RunOptions) -> RunLog:
    """Continue the failed run ``options.retry_run_id`` with ``dag``; the final run log.

    Raises ExecutionFailedError (carrying the run log) when the run fails again.
    """
    with runnable_logger_at(options.log_level):
        return _retry(dag, options, options.retry_run_id)


def _retry(dag: Graph, options: RunOptions, retry_run_id: str) -> RunLog:
    # Imported by retries only: the retry plan, its record model and the dag comparison cost every
    # new run their import (issue 16, a run's fixed cost).
    from runnable import retry

    run_id = run_ids.validate_run_id(retry_run_id, "retry_run_id")
    _warn_about_ignored_options(run_id, options)
    configured = config.load(options.configuration_file)
    named = retry.configuration_is_named(options.configuration_file)
    # The store of the configuration in use finds the run. With a named configuration it is the
    # run's store too; otherwise the run's own services are rebuilt from its run config.
    configured_store = _build(configured, "run_log_store", BaseRunLogStore)
    try:
        found = retry.find_run(configured_store, run_id, full=named, configured_by=configured.source)
        retry.check_retryable(found, dag, options.force_retry)
        if named:
            run_services, configuration, store = configured, configured.source, configured_store
        else:
            run_services = retry.services_from_run_config(found.run_config, run_id)
            configuration, store = "the stored run config", None
        context, executor = context_from_config(
            run_services,
            run_id=run_id,
            tag=found.tag,
            pipeline_definition_file=options.pipeline_definition_file,
            run_log_store=store,
        )
    except BaseException:
        configured_store.close()
        raise
    if not named:
        configured_store.close()
    assert isinstance(executor, BasePipelineExecutor)
    with context:
        run_log = found if named else retry.read_rebuilt_run(context.run_log_store, run_id)
        context.retry = retry.prepare_retry(
            context, run_log, force=options.force_retry, configuration=configuration
        )
        try:
            ended = executor.execute(context, dag)
        except exceptions.ExecutionFailedError as error:
            final = retry.finish_retry(context, dag, error.run_log)
            raise exceptions.ExecutionFailedError(run_id, error.detail, final) from None
        except BaseException:
            retry.record_end_quietly(context)
            raise
        return retry.finish_retry(context, dag, ended)


def _warn_about_ignored_options(run_id: str, options: RunOptions) -> None:
    if options.run_id and options.run_id != run_id:
        # A script that names its own run id (fixed, or read from argv or the environment) is retried
        # as it is: the retried run's id wins, as -c wins over the script's configuration_file.
        logger.warning(
            "Retry of run '%s': the run_id '%s' given to execute() is not used; a retry keeps the run's id.",
            run_id,
            options.run_id,
        )
    if options.parameters_file:
        logger.warning(
            "Retry of run '%s': parameters_file '%s' is ignored; a retry continues with the parameters the "
            "run recorded.",
            run_id,
            options.parameters_file,
        )


# --------------------------------------------------------------------------- wiring a run


def build_context(
    options: RunOptions, executor_service: str = PIPELINE_EXECUTOR
) -> tuple[RunContext, BasePipelineExecutor | BaseJobExecutor]:
    """Load the configuration and build every service of a run, plus the executor it asks for."""
    return context_from_config(
        config.load(options.configuration_file),
        run_id=options.run_id,
        tag=options.tag,
        parameters_file=options.parameters_file,
        pipeline_definition_file=options.pipeline_definition_file,
        executor_service=executor_service,
    )


def context_from_config(
    runnable_config: config.RunnableConfig,
    *,
    run_id: str = "",
    tag: str = "",
    parameters_file: str = "",
    pipeline_definition_file: str = "",
    executor_service: str = PIPELINE_EXECUTOR,
    run_log_store: BaseRunLogStore | None = None,
) -> tuple[RunContext, BasePipelineExecutor | BaseJobExecutor]:
    """:func:`build_context` from a configuration at hand; ``run_log_store``: one already built from it."""
    chosen_run_id = run_ids.chosen_run_id(run_id)  # before any service is built or anything written
    telemetry.configure(runnable_config.telemetry)
    context = RunContext(
        run_id=chosen_run_id or generate_run_id(),
        run_id_generated=not chosen_run_id,
        # The knobs the store's configuration turns on (cache, write-behind; off: the store itself),
        # under the telemetry spans, which then time what the caller waits for.
        run_log_store=telemetry.with_store_spans(
            tuned(run_log_store or _build(runnable_config, "run_log_store", BaseRunLogStore))
        ),
        catalog=_build(runnable_config, "catalog", BaseCatalog),
        secrets=_build(runnable_config, "secrets", BaseSecrets),
        pickler=_build(runnable_config, "pickler", BasePickler),
        tag=tag,
        parameters_file=parameters_file_in_effect(parameters_file),
        configuration_file=runnable_config.source,
        pipeline_definition_file=pipeline_definition_file,
        written_configs={name: runnable_config.service(name).raw_config for name in defaults.SERVICE_TYPES},
        telemetry=runnable_config.telemetry,
    )
    executor: BasePipelineExecutor | BaseJobExecutor
    if executor_service == JOB_EXECUTOR:
        executor = _build(runnable_config, JOB_EXECUTOR, BaseJobExecutor)
    else:
        executor = _build(runnable_config, PIPELINE_EXECUTOR, BasePipelineExecutor)
    return context, executor


def _build(runnable_config: config.RunnableConfig, service_type: str, expected: type[object]) -> Any:
    # `expected` makes plugins.build check the class; typed as object because the bases are abstract.
    return plugins.build(service_type, runnable_config.service(service_type), expected=expected)
