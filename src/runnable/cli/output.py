"""Where the CLI writes: results on stdout, messages on stderr, one paragraph per error."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from runnable.exceptions import as_sentence, one_paragraph
from runnable.logs import runnable_logger_at

if TYPE_CHECKING:
    from rich.console import Console

# Exit codes of every command.
EXIT_OK = 0
EXIT_FAILED = 1  # a run failed, or the store could not do what was asked
EXIT_USAGE = 2  # bad option, configuration, pipeline definition or run id

# Rich consoles resolve sys.stdout/sys.stderr at print time, so test runners that swap them still see
# output. They are made on first use (module __getattr__ below): importing rich costs a per-node
# process (`runnable execute-single-node`, one per Argo pod) more than its node, and a node that
# succeeds prints one JSON line without it.
out: Console
err: Console


# Whether the command runs with --debug (tracebacks are shown, so no message asks for them).
debugging = False


def reset_consoles() -> None:
    """New consoles for a new command (made on first use): a console fixes its width from ``COLUMNS``."""
    globals().pop("out", None)
    globals().pop("err", None)


def _make_consoles() -> None:
    from rich.console import Console

    global out, err
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False)


def __getattr__(name: str) -> Any:
    if name in ("out", "err"):
        _make_consoles()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _stderr() -> Console:
    if "err" not in globals():
        _make_consoles()
    return err


def as_paragraph(message: str) -> str:
    """Fold a possibly multi-line message into one paragraph, without terminal escape codes."""
    if "\x1b" in message:
        from rich.text import Text

        message = Text.from_ansi(message).plain
    return one_paragraph(message)


def print_line(text: str) -> None:
    """One line on stdout as it is (no markup, no wrapping): what an engine reads."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def error(message: str, hint: str = "") -> None:
    from rich.text import Text

    text = Text("Error: ", style="bold red")
    text.append(as_sentence(as_paragraph(message)) if hint else as_paragraph(message))
    if hint:
        text.append(" " + as_paragraph(hint), style="dim")
    _stderr().print(text, soft_wrap=True)


def note(message: str) -> None:
    """A remark for the person at the terminal; never part of a machine-readable result."""
    from rich.text import Text

    _stderr().print(Text(message, style="dim"), soft_wrap=True)


def print_json(data: Any) -> None:
    """JSON and nothing else on stdout, whatever the terminal."""
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
    sys.stdout.flush()


def plain(value: Any) -> Any:
    """A store's report (dataclass, pydantic model, mapping, number) as JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


@contextmanager
def logging_at(level: str | Enum | None) -> Iterator[None]:
    """Show the ``runnable`` logger's messages from ``level`` up on stderr while the block runs."""
    if level is None:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    with runnable_logger_at(str(level.value if isinstance(level, Enum) else level)) as logger:
        logger.addHandler(handler)
        try:
            yield
        finally:
            logger.removeHandler(handler)
