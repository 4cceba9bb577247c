"""The graph a pipeline runs: nodes joined by ``next_node`` and ``on_failure`` edges.

The SDK builds it (``runnable.sdk``), the executor walks it
(``runnable.executor``). Its :meth:`Graph.definition` is what the run config
records as ``dag`` (runnable 0.50's shape) and what :func:`dag_hash` hashes.

Composite nodes (parallel, map, conditional, loop) hold sub-graphs as
branches; a step inside a branch has the internal name
``<step>.<branch>.<inner step>``, each part encoded by
:func:`~runnable.models.encode_name_segment`. :meth:`Graph.branch_graph`
finds the graph any branch runs from its internal name alone, which is how a
worker process knows what to run.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

from runnable import defaults, exceptions
from runnable.models import decode_name_segment, encode_name_segment, join_internal_name, split_internal_name
from runnable.tasks import BaseTaskType, TaskFailure, dotted_path, import_dotted


class BaseNode(BaseModel):
    model_config = ConfigDict(extra="forbid")

    node_type: ClassVar[str]
    is_terminal: ClassVar[bool] = False
    is_composite: ClassVar[bool] = False

    name: str
    next_node: str = ""
    on_failure: str = ""

    def internal_name(self, internal_branch_name: str = "") -> str:
        """The node's step-log name inside a branch ("" for the top level)."""
        return join_internal_name(internal_branch_name, encode_name_segment(self.name))

    def definition(self) -> dict[str, Any]:
        found: dict[str, Any] = {"node_type": self.node_type, "name": self.name}
        if not self.is_terminal:
            found.update({"next_node": self.next_node, "on_failure": self.on_failure})
        return found


class TaskNode(BaseNode):
    node_type: ClassVar[str] = defaults.TASK

    executable: BaseTaskType
    overrides: dict[str, Any] = {}

    def definition(self) -> dict[str, Any]:
        return {**super().definition(), "overrides": dict(self.overrides), **self.executable.definition()}


class StubNode(BaseNode):
    node_type: ClassVar[str] = defaults.STUB


class SuccessNode(BaseNode):
    node_type: ClassVar[str] = defaults.SUCCESS_NODE
    is_terminal: ClassVar[bool] = True


class FailNode(BaseNode):
    node_type: ClassVar[str] = defaults.FAIL_NODE
    is_terminal: ClassVar[bool] = True


# --------------------------------------------------------------------------- composite nodes


class CompositeNode(ABC, BaseNode):
    """A step that runs sub-graphs (branches); the executor fans out into them and back in."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    is_composite: ClassVar[bool] = True

    @property
    @abstractmethod
    def graphs(self) -> list[Graph]:
        """Every distinct sub-graph of the node."""

    @abstractmethod
    def branch_graph(self, branch_key: str) -> Graph:
        """The graph a branch runs, from the branch's (decoded) last name segment."""

    def branch_name(self, internal_name: str, branch_key: str) -> str:
        """The internal name of a branch of this step: ``<step internal name>.<encoded key>``."""
        return join_internal_name(internal_name, encode_name_segment(branch_key))

    def definition(self) -> dict[str, Any]:
        found = super().definition()
        found.update({"is_composite": True, "overrides": {}})
        return found


class _KeyedBranches(CompositeNode):
    branches: dict[str, Graph]

    @property
    def graphs(self) -> list[Graph]:
        return list(self.branches.values())

    def branch_graph(self, branch_key: str) -> Graph:
        try:
            return self.branches[branch_key]
        except KeyError:
            raise exceptions.BranchNotFoundError(f"{self.name}.{branch_key}") from None

    def definition(self) -> dict[str, Any]:
        branches = {key: graph.definition() for key, graph in self.branches.items()}
        return {**super().definition(), "branches": branches}


class _OneBranch(CompositeNode):
    branch: Graph

    @property
    def graphs(self) -> list[Graph]:
        return [self.branch]

    def branch_graph(self, branch_key: str) -> Graph:
        return self.branch

    def definition(self) -> dict[str, Any]:
        return {**super().definition(), "branch": self.branch.definition()}


class ParallelNode(_KeyedBranches):
    """Runs every branch; succeeds when all of them do."""

    node_type: ClassVar[str] = defaults.PARALLEL


class ConditionalNode(_KeyedBranches):
    """Runs the one branch whose key equals ``str(value)`` of the parameter ``parameter``."""

    node_type: ClassVar[str] = defaults.CONDITIONAL

    parameter: str

    def definition(self) -> dict[str, Any]:
        return {**super().definition(), "parameter": self.parameter, "default": None}


