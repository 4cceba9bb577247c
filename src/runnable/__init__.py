"""runnable: plain functions in, tracked and reproducible runs out.

The SDK names are resolved on first use so that ``import runnable`` stays
cheap and imports no plugin, database driver or CLI library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from runnable import defaults as defaults
from runnable import exceptions as exceptions

# The one list of public names: literal, so that type checkers see the lazily resolved SDK names as
# exported, and written here because `import runnable` must not import the SDK to find them.
# runnable.sdk.__all__ is derived from it.
__all__ = [
    "AsyncPipeline",
    "AsyncPythonTask",
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

SDK_NAMES = frozenset(__all__) - {"defaults", "exceptions"}


def __getattr__(name: str) -> Any:
    if name in SDK_NAMES:
        module = "runnable.async_pipeline" if name == "AsyncPipeline" else "runnable.definitions"
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'runnable' has no attribute {name!r}")


if TYPE_CHECKING:  # pragma: no cover - what type checkers see of the names resolved above
    from runnable.async_pipeline import AsyncPipeline
    from runnable.sdk import (
        AsyncPythonTask,
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
