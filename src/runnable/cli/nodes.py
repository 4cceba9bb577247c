"""The per-node commands an engine calls, one process per move (runnable 0.50's names and arguments).

* ``runnable execute-single-node RUN_ID PIPELINE STEP``: one task, stub, success or fail node;
* ``runnable fan RUN_ID STEP PIPELINE out|in``: a composite step starts (its branches are planned;
  their keys are printed as a JSON list, and written to ``--output``) or ends;
* ``runnable execute-job PIPELINE [RUN_ID]``: a job, as the local job executor runs it.

STEP is the step's internal name: the step names and branch keys from the pipeline down, joined by
dots (``map.a.inner``). The run id and the configuration come from the arguments or the environment
(``RUNNABLE_RUN_ID``, ``RUNNABLE_CONFIGURATION_FILE``...), so a node needs no file shared with the
others; the run log store and catalog the configuration names are what the nodes share.

Exit status: 0 when the move succeeded, 1 when the step failed (or a fail node ended its branch), so
an engine routes to ``on_failure`` paths on the exit status; 2 for usage and configuration errors.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from runnable import defaults, exceptions
from runnable.cli import execute, output, services
from runnable.cli.options import ConfigOption, LogLevelOption
from runnable.models import RunLog
from runnable.run_options import RunOptions

PipelineArgument = Annotated[
    str,
    typer.Argument(
        metavar="PIPELINE", help="The .py or .yaml file defining the pipeline.", show_default=False
    ),
]
StepArgument = Annotated[
    str,
    typer.Argument(
        metavar="STEP",
        help="The step's internal name (steps and branch keys joined by dots).",
        show_default=False,
    ),
]
RunIdArgument = Annotated[
    str,
    typer.Argument(
        metavar="RUN_ID", envvar=defaults.ENV_RUN_ID, help="The run the node belongs to.", show_default=False
    ),
]
ParametersOption = Annotated[
    Path | None,
    typer.Option(
        "--parameters-file", "--parameters", "-p", help="YAML file of initial parameters.", dir_okay=False
    ),
]
TagOption = Annotated[str, typer.Option("--tag", help="A tag recorded with the run.")]
# runnable 0.50's --mode (yaml or python): the file's suffix says which, so it is accepted and not needed.
ModeOption = Annotated[str, typer.Option("--mode", "-m", hidden=True)]
IterationOption = Annotated[int, typer.Option("--iteration", min=0, help="A Loop step's iteration.")]
IterVariableOption = Annotated[
    str,
    typer.Option(
        "--iter-variable",
        help="runnable 0.50's Map values and Loop indexes (JSON) for a STEP written with its placeholders.",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", help="Also write the result (JSON) to this file, for the engine to read.", dir_okay=False
    ),
]


def execute_single_node(
    run_id: RunIdArgument,
    pipeline_file: PipelineArgument,
    step: StepArgument,
    configuration: ConfigOption = None,
    parameters_file: ParametersOption = None,
    tag: TagOption = "",
    mode: ModeOption = "",
    iter_variable: IterVariableOption = "",
    log_level: LogLevelOption = None,
) -> None:
    """Execute one node of a pipeline run (a task, stub, success or fail step)."""
    step, iteration = _with_iter_variable(step, iter_variable)
    if iteration is not None:
        raise typer.BadParameter(
            f"it gives one loop index more than the step '{step}' has placeholders for.",
            param_hint="--iter-variable",
        )
    result = _move(pipeline_file, run_id, tag, configuration, parameters_file, log_level, "node", step, 0)
    _finish(result, None)


def fan(
    run_id: RunIdArgument,
    step: StepArgument,
    pipeline_file: PipelineArgument,
    in_or_out: Annotated[str, typer.Argument(metavar="in|out", help="Fan out (start) or in (end).")],
    configuration: ConfigOption = None,
    parameters_file: ParametersOption = None,
    tag: TagOption = "",
    mode: ModeOption = "",
    iteration: IterationOption = 0,
    output_file: OutputOption = None,
    iter_variable: IterVariableOption = "",
    log_level: LogLevelOption = None,
) -> None:
    """Fan a composite step out into its branches, or back in once they ended."""
    direction = in_or_out.strip().lower()
    if direction not in ("in", "out"):
        raise typer.BadParameter(f"{in_or_out!r} is neither 'in' nor 'out'.", param_hint="in|out")
    step, loop_iteration = _with_iter_variable(step, iter_variable)
    iteration = iteration if loop_iteration is None else loop_iteration
    result = _move(
        pipeline_file,
        run_id,
        tag,
        configuration,
        parameters_file,
        log_level,
        f"fan-{direction}",
        step,
        iteration,
    )
    _finish(result, output_file, another_iteration=direction == "in")


def execute_job(
    pipeline_file: PipelineArgument,
    run_id: RunIdArgument = "",
    configuration: ConfigOption = None,
    parameters_file: ParametersOption = None,
    tag: TagOption = "",
    log_level: LogLevelOption = None,
) -> None:
    """Execute a job on this machine (the command a Kubernetes job's pod runs)."""
    _move(pipeline_file, run_id, tag, configuration, parameters_file, log_level, "job", "", 0)


def _with_iter_variable(step: str, text: str) -> tuple[str, int | None]:
    """STEP with 0.50's placeholders resolved from ``--iter-variable``; a Loop's iteration if it gives one."""
    if not text:
        return step, None
    from pydantic import ValidationError

    from runnable.executor.nodes import IterVariable, resolve_placeholders

    try:
        return resolve_placeholders(step, IterVariable.model_validate_json(text))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'the value'}: {error['msg']}"
            for error in exc.errors()
        )
        raise typer.BadParameter(
            f"{text!r} is not runnable 0.50's iter variable "
            '({"map_variable": {"NAME": {"value": V}}, "loop_variable": [{"value": N}]}): ' + problems,
            param_hint="--iter-variable",
        ) from None
    except ValueError as exc:
        raise typer.BadParameter(f"{exc}.", param_hint="--iter-variable") from None


