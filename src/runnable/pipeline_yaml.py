"""Pipelines written in YAML instead of Python, turned into the same SDK objects.

Two forms are accepted. The short one is an ordered list of steps, run top to
bottom::

    name: hello-pipeline                # optional; default: the file name
    description: Says hello twice       # optional
    steps:
      - name: first
        command: examples.common.functions.hello      # python: module.function
      - name: shout
        command_type: shell
        command: echo HELLO
        on_failure:                     # optional: steps to run if this one fails
          - name: tidy up
            type: stub
          - type: fail                  # end the failure path by failing the run

The long one is runnable 0.50's graph, with explicit ``next`` and
``on_failure`` edges between named steps::

    dag:
      description: Says hello twice
      start_at: first
      steps:
        first:
          type: task
          command_type: python
          command: examples.common.functions.hello
          next: second
          on_failure: recover
        second: {type: stub, next: success}
        recover: {type: stub, next: fail}
        success: {type: success}        # optional: 'success' and 'fail' always exist
        fail: {type: fail}

A step's ``type`` is ``task`` (the default), ``stub``, ``success``, ``fail``,
or one of the composite steps, whose branches are pipelines of their own::

    - name: train                       # runs every branch
      type: parallel
      branches:
        linear: [{name: fit, command: pkg.train_linear, returns: [linear_score]}]
        tree: [{name: fit, command: pkg.train_tree, returns: [tree_score]}]
    - name: process                     # runs its branch once per item of a list parameter
      type: map
      iterate_on: chunks
      iterate_as: chunk
      reducer: "lambda *x: max(x)"      # optional: a lambda's text or a function's dotted path
      branch:
        - {name: square, command: pkg.square, returns: [squared]}
    - name: weather                     # runs the branch named by a parameter's value
      type: conditional
      parameter: outlook
      branches: {rainy: [...], sunny: [...]}
    - name: poll                        # runs its branch until a boolean parameter is true
      type: loop
      branch: [...]
      max_iterations: 5
      break_on: done
      index_as: attempt

A branch is written in the form of its file: in the list form a list of steps
(or ``{steps: [...]}``), in the graph form ``{start_at: ..., steps: {...}}``.
Branches nest to any depth. In the graph form, top-level keys other than
``dag``, ``name`` and ``description`` may hold YAML anchors (runnable 0.50's
examples define branches there) and are otherwise ignored.

Task fields: ``command_type`` (``python`` by default, ``shell`` or
``notebook``), ``command`` (``module.function``, a shell command, or a
``.ipynb`` path), ``returns`` (names, or ``{name, kind}`` with kind ``json``,
``object`` for a pickled value, or ``metric``), ``catalog`` (``{get: [...],
put: [...], store_copy: true}``), ``secrets`` (names) and ``overrides``. Any step but
``success`` and ``fail`` takes ``on_failure``. A path ends at a ``success``
step (the default when a list simply ends) or a ``fail`` step. In the graph
form every path is a chain: a failure path may not join the main one again.

Every mistake raises :class:`~runnable.exceptions.PipelineDefinitionError`
naming the file and the step's path, as in ``step 'outer' > branch 'a' >
step 'x', field 'command': ...``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from runnable import exceptions, user_yaml
from runnable.importing import import_object

if TYPE_CHECKING:  # pragma: no cover
    from runnable.sdk import Pipeline

TERMINAL_TYPES = ("success", "fail")
# The ends every graph has, declared or not (runnable 0.50 adds them to each graph itself).
IMPLICIT_ENDS = {"success": "success", "fail": "fail"}

# How a pipeline is written: a list of steps run in order, or runnable 0.50's graph of named steps.
PipelineForm = Literal["list", "graph"]
# Where in the file something is, outermost first: ("step 'outer'", "branch 'a'", "step 'x'").
FileLocation = tuple[str, ...]

EXAMPLE_PIPELINE: dict[PipelineForm, str] = {
    "list": "a list of steps, such as [{name: first, command: pkg.module.function}]",
    "graph": "{start_at: first, steps: {first: {type: task, command: pkg.module.function, next: success}}}",
}


# --------------------------------------------------------------------------- what each step type says


class ReturnSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: Literal["json", "object", "metric"] = "json"


class CatalogSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    get: list[str] = Field(default_factory=list)
    put: list[str] = Field(default_factory=list)
    store_copy: bool = True


class TaskFields(BaseModel):
    """A task: a Python function, a shell command or a notebook."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["task"] = "task"
    command_type: Literal["python", "shell", "notebook"] = "python"
    command: str = ""
    returns: list[ReturnSpec] = Field(default_factory=list)
    catalog: CatalogSpec | None = None
    secrets: list[str] = Field(default_factory=list)
    # Per-executor settings (runnable 0.50's field); recorded, not used by the local executor.
    overrides: dict[str, Any] = Field(default_factory=dict)
    # Notebooks only: also write the executed copy next to the notebook (runnable 0.50 did).
    executed_copy_next_to_notebook: bool = True

    @field_validator("returns", mode="before")
    @classmethod
    def _names_are_json_returns(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"name": item} if isinstance(item, str) else item for item in value]
        return value

    @model_validator(mode="after")
    def _task_needs_command(self) -> TaskFields:
        if not self.command.strip():
            raise ValueError(
                "a task needs a 'command': module.function (python), a shell command, or a .ipynb path"
            )
        return self


