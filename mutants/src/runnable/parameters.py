"""How parameters flow: into a run, into a function's arguments, out of its returns.

Rules (see docs/pipelines.md):

* A run starts with the parameters of its parameters file (YAML mapping),
  overridden by environment variables ``RUNNABLE_PRM_<name>`` (JSON-decoded,
  else taken as a string).
* A function's arguments are bound by name. An annotated argument is
  validated into its annotation (a dict parameter becomes a pydantic model,
  ``"3"`` becomes ``3`` for an ``int``); ``**kwargs`` receives every parameter
  not bound by name; an argument with a default may be missing.
* A task's ``returns`` become parameters: JSON values (pydantic models are
  dumped), metrics (also recorded as the attempt's metrics) and pickled
  objects (kept by the catalog, restored for later steps).
"""

from __future__ import annotations

import inspect
import json
import os
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, model_validator
from pydantic_core import PydanticSerializationError, to_jsonable_python

from runnable import defaults, exceptions
from runnable.models import JsonParameter, MetricParameter, ObjectParameter, Parameter

JSON = "json"
METRIC = "metric"
OBJECT = "object"


class TaskReturn(BaseModel):
    """One name in a task's ``returns``: what the value is called and how it is kept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    kind: Literal["json", "metric", "object"] = "json"

    @model_validator(mode="before")
    @classmethod
    def _plain_name_is_json(cls, data: Any) -> Any:
        # returns=["x"] means returns=[json("x")]
        return {"name": data} if isinstance(data, str) else data


class ParameterBindingError(exceptions.RunnableError):
    """A function argument that no parameter can fill, or a value that does not fit its annotation."""


class ReturnValueError(exceptions.RunnableError):
    """A task's return value that does not match its ``returns``."""


# --------------------------------------------------------------------------- initial parameters


def initial_parameters(parameters_file: str = "") -> dict[str, Parameter]:
    """The run's starting parameters: the parameters file, then ``RUNNABLE_PRM_*`` on top."""
    found: dict[str, Parameter] = {}
    if parameters_file:
        found.update(
            {
                name: JsonParameter(value=value)
                for name, value in _read_parameters_file(parameters_file).items()
            }
        )
    found.update(environment_parameters())
    return found


def environment_parameters(environ: Mapping[str, str] | None = None) -> dict[str, Parameter]:
    environ = os.environ if environ is None else environ
    found: dict[str, Parameter] = {}
    for variable, raw in environ.items():
        name = variable.removeprefix(defaults.ENV_PARAMETER_PREFIX)
        if name == variable or not name:
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        found[name] = JsonParameter(value=value)
    return found