def _move(
    pipeline_file: str,
    run_id: str,
    tag: str,
    configuration: Path | None,
    parameters_file: Path | None,
    log_level: Any,
    kind: str,
    step: str,
    iteration: int,
) -> Any:
    if kind != "job" and not run_id:
        raise typer.BadParameter(
            f"a node belongs to a run: give RUN_ID (or set ${defaults.ENV_RUN_ID}).", param_hint="RUN_ID"
        )
    results: list[Any] = []

    def runner(target: Any, given: RunOptions) -> RunLog:
        from runnable.sdk import BaseJob

        results.append(_run_move(target, given, kind, step, iteration, isinstance(target, BaseJob)))
        return RunLog(run_id=given.run_id, status=defaults.PROCESSING)

    options = execute.ExecuteOptions(
        run_id=run_id, tag=tag, parameters_file=str(parameters_file) if parameters_file else "", runner=runner
    )
    with (
        output.logging_at(log_level),
        services.configuration_file(configuration),
        services.parameters_file(parameters_file),
    ):
        execute.run_file(pipeline_file, options)
    if len(results) != 1:
        raise exceptions.PipelineDefinitionError(
            f"The pipeline file {pipeline_file} executes {len(results)} pipelines or jobs; a node belongs to "
            "one of them: name it as FILE.py:NAME."
        )
    return results[0]


def _run_move(target: Any, given: RunOptions, kind: str, step: str, iteration: int, is_job: bool) -> Any:
    from runnable.executor.local import run_job
    from runnable.executor.nodes import NodeExecution, job_to_continue
    from runnable.logs import runnable_logger_at
    from runnable.runner import JOB_EXECUTOR, build_context

    options = replace(given, retry_run_id="", force_retry=False)  # a node belongs to the run as it is
    with runnable_logger_at(given.log_level):
        if is_job != (kind == "job"):
            raise exceptions.PipelineDefinitionError(
                "execute-job runs a job; this file defines a pipeline."
                if is_job is False
                else "This file defines a job: run it with `runnable execute-job`."
            )
        if is_job:
            context, executor = build_context(options, executor_service=JOB_EXECUTOR)
            with context:
                task = target.create_task()
                mock = bool(getattr(executor, "mock", False))
                return run_job(context, task, executor, mock=mock, continued=job_to_continue(context, task))
        context, executor = build_context(options)
        with context:
            nodes = NodeExecution(context, target.dag, executor)
            if kind == "node":
                return nodes.execute_node(step)
            if kind == "fan-out":
                return nodes.fan_out(step, iteration)
            return nodes.fan_in(step, iteration)


def _finish(result: Any, output_file: Path | None, another_iteration: bool = False) -> None:
    document: dict[str, Any] = {
        "status": result.status,
        "branches": result.branch_keys,
        "another_iteration": result.another_iteration,
    }
    if output_file is not None:
        # What an Argo output parameter reads: after a fan-out the branch keys (what a withParam
        # iterates on), after a fan-in whether a Loop goes on (what its `when` compares).
        written = result.another_iteration if another_iteration else result.branch_keys
        output_file.parent.mkdir(parents=True, exist_ok=True)
        output_file.write_text(json.dumps(written), encoding="utf-8")
    output.print_line(json.dumps(document))
    if result.status == defaults.FAIL:
        raise typer.Exit(output.EXIT_FAILED)