class StubFields(BaseModel):
    """A placeholder step: it accepts any other key and ignores it (runnable 0.50's stub.yaml)."""

    model_config = ConfigDict(extra="ignore")

    type: Literal["stub"]


_BRANCHES = "write branches: {<branch name>: <pipeline>, ...}"
_BRANCH = "write branch: <pipeline>, the steps each iteration runs"


class ParallelFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["parallel"]
    branches: dict[Any, Any] = Field(description=_BRANCHES)


class ConditionalFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["conditional"]
    parameter: str = Field(description="write parameter: <the parameter whose value names the branch to run>")
    branches: dict[Any, Any] = Field(description=_BRANCHES)


class MapFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["map"]
    branch: Any = Field(description=_BRANCH)
    iterate_on: str = Field(description="write iterate_on: <the list parameter to iterate on>")
    iterate_as: str = Field(description="write iterate_as: <the parameter name each item has in the branch>")
    reducer: str | None = None


class LoopFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["loop"]
    branch: Any = Field(description=_BRANCH)
    max_iterations: int = Field(
        ge=1, description="write max_iterations: <the most iterations to run, 1 or more>"
    )
    break_on: str = Field(
        description="write break_on: <a boolean parameter; the loop ends after an iteration sets it true>"
    )
    index_as: str = Field(
        description="write index_as: <the parameter name the iteration number (from 0) has in the branch>"
    )


class TerminalFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["success", "fail"]


StepFields = (
    TaskFields | StubFields | ParallelFields | ConditionalFields | MapFields | LoopFields | TerminalFields
)

FIELDS_OF_TYPE: dict[str, type[StepFields]] = {
    "task": TaskFields,
    "stub": StubFields,
    "parallel": ParallelFields,
    "map": MapFields,
    "conditional": ConditionalFields,
    "loop": LoopFields,
    "success": TerminalFields,
    "fail": TerminalFields,
}


class ListEdges(BaseModel):
    """What a list-form step says besides its type's fields."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    on_failure: Any = None


class GraphEdges(BaseModel):
    """What a graph-form step says besides its type's fields."""

    model_config = ConfigDict(extra="forbid")

    next: str = ""
    on_failure: str = ""


EDGES: dict[PipelineForm, type[ListEdges | GraphEdges]] = {"list": ListEdges, "graph": GraphEdges}


class ListPipeline(BaseModel):
    """A list-form pipeline written as a mapping: ``{steps: [...]}``."""

    model_config = ConfigDict(extra="forbid")

    steps: list[Any]
    description: str = ""


class GraphPipeline(BaseModel):
    """A graph-form pipeline: runnable 0.50's ``{start_at: ..., steps: {...}}``."""

    model_config = ConfigDict(extra="forbid")

    start_at: str = Field(description="write start_at: <the name of the first step>")
    steps: dict[Any, Any] = Field(description="write steps: {<step name>: {type: ..., next: ...}, ...}")
    description: str = ""
    name: str = ""


