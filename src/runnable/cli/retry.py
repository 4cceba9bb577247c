"""``runnable retry RUN_ID``: continue a failed run from where it failed (see docs/retry.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from runnable import exceptions, run_ids
from runnable.cli import legacy, output, render, services
from runnable.cli.execute import ExecuteOptions, Outcome, run_file
from runnable.cli.options import ConfigOption
from runnable.models import RunLog, StepLog
from runnable.retry import made_as_script, recorded_pipeline_file
from runnable.retry_plan import RetryRecord, retry_records, walk_step_logs


def retry(
    run_id: Annotated[str, typer.Argument(metavar="RUN_ID", help="The run to continue.", show_default=False)],
    pipeline_file: Annotated[
        str | None,
        typer.Argument(
            metavar="[PIPELINE]",
            help="The pipeline file the run was made with (.py, FILE.py:NAME or .yaml). Default: the file "
            "recorded in the run's run config, relative to the working directory.",
            show_default=False,
        ),
    ] = None,
    configuration: ConfigOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Also retry a run that is still PROCESSING (its process was killed) or succeeded."
        ),
    ] = False,
) -> None:
    """Continue a failed run under the same run id: steps that succeeded are skipped, the rest run again.

    Without --config the run's services are rebuilt from its stored run config; with it, the file's
    are used. Exits 0 when the run now succeeds, 1 when it fails again, 2 when the run cannot be
    retried (unknown run id, changed pipeline, a run that did not fail, unusable configuration).
    """
    run_ids.validate_run_id(run_id, "RUN_ID")
    options = ExecuteOptions(retry_run_id=run_id, force_retry=force)
    with services.configuration_file(configuration):
        if pipeline_file is None:
            pipeline_file, options.run_as_main = _recorded_pipeline_file(run_id, configuration)
        try:
            run_file(pipeline_file, options)
        except exceptions.ExecutionFailedError:
            if not options.outcomes:
                raise
    _report(run_id, options.outcomes)


def _recorded_pipeline_file(run_id: str, configuration: Path | None) -> tuple[str, bool]:
    """The file to retry from (``FILE.py:NAME`` for runs of runnable 0.50); whether to run it as __main__."""
    runnable_config = services.load_config(configuration)
    store = services.build_store(runnable_config)
    try:
        if services.uncreated_database(store) is not None:  # looking must not create the database
            raise exceptions.RunLogNotFoundError(run_id)
        header = store.get_run_log_by_id(run_id, full=False)
    except exceptions.RunLogNotFoundError:
        raise exceptions.RunLogNotFoundError(
            f"No run '{run_id}' in the run log store configured by "
            f"{runnable_config.source or 'the built-in defaults'}. "
            "Check the run id; if the run was made with another configuration, give it with -c FILE (or "
            "name the pipeline file, whose execute() call may name its configuration)."
            + legacy.hint_for_missing_run(run_id, store, f"runnable retry {run_id}"),
        ) from None
    finally:
        store.close()
    recorded, function = recorded_pipeline_file(header.run_config)
    if not recorded:
        raise exceptions.PipelineDefinitionError(
            f"Run '{run_id}' does not record the file it was made from. Give it: "
            f"runnable retry {run_id} PIPELINE."
        )
    if not Path(recorded).is_file():
        raise exceptions.PipelineDefinitionError(
            f"Run '{run_id}' was made from {recorded}, which does not exist here (working directory: "
            f"{Path.cwd()}). Retry from the folder the run was made in, or give the file: "
            f"runnable retry {run_id} PIPELINE."
        )
    as_script = made_as_script(header)
    return (f"{recorded}:{function}" if function and not as_script else recorded), as_script


# --------------------------------------------------------------------------- reporting


def _report(run_id: str, outcomes: list[Outcome]) -> None:
    if not outcomes:
        raise exceptions.PipelineDefinitionError(
            "The pipeline file executed no pipeline, so nothing was retried. Name the pipeline as "
            "FILE.py:NAME."
        )
    outcome = outcomes[0]
    run_log = outcome.run_log
    records = retry_records(run_log) if run_log is not None else []
    if run_log is not None and records:
        output.out.print(retry_table(run_log, records[-1]))
    if outcome.error is not None:
        raise outcome.error
    assert run_log is not None
    retry_number = records[-1].retry_number if records else 1
    output.out.print(
        f"Run {run_id} succeeded after retry {retry_number}. See it with: runnable runs show {run_id}",
        soft_wrap=True,
    )


def retry_table(run_log: RunLog, record: RetryRecord) -> Table:
    """One row per step the retry skipped, ran or superseded, in the run log's order."""
    table = Table(
        title=f"Retry {record.retry_number} of run {run_log.run_id}",
        title_justify="left",
        header_style="bold",
        box=None,
        pad_edge=False,
    )
    table.add_column("step", no_wrap=True)
    table.add_column("in this retry")
    table.add_column("status", no_wrap=True)
    table.add_column("attempts", justify="right")
    what = {name: "skipped (succeeded before)" for name in record.skipped}
    what.update({name: "superseded (no longer on the run's path)" for name in record.superseded})
    what.update({name: "ran" for name in record.ran})
    for step_log in walk_step_logs(run_log.steps):
        happened = what.get(step_log.internal_name)
        if happened is None:
            continue
        table.add_row(
            step_log.internal_name,
            Text(happened, style="dim" if happened != "ran" else ""),
            render.status_text(step_log.status),
            _attempts(step_log),
        )
    return table


def _attempts(step_log: StepLog) -> str:
    return str(len(step_log.attempts)) if step_log.attempts else ""
