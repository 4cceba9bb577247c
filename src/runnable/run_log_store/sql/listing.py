"""The database store's listings: a :class:`~runnable.models.RunLogFilter` as one SELECT.

One ``.where`` per filter that is set, newest first on ``(created_at,
run_id)``, a keyset cursor compared as a row value. Parameter filters are
subqueries on the parameters table at run scope: equality by ``value_key``
(an index lookup), ordering conditions (``score>0.9``) on the number the
stored JSON body spells, with the same meaning as
:meth:`runnable.conditions.ParameterCondition.matches`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pydantic_core
from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Numeric,
    Select,
    String,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
)

from runnable import exceptions
from runnable.conditions import METRIC_KIND, ParameterCondition
from runnable.models import RunLogFilter
from runnable.run_log_store.sql.codec import value_key
from runnable.run_log_store.sql.schema import Tables

_DIGITS = tuple("0123456789")


def _key_or_none(value: Any) -> str | None:
    try:
        return value_key(value)
    except (pydantic_core.PydanticSerializationError, TypeError, ValueError):
        return None  # no stored (JSON) value equals it


def listing(connection: Connection, tables: Tables, query: RunLogFilter) -> Select[Any]:
    """The runs matching a filter, newest first, one page."""
    runs = tables.runs
    statement = select(runs)
    if query.run_ids is not None:
        statement = statement.where(runs.c.run_id.in_(query.run_ids))
    if query.tag:
        statement = statement.where(runs.c.tag == query.tag)
    if query.status:
        statement = statement.where(runs.c.status == query.status)
    if query.created_after is not None:
        statement = statement.where(runs.c.created_at >= query.created_after)
    if query.created_before is not None:
        statement = statement.where(runs.c.created_at < query.created_before)
    if query.updated_after is not None:
        statement = statement.where(runs.c.updated_at >= query.updated_after)
    if query.updated_before is not None:
        statement = statement.where(runs.c.updated_at < query.updated_before)
    equalities = [ParameterCondition(name=n, operator="=", value=v) for n, v in query.parameters.items()]
    for condition in [*equalities, *query.conditions]:
        statement = statement.where(_parameter_clause(tables, condition, connection.dialect.name))
    if query.after is not None:
        cursor = connection.execute(
            select(runs.c.created_at, runs.c.run_id).where(runs.c.run_id == query.after)
        ).one_or_none()
        if cursor is None:
            raise exceptions.RunLogNotFoundError(query.after)
        # A row-value comparison, not an OR of two: databases seek it as one index range.
        statement = statement.where(
            tuple_(runs.c.created_at, runs.c.run_id) < (cursor.created_at, cursor.run_id)
        )
    statement = statement.order_by(runs.c.created_at.desc(), runs.c.run_id.desc())
    return statement.limit(query.limit) if query.limit is not None else statement


def _parameter_clause(tables: Tables, condition: ParameterCondition, dialect: str) -> ColumnElement[bool]:
    """Runs whose run-level parameter meets the condition.

    Equality looks the value up in the (name, value_key) index: few runs
    match, and they are found directly. The other conditions are checked run
    by run, newest first, through the (run, scope, name) key, so a page stops
    as soon as it is full instead of evaluating every run's value first.
    """
    runs, parameters = tables.runs, tables.parameters
    named = [parameters.c.name == condition.name, parameters.c.scope == ""]
    if condition.kind is not None:
        is_metric = parameters.c.kind == METRIC_KIND
        named.append(is_metric if condition.kind == "metric" else ~is_metric)
    if condition.operator == "=":
        key = _key_or_none(condition.value)
        if key is None:
            return false()
        return runs.c.id.in_(select(parameters.c.run_pk).where(*named, parameters.c.value_key == key))
    if condition.operator == "!=":
        key = _key_or_none(condition.value)
        compared: ColumnElement[bool] = true() if key is None else parameters.c.value_key != key
    else:
        number = _stored_number(tables, dialect)
        bound: Any = condition.value
        if dialect == "postgresql":
            bound = literal(Decimal(repr(condition.value)), Numeric())
        compared = {
            ">": number > bound,
            ">=": number >= bound,
            "<": number < bound,
            "<=": number <= bound,
        }[condition.operator]
    return select(parameters.c.run_pk).where(parameters.c.run_pk == runs.c.id, *named, compared).exists()


def _stored_number(tables: Tables, dialect: str) -> ColumnElement[Any]:
    """The parameter's value as an SQL number when its JSON body is a number, else NULL.

    A JSON text is a number exactly when it starts with a digit or with ``-``
    and a digit (``-Infinity``, ``true`` and ``"1"`` do not), so no JSON
    function is needed. Compressed bodies are long documents, never numbers.
    """
    parameters = tables.parameters
    if dialect == "postgresql":
        text = func.convert_from(parameters.c.body, "UTF8")
        # CASE evaluates in order: a compressed body is never converted, a non-number never cast.
        return case(
            (parameters.c.compressed, None),
            (text.op("~")(r"^-?[0-9]"), cast(text, Numeric())),
            else_=None,
        )
    body = cast(parameters.c.body, String())
    first, second = func.substr(body, 1, 1), func.substr(body, 2, 1)
    is_number = and_(
        parameters.c.compressed == false(),
        or_(first.in_(_DIGITS), and_(first == "-", second.in_(_DIGITS))),
    )
    return case((is_number, cast(body, Float())), else_=None)
