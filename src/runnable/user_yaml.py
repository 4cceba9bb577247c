"""Reading YAML that people write: configuration files, pipeline definitions, parameters files.

PyYAML's safe loader builds plain data only, but two things it allows are hostile or clumsy:

- **Alias bombs.** ``&a [x, x, x]`` then ``&b [*a, *a, *a]`` and so on: a few hundred bytes that
  expand to billions of values once anything walks the result (validation, JSON, environment
  substitution). Anchors and aliases are legitimate (runnable 0.50's pipeline files share branches
  through them), so they are bounded, not refused: aliases may add at most
  :data:`ALIAS_EXPANSION_LIMIT` values to what the file itself spells out. A recursive alias (a node
  that contains itself) is refused.
- **Duplicate keys.** YAML says keys are unique; PyYAML keeps the last one silently, so a second
  ``log_folder`` quietly sends runs elsewhere. A repeated key is refused, naming both lines. Merge
  keys (``<<: *base``) are not duplicates: keys written beside them override the merged ones.

Both checks run on the composed node graph, before any Python object is built, so a bomb costs
the size of its text. :func:`parse` raises :class:`YamlRefused` (a ``yaml.MarkedYAMLError``, so
callers that already report YAML syntax errors report these too) and :func:`describe` words any
YAML error as ``at line 3, column 1: <problem>``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

ALIAS_EXPANSION_LIMIT = 100_000
"""How many values aliases may add to a document beyond those written in it."""

_MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlRefused(yaml.MarkedYAMLError):
    """Valid YAML that runnable will not read: a duplicate key, a recursive or exploding alias."""

    def __init__(self, problem: str, node: Node) -> None:
        super().__init__(problem=problem, problem_mark=node.start_mark)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (the C one when built), whose value errors say where they are."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError, IndexError, TypeError) as exc:
            # `day: 2001-02-30`, `n: !!int x` or `n: !!int` raise bare Python errors with no position.
            tag = node.tag.rpartition(":")[2]
            raise YamlRefused(
                f"the value {node.value!r} cannot be read as a YAML {tag} ({exc or type(exc).__name__}). "
                "Quote it to keep it as text.",
                node,
            ) from exc


def parse(text: str) -> Any:
    """The data of a single YAML document (``None`` for an empty one), checked as described above."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        _check(root, loader)
        return loader.construct_document(root)
    finally:
        loader.dispose()


def describe(error: yaml.YAMLError) -> str:
    """``at line 3, column 1: <problem>`` (or the error's own text when it has no position)."""
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    mark = problem_mark or context_mark
    if mark is None:
        return f": {error}"
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({context} that starts at line {context_mark.line + 1})"
    return f"{where}: {problem or context}"


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check(root: Node, loader: Any) -> None:
    """Refuse duplicate keys, recursive aliases and alias expansion beyond the limit.

    Iterative (a deeply nested file must not exhaust Python's stack) and visits each distinct node
    once, so the cost is the size of the text whatever the aliases expand to.
    """
    expanded: dict[int, int] = {}  # id(node) -> values it stands for, aliases expanded
    ancestors: set[int] = set()
    reused: dict[int, Node] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            ancestors.discard(key)
            expanded[key] = 1 + sum(expanded[id(child)] for child in _children(node))
            continue
        if key in expanded:
            reused[key] = node
            continue
        if key in ancestors:
            raise YamlRefused(
                "an alias refers to the node that contains it, which would be infinitely deep. "
                "Anchor a value that does not contain its own alias.",
                node,
            )
        ancestors.add(key)
        if isinstance(node, MappingNode):
            _refuse_duplicate_keys(node, loader)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    added = expanded[id(root)] - len(expanded)
    if added > ALIAS_EXPANSION_LIMIT:
        biggest = max(reused.values(), key=lambda node: expanded[id(node)])
        raise YamlRefused(
            f"aliases (*name) expand this document by {added:,} values, more than the "
            f"{ALIAS_EXPANSION_LIMIT:,} allowed (the largest repeated anchor holds "
            f"{expanded[id(biggest)]:,} values). Write the repeated parts out, or repeat them less.",
            biggest,
        )


def _refuse_duplicate_keys(node: MappingNode, loader: Any) -> None:
    first_seen: dict[Any, Node] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE_TAG:
            continue
        key = loader.construct_object(key_node)
        try:
            earlier = first_seen.setdefault(key, key_node)
        except TypeError:  # an unhashable key: PyYAML refuses it itself
            continue
        if earlier is not key_node:
            raise YamlRefused(
                f"the key {key_node.value!r} is given twice (first at line {earlier.start_mark.line + 1}); "
                "YAML keys must be unique and runnable will not guess which one you meant. Keep one.",
                key_node,
            )