# Longest map value used as a branch name as it is; longer ones make the map name branches by position.
MAX_VALUE_SEGMENT = 100
POSITION_MARK = "#"


class MapNode(_OneBranch):
    """Runs its branch once per item of the list parameter ``iterate_on``, then reduces the returns."""

    node_type: ClassVar[str] = defaults.MAP

    iterate_on: str
    iterate_as: str
    # None: collect a list in iteration order. Else a lambda's source or a function's dotted path.
    reducer: str | None = None

    _reducer_function: Callable[..., Any] | None = PrivateAttr(default=None)
    # True when the reducer was given as a function (kept when pickled), not made from its text.
    _reducer_given: bool = PrivateAttr(default=False)

    @classmethod
    def with_reducer_function(cls, function: Callable[..., Any], **fields: Any) -> MapNode:
        node = cls(reducer=dotted_path(function), **fields)
        node._reducer_function = function
        node._reducer_given = True
        return node

    def __getstate__(self) -> dict[Any, Any]:
        # A reducer made from a lambda's text cannot be pickled; a worker process makes its own.
        state = super().__getstate__()
        if not self._reducer_given:
            private = dict(state["__pydantic_private__"] or {})
            private["_reducer_function"] = None
            state["__pydantic_private__"] = private
        return state

    def reducer_function(self) -> Callable[..., Any]:
        """The reducer as a callable; ``ValueError`` says why a reducer string cannot be one."""
        if self._reducer_function is None:
            self._reducer_function = _reducer_from_text(self.reducer)
        return self._reducer_function

    @staticmethod
    def branch_keys(values: list[Any]) -> list[str]:
        """The branch key of each map value, in order; see docs/pipelines.md ("Branch names").

        A string is its own key, any other JSON value its compact JSON (``1``, ``0.5``, ``true``,
        ``{"a":1}``). If two values would share a key (``1`` and ``"1"``, or a repeated value), or a
        key would be empty or longer than :data:`MAX_VALUE_SEGMENT`, every branch of the map is
        named by position instead: ``#0``, ``#1``, ...
        """
        keys = [_value_key(value) for value in values]
        if len(set(keys)) == len(keys) and all(0 < len(key) <= MAX_VALUE_SEGMENT for key in keys):
            return keys
        return [f"{POSITION_MARK}{position}" for position in range(len(values))]

    def definition(self) -> dict[str, Any]:
        return {
            **super().definition(),
            "iterate_on": self.iterate_on,
            "iterate_as": self.iterate_as,
            "reducer": self.reducer,
        }


class LoopNode(_OneBranch):
    """Runs its branch again and again (iterations ``0``, ``1``, ...) until ``break_on`` is true."""

    node_type: ClassVar[str] = defaults.LOOP

    max_iterations: int
    break_on: str
    index_as: str

    def definition(self) -> dict[str, Any]:
        return {
            **super().definition(),
            "max_iterations": self.max_iterations,
            "break_on": self.break_on,
            "index_as": self.index_as,
        }


