"""The run filters shared by the history commands (export, copy): as ``runs list`` takes them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from runnable.cli.options import parse_moment, parse_status
from runnable.history.selection import RunSelection

RunIdsArgument = Annotated[
    list[str] | None,
    typer.Argument(metavar="[RUN_ID]...", help="Only these runs (each must exist).", show_default=False),
]
TagOption = Annotated[str, typer.Option("--tag", help="Only runs with this tag.")]
StatusOption = Annotated[
    str,
    typer.Option("--status", parser=parse_status, help="Only runs in this status (SUCCESS, FAIL, ...)."),
]
SinceOption = Annotated[
    datetime | None,
    typer.Option(
        "--since",
        parser=parse_moment,
        metavar="WHEN",
        help="Only runs created at or after WHEN: an ISO date or time, or an age such as 2h, 7d.",
    ),
]
UntilOption = Annotated[
    datetime | None,
    typer.Option(
        "--until", parser=parse_moment, metavar="WHEN", help="Only runs created before WHEN (as --since)."
    ),
]


def selection_of(
    run_ids: list[str] | None, tag: str, status: str, since: datetime | None, until: datetime | None
) -> RunSelection:
    return RunSelection(
        run_ids=tuple(dict.fromkeys(run_ids or ())), tag=tag, status=status, since=since, until=until
    )