class Document(BaseModel):
    """The top of a YAML pipeline file: ``steps`` (a list) or ``dag`` (a graph)."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    description: str = ""
    steps: Any = None
    dag: Any = None


Model = TypeVar("Model", bound=BaseModel)


@dataclass
class ChainedStep:
    """One step of a chain (steps run one after the other), whichever form it was written in."""

    name: str
    fields: StepFields
    where: FileLocation
    on_failure: list[ChainedStep] = field(default_factory=list)

    @property
    def is_terminal(self) -> bool:
        return isinstance(self.fields, TerminalFields)


# --------------------------------------------------------------------------- loading


def load_pipeline(path: str | Path) -> Pipeline:
    """Read a YAML pipeline definition and build the SDK pipeline it describes."""
    path = Path(path)
    return _Builder(path).build(_read_document(path))


def _read_document(path: Path) -> dict[Any, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise exceptions.PipelineDefinitionError(
            f"Cannot read the pipeline definition {path}: {exc.strerror or exc}."
        ) from exc
    try:
        document = user_yaml.parse(text)  # anchors are bounded (0.50 files use them), duplicate keys refused
    except yaml.YAMLError as exc:
        raise exceptions.PipelineDefinitionError(
            f"The pipeline definition {path} is not valid YAML {user_yaml.describe(exc)}. "
            "Fix the file and run again."
        ) from exc
    if not isinstance(document, dict):
        raise exceptions.PipelineDefinitionError(
            f"The pipeline definition {path} must be a mapping with 'steps' (a list) or 'dag' (a graph); "
            f"found {'nothing' if document is None else type(document).__name__}."
        )
    return document


def _field_problems(
    error: ValidationError, model: type[BaseModel], what: str, other_fields: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """Each problem of a validation error as (the field's place, what is wrong and what to write)."""
    problems = []
    for item in error.errors():
        loc = item["loc"]
        place = ", ".join(f"item {part + 1}" if isinstance(part, int) else f"field '{part}'" for part in loc)
        top = model.model_fields.get(str(loc[0])) if len(loc) == 1 else None
        if item["type"] == "missing" and top is not None and top.description:
            message = f"missing; {top.description}"
        elif item["type"] == "extra_forbidden" and len(loc) == 1:
            message = (
                f"{what} has no such field (its fields: {', '.join([*model.model_fields, *other_fields])})"
            )
        else:
            message = str(item["msg"]).removeprefix("Value error, ")
        problems.append((place, message))
    return problems


def _edge_fields(step: dict[Any, Any], edges: type[BaseModel]) -> dict[Any, Any]:
    """The keys of a written step that place it in its chain (``name``/``next``, ``on_failure``)."""
    return {key: value for key, value in step.items() if key in edges.model_fields}


def _step_type_fields(step: dict[Any, Any], edges: type[BaseModel]) -> dict[Any, Any]:
    """The keys of a written step that its type's fields model checks: all but the edges."""
    return {key: value for key, value in step.items() if key not in edges.model_fields}


# --------------------------------------------------------------------------- building


class _Builder:
    """Turns a YAML document into SDK objects; every error names the file and the step's path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.form: PipelineForm = "list"  # the whole file's form, set by build()

    def fail(
        self, where: FileLocation, *problems: tuple[str, str] | str
    ) -> exceptions.PipelineDefinitionError:
        location = " > ".join(where)
        parts = []
        for problem in problems:
            place, message = problem if isinstance(problem, tuple) else ("", problem)
            head = ", ".join(part for part in (location, place) if part)
            parts.append(f"{head}: {message}" if head else message)
        text = "; ".join(part.rstrip(". ") for part in parts)
        return exceptions.PipelineDefinitionError(
            f"The pipeline definition {self.path} is not valid: {text}."
        )

    def validate(
        self,
        model: type[Model],
        data: Any,
        where: FileLocation,
        what: str,
        other_fields: tuple[str, ...] = (),
    ) -> Model:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise self.fail(where, *_field_problems(exc, model, what, other_fields)) from None

    def build(self, written: dict[Any, Any]) -> Pipeline:
        if written.get("dag") is not None:
            # runnable 0.50's files keep YAML anchors (the branches the dag uses) beside it.
            written = {key: value for key, value in written.items() if key in Document.model_fields}
        document = self.validate(Document, written, (), "a pipeline file")
        if (document.steps is None) == (document.dag is None):
            raise self.fail((), "give either 'steps' (an ordered list) or 'dag' (a graph of named steps)")
        self.form = "list" if document.steps is not None else "graph"
        chain, description, name = self.chain(document.steps if self.form == "list" else document.dag, ())
        return self.pipeline(
            chain,
            (),
            name=document.name or name or self.path.stem,
            description=document.description or description,
        )

    # -- either form becomes chains: one main chain, one chain per on_failure -------------

    def chain(self, written: Any, where: FileLocation) -> tuple[list[ChainedStep], str, str]:
        """The steps of a pipeline written in the file's form, with its description and name."""
        if written is None or written == [] or written == {}:
            raise self.fail(where, f"the pipeline is empty; write {EXAMPLE_PIPELINE[self.form]}")
        if self.form == "list":
            return self.list_chain(written, where)
        return self.graph_chain(written, where)

    def list_chain(self, written: Any, where: FileLocation) -> tuple[list[ChainedStep], str, str]:
        description = ""
        if isinstance(written, dict):
            if "start_at" in written:
                raise self.fail(
                    where,
                    "this is runnable 0.50's graph form (start_at, steps), but the file uses the list form; "
                    f"write {EXAMPLE_PIPELINE['list']}",
                )
            listed = self.validate(ListPipeline, written, where, "a pipeline")
            written, description = listed.steps, listed.description
        if not isinstance(written, list):
            raise self.fail(where, f"a pipeline is {EXAMPLE_PIPELINE['list']}, not {written!r}")
        if not written:
            raise self.fail(where, f"the pipeline is empty; write {EXAMPLE_PIPELINE['list']}")
        chain = []
        for position, step in enumerate(written):
            name = step.get("name") if isinstance(step, dict) else None
            step_where = (
                *where,
                f"step '{name}'" if name and isinstance(name, str) else f"step #{position + 1}",
            )
            if not isinstance(step, dict):
                raise self.fail(
                    step_where, f"a step is a mapping such as {{name: first, command: pkg.f}}, not {step!r}"
                )
            edges = self.validate(ListEdges, _edge_fields(step, ListEdges), step_where, "a step")
            fields = self.step_fields(_step_type_fields(step, ListEdges), step_where)
            if not edges.name and fields.type not in TERMINAL_TYPES:
                raise self.fail(step_where, "every step but a final success or fail needs a 'name'")
            on_failure: list[ChainedStep] = []
            if edges.on_failure is not None:
                on_failure, _, _ = self.list_chain(edges.on_failure, (*step_where, "on_failure"))
            chain.append(ChainedStep(edges.name, fields, step_where, on_failure))
        return chain, description, ""

    def graph_chain(self, written: Any, where: FileLocation) -> tuple[list[ChainedStep], str, str]:
        if isinstance(written, list):
            raise self.fail(
                where,
                "this is the list form, but the file uses runnable 0.50's graph form (dag:); write "
                + EXAMPLE_PIPELINE["graph"],
            )
        graph = self.validate(GraphPipeline, written, where, "a graph")
        steps: dict[str, Any] = {str(name): step for name, step in graph.steps.items()}
        if not steps:
            raise self.fail(where, f"the pipeline is empty; write {EXAMPLE_PIPELINE['graph']}")
        if graph.start_at not in steps:
            raise self.fail(
                where,
                f"'start_at' names '{graph.start_at}', which is not one of its steps ({', '.join(steps)})",
            )
        visited: set[str] = set()
        main = self.follow(steps, graph.start_at, visited, where)
        unreachable = [
            name
            for name, step in steps.items()
            if name not in visited and not (isinstance(step, dict) and step.get("type") in TERMINAL_TYPES)
        ]
        if unreachable:
            raise self.fail(
                where,
                f"steps {', '.join(repr(name) for name in unreachable)} are never reached from 'start_at'; "
                "link them with 'next' or 'on_failure', or remove them",
            )
        return main, graph.description, graph.name

    def follow(
        self, steps: dict[str, Any], start: str, visited: set[str], where: FileLocation
    ) -> list[ChainedStep]:
        """The chain from ``start`` along ``next``; each ``on_failure`` is followed into its own chain."""
        chain: list[ChainedStep] = []
        current = start
        while True:
            step_where = (*where, f"step '{current}'")
            step = steps[current] if current in steps else {"type": IMPLICIT_ENDS[current]}
            if not isinstance(step, dict):
                raise self.fail(
                    step_where,
                    f"a step is a mapping such as {{type: task, command: pkg.f, next: ...}}, not {step!r}",
                )
            edges = self.validate(GraphEdges, _edge_fields(step, GraphEdges), step_where, "a step")
            fields = self.step_fields(_step_type_fields(step, GraphEdges), step_where)
            if isinstance(fields, TerminalFields):
                # Terminal steps are shared ends, not positions in a chain.
                visited.add(current)
                chain.append(ChainedStep(current, fields, step_where))
                return chain
            if current in visited:
                raise self.fail(
                    step_where,
                    "it is reached by more than one path (or a cycle). Each path must be a chain that ends "
                    "in a success or fail step; give the shared steps distinct names on each path",
                )
            visited.add(current)
            on_failure: list[ChainedStep] = []
            if edges.on_failure:
                self.check_target(steps, step_where, "on_failure", edges.on_failure)
                on_failure = self.follow(steps, edges.on_failure, visited, where)
            chain.append(ChainedStep(current, fields, step_where, on_failure))
            if not edges.next:
                return chain
            self.check_target(steps, step_where, "next", edges.next)
            current = edges.next

    def check_target(self, steps: dict[str, Any], where: FileLocation, edge: str, target: str) -> None:
        if target not in steps and target not in IMPLICIT_ENDS:
            raise self.fail(
                where,
                f"'{edge}' names '{target}', which is not a step (steps: {', '.join(steps)}; "
                "'success' and 'fail' always exist)",
            )

    def step_fields(self, written: dict[Any, Any], where: FileLocation) -> StepFields:
        step_type = written.get("type", "task")
        model = FIELDS_OF_TYPE.get(step_type) if isinstance(step_type, str) else None
        if model is None:
            raise self.fail(
                where,
                (
                    "field 'type'",
                    f"{step_type!r} is not a step type; write one of {', '.join(FIELDS_OF_TYPE)}",
                ),
            )
        edges = tuple(EDGES[self.form].model_fields)
        return self.validate(model, written, where, f"a {step_type} step", edges)

    # -- chains become SDK pipelines --------------------------------------------------------

    def pipeline(
        self, chain: list[ChainedStep], where: FileLocation, name: str = "", description: str = ""
    ) -> Pipeline:
        from runnable import sdk

        for chained in chain[:-1]:
            if chained.is_terminal:
                raise self.fail(
                    chained.where,
                    f"a '{chained.fields.type}' step ends the pipeline, so it can only be the last step",
                )
        if all(chained.is_terminal for chained in chain):
            raise self.fail(where, "the pipeline has no step to run; add a task or stub step")
        built: list[Any] = [self.step(chained) for chained in chain if not chained.is_terminal]
        ending = chain[-1]
        if ending.is_terminal:
            kind = sdk.Success if ending.fields.type == "success" else sdk.Fail
            built.append(kind(name=ending.name) if ending.name else kind())
        try:
            return sdk.Pipeline(steps=built, name=name, description=description)
        except exceptions.PipelineDefinitionError as exc:
            raise self.fail(where, str(exc)) from exc

    def branch(self, written: Any, where: FileLocation) -> Pipeline:
        chain, description, _ = self.chain(written, where)
        return self.pipeline(chain, where, description=description)

    def branches(self, written: dict[Any, Any], chained: ChainedStep) -> dict[str, Pipeline]:
        if not written:
            raise self.fail(chained.where, ("field 'branches'", f"there are no branches; {_BRANCHES}"))
        # Keys are compared as text (a Conditional matches str(value)), so YAML's `1:` or `true:` work.
        return {
            str(key): self.branch(value, (*chained.where, f"branch '{key}'"))
            for key, value in written.items()
        }

    def step(self, chained: ChainedStep) -> Any:
        from runnable import sdk

        fields = chained.fields
        common: dict[str, Any] = {"name": chained.name}
        if not all(step.is_terminal for step in chained.on_failure):
            common["on_failure"] = self.pipeline(chained.on_failure, (*chained.where, "on_failure"))
        if isinstance(fields, ParallelFields):
            return self.construct(
                chained, sdk.Parallel, branches=self.branches(fields.branches, chained), **common
            )
        if isinstance(fields, ConditionalFields):
            branches = self.branches(fields.branches, chained)
            return self.construct(
                chained, sdk.Conditional, branches=branches, parameter=fields.parameter, **common
            )
        if isinstance(fields, MapFields):
            return self.construct(
                chained,
                sdk.Map,
                branch=self.branch(fields.branch, (*chained.where, "branch")),
                iterate_on=fields.iterate_on,
                iterate_as=fields.iterate_as,
                reducer=fields.reducer,
                **common,
            )
        if isinstance(fields, LoopFields):
            return self.construct(
                chained,
                sdk.Loop,
                branch=self.branch(fields.branch, (*chained.where, "branch")),
                max_iterations=fields.max_iterations,
                break_on=fields.break_on,
                index_as=fields.index_as,
                **common,
            )
        if isinstance(fields, StubFields):
            return self.construct(chained, sdk.Stub, **common)
        assert isinstance(fields, TaskFields)
        task: dict[str, Any] = dict(common)
        if fields.returns:
            task["returns"] = [self.task_return(spec) for spec in fields.returns]
        if fields.catalog is not None:
            task["catalog"] = sdk.Catalog(**fields.catalog.model_dump())
        if fields.secrets:
            task["secrets"] = fields.secrets
        if fields.overrides:
            task["overrides"] = fields.overrides
        if fields.command_type != "notebook" and "executed_copy_next_to_notebook" in fields.model_fields_set:
            raise self.fail(
                chained.where,
                (
                    "field 'executed_copy_next_to_notebook'",
                    "only notebook tasks have an executed copy; remove it",
                ),
            )
        if fields.command_type == "python":
            return self.construct(
                chained, sdk.PythonTask, function=self.function(chained, fields.command), **task
            )
        if fields.command_type == "shell":
            return self.construct(chained, sdk.ShellTask, command=fields.command, **task)
        if Path(fields.command).suffix != ".ipynb":
            raise self.fail(
                chained.where, f"a notebook command must be an .ipynb file, not {fields.command!r}"
            )
        return self.construct(
            chained,
            sdk.NotebookTask,
            notebook=fields.command,
            executed_copy_next_to_notebook=fields.executed_copy_next_to_notebook,
            **task,
        )

    def construct(self, chained: ChainedStep, kind: Callable[..., Any], **fields: Any) -> Any:
        try:
            return kind(**fields)
        except exceptions.PipelineDefinitionError as exc:
            raise self.fail(chained.where, str(exc)) from exc

    def task_return(self, spec: ReturnSpec) -> Any:
        from runnable import sdk

        if spec.kind == "object":
            return sdk.pickled(spec.name)
        if spec.kind == "metric":
            return sdk.metric(spec.name)
        return spec.name

    def function(self, chained: ChainedStep, command: str) -> Callable[..., Any]:
        path = command.strip()
        module_name, _, function_name = path.rpartition(".")
        if not module_name:
            raise self.fail(
                chained.where,
                f"a python command is 'module.function' (for example pkg.tasks.train), not {command!r}",
            )
        try:
            function = import_object(f"{module_name}:{function_name}")
        except ImportError as exc:
            raise self.fail(
                chained.where,
                f"cannot import module '{module_name}' ({exc}). Run from the directory that holds it, "
                "or install it",
            ) from exc
        except AttributeError:
            function = None
        if not callable(function):
            raise self.fail(chained.where, f"module '{module_name}' has no function '{function_name}'")
        return function  # type: ignore[no-any-return]
