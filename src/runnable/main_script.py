"""Whether this process is running the run's main script only to find the functions it defines.

A worker process (:mod:`runnable.executor.workers`) runs the script that started the run again, as
``__mp_main__``, to find the pipeline's functions. The script must stop at its ``execute()`` call,
or every worker would start the pipeline again: the SDK asks :func:`stop_if_finding_functions` before
it executes anything. This module imports nothing, so the SDK pays nothing for asking.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class StopMainImport(BaseException):
    """Raised by ``execute()`` while a worker runs the main script: the script stops there."""


_finding_functions = False


@contextmanager
def finding_functions() -> Iterator[None]:
    """Inside the block, this process runs the main script only to find its functions."""
    global _finding_functions
    _finding_functions = True
    try:
        yield
    except StopMainImport:
        pass  # the script reached execute(): what it defined so far is what the pipeline uses
    finally:
        _finding_functions = False


def stop_if_finding_functions() -> None:
    """Stop the main script here (at its ``execute()`` call) when it runs only to find its functions."""
    if _finding_functions:
        raise StopMainImport()
