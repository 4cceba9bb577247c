"""A runnable error nobody catches ends a script (``python pipeline.py``) as it ends a ``runnable`` command.

``execute()`` raises, so code that calls it can catch the error and decide. When nothing does, Python
would end the script with a traceback through runnable's internals, though the message already says
what is wrong and what to do. The hook prints that paragraph and its hint instead, as the CLI does;
Python still exits with status 1. Other exceptions, and every error while ``RUNNABLE_DEBUG`` is set,
get Python's own report with the traceback.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType

from runnable.defaults import TRUE_WORDS
from runnable.exceptions import RunnableError, as_sentence, one_paragraph

DEBUG_VARIABLE = "RUNNABLE_DEBUG"


def report_uncaught_errors() -> None:
    """Install the hook, unless a hook other than Python's own is in place (IPython's, the user's)."""
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _report


def _report(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    debugging = os.environ.get(DEBUG_VARIABLE, "").lower() in TRUE_WORDS
    if debugging or not isinstance(error, RunnableError):
        sys.__excepthook__(kind, error, traceback)
        return
    message = one_paragraph(str(error))
    hint = error.hint
    text = f"Error: {as_sentence(message)} {hint}" if hint else f"Error: {message}"
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
