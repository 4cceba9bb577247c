"""``runnable runs``: list, show and purge the runs in the run log store."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from runnable.cli import output, render, services
from runnable.cli.options import ConfigOption, JsonOption, parse_moment, parse_status
from runnable.defaults import DEFAULT_PAGE_SIZE

app = typer.Typer(
    name="runs",
    help="List, show and purge the runs recorded in the run log store.",
    no_args_is_help=True,
)


@app.command("list")
def list_runs(
    configuration: ConfigOption = None,
    tag: Annotated[str, typer.Option("--tag", help="Only runs with this tag.")] = "",
    status: Annotated[
        str,
        typer.Option("--status", parser=parse_status, help="Only runs in this status (SUCCESS, FAIL, ...)."),
    ] = "",
    since: Annotated[
        datetime | None,
        typer.Option(
            "--since",
            parser=parse_moment,
            metavar="WHEN",
            help="Only runs created at or after WHEN: an ISO date or time (UTC unless it has an offset) "
            "or an age such as 2h, 7d.",
        ),
    ] = None,
    until: Annotated[
        datetime | None,
        typer.Option(
            "--until",
            parser=parse_moment,
            metavar="WHEN",
            help="Only runs created before WHEN (same forms as --since).",
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many runs.")] = DEFAULT_PAGE_SIZE,
    after: Annotated[
        str | None,
        typer.Option("--after", metavar="RUN_ID", help="The next page: runs older than this run id."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List runs, newest first: run id, status, tag, created, updated and duration."""
    store = services.open_store(configuration)
    run_logs = store.get_run_logs(
        tag=tag,
        status=status,
        created_after=since,
        created_before=until,
        limit=limit,
        after=after,
    )
    if as_json:
        output.print_json([render.run_log_json(run_log) for run_log in run_logs])
        return
    if not run_logs:
        output.note("No runs match." if (tag or status or since or until or after) else "No runs yet.")
        return
    output.out.print(render.runs_table(run_logs))
    if len(run_logs) == limit:
        output.note(f"More runs may follow: add --after {run_logs[-1].run_id} for the next page.")


@app.command("show")
def show_run(
    run_id: Annotated[str, typer.Argument(help="The run to show.", show_default=False)],
    configuration: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one run as a tree of its steps and branches: status, duration, attempts, parameters, metrics.

    With --json, print the full run log as JSON (and nothing else).
    """
    store = services.open_store(configuration)
    run_log = store.get_run_log_by_id(run_id, full=True)
    if as_json:
        output.print_json(render.run_log_json(run_log))
        return
    output.out.print(render.run_tree(run_log))
