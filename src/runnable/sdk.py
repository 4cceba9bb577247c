"""The Python SDK's import path: steps, pipelines and jobs (runnable 0.50's ``runnable.sdk``).

The names are defined in :mod:`runnable.definitions`, and :class:`AsyncPipeline` in
:mod:`runnable.async_pipeline` (which builds on them, so it is imported only when asked for). The
list of public names is the package's (``runnable.__all__``), plus the execution handler.
"""

from __future__ import annotations

from typing import Any

import runnable
from runnable.definitions import *  # noqa: F403

__all__ = sorted({*runnable.SDK_NAMES, "execution_handler"})


def __getattr__(name: str) -> Any:
    # Imported here on purpose, for import speed: the async API loads asyncio.
    if name == "AsyncPipeline":
        from runnable.async_pipeline import AsyncPipeline

        return AsyncPipeline
    raise AttributeError(f"module 'runnable.sdk' has no attribute {name!r}")
