"""``runnable runs``: list, show and purge the runs in the run log store."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta, timezone
from typing import Annotated

import typer

from runnable import conditions, exceptions, history
from runnable.cli import legacy, output, render, services
from runnable.cli.options import ConfigOption, JsonOption, parse_age, parse_moment, parse_status
from runnable.defaults import DEFAULT_PAGE_SIZE

PURGE_BATCH_SIZE = 500
PURGE_SAMPLE = 20  # runs a dry run lists

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
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            metavar="CONDITION",
            help="Only runs whose parameter meets CONDITION: NAME=VALUE, NAME!=VALUE, NAME>NUMBER "
            "(also >=, <, <=). Repeat to require several.",
        ),
    ] = None,
    metric: Annotated[
        list[str] | None,
        typer.Option(
            "--metric",
            metavar="CONDITION",
            help="Only runs whose metric meets CONDITION, e.g. 'score>0.9' (same forms as --param).",
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
    wanted = conditions.parse_conditions(param or [], kind="parameter") + conditions.parse_conditions(
        metric or [], kind="metric"
    )
    store = services.open_store(configuration)
    run_logs = []
    if services.uncreated_database(store) is None:  # reading must not create the database
        run_logs = store.get_run_logs(
            tag=tag,
            status=status,
            created_after=since,
            created_before=until,
            limit=limit,
            after=after,
            conditions=wanted,
        )
    if as_json:
        output.print_json([render.run_log_json(run_log) for run_log in run_logs])
        return
    if not run_logs:
        filtered = bool(tag or status or since or until or after or wanted)
        output.note(
            "No runs match." if filtered else " ".join(["No runs yet.", legacy.hint_for_listing(store)])
        )
        return
    output.out.print(render.runs_table(run_logs, output.out.width))
    if len(run_logs) == limit:
        output.note(f"More runs may follow: add --after {run_logs[-1].run_id} for the next page.")


@app.command("show")
def show_run(
    run_id: Annotated[str, typer.Argument(metavar="RUN_ID", help="The run to show.", show_default=False)],
    configuration: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one run as a tree of its steps and branches: status, duration, attempts, parameters, metrics.

    With --json, print the full run log as JSON (and nothing else).
    """
    store = services.open_store(configuration)
    try:
        if services.uncreated_database(store) is not None:  # reading must not create the database
            raise exceptions.RunLogNotFoundError(run_id)
        run_log = store.get_run_log_by_id(run_id, full=True)
    except exceptions.RunLogNotFoundError as error:
        hint = legacy.hint_for_missing_run(run_id, store)
        if not hint:
            raise
        raise exceptions.RunLogNotFoundError(run_id, message=f"{error}{hint}") from None
    if as_json:
        output.print_json(render.run_log_json(run_log))
        return
    output.out.print(render.run_tree(run_log))


@app.command("purge")
def purge_runs(
    configuration: ConfigOption = None,
    older_than: Annotated[
        timedelta | None,
        typer.Option(
            "--older-than",
            parser=parse_age,
            metavar="AGE",
            help="Delete runs created longer ago than AGE (90d, 12h, 2w). "
            "Default: the store's retention_days.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only count (and list) the runs that would be deleted.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Runs deleted per transaction.")
    ] = PURGE_BATCH_SIZE,
    as_json: JsonOption = False,
) -> None:
    """Delete runs older than a given age (the database store in bounded batches).

    Without --older-than the store's own retention_days applies (database). Try --dry-run first.
    """
    store = services.open_store(configuration)
    purge = getattr(store, "purge", None)
    if not callable(purge):
        # Stores without a purge of their own are purged run by run through delete_run_log.
        purge = functools.partial(history.purge_runs, store)
    if older_than is None:
        retention_days = getattr(store, "retention_days", None)
        if not retention_days:
            output.error(
                f"The run log store '{store.service_name}' has no retention_days; "
                "give --older-than (e.g. 90d)."
            )
            raise typer.Exit(output.EXIT_USAGE)
        older_than = timedelta(days=retention_days)
    batching = {"batch_size": batch_size} if hasattr(store, "purge") else {}
    report = output.plain(purge(older_than=older_than, dry_run=dry_run, **batching))
    if not isinstance(report, dict):
        report = {"runs": report}
    cutoff = datetime.now(timezone.utc) - older_than
    if isinstance(report.get("cutoff"), str):
        cutoff = datetime.fromisoformat(report["cutoff"])
    report.setdefault("cutoff", cutoff.isoformat())
    report.setdefault("dry_run", dry_run)
    if as_json:
        output.print_json(report)
        return
    count = report.get("runs", 0)
    runs_text = "1 run" if count == 1 else f"{count} runs"
    when = f"created before {render.format_moment(cutoff)} UTC"
    if not dry_run:
        output.out.print(f"Deleted {runs_text} {when} from the run log store '{store.service_name}'.")
        return
    output.out.print(f"Dry run: would delete {runs_text} {when}; nothing was deleted.")
    if count:
        sample = store.get_run_logs(created_before=cutoff, limit=PURGE_SAMPLE)
        output.out.print(render.runs_table(sample, output.out.width))
        if count > len(sample):
            output.note(f"... and {count - len(sample)} more.")
