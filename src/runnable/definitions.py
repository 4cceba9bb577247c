"""The Python SDK's definitions: steps, pipelines and jobs, and where their ``execute()`` goes.

Users import these names from ``runnable`` (or ``runnable.sdk``, runnable 0.50's path, which also
gives ``AsyncPipeline``); this module defines them.

.. code-block:: python

    from runnable import Pipeline, PythonTask

    pipeline = Pipeline(steps=[PythonTask(function=hello, name="task1"), Stub(name="later")])
    run_log = pipeline.execute()

Steps run in the order listed; each step's ``next`` is the one after it (or
where ``>>`` chained it), the last one ends the pipeline with success unless
it says ``terminate_with_failure=True``. A step whose ``on_failure`` names a
pipeline continues there when it fails. Mistakes in a definition raise
:class:`~runnable.exceptions.PipelineDefinitionError` when the object is built.
"""

from __future__ import annotations

import os
import sys
import typing
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from runnable import defaults, exceptions
from runnable.graph import (
    BaseNode,
    ConditionalNode,
    FailNode,
    Graph,
    LoopNode,
    MapNode,
    ParallelNode,
    StubNode,
    SuccessNode,
    TaskNode,
)
from runnable.models import RunLog
from runnable.parameters import TaskReturn
from runnable.tasks import BaseTaskType, CatalogSettings, NotebookTaskType, PythonTaskType, ShellTaskType

if TYPE_CHECKING:
    from runnable.run_options import RunOptions

SUCCESS_NAME = "success"
FAIL_NAME = "fail"


# --------------------------------------------------------------------------- return markers


def pickled(name: str) -> TaskReturn:
    """A return kept as a Python object: pickled into the catalog, restored for later steps."""
    return TaskReturn(name=name, kind="object")


def metric(name: str) -> TaskReturn:
    """A JSON return that is also recorded as a metric of the attempt."""
    return TaskReturn(name=name, kind="metric")


def json(name: str) -> TaskReturn:
    """A JSON return (what a plain string in ``returns`` means)."""
    return TaskReturn(name=name, kind="json")


class Catalog(CatalogSettings):
    """Files a task gets from the run's catalog before it runs (``get``) and puts there after (``put``).

    Both are lists of globs relative to the working folder. ``store_copy=False``
    records the put files' hashes without copying them.
    """


# --------------------------------------------------------------------------- errors at construction


