"""Composite steps: fan out into branches, run them, fan back in.

Every composite step follows the same three moves, through the store contract only:

1. **Fan out.** Read what the step sees (the parameters of its enclosing
   scopes, :func:`visible_parameters`) and plan its branches: a
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from runnable import defaults, exceptions, parameters
from runnable.executor import GraphOutcome, load_object_parameter, store_object_value
from runnable.executor.workers import WorkersUnavailable
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
    parent_of,
    split_internal_name,
    utc_now,
)
from runnable.tasks import TaskFailure

if TYPE_CHECKING:
    from runnable.context import RunContext

logger = logging.getLogger("runnable")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class CompositeFailure(exceptions.RunnableError):
    """The composite step fails; the message says why (it becomes the step's message)."""


@dataclass
class Branch:
    """One branch to run: its internal name, its graph, and its own scope at fan-out."""

    name: str
    graph: Graph
    parameters: dict[str, Parameter] = field(default_factory=dict)


class BranchWorkers(Protocol):
    """Runs branches in other processes (see :class:`runnable.executor.workers.WorkerPool`).

    ``run`` raises WorkersUnavailable when the processes cannot run them.
    """

    def run(
        self, branch_names: Sequence[str], open_branch: Callable[[str], None], scope_token: str
    ) -> dict[str, GraphOutcome]: ...
mutants_xǁGraphExecutorǁexecute_graph__mutmut: MutantDict = {}  # type: ignore


class GraphExecutor(Protocol):
    """What a composite step needs from the executor running it."""

    @_mutmut_mutated(mutants_xǁGraphExecutorǁexecute_graph__mutmut)
    def execute_graph(
        self,
        context: RunContext,
        dag: Graph,
        internal_branch_name: str = "",
        inherited: Mapping[str, Parameter] | None = None,
    ) -> GraphOutcome: ...

    def xǁGraphExecutorǁexecute_graph__mutmut_orig(
        self,
        context: RunContext,
        dag: Graph,
        internal_branch_name: str = "",
        inherited: Mapping[str, Parameter] | None = None,
    ) -> GraphOutcome: ...

    def xǁGraphExecutorǁexecute_graph__mutmut_1(
        self,
        context: RunContext,
        dag: Graph,
        internal_branch_name: str = "XXXX",
        inherited: Mapping[str, Parameter] | None = None,
    ) -> GraphOutcome: ...

    def branch_workers(self, context: RunContext, node: CompositeNode, branches: int) -> BranchWorkers | None:
        """Workers to run this step's branches in, or None to run them in this process."""

mutants_xǁGraphExecutorǁexecute_graph__mutmut['_mutmut_orig'] = GraphExecutor.xǁGraphExecutorǁexecute_graph__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGraphExecutorǁexecute_graph__mutmut['xǁGraphExecutorǁexecute_graph__mutmut_1'] = GraphExecutor.xǁGraphExecutorǁexecute_graph__mutmut_1 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- scopes


@_mutmut_mutated(mutants_x_scope_chain__mutmut)
def scope_chain(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_orig(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_1(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = None
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_2(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(None)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_3(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["XXXX", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_4(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end - 1]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_5(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 2]) for end in range(1, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_6(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(None, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_7(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, None, 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_8(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), None))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_9(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_10(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_11(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), ))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_12(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(2, len(segments), 2))]


# --------------------------------------------------------------------------- scopes


def x_scope_chain__mutmut_13(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 3))]

mutants_x_scope_chain__mutmut['_mutmut_orig'] = x_scope_chain__mutmut_orig # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_1'] = x_scope_chain__mutmut_1 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_2'] = x_scope_chain__mutmut_2 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_3'] = x_scope_chain__mutmut_3 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_4'] = x_scope_chain__mutmut_4 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_5'] = x_scope_chain__mutmut_5 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_6'] = x_scope_chain__mutmut_6 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_7'] = x_scope_chain__mutmut_7 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_8'] = x_scope_chain__mutmut_8 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_9'] = x_scope_chain__mutmut_9 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_10'] = x_scope_chain__mutmut_10 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_11'] = x_scope_chain__mutmut_11 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_12'] = x_scope_chain__mutmut_12 # type: ignore # mutmut generated
mutants_x_scope_chain__mutmut['x_scope_chain__mutmut_13'] = x_scope_chain__mutmut_13 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_visible_parameters__mutmut)
def visible_parameters(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, scope))
    return visible


def x_visible_parameters__mutmut_orig(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, scope))
    return visible


def x_visible_parameters__mutmut_1(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = None
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, scope))
    return visible


def x_visible_parameters__mutmut_2(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(None):
        visible.update(context.run_log_store.get_parameters(context.run_id, scope))
    return visible


def x_visible_parameters__mutmut_3(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(None)
    return visible


def x_visible_parameters__mutmut_4(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(None, scope))
    return visible


def x_visible_parameters__mutmut_5(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, None))
    return visible


def x_visible_parameters__mutmut_6(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(scope))
    return visible


def x_visible_parameters__mutmut_7(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, ))
    return visible

mutants_x_visible_parameters__mutmut['_mutmut_orig'] = x_visible_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_1'] = x_visible_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_2'] = x_visible_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_3'] = x_visible_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_4'] = x_visible_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_5'] = x_visible_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_6'] = x_visible_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_x_visible_parameters__mutmut['x_visible_parameters__mutmut_7'] = x_visible_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_open_branch__mutmut)
def open_branch(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_orig(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_1(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = None
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_2(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = None
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_3(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(None, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_4(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=None)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_5(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_6(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, )
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_7(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = None
    store.add_branch_log(branch_log, context.run_id)


def x_open_branch__mutmut_8(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(None, context.run_id)


def x_open_branch__mutmut_9(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, None)


def x_open_branch__mutmut_10(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(context.run_id)


def x_open_branch__mutmut_11(context: RunContext, branch: Branch) -> None:
    """Write the branch log (PROCESSING, with its own scope) just before the branch runs."""
    store = context.run_log_store
    branch_log = store.create_branch_log(branch.name, parameters=branch.parameters)
    branch_log.status = defaults.PROCESSING
    store.add_branch_log(branch_log, )

mutants_x_open_branch__mutmut['_mutmut_orig'] = x_open_branch__mutmut_orig # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_1'] = x_open_branch__mutmut_1 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_2'] = x_open_branch__mutmut_2 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_3'] = x_open_branch__mutmut_3 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_4'] = x_open_branch__mutmut_4 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_5'] = x_open_branch__mutmut_5 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_6'] = x_open_branch__mutmut_6 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_7'] = x_open_branch__mutmut_7 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_8'] = x_open_branch__mutmut_8 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_9'] = x_open_branch__mutmut_9 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_10'] = x_open_branch__mutmut_10 # type: ignore # mutmut generated
mutants_x_open_branch__mutmut['x_open_branch__mutmut_11'] = x_open_branch__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_lost_branch__mutmut)
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


def x_record_lost_branch__mutmut_orig(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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


def x_record_lost_branch__mutmut_1(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = None
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


def x_record_lost_branch__mutmut_2(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = None
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


def x_record_lost_branch__mutmut_3(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = None
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


def x_record_lost_branch__mutmut_4(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(None, run_id)
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


def x_record_lost_branch__mutmut_5(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(branch_name, None)
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


def x_record_lost_branch__mutmut_6(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(run_id)
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


def x_record_lost_branch__mutmut_7(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(branch_name, )
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


def x_record_lost_branch__mutmut_8(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
    """A branch whose process died: mark what it left unfinished FAIL, with ``cause`` as the message.

    Returns the internal name of the step that was running (or the branch's,
    if none had started) and the message, for the branch's outcome.
    """
    store, run_id = context.run_log_store, context.run_id
    running = branch_name
    try:
        stored = store.get_branch_log(branch_name, run_id)
    except exceptions.BranchLogNotFoundError:
        stored = ""
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


def x_record_lost_branch__mutmut_9(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
        unfinished = None
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


def x_record_lost_branch__mutmut_10(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
        unfinished = _unfinished_steps(None)
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


def x_record_lost_branch__mutmut_11(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            running = None
        for step_log in unfinished:
            # Without its branches: what is stored under the step stays as it is.
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_12(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            running = unfinished[+1].internal_name
        for step_log in unfinished:
            # Without its branches: what is stored under the step stays as it is.
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_13(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            running = unfinished[-2].internal_name
        for step_log in unfinished:
            # Without its branches: what is stored under the step stays as it is.
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_14(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = None
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_15(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update=None)
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_16(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"XXbranchesXX": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_17(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"BRANCHES": {}, "status": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_18(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"branches": {}, "XXstatusXX": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_19(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"branches": {}, "STATUS": defaults.FAIL, "message": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_20(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "XXmessageXX": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_21(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            failed = step_log.model_copy(update={"branches": {}, "status": defaults.FAIL, "MESSAGE": cause})
            store.add_step_log(failed, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_22(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_step_log(None, run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_23(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_step_log(failed, None)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_24(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_step_log(run_id)
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_25(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_step_log(failed, )
        for nested in _unfinished_branches(stored):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_26(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
        for nested in _unfinished_branches(None):
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_27(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(None, run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_28(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), None)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_29(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_30(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(internal_name=nested, status=defaults.FAIL), )
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_31(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(internal_name=None, status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_32(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(internal_name=nested, status=None), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_33(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(status=defaults.FAIL), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_34(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
            store.add_branch_log(BranchLog(internal_name=nested, ), run_id)
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_35(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(None, run_id)
    return running, cause


def x_record_lost_branch__mutmut_36(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), None)
    return running, cause


def x_record_lost_branch__mutmut_37(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(run_id)
    return running, cause


def x_record_lost_branch__mutmut_38(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(internal_name=branch_name, status=defaults.FAIL), )
    return running, cause


def x_record_lost_branch__mutmut_39(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(internal_name=None, status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_40(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(internal_name=branch_name, status=None), run_id)
    return running, cause


def x_record_lost_branch__mutmut_41(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(status=defaults.FAIL), run_id)
    return running, cause


def x_record_lost_branch__mutmut_42(context: RunContext, branch_name: str, cause: str) -> tuple[str, str]:
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
    store.add_branch_log(BranchLog(internal_name=branch_name, ), run_id)
    return running, cause

mutants_x_record_lost_branch__mutmut['_mutmut_orig'] = x_record_lost_branch__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_1'] = x_record_lost_branch__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_2'] = x_record_lost_branch__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_3'] = x_record_lost_branch__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_4'] = x_record_lost_branch__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_5'] = x_record_lost_branch__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_6'] = x_record_lost_branch__mutmut_6 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_7'] = x_record_lost_branch__mutmut_7 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_8'] = x_record_lost_branch__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_9'] = x_record_lost_branch__mutmut_9 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_10'] = x_record_lost_branch__mutmut_10 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_11'] = x_record_lost_branch__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_12'] = x_record_lost_branch__mutmut_12 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_13'] = x_record_lost_branch__mutmut_13 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_14'] = x_record_lost_branch__mutmut_14 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_15'] = x_record_lost_branch__mutmut_15 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_16'] = x_record_lost_branch__mutmut_16 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_17'] = x_record_lost_branch__mutmut_17 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_18'] = x_record_lost_branch__mutmut_18 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_19'] = x_record_lost_branch__mutmut_19 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_20'] = x_record_lost_branch__mutmut_20 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_21'] = x_record_lost_branch__mutmut_21 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_22'] = x_record_lost_branch__mutmut_22 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_23'] = x_record_lost_branch__mutmut_23 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_24'] = x_record_lost_branch__mutmut_24 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_25'] = x_record_lost_branch__mutmut_25 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_26'] = x_record_lost_branch__mutmut_26 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_27'] = x_record_lost_branch__mutmut_27 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_28'] = x_record_lost_branch__mutmut_28 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_29'] = x_record_lost_branch__mutmut_29 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_30'] = x_record_lost_branch__mutmut_30 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_31'] = x_record_lost_branch__mutmut_31 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_32'] = x_record_lost_branch__mutmut_32 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_33'] = x_record_lost_branch__mutmut_33 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_34'] = x_record_lost_branch__mutmut_34 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_35'] = x_record_lost_branch__mutmut_35 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_36'] = x_record_lost_branch__mutmut_36 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_37'] = x_record_lost_branch__mutmut_37 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_38'] = x_record_lost_branch__mutmut_38 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_39'] = x_record_lost_branch__mutmut_39 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_40'] = x_record_lost_branch__mutmut_40 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_41'] = x_record_lost_branch__mutmut_41 # type: ignore # mutmut generated
mutants_x_record_lost_branch__mutmut['x_record_lost_branch__mutmut_42'] = x_record_lost_branch__mutmut_42 # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unfinished_steps__mutmut)
def _unfinished_steps(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def x__unfinished_steps__mutmut_orig(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def x__unfinished_steps__mutmut_1(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = None
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def x__unfinished_steps__mutmut_2(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def x__unfinished_steps__mutmut_3(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(None)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(nested))
    return found


def x__unfinished_steps__mutmut_4(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(None)
    return found


def x__unfinished_steps__mutmut_5(branch_log: BranchLog) -> list[StepLog]:
    found: list[StepLog] = []
    for step_log in branch_log.steps.values():
        if step_log.status not in defaults.TERMINAL_STATUSES:
            found.append(step_log)
        for nested in step_log.branches.values():
            found.extend(_unfinished_steps(None))
    return found

mutants_x__unfinished_steps__mutmut['_mutmut_orig'] = x__unfinished_steps__mutmut_orig # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut['x__unfinished_steps__mutmut_1'] = x__unfinished_steps__mutmut_1 # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut['x__unfinished_steps__mutmut_2'] = x__unfinished_steps__mutmut_2 # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut['x__unfinished_steps__mutmut_3'] = x__unfinished_steps__mutmut_3 # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut['x__unfinished_steps__mutmut_4'] = x__unfinished_steps__mutmut_4 # type: ignore # mutmut generated
mutants_x__unfinished_steps__mutmut['x__unfinished_steps__mutmut_5'] = x__unfinished_steps__mutmut_5 # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unfinished_branches__mutmut)
def _unfinished_branches(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(nested))
    return found


def x__unfinished_branches__mutmut_orig(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(nested))
    return found


def x__unfinished_branches__mutmut_1(branch_log: BranchLog) -> list[str]:
    found: list[str] = None
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(nested))
    return found


def x__unfinished_branches__mutmut_2(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(nested))
    return found


def x__unfinished_branches__mutmut_3(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(None)
            found.extend(_unfinished_branches(nested))
    return found


def x__unfinished_branches__mutmut_4(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(None)
    return found


def x__unfinished_branches__mutmut_5(branch_log: BranchLog) -> list[str]:
    found: list[str] = []
    for step_log in branch_log.steps.values():
        for nested in step_log.branches.values():
            if nested.status not in defaults.TERMINAL_STATUSES:
                found.append(nested.internal_name)
            found.extend(_unfinished_branches(None))
    return found

mutants_x__unfinished_branches__mutmut['_mutmut_orig'] = x__unfinished_branches__mutmut_orig # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut['x__unfinished_branches__mutmut_1'] = x__unfinished_branches__mutmut_1 # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut['x__unfinished_branches__mutmut_2'] = x__unfinished_branches__mutmut_2 # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut['x__unfinished_branches__mutmut_3'] = x__unfinished_branches__mutmut_3 # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut['x__unfinished_branches__mutmut_4'] = x__unfinished_branches__mutmut_4 # type: ignore # mutmut generated
mutants_x__unfinished_branches__mutmut['x__unfinished_branches__mutmut_5'] = x__unfinished_branches__mutmut_5 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- the step


@_mutmut_mutated(mutants_x_run_composite__mutmut)
def run_composite(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_orig(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_1(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = None
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_2(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = None
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_3(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=None,
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_4(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=None,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_5(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=None,
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_6(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_7(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_8(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_9(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = None
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_10(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(None, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_11(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, None)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_12(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_13(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, )
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_14(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = None
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_15(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(None)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_16(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = None
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_17(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(None, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_18(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, None, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_19(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, None, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_20(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, None, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_21(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, None)
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_22(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_23(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_24(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_25(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_26(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, )
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_27(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = None
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_28(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(None)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_29(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = None
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_30(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(None)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_31(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = None
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_32(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(None)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_33(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = None
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_34(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(None)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_35(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(None)
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_36(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(None, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_37(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, None, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_38(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, None)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_39(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_40(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_41(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, )
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_42(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = None
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_43(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = None
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_44(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = None
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_45(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = None
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_46(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(None)
    attempt.end_time = utc_now()
    return attempt


# --------------------------------------------------------------------------- the step


def x_run_composite__mutmut_47(
    executor: GraphExecutor,
    context: RunContext,
    node: CompositeNode,
    internal_name: str,
    internal_branch_name: str,
    inherited: Mapping[str, Parameter],
) -> StepAttempt:
    """Run a composite step found at ``internal_name``; its attempt (outputs already written)."""
    store, run_id = context.run_log_store, context.run_id
    attempt = StepAttempt(
        start_time=utc_now(),
        status=defaults.FAIL,
        code_identities=[context.code_identity],
    )
    own_scope = store.get_parameters(run_id, internal_branch_name)
    attempt.input_parameters = dict(own_scope)
    step = _Step(executor, context, node, internal_name, {**inherited, **own_scope})
    try:
        if isinstance(node, ParallelNode):
            outputs = step.parallel(node)
        elif isinstance(node, MapNode):
            outputs = step.map(node)
        elif isinstance(node, ConditionalNode):
            outputs = step.conditional(node)
        elif isinstance(node, LoopNode):
            outputs = step.loop(node)
        else:  # pragma: no cover - every composite node type is handled above
            raise CompositeFailure(f"the local executor cannot run {node.node_type} steps")
        if outputs:
            store.set_parameters(run_id, outputs, internal_branch_name)
        attempt.output_parameters = outputs
        attempt.user_defined_metrics = {
            name: value for name, value in outputs.items() if isinstance(value, MetricParameter)
        }
        attempt.status = defaults.SUCCESS
    except CompositeFailure as exc:
        attempt.message = str(exc)
    attempt.end_time = None
    return attempt

mutants_x_run_composite__mutmut['_mutmut_orig'] = x_run_composite__mutmut_orig # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_1'] = x_run_composite__mutmut_1 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_2'] = x_run_composite__mutmut_2 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_3'] = x_run_composite__mutmut_3 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_4'] = x_run_composite__mutmut_4 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_5'] = x_run_composite__mutmut_5 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_6'] = x_run_composite__mutmut_6 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_7'] = x_run_composite__mutmut_7 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_8'] = x_run_composite__mutmut_8 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_9'] = x_run_composite__mutmut_9 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_10'] = x_run_composite__mutmut_10 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_11'] = x_run_composite__mutmut_11 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_12'] = x_run_composite__mutmut_12 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_13'] = x_run_composite__mutmut_13 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_14'] = x_run_composite__mutmut_14 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_15'] = x_run_composite__mutmut_15 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_16'] = x_run_composite__mutmut_16 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_17'] = x_run_composite__mutmut_17 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_18'] = x_run_composite__mutmut_18 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_19'] = x_run_composite__mutmut_19 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_20'] = x_run_composite__mutmut_20 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_21'] = x_run_composite__mutmut_21 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_22'] = x_run_composite__mutmut_22 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_23'] = x_run_composite__mutmut_23 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_24'] = x_run_composite__mutmut_24 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_25'] = x_run_composite__mutmut_25 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_26'] = x_run_composite__mutmut_26 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_27'] = x_run_composite__mutmut_27 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_28'] = x_run_composite__mutmut_28 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_29'] = x_run_composite__mutmut_29 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_30'] = x_run_composite__mutmut_30 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_31'] = x_run_composite__mutmut_31 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_32'] = x_run_composite__mutmut_32 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_33'] = x_run_composite__mutmut_33 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_34'] = x_run_composite__mutmut_34 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_35'] = x_run_composite__mutmut_35 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_36'] = x_run_composite__mutmut_36 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_37'] = x_run_composite__mutmut_37 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_38'] = x_run_composite__mutmut_38 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_39'] = x_run_composite__mutmut_39 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_40'] = x_run_composite__mutmut_40 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_41'] = x_run_composite__mutmut_41 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_42'] = x_run_composite__mutmut_42 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_43'] = x_run_composite__mutmut_43 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_44'] = x_run_composite__mutmut_44 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_45'] = x_run_composite__mutmut_45 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_46'] = x_run_composite__mutmut_46 # type: ignore # mutmut generated
mutants_x_run_composite__mutmut['x_run_composite__mutmut_47'] = x_run_composite__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁconditional__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁmap__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁloop__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁ_required__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁ_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁ_merge_outputs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁ_reduce__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Stepǁ_as_output__mutmut: MutantDict = {}  # type: ignore


@dataclass
class _Step:
    executor: GraphExecutor
    context: RunContext
    node: CompositeNode
    internal_name: str
    # What the step sees: the parameters of every enclosing scope, inner ones winning.
    visible: dict[str, Parameter]

    # -- the four kinds ----------------------------------------------------------

    @_mutmut_mutated(mutants_xǁ_Stepǁparallel__mutmut)
    def parallel(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_orig(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_1(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = None
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_2(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(None, graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_3(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), None) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_4(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_5(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), ) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_6(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(None, key), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_7(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, None), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_8(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(key), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_9(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, ), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_10(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), graph) for key, graph in node.branches.items()
        ]
        self._run(None)
        return self._merge_outputs(branches)

    # -- the four kinds ----------------------------------------------------------

    def xǁ_Stepǁparallel__mutmut_11(self, node: ParallelNode) -> dict[str, Parameter]:
        branches = [
            Branch(node.branch_name(self.internal_name, key), graph) for key, graph in node.branches.items()
        ]
        self._run(branches)
        return self._merge_outputs(None)

    @_mutmut_mutated(mutants_xǁ_Stepǁconditional__mutmut)
    def conditional(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_orig(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_1(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = None
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_2(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(None, "the parameter it branches on")
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_3(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, None)
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_4(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required("the parameter it branches on")
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_5(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, )
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_6(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "XXthe parameter it branches onXX")
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_7(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "THE PARAMETER IT BRANCHES ON")
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_8(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if isinstance(value, str | int | float | bool):
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_9(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                None
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_10(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(None)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_11(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "XXnumber or boolean with its branch namesXX"
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_12(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "NUMBER OR BOOLEAN WITH ITS BRANCH NAMES"
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_13(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = None
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_14(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(None)
        if key not in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_15(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key in node.branches:
            names = ", ".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_16(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key not in node.branches:
            names = None
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_17(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key not in node.branches:
            names = ", ".join(None)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_18(self, node: ConditionalNode) -> dict[str, Parameter]:
        value = self._required(node.parameter, "the parameter it branches on")
        if not isinstance(value, str | int | float | bool):
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {_describe_value(value)}; a Conditional compares a string, "
                "number or boolean with its branch names"
            )
        key = str(value)
        if key not in node.branches:
            names = "XX, XX".join(f"'{name}'" for name in node.branches)
            raise CompositeFailure(
                f"parameter '{node.parameter}' is {value!r}, which matches none of the branches ({names}); "
                "set it to one of them or add a branch"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_19(self, node: ConditionalNode) -> dict[str, Parameter]:
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
                None
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_20(self, node: ConditionalNode) -> dict[str, Parameter]:
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
                "XXset it to one of them or add a branchXX"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_21(self, node: ConditionalNode) -> dict[str, Parameter]:
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
                "SET IT TO ONE OF THEM OR ADD A BRANCH"
            )
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_22(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = None
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_23(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(None, node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_24(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), None)
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_25(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_26(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), )
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_27(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(None, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_28(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, None), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_29(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(key), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_30(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, ), node.branches[key])
        self._run([branch])
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_31(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run(None)
        return self._merge_outputs([branch])

    def xǁ_Stepǁconditional__mutmut_32(self, node: ConditionalNode) -> dict[str, Parameter]:
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
        branch = Branch(node.branch_name(self.internal_name, key), node.branches[key])
        self._run([branch])
        return self._merge_outputs(None)

    @_mutmut_mutated(mutants_xǁ_Stepǁmap__mutmut)
    def map(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_orig(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_1(self, node: MapNode) -> dict[str, Parameter]:
        values = None
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_2(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(None, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_3(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, None)
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_4(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required("the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_5(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, )
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_6(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "XXthe parameter it iterates onXX")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_7(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "THE PARAMETER IT ITERATES ON")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_8(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_9(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                None
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_10(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(None)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_11(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = None
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_12(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                None,
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_13(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                None,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_14(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                None,
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_15(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_16(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_17(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_18(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(None, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_19(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, None),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_20(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_21(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, ),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_22(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=None)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_23(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(None, values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_24(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), None, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_25(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=None)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_26(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_27(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_28(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, )
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_29(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(None), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_30(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=False)
        ]
        self._run(branches)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_31(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(None)
        return self._reduce(node, branches)

    def xǁ_Stepǁmap__mutmut_32(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(None, branches)

    def xǁ_Stepǁmap__mutmut_33(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, None)

    def xǁ_Stepǁmap__mutmut_34(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(branches)

    def xǁ_Stepǁmap__mutmut_35(self, node: MapNode) -> dict[str, Parameter]:
        values = self._required(node.iterate_on, "the parameter it iterates on")
        if not isinstance(values, list):
            raise CompositeFailure(
                f"parameter '{node.iterate_on}' is {_describe_value(values)}; a Map iterates on a JSON list"
            )
        branches = [
            Branch(
                node.branch_name(self.internal_name, key),
                node.branch,
                {node.iterate_as: JsonParameter(value=value)},
            )
            for key, value in zip(node.branch_keys(values), values, strict=True)
        ]
        self._run(branches)
        return self._reduce(node, )

    @_mutmut_mutated(mutants_xǁ_Stepǁloop__mutmut)
    def loop(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_orig(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_1(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = None
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_2(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = None
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_3(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(None):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_4(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = None
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_5(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                None,
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_6(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                None,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_7(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                None,
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_8(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_9(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_10(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_11(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(None, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_12(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, None),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_13(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_14(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, ),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_15(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(None)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_16(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=None)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_17(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run(None, allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_18(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=None)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_19(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run(allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_20(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], )
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_21(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=True)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_22(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = None
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_23(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(None, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_24(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, None)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_25(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_26(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, )
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_27(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = None
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_28(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name == node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_29(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = None
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_30(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(None)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_31(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is not None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_32(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                break
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_33(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) and not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_34(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_35(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    None
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_36(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(None)} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_37(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(None))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_38(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            None,
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_39(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            None,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_40(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            None,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_41(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            None,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_42(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_43(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_44(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_45(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "Loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            )
        return carried

    def xǁ_Stepǁloop__mutmut_46(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "XXLoop '%s' reached max_iterations (%d) before '%s' became true; it ends there.XX",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_47(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "loop '%s' reached max_iterations (%d) before '%s' became true; it ends there.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    def xǁ_Stepǁloop__mutmut_48(self, node: LoopNode) -> dict[str, Parameter]:
        store, run_id = self.context.run_log_store, self.context.run_id
        carried: dict[str, Parameter] = {}
        for iteration in range(node.max_iterations):
            branch = Branch(
                node.branch_name(self.internal_name, str(iteration)),
                node.branch,
                {**carried, node.index_as: JsonParameter(value=iteration)},
            )
            # Iterations depend on each other: always one after another, in this process.
            self._run([branch], allow_workers=False)
            own_scope = store.get_parameters(run_id, branch.name)
            carried = {name: value for name, value in own_scope.items() if name != node.index_as}
            stop = {**self.visible, **own_scope}.get(node.break_on)
            if stop is None:
                continue
            if isinstance(stop, ObjectParameter) or not isinstance(stop.get_value(), bool):
                raise CompositeFailure(
                    f"parameter '{node.break_on}' (break_on) is {_describe_value(_plain(stop))} after "
                    f"iteration {iteration}; it must be true or false"
                )
            if stop.get_value():
                return carried
        logger.warning(
            "LOOP '%S' REACHED MAX_ITERATIONS (%D) BEFORE '%S' BECAME TRUE; IT ENDS THERE.",
            self.internal_name,
            node.max_iterations,
            node.break_on,
        )
        return carried

    # -- shared moves --------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁ_Stepǁ_required__mutmut)
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

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_orig(self, name: str, role: str) -> Any:
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

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_1(self, name: str, role: str) -> Any:
        parameter = None
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

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_2(self, name: str, role: str) -> Any:
        parameter = self.visible.get(None)
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

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_3(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is not None:
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

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_4(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = None
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_5(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) and "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_6(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(None) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_7(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = "XX, XX".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_8(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(None)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_9(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "XXnoneXX"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_10(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "NONE"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_11(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                None
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_12(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "XXan earlier step or set it in the parameters fileXX"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_13(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "AN EARLIER STEP OR SET IT IN THE PARAMETERS FILE"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                f"parameter '{name}' ({role}) is a pickled object; it must be a JSON value"
            )
        return parameter.get_value()

    # -- shared moves --------------------------------------------------------------

    def xǁ_Stepǁ_required__mutmut_14(self, name: str, role: str) -> Any:
        parameter = self.visible.get(name)
        if parameter is None:
            available = ", ".join(sorted(self.visible)) or "none"
            raise CompositeFailure(
                f"no parameter named '{name}' ({role}) at this step (available: {available}); return it from "
                "an earlier step or set it in the parameters file"
            )
        if isinstance(parameter, ObjectParameter):
            raise CompositeFailure(
                None
            )
        return parameter.get_value()

    @_mutmut_mutated(mutants_xǁ_Stepǁ_run__mutmut)
    def _run(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_orig(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_1(self, branches: list[Branch], allow_workers: bool = False) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_2(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = None
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_3(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = None
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_4(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = None
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_5(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=None)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_6(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None or retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_7(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_8(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(None)
        }
        here = [branch for branch in branches if branch.name not in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_9(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = None
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_10(self, branches: list[Branch], allow_workers: bool = True) -> None:
        """Run the branches; CompositeFailure naming the failed ones if any did not succeed."""
        by_name = {branch.name: branch for branch in branches}
        retry = self.context.retry
        # A retry runs only the branches that did not succeed; the others keep what they left.
        outcomes: dict[str, GraphOutcome] = {
            name: GraphOutcome(status=defaults.SUCCESS)
            for name in by_name
            if retry is not None and retry.branch_is_done(name)
        }
        here = [branch for branch in branches if branch.name in outcomes]
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_11(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_12(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if (allow_workers) and False else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_13(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if (allow_workers) or True else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_14(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(None, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_15(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, None, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_16(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, None) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_17(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_18(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_19(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, ) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_20(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_21(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    None
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_22(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        None,
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_23(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        None,
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_24(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=None,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_25(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_26(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_27(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_28(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: None,
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_29(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(None, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_30(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, None),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_31(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_32(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, ),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_33(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = None
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_34(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    None,
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_35(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    None,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_36(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    self.internal_name,
                    None,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_37(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_38(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_39(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    self.internal_name,
                    )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_40(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "XXStep '%s': %s. Its branches, and those of the steps after it, run one after another XX"
                    "in this process.",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_41(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "step '%s': %s. its branches, and those of the steps after it, run one after another "
                    "in this process.",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_42(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "STEP '%S': %S. ITS BRANCHES, AND THOSE OF THE STEPS AFTER IT, RUN ONE AFTER ANOTHER "
                    "in this process.",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_43(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "XXin this process.XX",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_44(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
                    )
                )
                here = []
            except WorkersUnavailable as exc:
                logger.warning(
                    "Step '%s': %s. Its branches, and those of the steps after it, run one after another "
                    "IN THIS PROCESS.",
                    self.internal_name,
                    exc,
                )
                outcomes.update(exc.finished)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_45(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
                outcomes.update(None)
                here = [by_name[name] for name in exc.remaining]
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_46(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
                here = None
        for branch in here:
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_47(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(None, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_48(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, None)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_49(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_50(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, )
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_51(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = None
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_52(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                None, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_53(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, None, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_54(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, None, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_55(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, None
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_56(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_57(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_58(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_59(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_60(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = None
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_61(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status == defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_62(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_63(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = None
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_64(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[1]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_65(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = None
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_66(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" - (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_67(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[1]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_68(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if (first) and False else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_69(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if (first) or True else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_70(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "XXXX")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_71(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) >= 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_72(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 2:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_73(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = None
        raise CompositeFailure(detail)

    def xǁ_Stepǁ_run__mutmut_74(self, branches: list[Branch], allow_workers: bool = True) -> None:
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
        workers = self.executor.branch_workers(self.context, self.node, len(here)) if allow_workers else None
        if workers is not None:
            try:
                # The scope token tells workers when the parameters they inherit may have changed.
                outcomes.update(
                    workers.run(
                        [branch.name for branch in here],
                        lambda name: open_branch(self.context, by_name[name]),
                        scope_token=uuid.uuid4().hex,
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
            open_branch(self.context, branch)
            outcomes[branch.name] = self.executor.execute_graph(
                self.context, branch.graph, branch.name, self.visible
            )
        failed = [name for name in by_name if outcomes[name].status != defaults.SUCCESS]
        if not failed:
            return
        first = outcomes[failed[0]].describe()
        detail = f"branch '{failed[0]}' failed" + (f": {first}" if first else "")
        if len(failed) > 1:
            detail = f"{len(failed)} of {len(branches)} branches failed; the first, {detail}"
        raise CompositeFailure(None)

    @_mutmut_mutated(mutants_xǁ_Stepǁ_merge_outputs__mutmut)
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

    def xǁ_Stepǁ_merge_outputs__mutmut_orig(self, branches: list[Branch]) -> dict[str, Parameter]:
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

    def xǁ_Stepǁ_merge_outputs__mutmut_1(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = None
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

    def xǁ_Stepǁ_merge_outputs__mutmut_2(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = None
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

    def xǁ_Stepǁ_merge_outputs__mutmut_3(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = None
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

    def xǁ_Stepǁ_merge_outputs__mutmut_4(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = None
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

    def xǁ_Stepǁ_merge_outputs__mutmut_5(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(None, [branch.name for branch in branches])
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

    def xǁ_Stepǁ_merge_outputs__mutmut_6(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, None)
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

    def xǁ_Stepǁ_merge_outputs__mutmut_7(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches([branch.name for branch in branches])
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

    def xǁ_Stepǁ_merge_outputs__mutmut_8(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, )
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

    def xǁ_Stepǁ_merge_outputs__mutmut_9(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by or merged[name] != value:
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

    def xǁ_Stepǁ_merge_outputs__mutmut_10(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name not in set_by and merged[name] != value:
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

    def xǁ_Stepǁ_merge_outputs__mutmut_11(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] == value:
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

    def xǁ_Stepǁ_merge_outputs__mutmut_12(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        None,
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_13(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        None,
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_14(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        None,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_15(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        None,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_16(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        None,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_17(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_18(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_19(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_20(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_21(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_22(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        "XXBranches '%s' and '%s' both returned '%s'; the value of '%s' (later in the XX"
                        "definition) is kept.",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_23(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        "branches '%s' and '%s' both returned '%s'; the value of '%s' (later in the "
                        "definition) is kept.",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_24(self, branches: list[Branch]) -> dict[str, Parameter]:
        """What the branches set in their own scopes, merged in branch order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        merged: dict[str, Parameter] = {}
        set_by: dict[str, str] = {}
        scopes = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        for branch in branches:
            for name, value in scopes[branch.name].items():
                if name in set_by and merged[name] != value:
                    logger.warning(
                        "BRANCHES '%S' AND '%S' BOTH RETURNED '%S'; THE VALUE OF '%S' (LATER IN THE "
                        "definition) is kept.",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_25(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        "XXdefinition) is kept.XX",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_26(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                        "DEFINITION) IS KEPT.",
                        set_by[name],
                        branch.name,
                        name,
                        branch.name,
                    )
                merged[name] = value
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_27(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                merged[name] = None
                set_by[name] = branch.name
        return merged

    def xǁ_Stepǁ_merge_outputs__mutmut_28(self, branches: list[Branch]) -> dict[str, Parameter]:
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
                set_by[name] = None
        return merged

    @_mutmut_mutated(mutants_xǁ_Stepǁ_reduce__mutmut)
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

    def xǁ_Stepǁ_reduce__mutmut_orig(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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

    def xǁ_Stepǁ_reduce__mutmut_1(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = None
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

    def xǁ_Stepǁ_reduce__mutmut_2(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = None
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

    def xǁ_Stepǁ_reduce__mutmut_3(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(None, [branch.name for branch in branches])
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

    def xǁ_Stepǁ_reduce__mutmut_4(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, None)
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

    def xǁ_Stepǁ_reduce__mutmut_5(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches([branch.name for branch in branches])
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

    def xǁ_Stepǁ_reduce__mutmut_6(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, )
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

    def xǁ_Stepǁ_reduce__mutmut_7(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = None
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

    def xǁ_Stepǁ_reduce__mutmut_8(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = None
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

    def xǁ_Stepǁ_reduce__mutmut_9(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(None)
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

    def xǁ_Stepǁ_reduce__mutmut_10(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(None)
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

    def xǁ_Stepǁ_reduce__mutmut_11(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(None))
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

    def xǁ_Stepǁ_reduce__mutmut_12(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name == node.iterate_as))
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

    def xǁ_Stepǁ_reduce__mutmut_13(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = None
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

    def xǁ_Stepǁ_reduce__mutmut_14(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = None
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

    def xǁ_Stepǁ_reduce__mutmut_15(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = node.reducer and "the default reducer (a list)"
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

    def xǁ_Stepǁ_reduce__mutmut_16(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = node.reducer or "XXthe default reducer (a list)XX"
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

    def xǁ_Stepǁ_reduce__mutmut_17(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = node.reducer or "THE DEFAULT REDUCER (A LIST)"
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

    def xǁ_Stepǁ_reduce__mutmut_18(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
        """Each returned name reduced over the iterations that produced it, in iteration order."""
        store, run_id = self.context.run_log_store, self.context.run_id
        by_branch = store.get_parameters_of_branches(run_id, [branch.name for branch in branches])
        scopes = [by_branch[branch.name] for branch in branches]
        names = dict.fromkeys(node.branch.returned_names())
        for scope in scopes:
            names.update(dict.fromkeys(name for name in scope if name != node.iterate_as))
        reducer = node.reducer_function()
        reducer_name = node.reducer or "the default reducer (a list)"
        outputs: dict[str, Parameter] = None
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

    def xǁ_Stepǁ_reduce__mutmut_19(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            found = None
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

    def xǁ_Stepǁ_reduce__mutmut_20(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            found = [scope[name] for scope in scopes if name not in scope]
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

    def xǁ_Stepǁ_reduce__mutmut_21(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                values = None
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

    def xǁ_Stepǁ_reduce__mutmut_22(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                values = [_value_of(None, parameter) for parameter in found]
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

    def xǁ_Stepǁ_reduce__mutmut_23(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                values = [_value_of(self.context, None) for parameter in found]
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

    def xǁ_Stepǁ_reduce__mutmut_24(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                values = [_value_of(parameter) for parameter in found]
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

    def xǁ_Stepǁ_reduce__mutmut_25(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                values = [_value_of(self.context, ) for parameter in found]
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

    def xǁ_Stepǁ_reduce__mutmut_26(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                    None
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

    def xǁ_Stepǁ_reduce__mutmut_27(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                    f"the pickled values of '{name}' could not be read back: {type(None).__name__}: {exc}"
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

    def xǁ_Stepǁ_reduce__mutmut_28(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                reduced = None
            except Exception as exc:
                raise CompositeFailure(
                    f"reducer {reducer_name} failed on '{name}' ({len(values)} values): "
                    f"{type(exc).__name__}: {exc}"
                ) from None
            outputs[name] = self._as_output(name, reduced, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_29(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                    None
                ) from None
            outputs[name] = self._as_output(name, reduced, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_30(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
                    f"{type(None).__name__}: {exc}"
                ) from None
            outputs[name] = self._as_output(name, reduced, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_31(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = None
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_32(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(None, reduced, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_33(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(name, None, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_34(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(name, reduced, None)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_35(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(reduced, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_36(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(name, found)
        return outputs

    def xǁ_Stepǁ_reduce__mutmut_37(self, node: MapNode, branches: list[Branch]) -> dict[str, Parameter]:
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
            outputs[name] = self._as_output(name, reduced, )
        return outputs

    @_mutmut_mutated(mutants_xǁ_Stepǁ_as_output__mutmut)
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

    def xǁ_Stepǁ_as_output__mutmut_orig(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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

    def xǁ_Stepǁ_as_output__mutmut_1(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(None):
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

    def xǁ_Stepǁ_as_output__mutmut_2(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = None
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

    def xǁ_Stepǁ_as_output__mutmut_3(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(None, name)
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

    def xǁ_Stepǁ_as_output__mutmut_4(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, None)
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

    def xǁ_Stepǁ_as_output__mutmut_5(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(name)
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

    def xǁ_Stepǁ_as_output__mutmut_6(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, )
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

    def xǁ_Stepǁ_as_output__mutmut_7(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(None, key, value)
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

    def xǁ_Stepǁ_as_output__mutmut_8(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, None, value)
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

    def xǁ_Stepǁ_as_output__mutmut_9(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, None)
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

    def xǁ_Stepǁ_as_output__mutmut_10(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(key, value)
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

    def xǁ_Stepǁ_as_output__mutmut_11(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, value)
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

    def xǁ_Stepǁ_as_output__mutmut_12(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, )
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

    def xǁ_Stepǁ_as_output__mutmut_13(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(None) from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(name, value)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_14(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=None)
        try:
            jsonable = parameters.as_json_value(name, value)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_15(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = None
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_16(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(None, value)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_17(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(name, None)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_18(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(value)
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_19(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
        if any(isinstance(parameter, ObjectParameter) for parameter in reduced_from):
            key = join_internal_name(self.internal_name, name)
            try:
                store_object_value(self.context, key, value)
            except TaskFailure as exc:
                raise CompositeFailure(f"the reduced value of '{name}' {exc}") from None
            return ObjectParameter(value=key)
        try:
            jsonable = parameters.as_json_value(name, )
        except parameters.ReturnValueError as exc:
            raise CompositeFailure(f"the reduced value of {exc}") from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_20(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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
            raise CompositeFailure(None) from None
        if reduced_from and all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_21(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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
        if reduced_from or all(isinstance(parameter, MetricParameter) for parameter in reduced_from):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_22(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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
        if reduced_from and all(None):
            return MetricParameter(value=jsonable)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_23(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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
            return MetricParameter(value=None)
        return JsonParameter(value=jsonable)

    def xǁ_Stepǁ_as_output__mutmut_24(self, name: str, value: Any, reduced_from: list[Parameter]) -> Parameter:
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
        return JsonParameter(value=None)

mutants_xǁ_Stepǁparallel__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁparallel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_1'] = _Step.xǁ_Stepǁparallel__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_2'] = _Step.xǁ_Stepǁparallel__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_3'] = _Step.xǁ_Stepǁparallel__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_4'] = _Step.xǁ_Stepǁparallel__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_5'] = _Step.xǁ_Stepǁparallel__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_6'] = _Step.xǁ_Stepǁparallel__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_7'] = _Step.xǁ_Stepǁparallel__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_8'] = _Step.xǁ_Stepǁparallel__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_9'] = _Step.xǁ_Stepǁparallel__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_10'] = _Step.xǁ_Stepǁparallel__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁparallel__mutmut['xǁ_Stepǁparallel__mutmut_11'] = _Step.xǁ_Stepǁparallel__mutmut_11 # type: ignore # mutmut generated

mutants_xǁ_Stepǁconditional__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁconditional__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_1'] = _Step.xǁ_Stepǁconditional__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_2'] = _Step.xǁ_Stepǁconditional__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_3'] = _Step.xǁ_Stepǁconditional__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_4'] = _Step.xǁ_Stepǁconditional__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_5'] = _Step.xǁ_Stepǁconditional__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_6'] = _Step.xǁ_Stepǁconditional__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_7'] = _Step.xǁ_Stepǁconditional__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_8'] = _Step.xǁ_Stepǁconditional__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_9'] = _Step.xǁ_Stepǁconditional__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_10'] = _Step.xǁ_Stepǁconditional__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_11'] = _Step.xǁ_Stepǁconditional__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_12'] = _Step.xǁ_Stepǁconditional__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_13'] = _Step.xǁ_Stepǁconditional__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_14'] = _Step.xǁ_Stepǁconditional__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_15'] = _Step.xǁ_Stepǁconditional__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_16'] = _Step.xǁ_Stepǁconditional__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_17'] = _Step.xǁ_Stepǁconditional__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_18'] = _Step.xǁ_Stepǁconditional__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_19'] = _Step.xǁ_Stepǁconditional__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_20'] = _Step.xǁ_Stepǁconditional__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_21'] = _Step.xǁ_Stepǁconditional__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_22'] = _Step.xǁ_Stepǁconditional__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_23'] = _Step.xǁ_Stepǁconditional__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_24'] = _Step.xǁ_Stepǁconditional__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_25'] = _Step.xǁ_Stepǁconditional__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_26'] = _Step.xǁ_Stepǁconditional__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_27'] = _Step.xǁ_Stepǁconditional__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_28'] = _Step.xǁ_Stepǁconditional__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_29'] = _Step.xǁ_Stepǁconditional__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_30'] = _Step.xǁ_Stepǁconditional__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_31'] = _Step.xǁ_Stepǁconditional__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stepǁconditional__mutmut['xǁ_Stepǁconditional__mutmut_32'] = _Step.xǁ_Stepǁconditional__mutmut_32 # type: ignore # mutmut generated

mutants_xǁ_Stepǁmap__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁmap__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_1'] = _Step.xǁ_Stepǁmap__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_2'] = _Step.xǁ_Stepǁmap__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_3'] = _Step.xǁ_Stepǁmap__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_4'] = _Step.xǁ_Stepǁmap__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_5'] = _Step.xǁ_Stepǁmap__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_6'] = _Step.xǁ_Stepǁmap__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_7'] = _Step.xǁ_Stepǁmap__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_8'] = _Step.xǁ_Stepǁmap__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_9'] = _Step.xǁ_Stepǁmap__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_10'] = _Step.xǁ_Stepǁmap__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_11'] = _Step.xǁ_Stepǁmap__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_12'] = _Step.xǁ_Stepǁmap__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_13'] = _Step.xǁ_Stepǁmap__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_14'] = _Step.xǁ_Stepǁmap__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_15'] = _Step.xǁ_Stepǁmap__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_16'] = _Step.xǁ_Stepǁmap__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_17'] = _Step.xǁ_Stepǁmap__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_18'] = _Step.xǁ_Stepǁmap__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_19'] = _Step.xǁ_Stepǁmap__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_20'] = _Step.xǁ_Stepǁmap__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_21'] = _Step.xǁ_Stepǁmap__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_22'] = _Step.xǁ_Stepǁmap__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_23'] = _Step.xǁ_Stepǁmap__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_24'] = _Step.xǁ_Stepǁmap__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_25'] = _Step.xǁ_Stepǁmap__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_26'] = _Step.xǁ_Stepǁmap__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_27'] = _Step.xǁ_Stepǁmap__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_28'] = _Step.xǁ_Stepǁmap__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_29'] = _Step.xǁ_Stepǁmap__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_30'] = _Step.xǁ_Stepǁmap__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_31'] = _Step.xǁ_Stepǁmap__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_32'] = _Step.xǁ_Stepǁmap__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_33'] = _Step.xǁ_Stepǁmap__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_34'] = _Step.xǁ_Stepǁmap__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Stepǁmap__mutmut['xǁ_Stepǁmap__mutmut_35'] = _Step.xǁ_Stepǁmap__mutmut_35 # type: ignore # mutmut generated

mutants_xǁ_Stepǁloop__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁloop__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_1'] = _Step.xǁ_Stepǁloop__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_2'] = _Step.xǁ_Stepǁloop__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_3'] = _Step.xǁ_Stepǁloop__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_4'] = _Step.xǁ_Stepǁloop__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_5'] = _Step.xǁ_Stepǁloop__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_6'] = _Step.xǁ_Stepǁloop__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_7'] = _Step.xǁ_Stepǁloop__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_8'] = _Step.xǁ_Stepǁloop__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_9'] = _Step.xǁ_Stepǁloop__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_10'] = _Step.xǁ_Stepǁloop__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_11'] = _Step.xǁ_Stepǁloop__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_12'] = _Step.xǁ_Stepǁloop__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_13'] = _Step.xǁ_Stepǁloop__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_14'] = _Step.xǁ_Stepǁloop__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_15'] = _Step.xǁ_Stepǁloop__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_16'] = _Step.xǁ_Stepǁloop__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_17'] = _Step.xǁ_Stepǁloop__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_18'] = _Step.xǁ_Stepǁloop__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_19'] = _Step.xǁ_Stepǁloop__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_20'] = _Step.xǁ_Stepǁloop__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_21'] = _Step.xǁ_Stepǁloop__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_22'] = _Step.xǁ_Stepǁloop__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_23'] = _Step.xǁ_Stepǁloop__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_24'] = _Step.xǁ_Stepǁloop__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_25'] = _Step.xǁ_Stepǁloop__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_26'] = _Step.xǁ_Stepǁloop__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_27'] = _Step.xǁ_Stepǁloop__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_28'] = _Step.xǁ_Stepǁloop__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_29'] = _Step.xǁ_Stepǁloop__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_30'] = _Step.xǁ_Stepǁloop__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_31'] = _Step.xǁ_Stepǁloop__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_32'] = _Step.xǁ_Stepǁloop__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_33'] = _Step.xǁ_Stepǁloop__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_34'] = _Step.xǁ_Stepǁloop__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_35'] = _Step.xǁ_Stepǁloop__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_36'] = _Step.xǁ_Stepǁloop__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_37'] = _Step.xǁ_Stepǁloop__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_38'] = _Step.xǁ_Stepǁloop__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_39'] = _Step.xǁ_Stepǁloop__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_40'] = _Step.xǁ_Stepǁloop__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_41'] = _Step.xǁ_Stepǁloop__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_42'] = _Step.xǁ_Stepǁloop__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_43'] = _Step.xǁ_Stepǁloop__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_44'] = _Step.xǁ_Stepǁloop__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_45'] = _Step.xǁ_Stepǁloop__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_46'] = _Step.xǁ_Stepǁloop__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_47'] = _Step.xǁ_Stepǁloop__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Stepǁloop__mutmut['xǁ_Stepǁloop__mutmut_48'] = _Step.xǁ_Stepǁloop__mutmut_48 # type: ignore # mutmut generated

mutants_xǁ_Stepǁ_required__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁ_required__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_1'] = _Step.xǁ_Stepǁ_required__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_2'] = _Step.xǁ_Stepǁ_required__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_3'] = _Step.xǁ_Stepǁ_required__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_4'] = _Step.xǁ_Stepǁ_required__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_5'] = _Step.xǁ_Stepǁ_required__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_6'] = _Step.xǁ_Stepǁ_required__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_7'] = _Step.xǁ_Stepǁ_required__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_8'] = _Step.xǁ_Stepǁ_required__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_9'] = _Step.xǁ_Stepǁ_required__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_10'] = _Step.xǁ_Stepǁ_required__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_11'] = _Step.xǁ_Stepǁ_required__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_12'] = _Step.xǁ_Stepǁ_required__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_13'] = _Step.xǁ_Stepǁ_required__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_required__mutmut['xǁ_Stepǁ_required__mutmut_14'] = _Step.xǁ_Stepǁ_required__mutmut_14 # type: ignore # mutmut generated

mutants_xǁ_Stepǁ_run__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁ_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_1'] = _Step.xǁ_Stepǁ_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_2'] = _Step.xǁ_Stepǁ_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_3'] = _Step.xǁ_Stepǁ_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_4'] = _Step.xǁ_Stepǁ_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_5'] = _Step.xǁ_Stepǁ_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_6'] = _Step.xǁ_Stepǁ_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_7'] = _Step.xǁ_Stepǁ_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_8'] = _Step.xǁ_Stepǁ_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_9'] = _Step.xǁ_Stepǁ_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_10'] = _Step.xǁ_Stepǁ_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_11'] = _Step.xǁ_Stepǁ_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_12'] = _Step.xǁ_Stepǁ_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_13'] = _Step.xǁ_Stepǁ_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_14'] = _Step.xǁ_Stepǁ_run__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_15'] = _Step.xǁ_Stepǁ_run__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_16'] = _Step.xǁ_Stepǁ_run__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_17'] = _Step.xǁ_Stepǁ_run__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_18'] = _Step.xǁ_Stepǁ_run__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_19'] = _Step.xǁ_Stepǁ_run__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_20'] = _Step.xǁ_Stepǁ_run__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_21'] = _Step.xǁ_Stepǁ_run__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_22'] = _Step.xǁ_Stepǁ_run__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_23'] = _Step.xǁ_Stepǁ_run__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_24'] = _Step.xǁ_Stepǁ_run__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_25'] = _Step.xǁ_Stepǁ_run__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_26'] = _Step.xǁ_Stepǁ_run__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_27'] = _Step.xǁ_Stepǁ_run__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_28'] = _Step.xǁ_Stepǁ_run__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_29'] = _Step.xǁ_Stepǁ_run__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_30'] = _Step.xǁ_Stepǁ_run__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_31'] = _Step.xǁ_Stepǁ_run__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_32'] = _Step.xǁ_Stepǁ_run__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_33'] = _Step.xǁ_Stepǁ_run__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_34'] = _Step.xǁ_Stepǁ_run__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_35'] = _Step.xǁ_Stepǁ_run__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_36'] = _Step.xǁ_Stepǁ_run__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_37'] = _Step.xǁ_Stepǁ_run__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_38'] = _Step.xǁ_Stepǁ_run__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_39'] = _Step.xǁ_Stepǁ_run__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_40'] = _Step.xǁ_Stepǁ_run__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_41'] = _Step.xǁ_Stepǁ_run__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_42'] = _Step.xǁ_Stepǁ_run__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_43'] = _Step.xǁ_Stepǁ_run__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_44'] = _Step.xǁ_Stepǁ_run__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_45'] = _Step.xǁ_Stepǁ_run__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_46'] = _Step.xǁ_Stepǁ_run__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_47'] = _Step.xǁ_Stepǁ_run__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_48'] = _Step.xǁ_Stepǁ_run__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_49'] = _Step.xǁ_Stepǁ_run__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_50'] = _Step.xǁ_Stepǁ_run__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_51'] = _Step.xǁ_Stepǁ_run__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_52'] = _Step.xǁ_Stepǁ_run__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_53'] = _Step.xǁ_Stepǁ_run__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_54'] = _Step.xǁ_Stepǁ_run__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_55'] = _Step.xǁ_Stepǁ_run__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_56'] = _Step.xǁ_Stepǁ_run__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_57'] = _Step.xǁ_Stepǁ_run__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_58'] = _Step.xǁ_Stepǁ_run__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_59'] = _Step.xǁ_Stepǁ_run__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_60'] = _Step.xǁ_Stepǁ_run__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_61'] = _Step.xǁ_Stepǁ_run__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_62'] = _Step.xǁ_Stepǁ_run__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_63'] = _Step.xǁ_Stepǁ_run__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_64'] = _Step.xǁ_Stepǁ_run__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_65'] = _Step.xǁ_Stepǁ_run__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_66'] = _Step.xǁ_Stepǁ_run__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_67'] = _Step.xǁ_Stepǁ_run__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_68'] = _Step.xǁ_Stepǁ_run__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_69'] = _Step.xǁ_Stepǁ_run__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_70'] = _Step.xǁ_Stepǁ_run__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_71'] = _Step.xǁ_Stepǁ_run__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_72'] = _Step.xǁ_Stepǁ_run__mutmut_72 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_73'] = _Step.xǁ_Stepǁ_run__mutmut_73 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_run__mutmut['xǁ_Stepǁ_run__mutmut_74'] = _Step.xǁ_Stepǁ_run__mutmut_74 # type: ignore # mutmut generated

mutants_xǁ_Stepǁ_merge_outputs__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_1'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_2'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_3'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_4'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_5'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_6'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_7'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_8'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_9'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_10'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_11'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_12'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_13'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_14'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_15'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_16'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_17'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_18'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_19'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_20'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_21'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_22'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_23'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_24'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_25'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_26'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_27'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_merge_outputs__mutmut['xǁ_Stepǁ_merge_outputs__mutmut_28'] = _Step.xǁ_Stepǁ_merge_outputs__mutmut_28 # type: ignore # mutmut generated

mutants_xǁ_Stepǁ_reduce__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁ_reduce__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_1'] = _Step.xǁ_Stepǁ_reduce__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_2'] = _Step.xǁ_Stepǁ_reduce__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_3'] = _Step.xǁ_Stepǁ_reduce__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_4'] = _Step.xǁ_Stepǁ_reduce__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_5'] = _Step.xǁ_Stepǁ_reduce__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_6'] = _Step.xǁ_Stepǁ_reduce__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_7'] = _Step.xǁ_Stepǁ_reduce__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_8'] = _Step.xǁ_Stepǁ_reduce__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_9'] = _Step.xǁ_Stepǁ_reduce__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_10'] = _Step.xǁ_Stepǁ_reduce__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_11'] = _Step.xǁ_Stepǁ_reduce__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_12'] = _Step.xǁ_Stepǁ_reduce__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_13'] = _Step.xǁ_Stepǁ_reduce__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_14'] = _Step.xǁ_Stepǁ_reduce__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_15'] = _Step.xǁ_Stepǁ_reduce__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_16'] = _Step.xǁ_Stepǁ_reduce__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_17'] = _Step.xǁ_Stepǁ_reduce__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_18'] = _Step.xǁ_Stepǁ_reduce__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_19'] = _Step.xǁ_Stepǁ_reduce__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_20'] = _Step.xǁ_Stepǁ_reduce__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_21'] = _Step.xǁ_Stepǁ_reduce__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_22'] = _Step.xǁ_Stepǁ_reduce__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_23'] = _Step.xǁ_Stepǁ_reduce__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_24'] = _Step.xǁ_Stepǁ_reduce__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_25'] = _Step.xǁ_Stepǁ_reduce__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_26'] = _Step.xǁ_Stepǁ_reduce__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_27'] = _Step.xǁ_Stepǁ_reduce__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_28'] = _Step.xǁ_Stepǁ_reduce__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_29'] = _Step.xǁ_Stepǁ_reduce__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_30'] = _Step.xǁ_Stepǁ_reduce__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_31'] = _Step.xǁ_Stepǁ_reduce__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_32'] = _Step.xǁ_Stepǁ_reduce__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_33'] = _Step.xǁ_Stepǁ_reduce__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_34'] = _Step.xǁ_Stepǁ_reduce__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_35'] = _Step.xǁ_Stepǁ_reduce__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_36'] = _Step.xǁ_Stepǁ_reduce__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_reduce__mutmut['xǁ_Stepǁ_reduce__mutmut_37'] = _Step.xǁ_Stepǁ_reduce__mutmut_37 # type: ignore # mutmut generated

mutants_xǁ_Stepǁ_as_output__mutmut['_mutmut_orig'] = _Step.xǁ_Stepǁ_as_output__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_1'] = _Step.xǁ_Stepǁ_as_output__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_2'] = _Step.xǁ_Stepǁ_as_output__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_3'] = _Step.xǁ_Stepǁ_as_output__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_4'] = _Step.xǁ_Stepǁ_as_output__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_5'] = _Step.xǁ_Stepǁ_as_output__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_6'] = _Step.xǁ_Stepǁ_as_output__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_7'] = _Step.xǁ_Stepǁ_as_output__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_8'] = _Step.xǁ_Stepǁ_as_output__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_9'] = _Step.xǁ_Stepǁ_as_output__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_10'] = _Step.xǁ_Stepǁ_as_output__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_11'] = _Step.xǁ_Stepǁ_as_output__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_12'] = _Step.xǁ_Stepǁ_as_output__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_13'] = _Step.xǁ_Stepǁ_as_output__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_14'] = _Step.xǁ_Stepǁ_as_output__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_15'] = _Step.xǁ_Stepǁ_as_output__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_16'] = _Step.xǁ_Stepǁ_as_output__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_17'] = _Step.xǁ_Stepǁ_as_output__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_18'] = _Step.xǁ_Stepǁ_as_output__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_19'] = _Step.xǁ_Stepǁ_as_output__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_20'] = _Step.xǁ_Stepǁ_as_output__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_21'] = _Step.xǁ_Stepǁ_as_output__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_22'] = _Step.xǁ_Stepǁ_as_output__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_23'] = _Step.xǁ_Stepǁ_as_output__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Stepǁ_as_output__mutmut['xǁ_Stepǁ_as_output__mutmut_24'] = _Step.xǁ_Stepǁ_as_output__mutmut_24 # type: ignore # mutmut generated
mutants_x__value_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__value_of__mutmut)
def _value_of(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(context, parameter)
    return parameter.get_value()


def x__value_of__mutmut_orig(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(context, parameter)
    return parameter.get_value()


def x__value_of__mutmut_1(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(None, parameter)
    return parameter.get_value()


def x__value_of__mutmut_2(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(context, None)
    return parameter.get_value()


def x__value_of__mutmut_3(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(parameter)
    return parameter.get_value()


def x__value_of__mutmut_4(context: RunContext, parameter: Parameter) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object_parameter(context, )
    return parameter.get_value()

mutants_x__value_of__mutmut['_mutmut_orig'] = x__value_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__value_of__mutmut['x__value_of__mutmut_1'] = x__value_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__value_of__mutmut['x__value_of__mutmut_2'] = x__value_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__value_of__mutmut['x__value_of__mutmut_3'] = x__value_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__value_of__mutmut['x__value_of__mutmut_4'] = x__value_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plain__mutmut)
def _plain(parameter: Parameter) -> Any:
    return parameter if isinstance(parameter, ObjectParameter) else parameter.get_value()


def x__plain__mutmut_orig(parameter: Parameter) -> Any:
    return parameter if isinstance(parameter, ObjectParameter) else parameter.get_value()


def x__plain__mutmut_1(parameter: Parameter) -> Any:
    return parameter if (isinstance(parameter, ObjectParameter)) and False else parameter.get_value()


def x__plain__mutmut_2(parameter: Parameter) -> Any:
    return parameter if (isinstance(parameter, ObjectParameter)) or True else parameter.get_value()

mutants_x__plain__mutmut['_mutmut_orig'] = x__plain__mutmut_orig # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_1'] = x__plain__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_2'] = x__plain__mutmut_2 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__describe_value__mutmut)
def _describe_value(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_orig(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_1(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "XXa pickled objectXX"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_2(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "A PICKLED OBJECT"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_3(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is not None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_4(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "XXnullXX"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_5(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "NULL"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_6(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = None
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_7(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(None)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_8(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = None
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_9(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if (len(text) <= 60) and False else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_10(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if (len(text) <= 60) or True else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_11(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) < 60 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_12(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 61 else text[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_13(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] - "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_14(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:58] + "..."
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_15(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "XX...XX"
    return f"{shown} ({type(value).__name__})"


def x__describe_value__mutmut_16(value: Any) -> str:
    if isinstance(value, ObjectParameter):
        return "a pickled object"
    if value is None:
        return "null"
    text = repr(value)
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{shown} ({type(None).__name__})"

mutants_x__describe_value__mutmut['_mutmut_orig'] = x__describe_value__mutmut_orig # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_1'] = x__describe_value__mutmut_1 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_2'] = x__describe_value__mutmut_2 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_3'] = x__describe_value__mutmut_3 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_4'] = x__describe_value__mutmut_4 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_5'] = x__describe_value__mutmut_5 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_6'] = x__describe_value__mutmut_6 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_7'] = x__describe_value__mutmut_7 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_8'] = x__describe_value__mutmut_8 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_9'] = x__describe_value__mutmut_9 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_10'] = x__describe_value__mutmut_10 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_11'] = x__describe_value__mutmut_11 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_12'] = x__describe_value__mutmut_12 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_13'] = x__describe_value__mutmut_13 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_14'] = x__describe_value__mutmut_14 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_15'] = x__describe_value__mutmut_15 # type: ignore # mutmut generated
mutants_x__describe_value__mutmut['x__describe_value__mutmut_16'] = x__describe_value__mutmut_16 # type: ignore # mutmut generated
mutants_x_enclosing_scope__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_enclosing_scope__mutmut)
def enclosing_scope(internal_branch_name: str) -> str:
    """The scope a branch's composite step sits in: two name parts up."""
    return parent_of(parent_of(internal_branch_name))


def x_enclosing_scope__mutmut_orig(internal_branch_name: str) -> str:
    """The scope a branch's composite step sits in: two name parts up."""
    return parent_of(parent_of(internal_branch_name))


def x_enclosing_scope__mutmut_1(internal_branch_name: str) -> str:
    """The scope a branch's composite step sits in: two name parts up."""
    return parent_of(None)


def x_enclosing_scope__mutmut_2(internal_branch_name: str) -> str:
    """The scope a branch's composite step sits in: two name parts up."""
    return parent_of(parent_of(None))

mutants_x_enclosing_scope__mutmut['_mutmut_orig'] = x_enclosing_scope__mutmut_orig # type: ignore # mutmut generated
mutants_x_enclosing_scope__mutmut['x_enclosing_scope__mutmut_1'] = x_enclosing_scope__mutmut_1 # type: ignore # mutmut generated
mutants_x_enclosing_scope__mutmut['x_enclosing_scope__mutmut_2'] = x_enclosing_scope__mutmut_2 # type: ignore # mutmut generated
