"""The root of the ``runnable`` command: global options and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any

import typer

from runnable import exceptions
from runnable.cli import output

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
            output.error(str(error), hint=error.hint)
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


def _show_traceback_if_asked(ctx: Any) -> None:
    if ctx.params.get("debug"):
        from rich.traceback import Traceback  # 50 ms of import that only --debug needs

        output.err.print(Traceback(show_locals=False))


def _print_version(value: bool) -> None:
    if value:
        try:
            output.out.print(f"runnable {version('runnable')}")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            output.out.print("runnable (not installed)")
        raise typer.Exit()


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


# The per-node commands engines call (Argo pods, the emulator); hidden as in runnable 0.50. A pod starts
# one process per node, so these are served by an app that imports nothing the other commands need.
NODE_COMMANDS = ("execute-single-node", "fan", "execute-job")


def _new_app() -> typer.Typer:
    application = typer.Typer(
        name="runnable",
        cls=_RunnableGroup,
        help="Run pipelines and inspect the runs they leave behind in the run log store.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",
    )
    application.callback()(root)
    return application


def _add_node_commands(application: typer.Typer) -> typer.Typer:
    from runnable.cli import nodes

    application.command("execute-single-node", hidden=True)(nodes.execute_single_node)
    application.command("fan", hidden=True)(nodes.fan)
    application.command("execute-job", hidden=True)(nodes.execute_job)
    return application


@functools.cache
def full_app() -> typer.Typer:
    """The ``runnable`` command with every subcommand (built once: it registers into shared sub-apps)."""
    from runnable.cli import doctor, execute, retry, runs, runs_history, store, timeline, ui

    application = _new_app()
    application.command("execute")(execute.execute)
    application.command("retry")(retry.retry)
    runs.app.command("diff")(runs_history.diff)
    runs.app.command("export")(runs_history.export)
    runs.app.command("import")(runs_history.import_)
    runs.app.command("copy")(runs_history.copy)
    runs.app.command("delete")(runs_history.delete)
    application.add_typer(runs.app)
    application.command("doctor")(doctor.doctor)
    application.command("timeline")(timeline.timeline)
    application.add_typer(store.app)
    application.command("ui")(ui.ui)
    return _add_node_commands(application)


def node_app() -> typer.Typer:
    """Only the per-node commands: what ``runnable execute-single-node ...`` needs to start."""
    return _add_node_commands(_new_app())


def __getattr__(name: str) -> typer.Typer:
    # `app` is built on first use, so that importing this module (the console script) stays light.
    if name == "app":
        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    command = next((argument for argument in sys.argv[1:] if not argument.startswith("-")), "")
    (node_app() if command in NODE_COMMANDS else full_app())()
