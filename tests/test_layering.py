"""The import layering of docs/design.md ("Module map"), read from the source with ``ast``.

Every import counts: at module level, inside functions (a function-level import hides a cycle, it
does not remove it) and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import runnable

PACKAGE_ROOT = Path(runnable.__file__).parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every runnable module ``path`` imports, wherever the import statement is."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("runnable"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if not target.startswith("runnable"):
                continue
            yield target
            # `from runnable import retry` imports the module runnable.retry.
            yield from (
                f"{target}.{alias.name}" for alias in node.names if is_module(f"{target}.{alias.name}")
            )


def is_module(name: str) -> bool:
    path = PACKAGE_ROOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def import_graph() -> dict[str, set[str]]:
    return {
        module_name(path): set(imported_modules(path)) - {module_name(path)}
        for path in sorted(PACKAGE_ROOT.rglob("*.py"))
    }


GRAPH = import_graph()


def imports_of(prefix: str) -> dict[str, set[str]]:
    """The imports of ``prefix`` (a module, or a package and everything in it)."""
    return {name: found for name, found in GRAPH.items() if name == prefix or name.startswith(prefix + ".")}


def offending(importer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{name} imports {target}"
        for name, found in imports_of(importer).items()
        for target in found
        if any(target == f or target.startswith(f + ".") for f in forbidden)
    )


UPPER = ("runnable.sdk", "runnable.definitions", "runnable.async_pipeline", "runnable.runner", "runnable.cli")


@pytest.mark.parametrize("lower", ["runnable.models", "runnable.run_log_store"])
def test_the_model_and_the_stores_know_nothing_of_executors_sdk_cli_or_runner(lower: str) -> None:
    assert offending(lower, ("runnable.executor", "runnable.retry", *UPPER)) == []


@pytest.mark.parametrize("module", ["runnable.context", "runnable.executor", "runnable.retry_plan"])
def test_context_executor_and_retry_plan_stay_below_the_runner(module: str) -> None:
    assert offending(module, UPPER) == []


def test_context_is_a_data_holder() -> None:
    assert offending("runnable.context", ("runnable.executor", "runnable.retry", "runnable.config")) == []


def test_the_retry_plan_knows_only_the_model() -> None:
    allowed = {"runnable", "runnable.defaults", "runnable.models"}
    assert GRAPH["runnable.retry_plan"] - allowed == set()


def test_composite_steps_and_worker_processes_do_not_import_each_other() -> None:
    assert not {"runnable.executor.workers"} & GRAPH["runnable.executor.composite"]
    assert not {"runnable.executor.composite"} & GRAPH["runnable.executor.workers"]


def top_level(name: str) -> str:
    """A module directly under runnable, or the subpackage holding it."""
    parts = name.split(".")
    return ".".join(parts[:2])


def test_no_import_cycle_among_top_level_modules() -> None:
    # The package itself (runnable/__init__.py) is left out: Python loads it before any of its
    # modules, whatever they import, and it only re-exports the SDK by name.
    edges: dict[str, set[str]] = {}
    for name, found in GRAPH.items():
        source = top_level(name)
        if source == "runnable":
            continue
        targets = {top_level(target) for target in found} - {source, "runnable"}
        edges.setdefault(source, set()).update(targets)
    cycles = [sorted(cycle) for cycle in strongly_connected(edges) if len(cycle) > 1]
    assert cycles == []


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components (iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert [
        sorted(c) for c in strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) if len(c) > 1
    ] == [["a", "b", "c"]]


BACKENDS = (
    "runnable.run_log_store.buffered",
    "runnable.run_log_store.file_system",
    "runnable.run_log_store.chunked_fs",
    "runnable.run_log_store.s3",
    "runnable.run_log_store.chunked_s3",
    "runnable.run_log_store.dynamodb",
    "runnable.run_log_store.sql",
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_backends_do_not_import_each_other(backend: str) -> None:
    others = tuple(other for other in BACKENDS if other != backend)
    assert offending(backend, others) == []
