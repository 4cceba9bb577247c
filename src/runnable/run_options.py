"""What ``execute()`` was asked: the options of one run, typed and frozen.

``Pipeline.execute``, ``Job.execute`` and ``AsyncPipeline.execute`` build a :class:`RunOptions`; an
execution handler (the CLI's) may return a changed copy (``dataclasses.replace``) before
:mod:`runnable.runner` starts, continues or runs the run. It imports nothing of runnable, so the SDK
can build one without loading the executor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RunOptions:
    """The options of one execution, as ``execute()`` takes them (empty: not given)."""

    configuration_file: str = ""
    run_id: str = ""
    tag: str = ""
    parameters_file: str = ""
    log_level: str = ""
    # The file the pipeline or job was defined in, relative to the working directory when inside it.
    pipeline_definition_file: str = ""
    # Continue this failed run instead of starting a new one (docs/retry.md).
    retry_run_id: str = ""
    # Also retry a run that is still PROCESSING (its process was killed) or that succeeded.
    force_retry: bool = False