def _value_key(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _default_reducer(*values: Any) -> list[Any]:
    return list(values)


def _reducer_from_text(text: str | None) -> Callable[..., Any]:
    if not text:
        return _default_reducer
    if text.lstrip().startswith("lambda"):
        try:
            # The pipeline's author wrote this expression as they wrote the pipeline's code.
            found = eval(text, {"__builtins__": builtins}, {})
        except Exception as exc:
            problem = f"{type(exc).__name__}: {exc}"
            raise ValueError(f"the reducer '{text}' is not a valid lambda: {problem}") from None
    else:
        try:
            found = import_dotted(text)
        except TaskFailure as exc:
            raise ValueError(f"the reducer '{text}' cannot be imported: {str(exc).rstrip('.')}") from None
    if not callable(found):
        raise ValueError(f"the reducer '{text}' is not callable")
    function: Callable[..., Any] = found
    return function


class Graph:
    """Nodes by name, where to start, and one success and one fail node."""

    def __init__(self, start_at: str, nodes: list[BaseNode], name: str = "", description: str = "") -> None:
        self.start_at = start_at
        self.name = name
        self.description = description
        self.nodes: dict[str, BaseNode] = {}
        for node in nodes:
            if node.name in self.nodes:
                raise exceptions.PipelineDefinitionError(
                    f"Two steps are named '{node.name}'. Step names must be unique within a pipeline."
                )
            self.nodes[node.name] = node
        self._check()

    def node(self, name: str) -> BaseNode:
        try:
            return self.nodes[name]
        except KeyError:
            raise exceptions.NodeNotFoundError(name) from None

    @property
    def success_node(self) -> BaseNode:
        return next(n for n in self.nodes.values() if isinstance(n, SuccessNode))

    @property
    def fail_node(self) -> BaseNode:
        return next(n for n in self.nodes.values() if isinstance(n, FailNode))

    def __iter__(self) -> Iterator[BaseNode]:
        return iter(self.nodes.values())

    def branch_graph(self, internal_branch_name: str) -> Graph:
        """The graph that the branch ``internal_branch_name`` runs ("" is this graph itself)."""
        graph = self
        segments = split_internal_name(internal_branch_name)
        if len(segments) % 2:
            raise exceptions.BranchNotFoundError(internal_branch_name)
        for position in range(0, len(segments), 2):
            node = graph.nodes.get(decode_name_segment(segments[position]))
            if not isinstance(node, CompositeNode):
                raise exceptions.BranchNotFoundError(internal_branch_name)
            graph = node.branch_graph(decode_name_segment(segments[position + 1]))
        return graph

    def walk(self) -> Iterator[BaseNode]:
        """Every node of this graph and of its branches, at any depth."""
        for node in self.nodes.values():
            yield node
            if isinstance(node, CompositeNode):
                for graph in node.graphs:
                    yield from graph.walk()

    def returned_names(self) -> list[str]:
        """The names the tasks of this graph (and of its branches) declare in ``returns``, in order."""
        names: dict[str, None] = {}
        for node in self.walk():
            if isinstance(node, TaskNode):
                names.update(dict.fromkeys(r.name for r in node.executable.returns))
        return list(names)

    def definition(self) -> dict[str, Any]:
        return {
            "start_at": self.start_at,
            "name": self.name,
            "description": self.description,
            "nodes": {name: node.definition() for name, node in self.nodes.items()},
        }

    def _check(self) -> None:
        for kind in (SuccessNode, FailNode):
            count = sum(isinstance(n, kind) for n in self.nodes.values())
            if count != 1:
                raise exceptions.PipelineDefinitionError(
                    f"A pipeline needs exactly one {kind.node_type} node, this one has {count}."
                )
        if self.start_at not in self.nodes:
            raise exceptions.PipelineDefinitionError(
                f"The pipeline starts at '{self.start_at}', which is not a step."
            )
        for node in self.nodes.values():
            if node.is_terminal:
                continue
            if not node.next_node:
                raise exceptions.PipelineDefinitionError(f"Step '{node.name}' has no next step.")
            for edge, target in (("next step", node.next_node), ("on_failure step", node.on_failure)):
                if target and target not in self.nodes:
                    raise exceptions.PipelineDefinitionError(
                        f"Step '{node.name}' names '{target}' as its {edge}, but there is no such step."
                    )
        cycle = self._cycle()
        if cycle:
            raise exceptions.PipelineDefinitionError(
                "The steps form a cycle: " + " -> ".join(f"'{name}'" for name in cycle) + ". A pipeline runs "
                "each step at most once; chain the steps in one direction."
            )
        unreachable = sorted(
            set(self.nodes) - self._reachable() - {self.fail_node.name, self.success_node.name}
        )
        if unreachable:
            raise exceptions.PipelineDefinitionError(
                "These steps can never run: "
                + ", ".join(f"'{name}'" for name in unreachable)
                + ". A step that terminates the pipeline (terminate_with_success/failure) must be "
                "its last step."
            )

    def _edges(self, name: str) -> list[str]:
        node = self.nodes[name]
        return [target for target in (node.next_node, node.on_failure) if target]

    def _cycle(self) -> list[str]:
        # Depth-first search with an explicit stack; a node met again while on the path closes a cycle.
        finished: set[str] = set()
        for root in self.nodes:
            if root in finished:
                continue
            path: list[str] = []
            on_path: set[str] = set()
            stack: list[tuple[str, Iterator[str]]] = [(root, iter(self._edges(root)))]
            path.append(root)
            on_path.add(root)
            while stack:
                name, edges = stack[-1]
                target = next(edges, None)
                if target is None:
                    stack.pop()
                    path.pop()
                    on_path.discard(name)
                    finished.add(name)
                elif target in on_path:
                    return [*path[path.index(target) :], target]
                elif target not in finished:
                    stack.append((target, iter(self._edges(target))))
                    path.append(target)
                    on_path.add(target)
        return []

    def _reachable(self) -> set[str]:
        seen: set[str] = set()
        pending = [self.start_at]
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.add(name)
            pending.extend(self._edges(name))
        return seen


def dag_hash(definition: dict[str, Any]) -> str:
    """sha1 of the canonical JSON of a dag definition: equal definitions, equal hashes."""
    canonical = json.dumps(definition, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


for _composite in (ParallelNode, ConditionalNode, MapNode, LoopNode):
    _composite.model_rebuild()
