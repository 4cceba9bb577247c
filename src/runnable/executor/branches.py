"""What a composite step and the worker processes running its branches share.

* **Scopes.** A branch sees the parameters of every scope enclosing it (the run's, then each
  enclosing branch's), inner ones winning (:func:`visible_parameters`).
* **The seam to other processes.** A composite step hands its branches to :class:`BranchWorkers`
  (:class:`runnable.executor.workers.WorkerPool` implements it), which report a
  :class:`~runnable.executor.GraphOutcome` per branch or raise :class:`WorkersUnavailable`.

Both :mod:`runnable.executor.composite` and :mod:`runnable.executor.workers` import this module,
never each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from runnable import exceptions
from runnable.executor import GraphOutcome
from runnable.models import BranchLog, Parameter, join_internal_name, parent_of, split_internal_name

if TYPE_CHECKING:
    from runnable.context import RunContext


# --------------------------------------------------------------------------- scopes


def scope_chain(internal_branch_name: str) -> list[str]:
    """The parameter scopes a branch sees, outermost first: the run (""), then each enclosing branch."""
    segments = split_internal_name(internal_branch_name)
    return ["", *(join_internal_name(*segments[: end + 1]) for end in range(1, len(segments), 2))]


def visible_parameters(context: RunContext, internal_branch_name: str) -> dict[str, Parameter]:
    """Every parameter a step of that branch sees: each scope of its chain overlaid on the outer ones."""
    visible: dict[str, Parameter] = {}
    for scope in scope_chain(internal_branch_name):
        visible.update(context.run_log_store.get_parameters(context.run_id, scope))
    return visible


class ScopeParameters:
    """The parameters of one scope as the walk through its branch (or the run) knows them.

    Read from the store at most once, then kept up to date with what the walk writes
    (:meth:`merge`): while a branch is walked, its scope is written by its own steps only
    (its composite steps write their outputs into it too; their branches write scopes of
    their own). So a step does not read back from the store what the step before it wrote.

    ``opening``: the branch's log as it starts (PROCESSING, with its own parameters), not yet
    written: the walk's first write carries it (:meth:`take_opening`), so a branch starts with
    one write, and its scope is known without a read.
    """

    def __init__(
        self, context: RunContext, internal_branch_name: str, opening: BranchLog | None = None
    ) -> None:
        self.context = context
        self.name = internal_branch_name
        self._opening = opening
        self._known: dict[str, Parameter] | None = dict(opening.parameters) if opening is not None else None

    def current(self) -> dict[str, Parameter]:
        """What the scope holds (a copy: callers may change it)."""
        if self._known is None:
            self._known = dict(self.context.run_log_store.get_parameters(self.context.run_id, self.name))
        return dict(self._known)

    def merge(self, written: Mapping[str, Parameter]) -> None:
        """The walk wrote these into the scope."""
        if self._known is not None:
            self._known.update(written)

    def take_opening(self) -> list[BranchLog]:
        """The branch's opening log if not yet written (the caller writes it first), else nothing."""
        opening, self._opening = self._opening, None
        return [opening] if opening is not None else []


def enclosing_scope(internal_branch_name: str) -> str:
    """The scope a branch's composite step sits in: two name parts up."""
    return parent_of(parent_of(internal_branch_name))


# --------------------------------------------------------------------------- running branches elsewhere


class WorkersUnavailable(exceptions.RunnableError):
    """Worker processes cannot run this pipeline; the message says why.

    Raised by :meth:`BranchWorkers.run` with the outcomes of the branches that
    did run (``finished``) and the names of those still to run (``remaining``).
    """

    def __init__(
        self,
        reason: str,
        finished: dict[str, GraphOutcome] | None = None,
        remaining: list[str] | None = None,
    ) -> None:
        super().__init__(reason)
        self.finished = finished or {}
        self.remaining = remaining or []


class BranchWorkers(Protocol):
    """Runs branches in other processes; ``run`` raises WorkersUnavailable when they cannot."""

    def run(
        self,
        branch_names: Sequence[str],
        open_branch: Callable[[str], None],
        scope_token: str,
        trace_context: Mapping[str, str] | None = None,
    ) -> dict[str, GraphOutcome]: ...
