"""``runnable execute``: run a pipeline (or job) defined in a Python file or a YAML file.

How a Python file is read, in order (the first rule that applies wins):

1. The file is imported as a module (its directory and the working directory go on ``sys.path``;
   ``if __name__ == "__main__":`` blocks do not run). If importing it executed pipelines, those
   were the runs.
2. ``FILE.py:NAME`` names what to run: a pipeline or job object, or a function returning one.
3. A function ``main()``, else ``pipeline()``, is called. If it executed pipelines itself (the
   guide's style, ``pipeline.execute(...); return pipeline``), those were the runs and nothing
   is executed twice; if it returned a pipeline or job without executing it, that is executed.
4. The one module-level pipeline or job object (a variable called ``pipeline`` wins if there are
   several) is executed.

The command's ``--run-id`` (or runnable 0.50's positional ``RUN_ID``) and ``--tag`` fill in every
``execute()`` argument the file leaves empty; ``--config`` and ``--parameters-file`` win over the
file's own ``configuration_file`` and ``parameters_file`` (and over the environment variables).
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import runpy
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

from runnable import defaults, exceptions, run_ids
from runnable.cli import output, services
from runnable.cli.options import ConfigOption, LogLevelOption
from runnable.models import RunLog
from runnable.run_options import RunOptions

YAML_SUFFIXES = (".yaml", ".yml")
_CLI_FILLED = ("run_id", "tag", "parameters_file")  # execute() arguments the command line fills in


@dataclass
class Outcome:
    """One execution seen while running the file: its run log, or the error it ended with."""

    run_id: str
    run_log: RunLog | None = None
    error: exceptions.ExecutionFailedError | None = None

    @property
    def succeeded(self) -> bool:
        return self.error is None and self.run_log is not None and self.run_log.status == defaults.SUCCESS


@dataclass
class ExecuteOptions:
    run_id: str = ""
    tag: str = ""
    parameters_file: str = ""
    # Set by `runnable retry`: every execute() the file makes continues this run instead.
    retry_run_id: str = ""
    force_retry: bool = False
    # Run a .py file as `python FILE` would (as __main__), not by the import rules above.
    run_as_main: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    # What runs each execute() the file makes (sdk.run if None); the per-node commands make one move.
    runner: Callable[[Any, RunOptions], RunLog] | None = None


def execute(
    pipeline_file: Annotated[
        str,
        typer.Argument(
            metavar="PIPELINE",
            help="A .py file that defines a pipeline or job (optionally FILE.py:NAME), or a .yaml pipeline "
            "definition.",
            show_default=False,
        ),
    ],
    positional_run_id: Annotated[
        str,
        typer.Argument(
            metavar="RUN_ID",
            help="Run id to use, as runnable 0.50 took it (the same as --run-id).",
            show_default=False,
        ),
    ] = "",
    configuration: ConfigOption = None,
    run_id: Annotated[
        str,
        typer.Option("--run-id", help=f"Run id to use (default: ${defaults.ENV_RUN_ID}, else generated)."),
    ] = "",
    tag: Annotated[str, typer.Option("--tag", help="A tag recorded with the run, to find it again.")] = "",
    parameters_file: Annotated[
        Path | None,
        typer.Option(
            "--parameters-file",
            "--parameters",
            "-p",
            help=f"YAML file of initial parameters; wins over ${defaults.ENV_PARAMETERS_FILE}.",
            dir_okay=False,
            exists=True,
        ),
    ] = None,
    log_level: LogLevelOption = None,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No live progress (it only shows when stdout is a terminal)."),
    ] = False,
) -> None:
    """Execute a pipeline from a Python file or a YAML definition and record the run.

    Exits 0 when every run succeeded, 1 when a run failed, 2 when the file or the configuration
    cannot be used.
    """
    if positional_run_id and run_id and positional_run_id != run_id:
        raise typer.BadParameter(
            f"the run id is given twice, as RUN_ID '{positional_run_id}' and --run-id '{run_id}'; give one.",
            param_hint="RUN_ID",
        )
    # A bad run id stops here, before the file runs.
    run_ids.chosen_run_id(
        run_id or positional_run_id, "RUN_ID" if positional_run_id and not run_id else "--run-id"
    )
    options = ExecuteOptions(
        run_id=run_id or positional_run_id,
        tag=tag,
        parameters_file=str(parameters_file) if parameters_file else "",
    )
    # Imported here, not at the top: the per-node commands (one process per Argo pod) share run_file
    # and neither show progress nor report; rich's live display costs them more than their node.
    from runnable.cli import progress

    with (
        output.logging_at(log_level),
        services.configuration_file(configuration),
        services.parameters_file(parameters_file),
        progress.live_progress(output.out, enabled=not quiet and sys.stdout.isatty()),
    ):
        run_file(pipeline_file, options)
    _report(options.outcomes)


def run_file(pipeline_file: str, options: ExecuteOptions) -> None:
    """Run what a pipeline file defines by the rules above; ``options.outcomes`` says how each run ended."""
    path, target = _split_target(pipeline_file)
    if not path.is_file():
        raise exceptions.PipelineDefinitionError(
            f"The pipeline file {path} does not exist (working directory: {Path.cwd()}). "
            "Give the path of a .py or .yaml file."
        )
    with _importable_from(path):
        if path.suffix.lower() in YAML_SUFFIXES:
            if target:
                raise exceptions.PipelineDefinitionError(
                    f"{pipeline_file}: ':{target}' only applies to Python files."
                )
            from runnable.pipeline_yaml import load_pipeline

            with _capturing(options, path):
                load_pipeline(path).execute(**_arguments(options))
        elif path.suffix.lower() == ".py":
            _run_python_file(path, target, options)
        else:
            raise exceptions.PipelineDefinitionError(
                f"The pipeline file {path} is neither Python (.py) nor a YAML definition (.yaml, .yml)."
            )


def _split_target(pipeline_file: str) -> tuple[Path, str]:
    """``FILE.py:NAME`` names one object in the file; a path that exists as written is just a path."""
    if ":" in pipeline_file and not Path(pipeline_file).exists():
        path_text, target = pipeline_file.rsplit(":", 1)
        return Path(path_text), target
    return Path(pipeline_file), ""


def _arguments(options: ExecuteOptions) -> dict[str, Any]:
    return {"run_id": options.run_id, "tag": options.tag, "parameters_file": options.parameters_file}


# --------------------------------------------------------------------------- Python files


def _run_python_file(path: Path, target: str, options: ExecuteOptions) -> None:
    if options.run_as_main and not target:
        _run_as_main(path, options)
        return
    with _capturing(options, path):
        module = _user_code(path, "importing it", lambda: _import_by_path(path))
    if options.outcomes:
        return
    if target:
        found = getattr(module, target, None)
        if found is None:
            raise exceptions.PipelineDefinitionError(f"The pipeline file {path} has no '{target}'.")
        _run_found(path, target, found, options)
        return
    for name in ("main", "pipeline"):
        candidate = getattr(module, name, None)
        if inspect.isfunction(candidate):
            _run_found(path, name, candidate, options)
            return
    runnables = {name: value for name, value in vars(module).items() if _is_executable(value)}
    if "pipeline" in runnables:
        runnables = {"pipeline": runnables["pipeline"]}
    if len(runnables) == 1:
        ((name, found),) = runnables.items()
        _run_found(path, name, found, options)
        return
    if runnables:
        raise exceptions.PipelineDefinitionError(
            f"The pipeline file {path} defines several pipelines or jobs ({', '.join(runnables)}); "
            f"choose one with {path}:NAME."
        )
    if options.retry_run_id:
        # Its pipeline can only be under `if __name__ == "__main__":`, which is how the run was made.
        _run_as_main(path, options)
        return
    raise exceptions.PipelineDefinitionError(
        f"The pipeline file {path} defines no pipeline: give it a module-level Pipeline (or job), or a "
        "main() or pipeline() function that executes one or returns it."
    )


def _run_found(path: Path, name: str, found: Any, options: ExecuteOptions) -> None:
    if callable(found) and not _is_executable(found):
        with _capturing(options, path):
            found = _user_code(path, f"calling {name}()", found)
            if inspect.iscoroutine(found):  # `async def main()`, as runnable 0.50's async examples write it
                import asyncio  # only async files pay for importing it

                found = _user_code(path, f"awaiting {name}()", partial(asyncio.run, found))
        if options.outcomes:
            return
    if not _is_executable(found):
        raise exceptions.PipelineDefinitionError(
            f"In the pipeline file {path}, {name}() neither executed a pipeline nor returned one "
            f"(it returned {type(found).__name__}). Return the Pipeline object, or call its execute()."
        )
    with _capturing(options, path):
        execution = found.execute(**_arguments(options))
        if inspect.iscoroutine(execution):  # an AsyncPipeline
            import asyncio  # only async pipelines pay for importing it

            asyncio.run(execution)


def _run_as_main(path: Path, options: ExecuteOptions) -> None:
    """Run the file as ``python FILE`` does: as ``__main__``, with ``sys.argv`` naming only the file."""
    arguments = sys.argv
    sys.argv = [str(path)]
    try:
        with _capturing(options, path):
            _user_code(path, "running it as a script", lambda: runpy.run_path(str(path), run_name="__main__"))
    except exceptions.PipelineDefinitionError as error:
        # A script may end with sys.exit() once its pipeline ran; the run is what counts.
        if not (options.outcomes and isinstance(error.__cause__, SystemExit)):
            raise
    finally:
        sys.argv = arguments


def _user_code(path: Path, doing: str, action: Callable[[], Any]) -> Any:
    """Run the user's code; its own crashes become one clear error (a failed run stays a failed run)."""
    try:
        return action()
    except (exceptions.RunnableError, typer.Exit, KeyboardInterrupt):
        raise
    except SystemExit as exc:
        raise exceptions.PipelineDefinitionError(
            f"The pipeline file {path} exited (code {exc.code}) while {doing}; pipeline files must not "
            'call sys.exit() outside `if __name__ == "__main__":`.'
        ) from exc
    except Exception as exc:
        raise exceptions.PipelineDefinitionError(
            f"The pipeline file {path} raised {type(exc).__name__} while {doing}: {exc}."
            + ("" if output.debugging else " Re-run as `runnable --debug execute ...` to see the traceback.")
        ) from exc


