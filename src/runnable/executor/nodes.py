"""One node of a pipeline run per process: the contract between an engine (Argo, the emulator) and runnable.

An engine that schedules a pipeline's nodes itself calls runnable once per move,
each time in a fresh process that knows only the run id, the pipeline and the
configuration (command-line arguments and environment, never a file on a
shared disk):

* :meth:`NodeExecution.execute_node`: a task, stub, success or fail node at its
  internal name (``step``, ``map.a.inner``...);
* :meth:`NodeExecution.fan_out`: a composite step starts; its branches are
  planned and their branch logs written, and their keys returned (what an Argo
  ``withParam`` iterates on). A Loop fans out one iteration at a time;
* :meth:`NodeExecution.fan_in`: the branches have ended; the step's outcome
  and outputs are written as the local executor writes them.

Every move goes through the same code as the local executor
(:func:`~runnable.executor.local.begin_step`, ``end_step``, ``run_task``, the
composite step's moves in :mod:`runnable.executor.composite`), so a run
executed node by node leaves the run log the local executor leaves.

What a single process walking the graph keeps in memory (how the branch so far
ended, which step failed it) is read back from the store: :func:`replay`
walks a branch over its stored step logs the way the local executor walked it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from runnable import defaults, exceptions, telemetry
from runnable.executor import FIRST_ATTEMPT, GraphOutcome, start_run
from runnable.executor.branches import enclosing_scope, visible_parameters
from runnable.executor.composite import (
    Branch,
    CompositeFailure,
    begin_attempt,
    composite_step,
    end_attempt,
    open_branch,
)
from runnable.executor.local import LocalPipelineExecutor, begin_step, end_step
from runnable.graph import BaseNode, CompositeNode, FailNode, Graph, LoopNode, MapNode, TaskNode, dag_hash
from runnable.models import (
    BranchLog,
    JobLog,
    Parameter,
    RunLog,
    StepLog,
    decode_name_segment,
    encode_name_segment,
    parent_of,
    split_internal_name,
)
from runnable.retry_plan import record_interrupted_attempt
from runnable.secrets import exposed_as_environment

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.tasks import BaseTaskType

logger = logging.getLogger("runnable")


@dataclass
class NodeResult:
    """How one move ended: the step's status, and for a fan-out the keys of the branches to run."""

    status: str
    branch_keys: list[str]
    # For a Loop's fan-in: whether another iteration follows.
    another_iteration: bool = False

    @property
    def succeeded(self) -> bool:
        return self.status == defaults.SUCCESS