def _definition_error(exc: ValidationError, what: str) -> exceptions.PipelineDefinitionError:
    problems = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error["loc"])
        problem = error["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
        problems.append(f"{location}: {problem}" if location else problem)
    return exceptions.PipelineDefinitionError(f"{what} cannot be built: " + "; ".join(problems) + ".")


class _Definition(BaseModel):
    """Turns pydantic's validation errors into one PipelineDefinitionError naming the object.

    Checks across fields go in :meth:`check_definition` (raise ValueError).
    """

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="wrap")
    @classmethod
    def _as_definition_error(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if not isinstance(data, dict):
            # Not a construction from keywords: e.g. a union of step types trying this one.
            return handler(data)
        name = data.get("name")
        what = f"{cls.__name__} '{name}'" if name else cls.__name__
        try:
            built = handler(data)
        except ValidationError as exc:
            raise _definition_error(exc, what) from None
        try:
            built.check_definition()
        except ValueError as exc:
            raise exceptions.PipelineDefinitionError(f"{what} cannot be built: {exc}.") from None
        return built

    def check_definition(self) -> None:
        """Checks that need every field; raise ValueError with what is wrong."""


# --------------------------------------------------------------------------- steps


class BaseTraversal(ABC, _Definition):
    name: str
    next_node: str = Field(default="", exclude=True)
    terminate_with_success: bool = False
    terminate_with_failure: bool = False
    on_failure: Pipeline | None = None

    @field_validator("name")
    @classmethod
    def _name_is_usable(cls, name: str) -> str:
        if not name.strip():
            raise ValueError("a step needs a non-empty name")
        if defaults.NAME_SEPARATOR in name:
            raise ValueError(
                f"step name '{name}' contains '{defaults.NAME_SEPARATOR}', which separates the parts of "
                "internal names; use another character"
            )
        return name

    def check_definition(self) -> None:
        if self.terminate_with_success and self.terminate_with_failure:
            raise ValueError("a step cannot terminate with both success and failure")

    def __rshift__(self, other: BaseTraversal) -> BaseTraversal:
        """``a >> b``: b runs after a. Returns b, so ``a >> b >> c`` chains."""
        if self.next_node and self.next_node != other.name:
            raise exceptions.PipelineDefinitionError(
                f"Step '{self.name}' is already followed by '{self.next_node}'; it cannot also be followed "
                f"by '{other.name}'."
            )
        self.next_node = other.name
        return other

    def as_pipeline(self) -> Pipeline:
        """A pipeline of this one step (handy for ``on_failure``)."""
        return Pipeline(steps=[self])

    @abstractmethod
    def create_node(self, next_node: str, on_failure: str) -> BaseNode: ...


class BaseTask(BaseTraversal):
    returns: list[TaskReturn] = Field(default_factory=list)
    catalog: Catalog | None = None
    secrets: list[str] = Field(default_factory=list)
    overrides: dict[str, Any] = Field(default_factory=dict)

    @field_validator("returns")
    @classmethod
    def _unique_returns(cls, returns: list[TaskReturn]) -> list[TaskReturn]:
        names = [r.name for r in returns]
        duplicated = sorted({n for n in names if names.count(n) > 1})
        if duplicated:
            raise ValueError("returns name the same value twice: " + ", ".join(duplicated))
        return returns

    @abstractmethod
    def create_task(self) -> BaseTaskType: ...

    def check_definition(self) -> None:
        super().check_definition()
        self.create_task()  # the task type's own checks (a notebook path, the kinds of returns)

    def create_node(self, next_node: str, on_failure: str) -> BaseNode:
        return TaskNode(
            name=self.name,
            next_node=next_node,
            on_failure=on_failure,
            executable=self.create_task(),
            overrides=self.overrides,
        )

    def _task_fields(self) -> dict[str, Any]:
        return {"returns": self.returns, "secrets": self.secrets, "catalog": self.catalog}


class PythonTask(BaseTask):
    """A step that calls a Python function with the parameters its arguments name."""

    function: Callable[..., Any] = Field(exclude=True)

    def check_definition(self) -> None:
        super().check_definition()
        expected = _fixed_tuple_length(self.function)
        if expected is not None and len(self.returns) > 1 and len(self.returns) != expected:
            raise ValueError(
                f"returns names {len(self.returns)} values but the function is annotated to return a tuple "
                f"of {expected}"
            )

    def create_task(self) -> BaseTaskType:
        return PythonTaskType.from_function(self.function, **self._task_fields())


class AsyncPythonTask(BaseTask):
    """A step that awaits an async function or iterates an async generator (see runnable.async_task)."""

    function: Callable[..., Any] = Field(exclude=True)
    stream_end_type: str = "done"

    def create_task(self) -> BaseTaskType:
        from runnable.async_task import AsyncPythonTaskType

        return AsyncPythonTaskType.from_function(
            self.function, stream_end_type=self.stream_end_type, **self._task_fields()
        )


class ShellTask(BaseTask):
    """A step that runs a shell command; parameters are environment variables, returns are exported ones."""

    command: str

    def create_task(self) -> BaseTaskType:
        return _task_or_error(self.name, ShellTaskType, command=self.command, **self._task_fields())


class NotebookTask(BaseTask):
    """A step that executes a Jupyter notebook with the parameters injected (``runnable[notebook]``)."""

    notebook: str
    executed_copy_next_to_notebook: bool = True

    def create_task(self) -> BaseTaskType:
        return _task_or_error(
            self.name,
            NotebookTaskType,
            command=self.notebook,
            executed_copy_next_to_notebook=self.executed_copy_next_to_notebook,
            **self._task_fields(),
        )


class Stub(BaseTraversal):
    """A step that does nothing and succeeds: a placeholder while a pipeline takes shape."""

    # Stubs stand in for steps not written yet, so they accept (and ignore) the future step's arguments.
    model_config = ConfigDict(extra="ignore", arbitrary_types_allowed=True)

    def create_node(self, next_node: str, on_failure: str) -> BaseNode:
        return StubNode(name=self.name, next_node=next_node, on_failure=on_failure)


class Success(_Definition):
    """Ends the pipeline with success; only as the last element of ``steps`` (usually implicit)."""

    name: str = SUCCESS_NAME


class Fail(_Definition):
    """Ends the pipeline with failure; only as the last element of ``steps``."""

    name: str = FAIL_NAME


# --------------------------------------------------------------------------- composite steps


class BaseComposite(BaseTraversal):
    """A step that runs pipelines (branches) of its own; see docs/pipelines.md ("Composite steps")."""

    @staticmethod
    def _parameter_name(what: str, name: str, identifier: bool = False) -> None:
        if not name.strip():
            raise ValueError(f"{what} needs a parameter name")
        if identifier and not name.isidentifier():
            raise ValueError(
                f"{what} '{name}' must be a valid Python identifier: functions receive it as an argument"
            )


class _KeyedComposite(BaseComposite):
    branches: dict[str, Pipeline]

    @field_validator("branches")
    @classmethod
    def _usable_keys(cls, branches: dict[str, Pipeline]) -> dict[str, Pipeline]:
        if not branches:
            raise ValueError("it needs at least one branch")
        for key in branches:
            if not key.strip():
                raise ValueError("a branch needs a non-empty name")
        return branches

    def _graphs(self) -> dict[str, Graph]:
        return {key: pipeline.dag for key, pipeline in self.branches.items()}


class Parallel(_KeyedComposite):
    """Runs every branch (in worker processes when the executor enables it); fails if any branch fails.

    Each branch starts with the parameters in scope at this step; what a branch
    returns is merged into that scope afterwards, branch by branch in the order
    of ``branches`` (a later branch's value wins a conflict).
    """

    def create_node(self, next_node: str, on_failure: str) -> BaseNode:
        return ParallelNode(
            name=self.name, next_node=next_node, on_failure=on_failure, branches=self._graphs()
        )


class Conditional(_KeyedComposite):
    """Runs the branch whose key equals the value of the parameter ``parameter`` (compared as text).

    No matching branch (or no such parameter) fails the step.
    """

    parameter: str

    def check_definition(self) -> None:
        super().check_definition()
        self._parameter_name("parameter", self.parameter)

    def create_node(self, next_node: str, on_failure: str) -> BaseNode:
        return ConditionalNode(
            name=self.name,
            next_node=next_node,
            on_failure=on_failure,
            branches=self._graphs(),
            parameter=self.parameter,
        )


class Map(BaseComposite):
    """Runs ``branch`` once per item of the list parameter ``iterate_on``, the item named ``iterate_as``.

    Each name the branch returns is reduced over the iterations, in iteration
    order, by ``reducer``: by default into a list; else a lambda written as a
    string (``"lambda *x: max(x)"``), a function's dotted path, or a function.
    """

    branch: Pipeline
    iterate_on: str
    iterate_as: str
    reducer: str | Callable[..., Any] | None = None

    def check_definition(self) -> None:
        super().check_definition()
        self._parameter_name("iterate_on", self.iterate_on)
        self._parameter_name("iterate_as", self.iterate_as, identifier=True)
        if callable(self.reducer) and getattr(self.reducer, "__name__", "") == "<lambda>":
            raise ValueError(
                'a lambda reducer must be given as a string (reducer="lambda *x: max(x)") so that the '
                "run log can record it"
            )
        self.create_node("", "").reducer_function()  # a reducer that cannot be used is a definition error

    def create_node(self, next_node: str, on_failure: str) -> MapNode:
        fields: dict[str, Any] = {
            "name": self.name,
            "next_node": next_node,
            "on_failure": on_failure,
            "branch": self.branch.dag,
            "iterate_on": self.iterate_on,
            "iterate_as": self.iterate_as,
        }
        if callable(self.reducer):
            return MapNode.with_reducer_function(self.reducer, **fields)
        return MapNode(reducer=self.reducer, **fields)


class Loop(BaseComposite):
    """Runs ``branch`` repeatedly until the parameter ``break_on`` is ``True`` (or ``max_iterations``).

    The iteration number (from 0) is the parameter ``index_as`` inside the
    branch; each iteration starts with the parameters the previous one left.
    """

    branch: Pipeline
    max_iterations: int = Field(ge=1)
    break_on: str
    index_as: str

    def check_definition(self) -> None:
        super().check_definition()
        self._parameter_name("break_on", self.break_on)
        self._parameter_name("index_as", self.index_as, identifier=True)

    def create_node(self, next_node: str, on_failure: str) -> BaseNode:
        return LoopNode(
            name=self.name,
            next_node=next_node,
            on_failure=on_failure,
            branch=self.branch.dag,
            max_iterations=self.max_iterations,
            break_on=self.break_on,
            index_as=self.index_as,
        )


StepType = (
    PythonTask | AsyncPythonTask | ShellTask | NotebookTask | Stub | Parallel | Map | Conditional | Loop
)


# --------------------------------------------------------------------------- pipelines


class Pipeline(_Definition):
    """Steps run in order; the run log records each of them."""

    steps: list[StepType | Success | Fail]
    name: str = ""
    description: str = ""

    _dag: Graph = PrivateAttr()

    @field_validator("steps")
    @classmethod
    def _has_steps(cls, steps: list[Any]) -> list[Any]:
        if not [s for s in steps if isinstance(s, BaseTraversal)]:
            raise ValueError("a pipeline needs at least one step")
        for position, step in enumerate(steps[:-1]):
            if isinstance(step, Success | Fail):
                raise ValueError(
                    f"{type(step).__name__} can only be the last of the steps, found at position {position}"
                )
        return steps

    def model_post_init(self, context: Any) -> None:
        self._dag = self._build_graph()

    @property
    def dag(self) -> Graph:
        return self._dag

    def _build_graph(self) -> Graph:
        steps: list[Any] = list(self.steps)
        ending = steps.pop() if isinstance(steps[-1], Success | Fail) else None
        success_name = ending.name if isinstance(ending, Success) else SUCCESS_NAME
        fail_name = ending.name if isinstance(ending, Fail) else FAIL_NAME
        for step in _all_steps(steps):
            if step.name in (success_name, fail_name):
                raise exceptions.PipelineDefinitionError(
                    f"Step name '{step.name}' is taken by the pipeline's {step.name} node; rename the step."
                )
        nodes: list[BaseNode] = [SuccessNode(name=success_name), FailNode(name=fail_name)]
        nodes.extend(_link(steps, success_name, fail_name, ends_in_failure=isinstance(ending, Fail)))
        seen_handlers: set[int] = set()
        pending = [s.on_failure for s in steps if s.on_failure is not None]
        while pending:
            handler = pending.pop(0)
            if id(handler) in seen_handlers:
                continue  # one on_failure pipeline shared by several steps is added once
            seen_handlers.add(id(handler))
            handler_steps = [s for s in handler.steps if isinstance(s, BaseTraversal)]
            ends_in_failure = isinstance(handler.steps[-1], Fail)
            nodes.extend(_link(handler_steps, success_name, fail_name, ends_in_failure))
            pending.extend(s.on_failure for s in handler_steps if s.on_failure is not None)
        return Graph(start_at=steps[0].name, nodes=nodes, name=self.name, description=self.description)

    def execute(
        self,
        configuration_file: str = "",
        run_id: str = "",
        tag: str = "",
        parameters_file: str = "",
        log_level: str = "",
        *,
        pipeline_definition_file: str = "",
        retry_run_id: str = "",
        force_retry: bool = False,
    ) -> RunLog:
        """Run the pipeline and return its final run log.

        Raises :class:`~runnable.exceptions.ExecutionFailedError` (with the run
        log as ``.run_log``) when the run ends FAIL.

        ``retry_run_id`` continues that failed run instead of starting a new one
        (see docs/retry.md): same run id and store, steps that succeeded are
        reused, the others run again. ``force_retry`` also retries a run that is
        still PROCESSING (its process was killed) or that succeeded.
        """
        # Imported here on purpose, for import speed: defining a pipeline needs no run options.
        from runnable.run_options import RunOptions

        options = RunOptions(
            configuration_file=configuration_file,
            run_id=run_id,
            tag=tag,
            parameters_file=parameters_file,
            log_level=log_level,
            pipeline_definition_file=pipeline_definition_file or _caller_file(),
            retry_run_id=retry_run_id,
            force_retry=force_retry,
        )
        return dispatch(self, options)


def _all_steps(steps: list[Any]) -> Iterator[BaseTraversal]:
    seen: set[int] = set()
    pending = list(steps)
    while pending:
        step = pending.pop(0)
        if not isinstance(step, BaseTraversal) or id(step) in seen:
            continue
        seen.add(id(step))
        yield step
        if step.on_failure is not None:
            pending.extend(step.on_failure.steps)


def _link(
    steps: list[BaseTraversal], success_name: str, fail_name: str, ends_in_failure: bool
) -> list[BaseNode]:
    """Nodes for a list of steps: each followed by the next, the last by success (or fail)."""
    nodes = []
    for position, step in enumerate(steps):
        is_last = position == len(steps) - 1
        if step.terminate_with_failure or (is_last and ends_in_failure):
            next_node = fail_name
        elif step.terminate_with_success or is_last:
            next_node = success_name
        else:
            next_node = steps[position + 1].name
            if step.next_node and step.next_node != next_node:
                raise exceptions.PipelineDefinitionError(
                    f"Step '{step.name}' is chained (>>) to '{step.next_node}' but listed before "
                    f"'{next_node}'; list the steps in the order they run."
                )
        on_failure = step.on_failure.steps[0].name if step.on_failure is not None else ""
        nodes.append(step.create_node(next_node, on_failure))
    return nodes


# --------------------------------------------------------------------------- jobs


class BaseJob(ABC, _Definition):
    returns: list[TaskReturn] = Field(default_factory=list)
    catalog: Catalog | None = None
    secrets: list[str] = Field(default_factory=list)

    kind: ClassVar[str] = "job"

    @field_validator("catalog")
    @classmethod
    def _put_only(cls, catalog: Catalog | None) -> Catalog | None:
        if catalog is not None and catalog.get:
            raise ValueError("a job has no earlier step to get files from: use catalog put only")
        return catalog

    @abstractmethod
    def create_task(self) -> BaseTaskType: ...

    def check_definition(self) -> None:
        self.create_task()

    def execute(
        self,
        configuration_file: str = "",
        job_id: str = "",
        tag: str = "",
        parameters_file: str = "",
        log_level: str = "",
        *,
        run_id: str = "",
    ) -> RunLog:
        """Run the job once and return its run log (the job log is ``run_log.job``).

        ``job_id`` (or its synonym ``run_id``) names the run. Raises
        :class:`~runnable.exceptions.ExecutionFailedError` when the job fails.
        """
        if job_id and run_id and job_id != run_id:
            raise exceptions.PipelineDefinitionError(
                f"execute() got job_id '{job_id}' and run_id '{run_id}'; give one of them."
            )
        # Imported here on purpose, for import speed: defining a job needs no run options.
        from runnable.run_options import RunOptions

        options = RunOptions(
            configuration_file=configuration_file,
            run_id=job_id or run_id,
            tag=tag,
            parameters_file=parameters_file,
            log_level=log_level,
            pipeline_definition_file=_caller_file(),
        )
        return dispatch(self, options)

    def _task_fields(self) -> dict[str, Any]:
        return {"returns": self.returns, "secrets": self.secrets, "catalog": self.catalog}


class PythonJob(BaseJob):
    """Calls one function as a tracked run."""

    function: Callable[..., Any] = Field(exclude=True)

    def create_task(self) -> BaseTaskType:
        return PythonTaskType.from_function(self.function, **self._task_fields())


class ShellJob(BaseJob):
    """Runs one shell command as a tracked run."""

    command: str

    def create_task(self) -> BaseTaskType:
        return _task_or_error("job", ShellTaskType, command=self.command, **self._task_fields())


class NotebookJob(BaseJob):
    """Executes one notebook as a tracked run; the executed copy is kept in the catalog (and beside it)."""

    notebook: str
    executed_copy_next_to_notebook: bool = True

    def create_task(self) -> BaseTaskType:
        return _task_or_error(
            "job",
            NotebookTaskType,
            command=self.notebook,
            executed_copy_next_to_notebook=self.executed_copy_next_to_notebook,
            **self._task_fields(),
        )


# --------------------------------------------------------------------------- execution handler

ExecutionHandler: TypeAlias = "Callable[[Pipeline | BaseJob, RunOptions], RunLog]"
_execution_handler: ContextVar[ExecutionHandler | None] = ContextVar(
    "runnable_execution_handler", default=None
)


@contextmanager
def execution_handler(handler: ExecutionHandler) -> Iterator[None]:
    """Route ``Pipeline.execute``/``Job.execute`` calls made inside the block to ``handler``.

    The handler receives the pipeline (or job) and the options the call gave (a frozen
    :class:`~runnable.run_options.RunOptions`; ``dataclasses.replace`` makes a changed copy) and
    returns the run log. The CLI uses it to run a script that calls ``.execute()`` itself with the
    command line's options. :func:`run` executes a pipeline or job as ``execute`` would without a
    handler.
    """
    token = _execution_handler.set(handler)
    try:
        yield
    finally:
        _execution_handler.reset(token)


def dispatch(target: Pipeline | BaseJob, options: RunOptions) -> RunLog:
    """What ``execute()`` does with its options: hand them to the handler if one is set, else :func:`run`."""
    # Imported here on purpose, for import speed (as RunOptions is): only executing needs it.
    from runnable.main_script import stop_if_finding_functions

    # A worker process running the script only to find its functions stops it here.
    stop_if_finding_functions()
    handler = _execution_handler.get()
    return handler(target, options) if handler is not None else run(target, options)


def run(target: Pipeline | BaseJob, options: RunOptions) -> RunLog:
    """Execute a pipeline or job with ``execute``'s options, bypassing any handler."""
    # Imported here on purpose, for import speed: the runner loads the executor, the configuration
    # loader and the plugins, which `from runnable import Pipeline` must not pay for.
    from runnable import runner
    from runnable.script_errors import report_uncaught_errors

    # A script that does not catch what execute() raises ends with the message, not a traceback.
    report_uncaught_errors()
    if isinstance(target, Pipeline):
        return runner.run_pipeline(target.dag, options)
    return runner.run_job(target.create_task(), options)


# --------------------------------------------------------------------------- helpers


def _task_or_error(step_name: str, task_type: type[BaseTaskType], **fields: Any) -> BaseTaskType:
    try:
        return task_type(**fields)
    except ValidationError as exc:
        raise _definition_error(exc, f"Step '{step_name}'") from None


def _fixed_tuple_length(function: Callable[..., Any]) -> int | None:
    """How many values ``function`` is annotated to return, if it says ``tuple[X, Y]``."""
    try:
        annotation = typing.get_type_hints(function).get("return")
    except Exception:  # unresolvable annotations tell us nothing
        return None
    if typing.get_origin(annotation) is not tuple:
        return None
    arguments = typing.get_args(annotation)
    if not arguments or Ellipsis in arguments or arguments == ((),):
        return None
    return len(arguments)


def _caller_file() -> str:
    # Two frames up: the user's code that called execute().
    frame = sys._getframe(2)
    path = Path(frame.f_code.co_filename)
    try:
        return str(path.resolve().relative_to(Path(os.getcwd()).resolve()))
    except ValueError:
        return str(path)


BaseTraversal.model_rebuild()
PythonTask.model_rebuild()
AsyncPythonTask.model_rebuild()
ShellTask.model_rebuild()
NotebookTask.model_rebuild()
Stub.model_rebuild()
Parallel.model_rebuild()
Conditional.model_rebuild()
Map.model_rebuild()
Loop.model_rebuild()