def _import_by_path(path: Path) -> ModuleType:
    name = path.stem if path.stem.isidentifier() else "runnable_pipeline_" + re.sub(r"\W", "_", path.stem)
    existing = sys.modules.get(name)
    if existing is not None and getattr(existing, "__file__", None) != str(path.resolve()):
        # Never shadow a real module (a file called json.py, say) for the rest of the process.
        name = f"runnable_pipeline_{name}"
    spec = importlib.util.spec_from_file_location(name, path.resolve())
    if spec is None or spec.loader is None:  # pragma: no cover - .py files always have a loader
        raise exceptions.PipelineDefinitionError(f"The pipeline file {path} cannot be imported.")
    module = importlib.util.module_from_spec(spec)
    # Registered before running, as an import would be, so pickled objects defined there can be found.
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


@contextmanager
def _importable_from(path: Path) -> Iterator[None]:
    """Imports resolve as for ``python FILE`` run from the working directory."""
    added = [str(p) for p in (Path.cwd(), path.resolve().parent) if str(p) not in sys.path]
    sys.path[:0] = added
    try:
        yield
    finally:
        for entry in added:
            if entry in sys.path:
                sys.path.remove(entry)


# --------------------------------------------------------------------------- seeing executions


def _is_executable(value: Any) -> bool:
    from runnable.sdk import BaseJob, Pipeline

    if isinstance(value, Pipeline | BaseJob):
        return True
    # A file that made an AsyncPipeline imported its module; importing it here only to be told "no"
    # would cost every other file asyncio (a per-node process pays it once per pod).
    async_pipeline = sys.modules.get("runnable.async_pipeline")
    return async_pipeline is not None and isinstance(value, async_pipeline.AsyncPipeline)


