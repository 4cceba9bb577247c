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
        success: {type: success}
        fail: {type: fail}

A step's fields: ``type`` (``task`` by default, ``stub``, ``success`` or
``fail``), ``command_type`` (``python`` by default, ``shell`` or ``notebook``),
``command`` (``module.function``, a shell command, or a ``.ipynb`` path),
``returns`` (names, or ``{name, kind}`` with kind ``json``, ``object`` for a
pickled value, or ``metric``), ``catalog`` (``{get: [...], put: [...],
store_copy: true}``), ``secrets`` (names) and ``on_failure``. A path ends at
a ``success`` step (the default when a list simply ends) or a ``fail`` step.
In the graph form every path is a chain: a failure path may not join the main
one again.

Every mistake raises :class:`~runnable.exceptions.PipelineDefinitionError`
naming the file and the step.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from runnable import exceptions

if TYPE_CHECKING:  # pragma: no cover
    from runnable.sdk import Pipeline

StepType = Literal["task", "stub", "success", "fail"]
TERMINAL_TYPES = ("success", "fail")


class ReturnSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: Literal["json", "object", "metric"] = "json"


class CatalogSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    get: list[str] = Field(default_factory=list)
    put: list[str] = Field(default_factory=list)
    store_copy: bool = True


class _StepFields(BaseModel):
    """What both forms say about one step."""

    model_config = ConfigDict(extra="forbid")

    type: StepType = "task"
    command_type: Literal["python", "shell", "notebook"] = "python"
    command: str = ""
    returns: list[ReturnSpec] = Field(default_factory=list)
    catalog: CatalogSpec | None = None
    secrets: list[str] = Field(default_factory=list)

    @field_validator("returns", mode="before")
    @classmethod
    def _names_are_json_returns(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"name": item} if isinstance(item, str) else item for item in value]
        return value

    @model_validator(mode="after")
    def _task_needs_command(self) -> _StepFields:
        if self.type == "task" and not self.command.strip():
            raise ValueError("a task needs a 'command'")
        return self


class ListStep(_StepFields):
    name: str = ""
    on_failure: list[ListStep] = Field(default_factory=list)

    @model_validator(mode="after")
    def _named_unless_terminal(self) -> ListStep:
        if not self.name and self.type not in TERMINAL_TYPES:
            raise ValueError("every step but a final success/fail needs a 'name'")
        return self


class GraphStep(_StepFields):
    next: str = ""
    on_failure: str = ""


