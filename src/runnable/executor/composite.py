"""Composite steps: fan out into branches, run them, fan back in.

Every composite step follows the same three moves, through the store contract only:

1. **Fan out.** Read what the step sees (the parameters of its enclosing
   scopes, :func:`~runnable.executor.branches.visible_parameters`) and plan its branches: a
   :class:`Branch` per branch to run, with the parameters of its own scope
   (the map variable, the loop index, what a previous iteration left).
2. **Run.** Each branch gets its branch log (written by this process, in
   branch order, just before the branch starts, so every store lists
   branches in that order) and runs its graph, in this process or in a worker
   process (:mod:`runnable.executor.workers`). A branch sees the parameters
   visible at the step overlaid by its own scope, and writes only its own
   scope, step logs and branch log.
3. **Fan in.** The step succeeds when every branch that ran did. Its outputs
   are then written into the enclosing scope: the parameters each branch set
   in its own scope (Parallel and Conditional, in branch order, a later branch
   winning a conflict), the reducer over the iterations for each returned
   name (Map), or what the last iteration left (Loop). A failed step writes no
   outputs, as a failed task writes no returns.

The step log of a composite step carries one attempt: its start and end, its
status, the message saying which branch failed and why, and the outputs it
wrote (``output_parameters``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from runnable import defaults, events, exceptions, parameters, telemetry
from runnable.executor import GraphOutcome, load_object_parameter, store_object_value
from runnable.executor.branches import BranchWorkers, WorkersUnavailable
from runnable.graph import CompositeNode, ConditionalNode, Graph, LoopNode, MapNode, ParallelNode
from runnable.models import (
    BranchLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    Parameter,
    StepAttempt,
    StepLog,
    join_internal_name,
    utc_now,
)
from runnable.secrets import exposed_as_environment
from runnable.tasks import TaskFailure

if TYPE_CHECKING:
    from runnable.context import RunContext

logger = logging.getLogger("runnable")


class CompositeFailure(exceptions.RunnableError):
    """The composite step fails; the message says why (it becomes the step's message)."""


@dataclass
class Branch:
    """One branch to run: its internal name, its graph, and its own scope at fan-out."""

    name: str
    graph: Graph
    parameters: dict[str, Parameter] = field(default_factory=dict)


class GraphExecutor(Protocol):
    """What a composite step needs from the executor running it."""

    def execute_graph(
        self,
        context: RunContext,
        dag: Graph,
        internal_branch_name: str = "",
        inherited: Mapping[str, Parameter] | None = None,
        opening: BranchLog | None = None,
    ) -> GraphOutcome: ...

    def branch_workers(self, context: RunContext, node: CompositeNode, branches: int) -> BranchWorkers | None:
        """Workers to run this step's branches in, or None to run them in this process."""


# --------------------------------------------------------------------------- branches


def opening_log(context: RunContext, branch: Branch) -> BranchLog:
    """The branch log as the branch starts: PROCESSING, with its own scope."""
    branch_log = context.run_log_store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    return branch_log


def open_branch(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs elsewhere."""
    context.run_log_store.add_branch_log(opening_log(context, branch), context.run_id)


def record_lost_branch(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(branch_name, run_id)
    except exceptions.BranchLogNotFoundError:
        stored = None
    if isinstance(stored, BranchLog):
        unfinished = _unfinished_steps(stored)
        if unfinished:
            running = unfinished[-1].internal_name
        for step_log in unfinished:
            # Without its branches: what is stored under the step stays as it is.
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def _unfinished_steps(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def _unfinished_branches(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(nested))
    return found


# --------------------------------------------------------------------------- the step


def run_composite(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
    own_scope: Mapping[str, Parameter] | None = None,
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt, outputs in ``output_parameters``.

    ``own_scope``: the parameters of the scope the step sits in, when the caller knows them.
    """
    attempt = begin_attempt(context, internal_branch_name, own_scope)
    step = composite_step(executor, context, node, internal_name, internal_branch_name, inherited, own_scope)

    def run() -> dict[str, Parameter]:
        if isinstance(node, LoopNode):
            return step.loop(node)
        branches = step.branches_of(node)
        step.run_branches(branches)
        return step.outputs_of(node, branches)

    return end_attempt(attempt, run)


def begin_attempt(
    context: RunContext, internal_branch_name: str, own_scope: Mapping[str, Parameter] | None = None
) -> StepAttempt:
    """The attempt of a composite step as it starts: what its own scope holds is its input."""
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    if own_scope is None:
        own_scope = context.run_log_store.get_parameters(context.run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    return attempt


def end_attempt(
    attempt: StepAttempt,
    produce_outputs: Callable[[], dict[str, Parameter]],
) -> StepAttempt:
    """Finish the attempt with what ``produce_outputs`` gives, or its failure as the message.

    The outputs are the attempt's ``output_parameters``; the step's end stores them (``end_step``).
    """
    try:
        outputs = produce_outputs()
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.status = defaults.FAIL
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


def composite_step(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
    own_scope: Mapping[str, Parameter] | None = None,
) -> _Step:
    """The step's moves (fan out, run, fan in), seeing ``inherited`` overlaid by its own scope."""
    if own_scope is None:
        own_scope = context.run_log_store.get_parameters(context.run_id, internal_branch_name)
    return _Step(executor, context, node, internal_name, {**inherited, **own_scope})


@dataclass
class _Step:
    executor: GraphExecutor
    context: RunContext
    node: CompositeNode
    internal_name: str
    # What the step sees: the parameters of every enclosing scope, inner ones winning.
    visible: dict[str, Parameter]

    # -- fan out and in ------------------------------------------------------------

    def branches_of(self, node: CompositeNode) -> list[Branch]:
        """The branches a Parallel, Map or Conditional step runs (CompositeFailure if it cannot)."""
        if isinstance(node, ParallelNode):
            return [
                Branch(node.branch_name(self.internal_name, key), graph)
                for key, graph in node.branches.items()
            ]
        if isinstance(node, ConditionalNode):
            return [self._chosen_branch(node)]
        if isinstance(node, MapNode):
            return self._map_branches(node)
        raise CompositeFailure(f"{node.node_type} steps run their branches one iteration at a time")

    def outputs_of(self, node: CompositeNode, branches: list[Branch]) -> dict[str, Parameter]:
        """What the step writes into its scope once its branches succeeded."""
        if isinstance(node, MapNode):
            return self._reduce(node, branches)
        return self._merge_outputs(branches)

    def _chosen_branch(self, node: ConditionalNode) -> Branch:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        return Branch(node.branch_name(self.internal_name, key), node.branches[key])

    def _map_branches(self, node: MapNode) -> list[Branch]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        return [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]

    # -- loops ---------------------------------------------------------------------

    def loop(self, node: LoopNode) -> dict[str, Parameter]:
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = self.loop_iteration(node, iteration, carried)
            # runnable 0.50 exposed the index as an environment variable too; its examples read it there.
            with exposed_as_environment({node.index_as: str(iteration)}):
                # Iterations depend on each other: always one after another, in this process.
                self.run_branches([branch], allow_workers=False)
            carried, stop = self.after_iteration(node, iteration)
            if stop:
                return carried
        return carried

    def loop_iteration(self, node: LoopNode, iteration: int, carried: dict[str, Parameter]) -> Branch:
        """Iteration ``iteration``: what the previous one left, and the index."""
        return Branch(
            node.branch_name(self.internal_name, str(iteration)),
            node.branch,
            {**carried, node.index_as: JsonParameter(value=iteration)},
        )

    def after_iteration(self, node: LoopNode, iteration: int) -> tuple[dict[str, Parameter], bool]:
        """What iteration ``iteration`` carries on, and whether the loop ends after it."""
        store, run_id = self.context.run_log_store, self.context.run_id
        # The index is the loop's own, not an output; unless the branch returns that name itself
        # (runnable 0.50's max_iterations_loop returns its counter to the steps after the loop).
        index_is_returned = node.index_as in node.branch.returned_names()
        own_scope = store.get_parameters(run_id, node.branch_name(self.internal_name, str(iteration)))
        carried = {
            name: value for name, value in own_scope.items() if name != node.index_as or index_is_returned
        }
        stop = {**self.visible, **own_scope}.get(node.break_on)
        if stop is not None:
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried, True
        if iteration + 1 < node.max_iterations:
            return carried, False
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried, True

    # -- shared moves --------------------------------------------------------------

    def _required(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    def run_branches(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        events.announce(
            "branches_started", step=self.internal_name, step_type=self.node.node_type, total=len(branches)
        )
        for name in outcomes:  # done before this retry: they count as done
            events.announce("branch_finished", step=self.internal_name, branch=name, status=defaults.SUCCESS)
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                        trace_context=telemetry.tracer().trace_context(),
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            with telemetry.tracer().span(
                f"branch {branch.name}", branch=branch.name, node_type=self.node.node_type
            ) as branch_span:
                # The branch's first write carries its opening log. A retry's branch also holds
                # what its steps returned before: it is opened first, and the walk reads it back.
                opening = opening_log(self.context, branch) if retry is None else None
                if opening is None:
                    open_branch(self.context, branch)
                outcomes[branch.name] = self.executor.execute_graph(
                    self.context, branch.graph, branch.name, self.visible, opening
                )
                status = outcomes[branch.name].status
                branch_span.finish(status, outcomes[branch.name].describe())
            events.announce("branch_finished", step=self.internal_name, branch=branch.name, status=status)
        self.check_outcomes(branches, outcomes)

    def check_outcomes(self, branches: list[Branch], outcomes: Mapping[str, GraphOutcome]) -> None:
        """CompositeFailure naming the branches that did not succeed, if any."""
        failed = [branch.name for branch in branches if outcomes[branch.name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def _merge_outputs(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        "Branches '%s' and '%s' both returned '%s'; the value of '%s' (later in the "
                        "definition) is kept.",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def _reduce(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = node.reducer or "the default reducer (a list)"
        outputs: dict[str, Parameter] = {}
        for name in names:
            found = [scope[name] for scope in scopes if name in scope]
            try:
                values = [_value_of(self.context, parameter) for parameter in found]
            except Exception as exc:
                raise CompositeFailure(
                    f"the pickled values of '{name}' could not be read back: {type(exc).__name__}: {exc}"
                ) from None
            try:
                reduced = reducer(*values)
            except Exception as exc:
                raise CompositeFailure(
                    f"reducer {reducer_name} failed on '{name}' ({len(values)} values): "
                    f"{type(exc).__name__}: {exc}"
                ) from None
            outputs[name] = self._as_output(name, reduced, found)
        return outputs

    def _as_output(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(name, value)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)


def _value_of(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(context, parameter)
    return parameter.get_value()


def _plain(parameter: Parameter) -> Any:
    return parameter if isinstance(parameter, ObjectParameter) else parameter.get_value()


def _describe_value(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"