@contextmanager
def _capturing(options: ExecuteOptions, definition_file: Path) -> Iterator[None]:
    """Run every execute() made inside the block with the CLI's options, and record how it ended.

    This is how the guide's ``main()`` (which executes and then returns the pipeline) runs once.
    """
    from runnable import sdk

    def handler(target: sdk.Pipeline | sdk.BaseJob, given: RunOptions) -> RunLog:
        filled = replace(
            given, **{name: getattr(given, name) or getattr(options, name) for name in _CLI_FILLED}
        )
        if _is_this_module(filled.pipeline_definition_file):
            # The command itself called execute(): the definition is the user's file, not ours.
            filled = replace(filled, pipeline_definition_file=str(definition_file))
        if options.retry_run_id:
            _check_retry(target, options)
            filled = replace(filled, retry_run_id=options.retry_run_id, force_retry=options.force_retry)
        try:
            run_log = (options.runner or sdk.run)(target, filled)
        except exceptions.ExecutionFailedError as error:
            options.outcomes.append(Outcome(run_id=error.run_id, run_log=error.run_log, error=error))
            raise
        options.outcomes.append(Outcome(run_id=run_log.run_id, run_log=run_log))
        return run_log

    with sdk.execution_handler(handler):
        yield


def _check_retry(target: Any, options: ExecuteOptions) -> None:
    from runnable.sdk import Pipeline

    if not isinstance(target, Pipeline):
        raise exceptions.RetryRefusedError(
            options.retry_run_id, "the file executes a job; a job has a single step, so execute it again."
        )
    if options.outcomes:
        raise exceptions.PipelineDefinitionError(
            "The pipeline file executes more than one pipeline, and a retry continues one run: name the "
            "pipeline the run was made with as FILE.py:NAME."
        )


def _is_this_module(path: str) -> bool:
    return bool(path) and Path(path).resolve() == Path(__file__).resolve()


# --------------------------------------------------------------------------- reporting


def _handed_over(outcome: Outcome) -> bool:
    return (
        outcome.error is None and outcome.run_log is not None and outcome.run_log.status == defaults.CREATED
    )


def _report(outcomes: list[Outcome]) -> None:
    from runnable.cli import render  # see the import of progress in execute()

    for outcome in outcomes:
        if outcome.succeeded:
            run_log = outcome.run_log
            assert run_log is not None
            took = render.format_duration(render.run_duration(run_log))
            output.out.print(
                f"Run {run_log.run_id} succeeded"
                + (f" in {took}" if took else "")
                + f". See it with: runnable runs show {run_log.run_id}",
                soft_wrap=True,
            )
    # An executor that hands the pipeline to another engine (argo) leaves the run CREATED: nothing failed.
    failed = [outcome for outcome in outcomes if not outcome.succeeded and not _handed_over(outcome)]
    if not failed:
        return
    if len(failed) == 1 and failed[0].error is not None:
        raise failed[0].error
    names = ", ".join(outcome.run_id for outcome in failed)
    raise exceptions.ExecutionFailedError(
        failed[0].run_id, f"{len(failed)} of {len(outcomes)} runs failed ({names}); see runnable runs show"
    )
