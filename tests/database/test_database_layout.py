"""The database store's modules import one way: the store on top, the schema and dialects at the bottom."""

from __future__ import annotations

import ast
from pathlib import Path

import runnable.run_log_store.sql as sql_package

PACKAGE = "runnable.run_log_store.sql"
FOLDER = Path(sql_package.__file__).parent

# Each module and the modules of the package it may import (`store` may import every one).
MAY_IMPORT = {
    "schema": set(),
    "dialects": set(),
    "logs": set(),
    "reports": {"schema"},
    "removal": {"schema"},
    "codec": {"dialects"},
    "bulk": {"codec", "dialects", "schema"},
    "errors": {"dialects"},
    "listing": {"codec", "schema"},
    "revisions": {"migrations", "schema"},
    "rows": {"codec", "schema"},
    "statements": {"codec", "dialects", "rows", "schema"},
    "one_trip": {"rows", "schema"},
    "transactions": {"dialects", "errors"},
    "preparation": {"dialects", "revisions", "schema", "transactions"},
    "admin": {"removal", "reports", "revisions", "schema", "transactions"},
}


def imported_siblings(module: str) -> set[str]:
    tree = ast.parse((FOLDER / f"{module}.py").read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == PACKAGE:
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE + "."):
            found.add((node.module or "").removeprefix(PACKAGE + ".").split(".")[0])
    return found


def test_every_module_of_the_package_has_its_place_in_the_layering() -> None:
    # A new module goes in MAY_IMPORT with what it may import (and in docs/design.md's table).
    modules = {path.stem for path in FOLDER.glob("*.py")} - {"__init__", "store"}
    assert modules == set(MAY_IMPORT)


def test_modules_import_only_those_below_them() -> None:
    wrong = {
        module: sorted(imported_siblings(module) - allowed)
        for module, allowed in MAY_IMPORT.items()
        if imported_siblings(module) - allowed
    }
    assert wrong == {}
