"""Option types shared by the commands: moments in time, ages, statuses, the config file."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from runnable import defaults, exceptions, moments


def parse_age(text: str) -> timedelta:
    """``90d``, ``12h``, ``30m``, ``45s``, ``2w`` as a duration."""
    try:
        return moments.parse_age(text)
    except exceptions.InvalidQueryError as error:
        raise typer.BadParameter(f"{text!r} is {error.problem}") from None


def parse_moment(text: str, now: datetime | None = None) -> datetime:
    """An ISO date or date-time (naive means UTC), or an age such as ``2h`` meaning that long ago."""
    try:
        return moments.parse_moment(text, now)
    except exceptions.InvalidQueryError as error:
        raise typer.BadParameter(f"{text!r} is {error.problem}") from None


def parse_status(text: str) -> str:
    status = text.strip().upper()
    if status and status not in defaults.STATUSES:
        raise typer.BadParameter(f"{text!r} is not a run status; use one of {', '.join(defaults.STATUSES)}.")
    return status


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Configuration file (YAML); wins over $RUNNABLE_CONFIGURATION_FILE. Without it: "
        "$RUNNABLE_CONFIGURATION_FILE, then ./runnable-config.yaml, then the built-in defaults.",
        dir_okay=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON only (machine readable).")]


class LogLevel(str, Enum):
    """runnable 0.50's ``--log-level`` choices (CRITICAL is FATAL's other name)."""

    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
    FATAL = "FATAL"
    CRITICAL = "CRITICAL"


LogLevelOption = Annotated[
    LogLevel | None,
    typer.Option(
        "--log-level",
        help="Show runnable's own log messages from this level up on stderr (DEBUG, INFO, WARNING, ERROR, "
        "FATAL). Without it: warnings and errors only.",
        case_sensitive=False,
        show_default=False,
    ),
]
