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
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.text import Text

from runnable.exceptions import as_sentence, one_paragraph
from runnable.logs import runnable_logger_at

# Exit codes of every command.
EXIT_OK = 0
EXIT_FAILED = 1  # a run failed, or the store could not do what was asked
EXIT_USAGE = 2  # bad option, configuration, pipeline definition or run id

# Rich consoles resolve sys.stdout/sys.stderr at print time, so test runners that swap them still see output.
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


# Whether the command runs with --debug (tracebacks are shown, so no message asks for them).
debugging = False


def reset_consoles() -> None:
    """New consoles for a new command: a console fixes its width from ``COLUMNS`` when it is made."""
    global out, err
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False)


def as_paragraph(message: str) -> str:
    """Fold a possibly multi-line message into one paragraph, without terminal escape codes."""
    return one_paragraph(Text.from_ansi(message).plain if "\x1b" in message else message)


def error(message: str, hint: str = "") -> None:
    text = Text("Error: ", style="bold red")
    text.append(as_sentence(as_paragraph(message)) if hint else as_paragraph(message))
    if hint:
        text.append(" " + as_paragraph(hint), style="dim")
    err.print(text, soft_wrap=True)


def note(message: str) -> None:
    """A remark for the person at the terminal; never part of a machine-readable result."""
    err.print(Text(message, style="dim"), soft_wrap=True)


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
