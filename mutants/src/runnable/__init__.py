"""runnable: plain functions in, tracked and reproducible runs out.

The SDK names are resolved on first use so that ``import runnable`` stays
cheap and imports no plugin, database driver or CLI library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from runnable import defaults as defaults
from runnable import exceptions as exceptions

# A literal list, so that type checkers see the lazily resolved SDK names as exported.
__all__ = [
    "Catalog",
    "Conditional",
    "Fail",
    "Loop",
    "Map",
    "NotebookJob",
    "NotebookTask",
    "Parallel",
    "Pipeline",
    "PythonJob",
    "PythonTask",
    "ShellJob",
    "ShellTask",
    "Stub",
    "Success",
    "defaults",
    "exceptions",
    "json",
    "metric",
    "pickled",
]

_SDK_NAMES = frozenset(__all__) - {"defaults", "exceptions"}


def __getattr__(name: str) -> Any:
    if name in _SDK_NAMES:
        value = getattr(importlib.import_module("runnable.sdk"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'runnable' has no attribute {name!r}")


if TYPE_CHECKING:  # pragma: no cover
    from runnable.sdk import (
        Catalog,
        Conditional,
        Fail,
        Loop,
        Map,
        NotebookJob,
        NotebookTask,
        Parallel,
        Pipeline,
        PythonJob,
        PythonTask,
        ShellJob,
        ShellTask,
        Stub,
        Success,
        json,
        metric,
        pickled,
    )