class NodeExecution:
    """The moves of one run of ``dag``, each made in whatever process calls it."""

    def __init__(self, context: RunContext, dag: Graph, recorded_executor: BaseModel) -> None:
        self.context = context
        self.dag = dag
        # The executor the run config records (argo, emulator...); nodes run as the local executor runs them.
        self.recorded_executor = recorded_executor
        self.runner = LocalPipelineExecutor()

    # -- the run ---------------------------------------------------------------------

    def ensure_run(self) -> None:
        """Create the run log unless an earlier node did: whichever node runs first starts the run."""
        context = self.context
        try:
            context.run_log_store.get_run_log_by_id(context.run_id)
            return
        except exceptions.RunLogNotFoundError:
            pass
        definition = self.dag.definition()
        hashed = dag_hash(definition)
        tracer = telemetry.tracer()
        # The run's span: no process lives as long as the run, so it ends here, and each node's spans
        # join it from the run config (per_node marks a span whose length is not the run's).
        with (
            tracer.span(f"run {context.run_id}", run_id=context.run_id, tag=context.tag, per_node=True),
            contextlib.suppress(exceptions.RunLogExistsError),  # another node started it meanwhile
        ):
            run_config = context.run_config(
                self.recorded_executor, dag=definition, dag_hash=hashed, **tracer.run_record()
            )
            start_run(context, hashed, run_config)

    def run_trace(self) -> contextlib.AbstractContextManager[None]:
        """The run's trace, which the spans this process opens join (read from its run config)."""
        tracer = telemetry.tracer()
        if not tracer.enabled:  # reading the run config costs a store call: only when traced
            return contextlib.nullcontext()
        run_config = self.context.run_log_store.get_run_config(self.context.run_id)
        return tracer.joined(telemetry.trace_context_of(run_config))

    def run_log(self) -> RunLog:
        return self.context.run_log_store.get_run_log_by_id(self.context.run_id, full=True)

    # -- task, stub and terminal nodes ----------------------------------------------------

    def execute_node(self, internal_name: str) -> NodeResult:
        """Run the node at ``internal_name``; FAIL when the step failed or a fail node ended its branch."""
        node, branch = self.locate(internal_name)
        if isinstance(node, CompositeNode):
            raise exceptions.PipelineDefinitionError(
                f"Step '{internal_name}' is a {node.node_type} step: run it with `runnable fan` "
                "(out, its branches, then in), not execute-single-node."
            )
        self.ensure_run()
        outcome = GraphOutcome(status=defaults.PROCESSING)
        if node.is_terminal:
            outcome = replay(self.context, self.dag.branch_graph(branch), branch)
        continued = self._earlier_attempts(node, internal_name)
        with self._loop_indexes(branch), self.run_trace():
            step_log = self.runner.execute_node(
                self.context, node, branch, outcome, self._inherited(branch), continued
            )
        # Reaching the fail node ends the branch (or the run) FAIL: the engine sees the graph failed.
        status = defaults.FAIL if isinstance(node, FailNode) else step_log.status
        return NodeResult(status=status, branch_keys=[])

    def _earlier_attempts(self, node: BaseNode, internal_name: str) -> StepLog | None:
        """The task's stored log when the engine runs it again (Argo's retryStrategy), else None.

        Its attempts stay and the new one counts on. An attempt whose process died before it could
        record its end (the step is still PROCESSING) is recorded as a failed attempt first, as
        ``runnable retry`` records it.
        """
        if not isinstance(node, TaskNode):
            return None
        store, run_id = self.context.run_log_store, self.context.run_id
        try:
            stored = store.get_step_log(internal_name, run_id)
        except exceptions.StepLogNotFoundError:
            return None
        record_interrupted_attempt(stored)
        logger.info("Step '%s' runs again: attempt %d", internal_name, len(stored.attempts) + FIRST_ATTEMPT)
        return stored

    # -- composite steps ------------------------------------------------------------------

    def fan_out(self, internal_name: str, iteration: int = 0) -> NodeResult:
        """Start a composite step (or a Loop's ``iteration``): write its branch logs; their keys."""
        node, branch = self._composite(internal_name)
        self.ensure_run()
        with self.run_trace(), self._move_span("fan-out", node, internal_name, iteration) as span:
            result = self._fan_out(node, internal_name, branch, iteration)
            span.set("branches", result.branch_keys)
            span.finish(result.status)
        return result

    def _fan_out(self, node: CompositeNode, internal_name: str, branch: str, iteration: int) -> NodeResult:
        context, store = self.context, self.context.run_log_store
        step = composite_step(self.runner, context, node, internal_name, branch, self._inherited(branch))
        if not isinstance(node, LoopNode) or iteration == 0:
            step_log = store.create_step_log(node.name, internal_name)
            begin_step(context, node, step_log)
            attempt = begin_attempt(context, branch)
            attempt.status = defaults.PROCESSING
            step_log.attempts.append(attempt)
            store.add_step_log(step_log, context.run_id)
        try:
            if isinstance(node, LoopNode):
                carried: dict[str, Parameter] = {}
                if iteration:
                    carried, _ = step.after_iteration(node, iteration - 1)
                branches = [step.loop_iteration(node, iteration, carried)]
            else:
                branches = step.branches_of(node)
        except CompositeFailure as exc:
            return self._end_composite(node, internal_name, branch, exc)
        for planned in branches:
            open_branch(context, planned)
        keys = [split_internal_name(planned.name)[-1] for planned in branches]
        return NodeResult(status=defaults.PROCESSING, branch_keys=keys)

    def fan_in(self, internal_name: str, iteration: int = 0) -> NodeResult:
        """End a composite step whose branches ended (a Loop: unless another iteration follows)."""
        node, branch = self._composite(internal_name)
        with self.run_trace(), self._move_span("fan-in", node, internal_name, iteration) as span:
            result = self._fan_in(node, internal_name, branch, iteration)
            span.finish(result.status)
        return result

    @contextlib.contextmanager
    def _move_span(
        self, move: str, node: CompositeNode, internal_name: str, iteration: int
    ) -> Iterator[telemetry.SpanHandle]:
        """The span of a fan-out or fan-in (``fan-out map``), a child of the run's."""
        with telemetry.tracer().span(
            f"{move} {internal_name}", step=internal_name, node_type=node.node_type
        ) as span:
            if isinstance(node, LoopNode):
                span.set("iteration", iteration)
            yield span

    def _fan_in(self, node: CompositeNode, internal_name: str, branch: str, iteration: int) -> NodeResult:
        context = self.context
        step = composite_step(self.runner, context, node, internal_name, branch, self._inherited(branch))
        branches: list[Branch]
        if isinstance(node, LoopNode):
            branches = [step.loop_iteration(node, iteration, {})]
        else:
            try:
                branches = step.branches_of(node)
            except CompositeFailure as exc:
                return self._end_composite(node, internal_name, branch, exc)
        outcomes = {planned.name: self.branch_outcome(planned) for planned in branches}
        carried: dict[str, Parameter] = {}
        try:
            step.check_outcomes(branches, outcomes)
            if isinstance(node, LoopNode):
                carried, stop = step.after_iteration(node, iteration)
                if not stop:
                    return NodeResult(status=defaults.PROCESSING, branch_keys=[], another_iteration=True)
        except CompositeFailure as exc:
            return self._end_composite(node, internal_name, branch, exc)
        if isinstance(node, LoopNode):
            return self._end_composite(node, internal_name, branch, lambda: carried)
        return self._end_composite(node, internal_name, branch, lambda: step.outputs_of(node, branches))

    def branch_outcome(self, planned: Branch) -> GraphOutcome:
        """How a branch ended, from its stored log (a branch that never ended is a failure)."""
        store, run_id = self.context.run_log_store, self.context.run_id
        stored = store.get_branch_log(planned.name, run_id)
        outcome = replay(self.context, planned.graph, planned.name)
        if stored.status == defaults.SUCCESS:
            return GraphOutcome(status=defaults.SUCCESS)
        outcome.status = defaults.FAIL
        if stored.status not in defaults.TERMINAL_STATUSES and not outcome.failed_step:
            outcome.failed_step = planned.name
            outcome.failure = f"the branch ended {stored.status} without reaching its end"
        return outcome

    def _end_composite(
        self,
        node: CompositeNode,
        internal_name: str,
        branch: str,
        result: CompositeFailure | Callable[[], dict[str, Parameter]],
    ) -> NodeResult:
        """Write the composite step's end: its attempt (begun at fan-out), status and outputs."""
        context, store = self.context, self.context.run_log_store
        step_log = store.get_step_log(internal_name, context.run_id)
        begun = step_log.attempts.pop() if step_log.attempts else begin_attempt(context, branch)

        def outputs() -> dict[str, Parameter]:
            if isinstance(result, CompositeFailure):
                raise result
            return result()

        attempt = end_attempt(begun, outputs)
        attempt.attempt_number = len(step_log.attempts) + FIRST_ATTEMPT
        # The branches are written by their own processes: the step log carries none of them here.
        step_log.branches = {}
        end_step(context, node, step_log, attempt, branch, GraphOutcome(status=attempt.status))
        return NodeResult(status=attempt.status, branch_keys=[])

    # -- finding things ---------------------------------------------------------------

    def locate(self, internal_name: str) -> tuple[BaseNode, str]:
        """The node at ``internal_name`` and the internal name of the branch it is in."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.NodeNotFoundError(internal_name or "(empty step name)")
        branch = parent_of(internal_name)
        return self.dag.branch_graph(branch).node(decode_name_segment(segments[-1])), branch

    def _composite(self, internal_name: str) -> tuple[CompositeNode, str]:
        node, branch = self.locate(internal_name)
        if not isinstance(node, CompositeNode):
            raise exceptions.PipelineDefinitionError(
                f"Step '{internal_name}' is a {node.node_type} step, not a composite one: run it with "
                "`runnable execute-single-node`."
            )
        return node, branch

    def _inherited(self, branch: str) -> dict[str, Parameter]:
        """What the enclosing scopes of ``branch`` hold: what the local executor hands a branch's steps."""
        return visible_parameters(self.context, enclosing_scope(branch)) if branch else {}

    @contextlib.contextmanager
    def _loop_indexes(self, branch: str) -> Iterator[None]:
        """Each enclosing Loop's index as its environment variable, as the local executor exposes it."""
        indexes: dict[str, str] = {}
        segments = split_internal_name(branch)
        for position in range(0, len(segments), 2):
            node, _ = self.locate(defaults.NAME_SEPARATOR.join(segments[: position + 1]))
            if isinstance(node, LoopNode):
                indexes[node.index_as] = decode_name_segment(segments[position + 1])
        with exposed_as_environment(indexes):
            yield