class Graph(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start_at: str
    description: str = ""
    name: str = ""
    steps: dict[str, GraphStep]


class PipelineDefinition(BaseModel):
    """The top of a YAML pipeline file: either ``steps`` (a list) or ``dag`` (a graph)."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    description: str = ""
    steps: list[ListStep] | None = None
    dag: Graph | None = None

    @model_validator(mode="after")
    def _exactly_one_form(self) -> PipelineDefinition:
        if (self.steps is None) == (self.dag is None):
            raise ValueError("give either 'steps' (an ordered list) or 'dag' (a graph of named steps)")
        return self


ListStep.model_rebuild()


# --------------------------------------------------------------------------- loading


def load_pipeline(path: str | Path) -> Pipeline:
    """Read a YAML pipeline definition and build the SDK pipeline it describes."""
    path = Path(path)
    definition = read_definition(path)
    return _Builder(path).build(definition)


def read_definition(path: Path) -> PipelineDefinition:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise exceptions.PipelineDefinitionError(
            f"Cannot read the pipeline definition {path}: {exc.strerror or exc}."
        ) from exc
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise exceptions.PipelineDefinitionError(
            f"The pipeline definition {path} is not valid YAML{where}: {problem}. Fix the file and run again."
        ) from exc
    if not isinstance(document, dict):
        raise exceptions.PipelineDefinitionError(
            f"The pipeline definition {path} must be a mapping with 'steps' (a list) or 'dag' (a graph); "
            f"found {'nothing' if document is None else type(document).__name__}."
        )
    try:
        return PipelineDefinition.model_validate(document)
    except ValidationError as exc:
        raise exceptions.PipelineDefinitionError(_describe(path, document, exc)) from exc


def _describe(path: Path, document: dict[str, Any], error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        message = str(item["msg"]).removeprefix("Value error, ")
        problems.append(f"{_where(document, item['loc'])}: {message}")
    return (
        f"The pipeline definition {path} is not valid: {'; '.join(problems)}. See docs/cli.md for the schema."
    )


def _where(document: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """Name a validation error's location by step name rather than by list index."""
    parts: list[str] = []
    node: Any = document
    keys = list(loc)
    while keys:
        key = keys.pop(0)
        child = _child(node, key)
        if key in ("steps", "on_failure") and keys and isinstance(child, list | dict):
            index = keys.pop(0)
            step = _child(child, index)
            name = step.get("name") if isinstance(step, dict) and isinstance(child, list) else None
            label = name or (f"#{index + 1}" if isinstance(index, int) else str(index))
            parts.append(f"{'failure step' if key == 'on_failure' else 'step'} '{label}'")
            node = step
        elif isinstance(key, int):
            parts.append(f"item {key + 1}")
            node = child
        elif key != "dag":
            parts.append(f"field '{key}'")
            node = child
        else:
            node = child
    return ", ".join(parts) if parts else "top level"


def _child(node: Any, key: int | str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and key < len(node):
        return node[key]
    return None


# --------------------------------------------------------------------------- building


class _Builder:
    """Turns a validated definition into SDK objects; errors name the file and step."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, step: str, problem: str) -> exceptions.PipelineDefinitionError:
        return exceptions.PipelineDefinitionError(
            f"The pipeline definition {self.path}, step '{step}': {problem}"
        )

    def build(self, definition: PipelineDefinition) -> Pipeline:
        name = definition.name or (definition.dag.name if definition.dag else "") or self.path.stem
        description = definition.description or (definition.dag.description if definition.dag else "")
        chain = definition.steps if definition.steps is not None else self._chains_of(definition.dag)
        assert chain is not None
        if not [step for step in chain if step.type not in TERMINAL_TYPES]:
            raise exceptions.PipelineDefinitionError(
                f"The pipeline definition {self.path} has no step to run: add a task or stub step."
            )
        return self._pipeline(chain, name=name, description=description)

    # -- the graph form becomes lists: one main chain, one chain per on_failure -------

    def _chains_of(self, graph: Graph | None) -> list[ListStep]:
        assert graph is not None
        if graph.start_at not in graph.steps:
            raise exceptions.PipelineDefinitionError(
                f"The pipeline definition {self.path}: 'start_at' names '{graph.start_at}', which is not "
                f"one of its steps ({', '.join(graph.steps)})."
            )
        visited: set[str] = set()
        main = self._follow(graph, graph.start_at, visited)
        unreachable = [n for n, s in graph.steps.items() if n not in visited and s.type not in TERMINAL_TYPES]
        if unreachable:
            raise exceptions.PipelineDefinitionError(
                f"The pipeline definition {self.path}: steps {', '.join(repr(n) for n in unreachable)} "
                "are never reached from 'start_at'; link them with 'next' or 'on_failure', or remove them."
            )
        return main

    def _follow(self, graph: Graph, start: str, visited: set[str]) -> list[ListStep]:
        chain: list[ListStep] = []
        current = start
        while True:
            step = graph.steps[current]
            if step.type in TERMINAL_TYPES:
                # Terminal steps are shared ends, not positions in a chain.
                visited.add(current)
                chain.append(ListStep(name=current, type=step.type))
                return chain
            if current in visited:
                raise self.fail(
                    current,
                    "it is reached by more than one path (or a cycle). Each path must be a chain that "
                    "ends in a success or fail step; give the shared steps distinct names on each path.",
                )
            visited.add(current)
            on_failure: list[ListStep] = []
            if step.on_failure:
                self._check_target(graph, current, "on_failure", step.on_failure)
                on_failure = self._follow(graph, step.on_failure, visited)
            fields = step.model_dump(exclude={"next", "on_failure"})
            chain.append(ListStep(name=current, on_failure=on_failure, **fields))
            if not step.next:
                return chain
            self._check_target(graph, current, "next", step.next)
            current = step.next

    def _check_target(self, graph: Graph, step: str, field: str, target: str) -> None:
        if target not in graph.steps:
            raise self.fail(
                step, f"'{field}' names '{target}', which is not a step (steps: {', '.join(graph.steps)})."
            )

    # -- lists become SDK pipelines -------------------------------------------------------

    def _pipeline(self, chain: list[ListStep], name: str = "", description: str = "") -> Pipeline:
        from runnable import sdk

        for position, step in enumerate(chain[:-1]):
            if step.type in TERMINAL_TYPES:
                raise self.fail(
                    step.name or f"#{position + 1}",
                    f"a '{step.type}' step ends the pipeline, so it can only be the last step.",
                )
        built: list[Any] = [self._step(step) for step in chain if step.type not in TERMINAL_TYPES]
        if chain and chain[-1].type in TERMINAL_TYPES:
            ending = sdk.Success if chain[-1].type == "success" else sdk.Fail
            built.append(ending(name=chain[-1].name) if chain[-1].name else ending())
        try:
            return sdk.Pipeline(steps=built, name=name, description=description)
        except exceptions.PipelineDefinitionError as exc:
            raise exceptions.PipelineDefinitionError(f"The pipeline definition {self.path}: {exc}") from exc

    def _step(self, step: ListStep) -> Any:
        from runnable import sdk

        common: dict[str, Any] = {"name": step.name}
        if [s for s in step.on_failure if s.type not in TERMINAL_TYPES]:
            common["on_failure"] = self._pipeline(step.on_failure, name=f"{step.name} on failure")
        if step.type == "stub":
            return self._construct(step, sdk.Stub, common)
        task_fields: dict[str, Any] = dict(common)
        if step.returns:
            task_fields["returns"] = [self._return(r) for r in step.returns]
        if step.catalog is not None:
            task_fields["catalog"] = sdk.Catalog(
                get=step.catalog.get, put=step.catalog.put, store_copy=step.catalog.store_copy
            )
        if step.secrets:
            task_fields["secrets"] = step.secrets
        if step.command_type == "python":
            return self._construct(step, sdk.PythonTask, {**task_fields, "function": self._function(step)})
        if step.command_type == "shell":
            return self._construct(step, sdk.ShellTask, {**task_fields, "command": step.command})
        if Path(step.command).suffix != ".ipynb":
            raise self.fail(step.name, f"a notebook command must be an .ipynb file, not {step.command!r}.")
        return self._construct(step, sdk.NotebookTask, {**task_fields, "notebook": step.command})

    def _construct(self, step: ListStep, kind: Callable[..., Any], fields: dict[str, Any]) -> Any:
        try:
            return kind(**fields)
        except exceptions.PipelineDefinitionError as exc:
            raise self.fail(step.name, str(exc)) from exc

    def _return(self, spec: ReturnSpec) -> Any:
        from runnable import sdk

        if spec.kind == "object":
            return sdk.pickled(spec.name)
        if spec.kind == "metric":
            return sdk.metric(spec.name)
        return spec.name

    def _function(self, step: ListStep) -> Callable[..., Any]:
        module_name, _, function_name = step.command.strip().rpartition(".")
        if not module_name:
            raise self.fail(
                step.name,
                f"a python command is 'module.function' (for example pkg.tasks.train), not {step.command!r}.",
            )
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise self.fail(
                step.name,
                f"cannot import module '{module_name}' ({exc}). Run from the directory that holds it, "
                "or install it.",
            ) from exc
        function = getattr(module, function_name, None)
        if not callable(function):
            raise self.fail(step.name, f"module '{module_name}' has no function '{function_name}'.")
        return function  # type: ignore[no-any-return]
