"""The local executors: run a pipeline's steps (or a job's task) on this machine.

Steps run one after another in this process. With ``enable_parallel: true``
the branches of Parallel and Map steps run in up to ``max_workers`` worker
processes (:mod:`runnable.executor.workers`), when the run log store supports
parallel writes; otherwise they run one after another, with one warning.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, PrivateAttr

from runnable import defaults, events, exceptions, telemetry
from runnable.executor import (
    FIRST_ATTEMPT,
    BaseJobExecutor,
    BasePipelineExecutor,
    GraphOutcome,
    finish_run,
    mark_failed_quietly,
    run_task,
    start_run,
    store_failures_reported,
    summary_of,
)
from runnable.executor.branches import ScopeParameters, WorkersUnavailable
from runnable.graph import (
    BaseNode,
    CompositeNode,
    FailNode,
    Graph,
    MapNode,
    ParallelNode,
    StubNode,
    SuccessNode,
    TaskNode,
    dag_hash,
)
from runnable.models import BranchLog, DataCatalog, JobLog, Parameter, RunLog, StepAttempt, StepLog, utc_now
from runnable.run_log_store.base import ScopeWrite

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.executor.workers import WorkerPool
    from runnable.tasks import BaseTaskType

logger = logging.getLogger("runnable")

JOB_STEP_NAME = "job"

__all__ = ["GraphOutcome", "LocalJobExecutor", "LocalPipelineExecutor"]


class LocalPipelineExecutor(BasePipelineExecutor):
    service_name: str = "local"
    # Run the branches of Parallel and Map steps in worker processes (runnable 0.50's field).
    enable_parallel: bool = False
    # How many worker processes at most; None: one per CPU.
    max_workers: int | None = Field(default=None, ge=1)
    # runnable 0.50's fields, accepted so its configurations keep working, and recorded in the run config.
    # 0.50 kept returned objects in memory when false; here pickled values always go through the pickler
    # and the catalog (the do-nothing catalog keeps them in memory).
    object_serialisation: bool = True
    # Executor settings that steps' `overrides` pick by key; the local executor has none to override.
    overrides: dict[str, Any] = Field(default_factory=dict)

    # True in a worker process: composite steps nested in its branch run their branches there.
    _in_worker: bool = PrivateAttr(default=False)
    _pool: WorkerPool | None = PrivateAttr(default=None)
    # Why branches run in this process although enable_parallel is set ("" while workers may be used).
    _sequential_because: str = PrivateAttr(default="")
    _dag: Graph | None = PrivateAttr(default=None)

    def execute(self, context: RunContext, dag: Graph) -> RunLog:
        definition = dag.definition()
        hashed = dag_hash(definition)
        tracer = telemetry.tracer()
        # A retry continues the run's trace: its run span is a child of the first run's.
        continued_trace = (
            telemetry.trace_context_of(context.run_log_store.get_run_config(context.run_id))
            if context.retry is not None and tracer.enabled
            else None
        )
        with (
            store_failures_reported(context),
            tracer.span(
                f"run {context.run_id}", parent=continued_trace, run_id=context.run_id, tag=context.tag
            ) as run_span,
        ):
            if context.retry is None:  # a retry continues a run that exists (runnable.retry prepared it)
                start_run(
                    context,
                    hashed,
                    context.run_config(self, dag=definition, dag_hash=hashed, **tracer.run_record()),
                )
            if tracer.enabled:  # reading the parameters costs a store call: only when traced
                telemetry.describe_parameters(
                    run_span, context.run_log_store.get_parameters(context.run_id), tracer
                )
            logger.info("Run '%s' started", context.run_id)
            events.announce("run_started", run_id=context.run_id)
            self._dag = dag
            self._plan_parallelism(context, dag)
            try:
                self._start_workers_early(context, dag)
                outcome = self.execute_graph(context, dag)
            except BaseException as error:
                self._stop_workers(interrupted=True)
                if not isinstance(error, exceptions.RunLogNotFoundError):  # nothing to mark in a lost run
                    mark_failed_quietly(context)
                events.announce("run_finished", run_id=context.run_id, status=defaults.FAIL)
                raise
            self._stop_workers()
            logger.info("Run '%s' ended %s", context.run_id, outcome.status)
            events.announce("run_finished", run_id=context.run_id, status=outcome.status)
            run_span.finish(outcome.status, outcome.describe())
            return finish_run(context, outcome.describe())

    def execute_graph(
        self,
        context: RunContext,
        dag: Graph,
        internal_branch_name: str = "",
        inherited: Mapping[str, Parameter] | None = None,
        opening: BranchLog | None = None,
    ) -> GraphOutcome:
        """Walk ``dag`` from its start to a terminal node; the branch's status is set there.

        ``inherited``: the parameters of the scopes enclosing the branch, which its steps see too.
        ``opening``: the branch's log as it starts, for the walk's first write to carry (see
        ScopeParameters); without it, the branch's parameters are read from the store, once.
        """
        outcome = GraphOutcome(status=defaults.PROCESSING)
        scope = ScopeParameters(context, internal_branch_name, opening)
        node = dag.node(dag.start_at)
        while True:
            step_log = self.execute_node(
                context, node, internal_branch_name, outcome, inherited or {}, scope=scope
            )
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
        self,
        context: RunContext,
        node: BaseNode,
        internal_branch_name: str,
        outcome: GraphOutcome,
        inherited: Mapping[str, Parameter] | None = None,
        continued: StepLog | None = None,
        scope: ScopeParameters | None = None,
    ) -> StepLog:
        """Run one node, writing its step log when it starts (PROCESSING) and when it ends.

        Stubs and terminal nodes do nothing that takes time: their log is written once, finished.
        ``continued``: the node's stored log when an engine runs the node again (Argo's retryStrategy):
        its attempts stay and the new attempt counts on. ``scope``: the branch's parameters as the
        walk knows them (read from the store when not given).
        """
        store = context.run_log_store
        step_log = continued or store.create_step_log(node.name, node.internal_name(internal_branch_name))
        if context.retry is not None:
            # A retry continues the step's log (attempts count on) and reuses a step that succeeded.
            step_log, done = context.retry.resume_step(step_log, node.is_terminal)
            if done:
                return step_log
        with telemetry.tracer().span(
            f"step {step_log.internal_name}", step=step_log.internal_name, node_type=node.node_type
        ) as step_span:
            scope = scope or ScopeParameters(context, internal_branch_name)
            self._run_node(context, node, step_log, scope, outcome, inherited)
            step_span.finish(step_log.status, step_log.message)
        return step_log

    def _run_node(
        self,
        context: RunContext,
        node: BaseNode,
        step_log: StepLog,
        scope: ScopeParameters,
        outcome: GraphOutcome,
        inherited: Mapping[str, Parameter] | None,
    ) -> None:
        internal_branch_name = scope.name
        begin_step(context, node, step_log, scope)
        attempt_number = len(step_log.attempts) + FIRST_ATTEMPT
        if isinstance(node, TaskNode):
            tracer = telemetry.tracer()
            with tracer.span(f"attempt {attempt_number}", attempt=attempt_number) as attempt_span:
                attempt, data_catalogs = run_task(
                    context,
                    node.executable,
                    step_log.internal_name,
                    internal_branch_name,
                    attempt_number,
                    inherited,
                    own_scope=scope.current(),
                )
                if tracer.enabled:  # names are sorted for the span only: not on every step when off
                    telemetry.describe_attempt(attempt_span, attempt, tracer)
                attempt_span.finish(attempt.status, summary_of(attempt.message))
            step_log.add_data_catalogs(data_catalogs)
        elif isinstance(node, CompositeNode):
            # Imported by runs that have composite steps: a pipeline of tasks does not pay for it.
            from runnable.executor.composite import run_composite

            with telemetry.tracer().span(f"attempt {attempt_number}", attempt=attempt_number) as attempt_span:
                attempt = run_composite(
                    self,
                    context,
                    node,
                    step_log.internal_name,
                    internal_branch_name,
                    inherited or {},
                    scope.current(),
                )
                attempt.attempt_number = attempt_number
                attempt_span.finish(attempt.status, summary_of(attempt.message))
        elif isinstance(node, StubNode | SuccessNode | FailNode):
            attempt = passing_attempt(context, attempt_number)
        else:
            raise exceptions.PipelineDefinitionError(
                f"Step '{node.name}' is a {node.node_type} node, which the local executor cannot run."
            )
        if context.retry is not None:
            context.retry.mark(attempt)
        end_step(context, node, step_log, attempt, internal_branch_name, outcome, scope)

    # -- worker processes ------------------------------------------------------------

    @property
    def worker_count(self) -> int:
        """How many worker processes at most: ``max_workers``, else one per CPU."""
        return self.max_workers or os.cpu_count() or 1

    def serve_as_worker(self) -> None:
        """This executor runs branches in a worker process: nested steps keep their branches there."""
        self._in_worker = True

    def branch_workers(self, context: RunContext, node: CompositeNode, branches: int) -> WorkerPool | None:
        """The worker pool for a Parallel or Map step's branches, or None to run them here."""
        if branches < 2 or not isinstance(node, ParallelNode | MapNode):
            return None
        return self._worker_pool(context)

    def _worker_pool(self, context: RunContext) -> WorkerPool | None:
        if not self.enable_parallel or self._in_worker or self._sequential_because:
            return None
        if self._pool is not None and self._pool.unavailable:
            self._sequential_because = self._pool.unavailable
            return None
        if self._pool is None:
            assert self._dag is not None
            # Imported when a run asks for workers: multiprocessing, signal and socket cost every other run.
            from runnable.executor.composite import record_lost_branch
            from runnable.executor.workers import WorkerPool, WorkerSetup

            try:
                self._pool = WorkerPool(
                    WorkerSetup.of(context, self, self._dag),
                    self.worker_count,
                    lost_branch=lambda name, cause: record_lost_branch(context, name, cause),
                )
            except WorkersUnavailable as exc:
                self._sequential_because = str(exc)
                logger.warning(
                    "enable_parallel is set, but %s. Branches run one after another in this process.", exc
                )
                return None
        return self._pool

    def _plan_parallelism(self, context: RunContext, dag: Graph) -> None:
        self._sequential_because = ""
        if not self.enable_parallel or self._in_worker:
            return
        if not any(isinstance(node, ParallelNode | MapNode) for node in dag.walk()):
            return
        store = context.run_log_store
        if not store.supports_parallel_writes:
            self._sequential_because = "the run log store does not support parallel writes"
            logger.warning(
                "enable_parallel is set, but the run log store '%s' does not support parallel writes, so the "
                "branches of Parallel and Map steps run one after another in this process. Use a store that "
                "does (chunked-fs, database) to run them in parallel.",
                store.service_name or type(store).__name__,
            )

    def _start_workers_early(self, context: RunContext, dag: Graph) -> None:
        """Start the workers the Parallel and Map steps will want: they boot while earlier steps run."""
        wanted = 0
        for node in dag.walk():
            if isinstance(node, MapNode):
                wanted = self.worker_count
            elif isinstance(node, ParallelNode) and len(node.branches) >= 2:
                wanted = max(wanted, len(node.branches))
        pool = self._worker_pool(context) if wanted else None
        if pool is not None:
            pool.start(wanted)  # the pool starts at most its max_workers

    def _stop_workers(self, interrupted: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if interrupted:
            pool.terminate()
        else:
            pool.close()

    # -- helpers -------------------------------------------------------------------------


def begin_step(
    context: RunContext, node: BaseNode, step_log: StepLog, scope: ScopeParameters | None = None
) -> None:
    """A step starts: its log says PROCESSING (stubs and terminal nodes are written once, finished).

    The first step of a branch also writes the branch's opening log (``scope``), before its own.
    """
    step_log.step_type = node.node_type
    events.announce(
        "step_started", run_id=context.run_id, step=step_log.internal_name, step_type=step_log.step_type
    )
    if isinstance(node, TaskNode | CompositeNode):
        step_log.status = defaults.PROCESSING
        opening = scope.take_opening() if scope is not None else []
        context.run_log_store.add_logs(context.run_id, [*opening, step_log])
        logger.info("Step '%s' started", step_log.internal_name)


def end_step(
    context: RunContext,
    node: BaseNode,
    step_log: StepLog,
    attempt: StepAttempt,
    internal_branch_name: str,
    outcome: GraphOutcome,
    scope: ScopeParameters | None = None,
) -> None:
    """A step ends with ``attempt``; a terminal node also ends its branch (or the run).

    One write (``add_logs``) stores what the attempt returned into the branch's scope, the step
    log, and for the terminal node of a branch the branch's status: outputs before the log that
    says the step ended, the step before the branch's end (and the branch's opening log first,
    when the walk has not written it yet). ``scope`` learns the outputs.
    """
    step_log.attempts.append(attempt)
    step_log.status = attempt.status
    step_log.message = summary_of(attempt.message)
    if isinstance(node, FailNode) and outcome.failed_step:
        # The fail step names the step that failed the run, so the run log says why it is FAIL.
        step_log.message = f"The run failed because {outcome.describe()}"
    outputs = attempt.output_parameters
    ended = defaults.SUCCESS if isinstance(node, SuccessNode) else defaults.FAIL
    # A branch log holding only the status: stores keep the steps and parameters already stored
    # under it, so there is no need to read the branch (which costs a listing on chunked stores).
    branch_end = (
        [BranchLog(internal_name=internal_branch_name, status=ended)]
        if node.is_terminal and internal_branch_name
        else []
    )
    opening = scope.take_opening() if scope is not None else []
    returned = [ScopeWrite(internal_branch_name, outputs)] if outputs else []
    context.run_log_store.add_logs(context.run_id, [*opening, *returned, step_log, *branch_end])
    if scope is not None:
        scope.merge(outputs)
    logger.info("Step '%s' ended %s", step_log.internal_name, step_log.status)
    events.announce(
        "step_finished",
        run_id=context.run_id,
        step=step_log.internal_name,
        step_type=step_log.step_type,
        status=step_log.status,
        message=step_log.message,
        duration_seconds=attempt.duration_seconds,
    )
    if node.is_terminal and not internal_branch_name:
        context.run_log_store.update_run_log_status(context.run_id, ended)


def passing_attempt(context: RunContext, attempt_number: int = FIRST_ATTEMPT) -> StepAttempt:
    """An attempt that did nothing and succeeded (stubs, terminal nodes, a mocked job)."""
    now = utc_now()
    return StepAttempt(
        attempt_number=attempt_number,
        start_time=now,
        end_time=now,
        status=defaults.SUCCESS,
        code_identities=[context.code_identity],
    )


class LocalJobExecutor(BaseJobExecutor):
    service_name: str = "local"
    # runnable 0.50's field: record a successful attempt without running the job (a dry run of the wiring).
    mock: bool = False

    def execute(self, context: RunContext, task: BaseTaskType) -> RunLog:
        with store_failures_reported(context):
            return run_job(context, task, self, mock=self.mock)


def run_job(
    context: RunContext,
    task: BaseTaskType,
    recorded_executor: BaseModel,
    mock: bool = False,
    continued: JobLog | None = None,
) -> RunLog:
    """Run a job's task on this machine; the run config records ``recorded_executor`` as the job executor.

    ``continued``: the run's stored job log when an engine runs the job again (a Kubernetes Job's
    backoffLimit): the run goes on, its attempts stay and the new attempt counts on.
    """
    store, run_id = context.run_log_store, context.run_id
    tracer = telemetry.tracer()
    # An engine running the job again (continued) joins the trace its first pod started.
    joined = (
        telemetry.trace_context_of(store.get_run_config(run_id)) if continued and tracer.enabled else None
    )
    with tracer.span(f"run {run_id}", parent=joined, run_id=run_id, tag=context.tag) as run_span:
        if continued is None:
            definition = task.definition()
            hashed = dag_hash(definition)
            run_config = context.run_config(
                recorded_executor, job_definition=definition, dag_hash=hashed, **tracer.run_record()
            )
            start_run(context, hashed, run_config)
        try:
            job_log = continued or store.create_job_log()
            job_log.status = defaults.PROCESSING
            store.add_job_log(run_id, job_log)
            attempt_number = len(job_log.attempts) + FIRST_ATTEMPT
            with tracer.span(f"attempt {attempt_number}", attempt=attempt_number) as attempt_span:
                if mock:
                    attempt, data_catalogs = passing_attempt(context, attempt_number), list[DataCatalog]()
                else:
                    attempt, data_catalogs = run_task(
                        context, task, JOB_STEP_NAME, attempt_number=attempt_number
                    )
                    if attempt.output_parameters:
                        store.set_parameters(run_id, attempt.output_parameters)
                if tracer.enabled:
                    telemetry.describe_attempt(attempt_span, attempt, tracer)
                attempt_span.finish(attempt.status, summary_of(attempt.message))
            job_log.attempts.append(attempt)
            job_log.add_data_catalogs(data_catalogs)
            job_log.status = attempt.status
            job_log.message = summary_of(attempt.message)
            store.add_job_log(run_id, job_log)  # sets the run's status too (the store contract)
        except BaseException:
            mark_failed_quietly(context)
            raise
        run_span.finish(job_log.status, job_log.message)
    failure = f"the job failed: {job_log.message}" if job_log.message else ""
    return finish_run(context, failure)
