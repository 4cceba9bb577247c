"""Conditions on a run's parameters and metrics: ``score>0.9``, ``lr=0.1``, ``optimizer!=adam``.

A condition is written ``NAME OPERATOR VALUE`` and parsed once, by
:func:`parse_condition`, into a :class:`ParameterCondition`. A
:class:`~runnable.models.RunLogFilter` carries a list of them (all must hold);
stores that query a backend translate them (the database store into SQL), the
others call :meth:`ParameterCondition.matches` through the shared filter, so
every store gives the same answers.

Meaning, for a run-level parameter ``NAME`` (metrics are run-level
parameters too):

- ``=`` / ``==`` and ``!=`` compare values as Python does (``1 == 1.0 ==
  True``); ``VALUE`` is read as JSON when it parses as JSON (``0.1``,
  ``true``, ``"quoted text"``, ``[1, 2]``), else as plain text (``adam``).
- ``>``, ``>=``, ``<``, ``<=`` need a number on both sides: runs whose value
  is not a number (text, a list, a boolean) do not match.
- A run without the parameter matches no condition on it, ``!=`` included.
- ``kind="metric"`` looks at metrics only, ``kind="parameter"`` at the other
  parameters only (what ``--metric`` and ``--param`` options mean); the
  default looks at either.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_validator

from runnable import exceptions

Operator = Literal["=", "!=", ">", ">=", "<", "<="]
Kind = Literal["parameter", "metric"]
METRIC_KIND = "metric"  # the ``kind`` of a MetricParameter
ORDERING_OPERATORS: frozenset[str] = frozenset({">", ">=", "<", "<="})

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}

# Longest operators first, so that `>=` is not read as `>` followed by `=1`.
_CONDITION = re.compile(
    r"^\s*(?P<name>[^=<>!\s](?:[^=<>!]*[^=<>!\s])?)\s*(?P<op>==|!=|>=|<=|=|>|<)\s*(?P<value>.*?)\s*$"
)

_EXAMPLES = "write NAME OPERATOR VALUE, for example score>0.9, lr=0.1 or optimizer!=adam"


def is_number(value: Any) -> bool:
    """A finite int or float; booleans are not numbers here, as JSON does not make them ones."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class ParameterCondition(BaseModel):
    """``name operator value`` on a run-level parameter or metric. See the module docstring."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    operator: Operator
    value: Any = None
    kind: Kind | None = None

    @model_validator(mode="after")
    def _ordering_needs_a_number(self) -> ParameterCondition:
        if not self.name.strip():
            raise ValueError("a condition needs a parameter name")
        if self.operator in ORDERING_OPERATORS and not is_number(self.value):
            raise ValueError(f"'{self.operator}' compares numbers; {self.value!r} is not a finite number")
        return self

    def matches(self, parameters: Mapping[str, Any]) -> bool:
        """Whether a run with these run-level parameters (``Parameter`` models) meets the condition."""
        parameter = parameters.get(self.name)
        if parameter is None or not self.accepts_kind(parameter.kind):
            return False
        value = parameter.get_value()
        if self.operator == "=":
            return bool(value == self.value)
        if self.operator == "!=":
            return bool(value != self.value)
        return is_number(value) and _COMPARE[self.operator](value, self.value)

    def accepts_kind(self, parameter_kind: str) -> bool:
        if self.kind is None:
            return True
        return (parameter_kind == METRIC_KIND) == (self.kind == "metric")

    def __str__(self) -> str:
        value = self.value
        if isinstance(value, str) and _reads_back_as_text(value):
            return f"{self.name}{self.operator}{value}"
        return f"{self.name}{self.operator}{json.dumps(value, ensure_ascii=False)}"


def _reads_back_as_text(text: str) -> bool:
    if not text or text != text.strip():
        return False
    try:
        json.loads(text)
    except ValueError:
        return True
    return False


def parse_value(text: str) -> Any:
    """A condition's value: JSON when it parses as JSON, else the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_condition(text: str, kind: Kind | None = None) -> ParameterCondition:
    """``score>0.9`` as a :class:`ParameterCondition`; :class:`InvalidQueryError` if it is not one.

    ``kind`` restricts it to metrics or to the other parameters (see the module docstring).
    """
    match = _CONDITION.match(text)
    if match is None:
        raise exceptions.InvalidQueryError(text, f"not a condition; {_EXAMPLES}.")
    name, op, raw = match.group("name"), match.group("op"), match.group("value")
    if raw == "":
        raise exceptions.InvalidQueryError(
            text, f"no value after '{op}'; {_EXAMPLES} (write \"\" for the empty text)."
        )
    value = parse_value(raw)
    if op in ORDERING_OPERATORS and not is_number(value):
        raise exceptions.InvalidQueryError(
            text, f"'{op}' compares numbers and {raw!r} is not a number; use = or != to compare text."
        )
    return ParameterCondition(name=name, operator="=" if op == "==" else op, value=value, kind=kind)


def parse_conditions(texts: Iterable[str], kind: Kind | None = None) -> list[ParameterCondition]:
    """Every non-blank text parsed; the first that is not a condition raises."""
    return [parse_condition(text, kind) for text in texts if text.strip()]


def as_conditions(conditions: Iterable[ParameterCondition | str] | None) -> list[ParameterCondition]:
    """Conditions given as parsed objects or as text, all parsed."""
    return [
        condition if isinstance(condition, ParameterCondition) else parse_condition(condition)
        for condition in conditions or ()
    ]
