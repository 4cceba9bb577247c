"""runnable: plain functions in, tracked and reproducible runs out.

The SDK names are resolved on first use so that ``import runnable`` stays
cheap and imports no plugin, database driver or CLI library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from runnable import defaults as defaults
from runnable import exceptions as exceptions

_SDK_NAMES = (
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
    "json",
    "metric",
    "pickled",
)

__all__ = sorted([*_SDK_NAMES, "defaults", "exceptions"])


def __getattr__(name: str) -> Any:
    if name in _SDK_NAMES:
        value = getattr(importlib.import_module("runnable.sdk"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'runnable' has no attribute {name!r}")


if TYPE_CHECKING:  # pragma: no cover
    from runnable.sdk import (  # noqa: F401
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