def job_to_continue(context: RunContext, task: BaseTaskType) -> JobLog | None:
    """The run's job log when the engine runs the same job again (a Kubernetes Job's pod retried).

    None when there is no such run yet (the job starts it), or when the run is another job's or
    already succeeded (starting it then fails as a run id already taken).
    """
    store, run_id = context.run_log_store, context.run_id
    try:
        run_log = store.get_run_log_by_id(run_id)
        job_log = store.get_job_log(run_id)
    except exceptions.EntityNotFoundError:
        return None
    if run_log.status == defaults.SUCCESS or run_log.dag_hash != dag_hash(task.definition()):
        return None
    record_interrupted_attempt(job_log)
    logger.info("The job of run '%s' runs again: attempt %d", run_id, len(job_log.attempts) + FIRST_ATTEMPT)
    return job_log


def replay(context: RunContext, graph: Graph, internal_branch_name: str) -> GraphOutcome:
    """Walk ``graph`` over the stored step logs of the branch as the local executor walked it.

    Stops at the terminal node reached, or at the first step with no finished log; the outcome says
    which step sent the walk to the fail node, and why.
    """
    stored = context.run_log_store.get_branch_log(internal_branch_name, context.run_id)
    steps = {step_log.internal_name: step_log for step_log in _steps_of(stored)}
    outcome = GraphOutcome(status=defaults.PROCESSING)
    node = graph.node(graph.start_at)
    while not node.is_terminal:
        step_log = steps.get(node.internal_name(internal_branch_name))
        if step_log is None or step_log.status not in defaults.TERMINAL_STATUSES:
            return outcome
        if step_log.status == defaults.SUCCESS:
            if node.next_node == graph.fail_node.name:
                outcome.failed_step = step_log.internal_name
                outcome.failure = "it terminates the pipeline with failure"
            node = graph.node(node.next_node)
        else:
            outcome.failed_step = step_log.internal_name
            outcome.failure = step_log.message
            node = graph.node(node.on_failure or graph.fail_node.name)
    return outcome


