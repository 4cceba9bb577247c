"""Option types shared by the commands: moments in time, ages, statuses, the config file."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated

import typer

from runnable import defaults

_AGE_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)


def parse_age(text: str) -> timedelta:
    """``90d``, ``12h``, ``30m``, ``45s``, ``2w`` as a duration."""
    match = _AGE.match(text)
    if match is None:
        raise typer.BadParameter(
            f"{text!r} is not an age: write a number and a unit (s, m, h, d or w), for example 2h or 90d."
        )
    amount, unit = float(match.group(1)), match.group(2).lower()
    return timedelta(**{_AGE_UNITS[unit]: amount})


def parse_moment(text: str, now: datetime | None = None) -> datetime:
    """An ISO date or date-time (naive means UTC), or an age such as ``2h`` meaning that long ago."""
    if _AGE.match(text):
        return (now or datetime.now(timezone.utc)) - parse_age(text)
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is neither an ISO date (2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30+01:00) "
            "nor an age such as 2h or 7d."
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


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
