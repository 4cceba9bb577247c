"""``runnable runs diff|export|import|copy|delete``: the history commands of the ``runs`` group.

Each command parses, calls :mod:`runnable.history` and renders; app.py registers them on ``runs``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from runnable import history
from runnable.cli import history_render, output, services
from runnable.cli.options import ConfigOption, JsonOption
from runnable.cli.selection import (
    RunIdsArgument,
    SinceOption,
    StatusOption,
    TagOption,
    UntilOption,
    selection_of,
)
from runnable.history.copy import Progress as ProgressCallback


class ExportFormat(str, Enum):
    archive = "archive"
    parquet = "parquet"


def diff(
    run_a: Annotated[str, typer.Argument(metavar="RUN_A", help="The first run.", show_default=False)],
    run_b: Annotated[
        str, typer.Argument(metavar="RUN_B", help="The run to compare it with.", show_default=False)
    ],
    configuration: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two runs: parameters, metrics, steps, code identity and run config (secrets masked)."""
    result = history.diff_stored_runs(services.open_store(configuration), run_a, run_b)
    if as_json:
        output.print_json(output.plain(result))
        return
    output.out.print(history_render.diff_view(result))


def export(
    to: Annotated[
        Path,
        typer.Option(
            "--to", help="The archive file to write (a folder for --format parquet).", show_default=False
        ),
    ],
    run_ids: RunIdsArgument = None,
    configuration: ConfigOption = None,
    tag: TagOption = "",
    status: StatusOption = "",
    since: SinceOption = None,
    until: UntilOption = None,
    export_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format", help="archive: complete run logs to import again; parquet: tables to analyse."
        ),
    ] = ExportFormat.archive,
    as_json: JsonOption = False,
) -> None:
    """Export runs (all, or those the filters select) to an archive file, or to Parquet tables."""
    store = services.open_store(configuration)
    selection = selection_of(run_ids, tag, status, since, until)
    if export_format is ExportFormat.parquet:
        from runnable.history import analytics  # pyarrow: the optional `analytics` extra

        report = output.plain(analytics.export_parquet(store, selection, to))
        summary = f"Wrote {_runs(report['runs'])} as Parquet tables in {to}: " + ", ".join(
            f"{name} ({rows} rows)" for name, rows in report["tables"].items()
        )
    else:
        report = output.plain(history.export_runs(store, selection, to))
        summary = f"Exported {_runs(report['runs'])} to {to}."
    if as_json:
        output.print_json(report)
        return
    output.out.print(summary)


def import_(
    archive: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="An archive made by `runnable runs export`.", show_default=False),
    ],
    configuration: ConfigOption = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace runs the store already holds (default: skip them).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Import the runs of an archive into the store; runs it already holds are skipped (or replaced)."""
    store = services.open_store(configuration)
    report = history.import_runs(store, archive, overwrite=overwrite)
    if as_json:
        output.print_json(output.plain(report))
        return
    text = f"Imported {_runs(report.imported)} from {archive}"
    if report.replaced:
        text += f", replaced {report.replaced}"
    if report.skipped:
        text += f"; skipped {report.skipped} the store already holds (--overwrite replaces them)"
    output.out.print(text + ".")


def copy(
    source: Annotated[
        Path, typer.Option("--from", help="Configuration file of the store to copy from.", dir_okay=False)
    ],
    destination: Annotated[
        Path, typer.Option("--to", help="Configuration file of the store to copy to.", dir_okay=False)
    ],
    run_ids: RunIdsArgument = None,
    tag: TagOption = "",
    status: StatusOption = "",
    since: SinceOption = None,
    until: UntilOption = None,
    overwrite: Annotated[
        bool,
        typer.Option("--overwrite", help="Replace a different run the destination holds under the same id."),
    ] = False,
    verify_only: Annotated[
        bool, typer.Option("--verify-only", help="Copy nothing; check an earlier copy (counts and digests).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Copy runs from one configured store to another: streamed, resumable, verified at the end.

    Interrupted, the same command carries on where it stopped: runs already copied are skipped.
    """
    source_store = services.open_store(source)
    destination_store = services.open_store(destination)
    selection = selection_of(run_ids, tag, status, since, until)
    if verify_only:
        verified = history.verify_copy(source_store, destination_store, selection)
        if as_json:
            output.print_json(output.plain(verified) | {"ok": verified.ok})
        else:
            output.out.print(history_render.verify_text(verified))
        if not verified.ok:
            raise typer.Exit(output.EXIT_FAILED)
        return
    with _progress_bar(enabled=not as_json, label="Copying runs") as progress:
        report = history.copy_runs(
            source_store, destination_store, selection, overwrite=overwrite, progress=progress
        )
    ok = report.verify is None or report.verify.ok
    if as_json:
        output.print_json(output.plain(report) | {"ok": ok})
    else:
        output.out.print(history_render.copy_text(report))
    if not ok:
        raise typer.Exit(output.EXIT_FAILED)


def delete(
    run_ids: Annotated[
        list[str], typer.Argument(metavar="RUN_ID...", help="The runs to delete.", show_default=False)
    ],
    configuration: ConfigOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Delete nothing; say what would go.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Delete runs by id, with everything stored for them. Every id is checked before anything goes."""
    store = services.open_store(configuration)
    report = history.delete_runs(store, run_ids, dry_run=dry_run)
    if as_json:
        output.print_json(output.plain(report))
        return
    names = ", ".join(report.run_ids)
    if dry_run:
        output.out.print(f"Dry run: would delete {_runs(report.runs)} ({names}); nothing was deleted.")
    else:
        output.out.print(
            f"Deleted {_runs(report.runs)} ({names}) from the run log store '{store.service_name}'."
        )


@contextmanager
def _progress_bar(enabled: bool, label: str) -> Iterator[ProgressCallback | None]:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=output.err,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _runs(count: int) -> str:
    return "1 run" if count == 1 else f"{count} runs"