def _read_parameters_file(parameters_file: str) -> dict[str, Any]:
    import yaml

    path = Path(parameters_file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise exceptions.ConfigurationError(
            "the parameters file does not exist; check the path given as parameters_file",
            file=str(path),
        ) from None
    try:
        content = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise exceptions.ConfigurationError(
            f"the parameters file is not valid YAML{where}: {exc}", file=str(path)
        ) from None
    if content is None:
        return {}
    if not isinstance(content, dict) or not all(isinstance(key, str) for key in content):
        raise exceptions.ConfigurationError(
            "a parameters file must be a YAML mapping of parameter names to values", file=str(path)
        )
    return content


# --------------------------------------------------------------------------- arguments


def bind_arguments(
    function: Callable[..., Any],
    parameters: Mapping[str, Parameter],
    load_object: Callable[[ObjectParameter], Any],
) -> dict[str, Any]:
    """Keyword arguments for ``function`` taken from ``parameters`` by name."""
    signature = inspect.signature(function)
    hints = _type_hints(function)
    bound: dict[str, Any] = {}
    rest_goes_to: str | None = None
    for name, argument in signature.parameters.items():
        if argument.kind is inspect.Parameter.VAR_KEYWORD:
            rest_goes_to = name
            continue
        if argument.kind is inspect.Parameter.VAR_POSITIONAL:
            continue
        if name not in parameters:
            if argument.default is inspect.Parameter.empty:
                available = ", ".join(sorted(parameters)) or "none"
                raise ParameterBindingError(
                    f"argument '{name}' of {_describe(function)} has no parameter named '{name}' at this "
                    f"step (available: {available}). Return it from an earlier step (returns=[...]), set "
                    f"it in the parameters file or as {defaults.ENV_PARAMETER_PREFIX}{name}, or give the "
                    "argument a default."
                )
            continue
        if argument.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise ParameterBindingError(
                f"argument '{name}' of {_describe(function)} is positional-only; "
                "parameters are passed by name."
            )
        bound[name] = _coerce(function, name, hints.get(name), parameters[name], load_object)
    if rest_goes_to is not None:
        for name, parameter in parameters.items():
            if name not in bound and name not in signature.parameters:
                bound[name] = parameter_value(parameter, load_object)
    return bound


def parameter_value(parameter: Parameter, load_object: Callable[[ObjectParameter], Any]) -> Any:
    if isinstance(parameter, ObjectParameter):
        return load_object(parameter)
    return parameter.get_value()


def _coerce(
    function: Callable[..., Any],
    name: str,
    annotation: Any,
    parameter: Parameter,
    load_object: Callable[[ObjectParameter], Any],
) -> Any:
    value = parameter_value(parameter, load_object)
    if annotation is None or annotation is Any or isinstance(parameter, ObjectParameter):
        # An unpickled object is the very object that was returned: nothing to convert.
        return value
    try:
        adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    except Exception:  # a type pydantic cannot describe (any class): pass the value as it is
        return value
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        problems = "; ".join(error["msg"] for error in exc.errors()[:3])
        raise ParameterBindingError(
            f"argument '{name}' of {_describe(function)} is annotated {_type_name(annotation)} but parameter "
            f"'{name}' is {_short(value)}: {problems}."
        ) from None


def _type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except Exception:  # unresolvable string annotations: bind without those
        annotations = getattr(function, "__annotations__", {})
        return {name: hint for name, hint in annotations.items() if not isinstance(hint, str)}


# --------------------------------------------------------------------------- returns


def collect_returns(returns: list[TaskReturn], returned: Any, described: str) -> dict[str, Any]:
    """Pair a function's return value with its declared ``returns``.

    One declared name receives the whole value (a tuple included); several
    names need a tuple or list of exactly that many values.
    """
    if not returns:
        return {}
    if len(returns) == 1:
        return {returns[0].name: returned}
    names = ", ".join(r.name for r in returns)
    if not isinstance(returned, tuple | list):
        raise ReturnValueError(
            f"{described} declares {len(returns)} returns ({names}) but returned one value of type "
            f"{type(returned).__name__}; return a tuple of {len(returns)} values or fix returns=[...]."
        )
    if len(returned) != len(returns):
        raise ReturnValueError(
            f"{described} declares {len(returns)} returns ({names}) but returned {len(returned)} values; "
            "make them match."
        )
    return {task_return.name: value for task_return, value in zip(returns, returned, strict=True)}


def to_parameter(task_return: TaskReturn, value: Any, store_object: Callable[[str, Any], str]) -> Parameter:
    """The parameter a returned value becomes; objects are handed to ``store_object`` (name, value) -> key."""
    if task_return.kind == OBJECT:
        return ObjectParameter(value=store_object(task_return.name, value))
    jsonable = as_json_value(task_return.name, value)
    if task_return.kind == METRIC:
        return MetricParameter(value=jsonable)
    return JsonParameter(value=jsonable)


def as_json_value(name: str, value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        pass
    try:
        return to_jsonable_python(value)
    except PydanticSerializationError:
        raise ReturnValueError(
            f"return '{name}' is a {type(value).__name__}, which is not JSON serialisable; "
            f'declare it as pickled("{name}") to keep it as an object.'
        ) from None


def as_environment_value(value: Any) -> str:
    """How a parameter is exported to a shell: strings as they are, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value)


# --------------------------------------------------------------------------- helpers


def _describe(function: Callable[..., Any]) -> str:
    return f"function '{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', function)}'"


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation)


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
