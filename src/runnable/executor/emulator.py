"""``pipeline-executor: {type: emulator}``: run the pipeline as Argo would, on this machine.

The pipeline is rendered as the argo executor renders it, and that workflow is run by
:class:`~runnable.executor.argo_engine.WorkflowEmulator`: every node is its own ``runnable``
subprocess through the per-node commands, in the order the workflow's ``depends`` give, Map branches
fanned out ``withParam`` as parallel subprocesses (at most ``max_workers`` at a time). So the whole
distributed path, rendered YAML included, runs without a cluster.

The nodes share the configuration's run log store and catalog as pods would; the store must let
several processes write at once (database, chunked-fs, chunked-s3) and the catalog must keep what
it is given outside one process's memory.

A retry (``runnable retry``) of a run made by the emulator continues it in this process, as the local
executor does, so that the steps that succeeded are reused.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from pydantic import Field

from runnable import defaults, exceptions
from runnable.executor import BasePipelineExecutor, finish_run
from runnable.executor.local import LocalPipelineExecutor
from runnable.models import RunLog

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.graph import Graph

logger = logging.getLogger("runnable")


class EmulatorExecutor(BasePipelineExecutor):
    service_name: str = "emulator"
    # How many node processes run at once at most (Map and Parallel branches); None: one per CPU.
    max_workers: int | None = Field(default=None, ge=1)

    def execute(self, context: RunContext, dag: Graph) -> RunLog:
        if context.retry is not None:
            # The retry plan lives in this process: the steps still to run run here.
            return LocalPipelineExecutor().execute(context, dag)
        # Imported here: every node process builds this executor from the configuration it records,
        # and only the process running the whole workflow renders and emulates it.
        from runnable.executor.argo import ArgoExecutor
        from runnable.executor.argo_config import ArgoMetadata, ArgoWorkflow, UserDefaults
        from runnable.executor.argo_engine import SUCCEEDED, WorkflowEmulator

        _check_shareable_between_processes(context)
        renderer = ArgoExecutor(
            defaults=UserDefaults(image="emulated"),
            argo_workflow=ArgoWorkflow(metadata=ArgoMetadata(generate_name="emulated-")),
        )
        # Not checked against Argo's schema here (importing hera costs more than a node): the argo
        # executor checks what it writes, and the tests check the rendering of every example.
        document = renderer.render(context, dag, pods_share_a_machine=True)
        level = logging.getLevelName(logger.getEffectiveLevel())
        workers = self.max_workers or os.cpu_count() or 1
        if not context.run_log_store.supports_parallel_writes:
            workers = 1
        emulator = WorkflowEmulator(document, {"run_id": context.run_id, "log_level": str(level)}, workers)
        logger.info(
            "Run '%s': emulating its Argo workflow, %d node processes at a time", context.run_id, workers
        )
        phase = emulator.run()
        try:
            run_log = context.run_log_store.get_run_log_by_id(context.run_id)
        except exceptions.RunLogNotFoundError:
            raise exceptions.ExecutionFailedError(
                context.run_id, "the workflow's first node failed before it could start the run"
            ) from None
        failure = "" if phase == SUCCEEDED else f"the emulated workflow ended {phase}"
        if run_log.status == defaults.PROCESSING:
            # A node died without its fail node being reached: the run cannot go on from here.
            context.run_log_store.update_run_log_status(context.run_id, defaults.FAIL)
        return finish_run(context, failure)


def _check_shareable_between_processes(context: RunContext) -> None:
    problems = []
    if context.run_log_store.service_name == "buffered":
        problems.append("the run log store 'buffered' lives in one process's memory")
    if context.catalog.service_name == "do-nothing":
        problems.append("the catalog 'do-nothing' keeps returned objects in one process's memory")
    if problems:
        raise exceptions.ConfigurationError(
            f"The emulator runs every step in its own process, but {'; '.join(problems)}. Use a store "
            "several processes share (database, chunked-fs, chunked-s3) and the file-system or s3 catalog."
        )
