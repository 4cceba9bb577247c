"""The local executors: run a pipeline's steps (or a job's task) in this process, one after another."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from runnable import defaults, exceptions
from runnable.executor import (
    FIRST_ATTEMPT,
    BaseJobExecutor,
    BasePipelineExecutor,
    finish_run,
    mark_failed_quietly,
    run_task,
    start_run,
    summary_of,
)
from runnable.graph import BaseNode, FailNode, Graph, StubNode, SuccessNode, TaskNode, dag_hash
from runnable.models import RunLog, StepAttempt, StepLog, utc_now

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.tasks import BaseTaskType

logger = logging.getLogger("runnable")

JOB_STEP_NAME = "job"


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


class LocalPipelineExecutor(BasePipelineExecutor):
    service_name: str = "local"

    def execute(self, context: RunContext, dag: Graph) -> RunLog:
        definition = dag.definition()
        hashed = dag_hash(definition)
        start_run(context, hashed, context.run_config(self, dag=definition, dag_hash=hashed))
        logger.info("Run '%s' started", context.run_id)
        try:
            outcome = self.execute_graph(context, dag)
        except BaseException:
            mark_failed_quietly(context)
            raise
        logger.info("Run '%s' ended %s", context.run_id, outcome.status)
        return finish_run(context, outcome.describe())

    def execute_graph(self, context: RunContext, dag: Graph, internal_branch_name: str = "") -> GraphOutcome:
        """Walk ``dag`` from its start to a terminal node; the branch's status is set there."""
        outcome = GraphOutcome(status=defaults.PROCESSING)
        node = dag.node(dag.start_at)
        while True:
            step_log = self.execute_node(context, node, internal_branch_name, outcome)
            if node.is_terminal:
                outcome.status = defaults.SUCCESS if isinstance(node, SuccessNode) else defaults.FAIL
                return outcome
            if step_log.status == defaults.SUCCESS:
                if node.next_node == dag.fail_node.name:
                    outcome.failed_step = step_log.internal_name
                    outcome.failure = "it terminates the pipeline with failure"
                next_name = node.next_node
            else:
                outcome.failed_step = step_log.internal_name
                outcome.failure = step_log.message
                next_name = node.on_failure or dag.fail_node.name
            node = dag.node(next_name)

    def execute_node(
        self, context: RunContext, node: BaseNode, internal_branch_name: str, outcome: GraphOutcome
    ) -> StepLog:
        """Run one node, writing its step log when it starts (PROCESSING) and when it ends."""
        store, run_id = context.run_log_store, context.run_id
        step_log = store.create_step_log(node.name, node.internal_name(internal_branch_name))
        step_log.step_type = node.node_type
        step_log.status = defaults.PROCESSING
        store.add_step_log(step_log, run_id)
        logger.info("Step '%s' started", step_log.internal_name)

        attempt_number = len(step_log.attempts) + FIRST_ATTEMPT
        if isinstance(node, TaskNode):
            attempt, data_catalogs = run_task(
                context, node.executable, step_log.internal_name, internal_branch_name, attempt_number
            )
            step_log.add_data_catalogs(data_catalogs)
        elif isinstance(node, StubNode | SuccessNode | FailNode):
            attempt = self._passing_attempt(context, attempt_number)
        else:
            raise exceptions.PipelineDefinitionError(
                f"Step '{node.name}' is a {node.node_type} node, which the local executor cannot run yet."
            )
        step_log.attempts.append(attempt)
        step_log.status = attempt.status
        step_log.message = summary_of(attempt.message)
        if isinstance(node, FailNode) and outcome.failed_step:
            # The fail step names the step that failed the run, so the run log says why it is FAIL.
            step_log.message = f"The run failed because {outcome.describe()}"
        store.add_step_log(step_log, run_id)
        logger.info("Step '%s' ended %s", step_log.internal_name, step_log.status)

        if node.is_terminal:
            self._set_branch_status(
                context,
                internal_branch_name,
                defaults.SUCCESS if isinstance(node, SuccessNode) else defaults.FAIL,
            )
        return step_log

    def _passing_attempt(self, context: RunContext, attempt_number: int) -> StepAttempt:
        now = utc_now()
        return StepAttempt(
            attempt_number=attempt_number,
            start_time=now,
            end_time=now,
            status=defaults.SUCCESS,
            code_identities=[context.code_identity],
        )

    def _set_branch_status(self, context: RunContext, internal_branch_name: str, status: str) -> None:
        store = context.run_log_store
        if not internal_branch_name:
            store.update_run_log_status(context.run_id, status)
            return
        branch_log = store.get_branch_log(internal_branch_name, context.run_id)
        branch_log.status = status
        store.add_branch_log(branch_log, context.run_id)


class LocalJobExecutor(BaseJobExecutor):
    service_name: str = "local"

    def execute(self, context: RunContext, task: BaseTaskType) -> RunLog:
        definition = task.definition()
        hashed = dag_hash(definition)
        start_run(context, hashed, context.run_config(self, job_definition=definition, dag_hash=hashed))
        store, run_id = context.run_log_store, context.run_id
        try:
            job_log = store.create_job_log()
            job_log.status = defaults.PROCESSING
            store.add_job_log(run_id, job_log)
            attempt, data_catalogs = run_task(context, task, JOB_STEP_NAME)
            job_log.attempts.append(attempt)
            job_log.add_data_catalogs(data_catalogs)
            job_log.status = attempt.status
            job_log.message = summary_of(attempt.message)
            store.add_job_log(run_id, job_log)
            # add_job_log sets the run status too; say it explicitly for stores that only store the job.
            store.update_run_log_status(run_id, attempt.status)
        except BaseException:
            mark_failed_quietly(context)
            raise
        failure = f"the job failed: {job_log.message}" if job_log.message else ""
        return finish_run(context, failure)
