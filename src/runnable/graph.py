"""The graph a pipeline runs: nodes joined by ``next_node`` and ``on_failure`` edges.

The SDK builds it (``runnable.sdk``), the executor walks it
(``runnable.executor``). Its :meth:`Graph.definition` is what the run config
records as ``dag`` (runnable 0.50's shape) and what :func:`dag_hash` hashes.

Composite nodes (parallel, map, conditional, loop) will hold sub-graphs as
branches; a step inside a branch has the internal name
``<step>.<branch>.<inner step>``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from runnable import defaults, exceptions
from runnable.models import encode_name_segment, join_internal_name
from runnable.tasks import BaseTaskType


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