def _steps_of(stored: BranchLog | RunLog) -> list[StepLog]:
    return list(stored.steps.values())


# --------------------------------------------------------------------------- runnable 0.50's --iter-variable

MAP_PLACEHOLDER = "map_variable_placeholder"
LOOP_PLACEHOLDER = "loop_variable_placeholder"


class IterValue(BaseModel):
    value: Any


class IterVariable(BaseModel):
    """How runnable 0.50 told a node which Map item and Loop iteration it runs in.

    0.50 named a step inside a Map or Loop branch with placeholders in place of the branch key
    (``process.map_variable_placeholder.inner``) and passed their values in order of nesting:
    ``{"map_variable": {"chunk": {"value": 2}}, "loop_variable": [{"value": 0}]}``.
    """

    model_config = ConfigDict(extra="forbid")

    map_variable: dict[str, IterValue] | None = None
    loop_variable: list[IterValue] | None = None


def resolve_placeholders(step: str, iter_variable: IterVariable) -> tuple[str, int | None]:
    """``step`` with its placeholders replaced by branch keys; and a Loop's own iteration, if given.

    The n-th map placeholder takes the n-th map value (its branch key, as
    :meth:`~runnable.graph.MapNode.branch_keys` names a lone value), the n-th loop placeholder the
    n-th loop index. A loop index left over is the iteration of the Loop step ``step`` names (what
    ``fan --iteration`` says). ValueError says what does not match.
    """
    map_values = [item.value for item in (iter_variable.map_variable or {}).values()]
    loop_values = [item.value for item in iter_variable.loop_variable or []]
    segments = split_internal_name(step)
    wanted_maps = segments.count(MAP_PLACEHOLDER)
    wanted_loops = segments.count(LOOP_PLACEHOLDER)
    if len(map_values) != wanted_maps or len(loop_values) not in (wanted_loops, wanted_loops + 1):
        raise ValueError(
            f"the step '{step}' has {wanted_maps} map and {wanted_loops} loop placeholder(s), but "
            f"--iter-variable gives {len(map_values)} map and {len(loop_values)} loop value(s)"
        )
    maps, loops = iter(map_values), iter(loop_values)
    resolved = []
    for segment in segments:
        if segment == MAP_PLACEHOLDER:
            segment = encode_name_segment(MapNode.branch_keys([next(maps)])[0])
        elif segment == LOOP_PLACEHOLDER:
            segment = str(_loop_index(next(loops)))
        resolved.append(segment)
    iteration = next(loops, None)
    return defaults.NAME_SEPARATOR.join(resolved), None if iteration is None else _loop_index(iteration)


def _loop_index(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        raise ValueError(f"a loop index must be a whole number from 0, not {value!r}")
    return int(value)
