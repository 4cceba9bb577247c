"""The root of the ``runnable`` command: global options and the one place errors become exit codes."""

from __future__ import annotations

import os
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any

import typer

from runnable import exceptions
from runnable.cli import doctor, execute, nodes, output, retry, runs, runs_history, store, timeline, ui

# Mistakes in what the user gave us (flags, files, names): exit 2, like a usage error.
USAGE_ERRORS: tuple[type[exceptions.RunnableError], ...] = (
    exceptions.ConfigurationError,
    exceptions.PipelineDefinitionError,
    exceptions.EntityNotFoundError,
    exceptions.RunLogExistsError,
    exceptions.InvalidRunIdError,
    exceptions.SchemaVersionError,
    exceptions.NodeNotFoundError,
    exceptions.BranchNotFoundError,
    exceptions.RetryRefusedError,
    exceptions.InvalidQueryError,
    exceptions.ArchiveError,
    exceptions.RunConflictError,
    exceptions.DeleteUnsupportedError,
)


def exit_code_for(error: exceptions.RunnableError) -> int:
    return output.EXIT_USAGE if isinstance(error, USAGE_ERRORS) else output.EXIT_FAILED


class _RunnableGroup(typer.core.TyperGroup):
    """Runs every subcommand under one error handler, so the console script and test runners agree."""

    def invoke(self, ctx: Any) -> Any:  # click.Context; typer vendors click, so no stable import
        output.reset_consoles()
        try:
            return super().invoke(ctx)
        except (typer.TyperException, typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            # `runnable runs list | head`: the reader has gone; say nothing more (Python docs' recipe).
            _silence_stdout()
            raise typer.Exit(output.EXIT_FAILED) from None
        except exceptions.RunnableError as error:
            _show_traceback_if_asked(ctx)
            output.error(str(error), hint=_hint_for(error))
            raise typer.Exit(exit_code_for(error)) from error
        except Exception as error:
            _show_traceback_if_asked(ctx)
            output.error(
                f"Unexpected {type(error).__name__}: {error}",
                hint="This is a bug in runnable or in a plugin; "
                + ("include the traceback above" if output.debugging else "re-run as `runnable --debug ...`")
                + " when you report the problem.",
            )
            raise typer.Exit(output.EXIT_FAILED) from error


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass


def _hint_for(error: exceptions.RunnableError) -> str:
    if isinstance(error, exceptions.ExecutionFailedError):
        return f"See the steps with: runnable runs show {error.run_id}"
    return ""


def _show_traceback_if_asked(ctx: Any) -> None:
    if ctx.params.get("debug"):
        from rich.traceback import Traceback  # 50 ms of import that only --debug needs

        output.err.print(Traceback(show_locals=False))


app = typer.Typer(
    name="runnable",
    cls=_RunnableGroup,
    help="Run pipelines and inspect the runs they leave behind in the run log store.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _print_version(value: bool) -> None:
    if value:
        try:
            output.out.print(f"runnable {version('runnable')}")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            output.out.print("runnable (not installed)")
        raise typer.Exit()


@app.callback()
def root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback when a command fails.")
    ] = False,
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Run pipelines and inspect the runs they leave behind in the run log store."""
    output.debugging = debug


app.command("execute")(execute.execute)
app.command("retry")(retry.retry)
runs.app.command("diff")(runs_history.diff)
runs.app.command("export")(runs_history.export)
runs.app.command("import")(runs_history.import_)
runs.app.command("copy")(runs_history.copy)
runs.app.command("delete")(runs_history.delete)
app.add_typer(runs.app)
app.command("doctor")(doctor.doctor)
app.command("timeline")(timeline.timeline)
app.add_typer(store.app)
app.command("ui")(ui.ui)
# The per-node commands engines call (Argo pods, the emulator); hidden as in runnable 0.50.
app.command("execute-single-node", hidden=True)(nodes.execute_single_node)
app.command("fan", hidden=True)(nodes.fan)
app.command("execute-job", hidden=True)(nodes.execute_job)


def main() -> None:
    """Entry point of the ``runnable`` console script."""
    for argument in sys.argv[1:]:
        # Bytes that are not UTF-8 arrive as lone surrogates (PEP 383); no store can hold them.
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raw = argument.encode("utf-8", "surrogateescape")
            output.error(
                f"the argument {raw!r} is not UTF-8 text; tags, run ids, names and paths are stored as "
                "UTF-8. Pass it in UTF-8 (check the terminal's or the calling script's encoding)."
            )
            raise SystemExit(output.EXIT_USAGE) from None
    app()
