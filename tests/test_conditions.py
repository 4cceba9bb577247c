"""Parameter and metric conditions as people write them (``runnable.conditions``)."""

from __future__ import annotations

import pytest

from runnable import exceptions
from runnable.conditions import ParameterCondition, parse_condition, parse_conditions
from runnable.models import JsonParameter, MetricParameter, RunLog, RunLogFilter


@pytest.mark.parametrize(
    ("text", "name", "operator", "value"),
    [
        ("score>0.9", "score", ">", 0.9),
        (" score >= 1 ", "score", ">=", 1),
        ("loss<-0.5", "loss", "<", -0.5),
        ("lr<=1e-3", "lr", "<=", 0.001),
        ("lr=0.1", "lr", "=", 0.1),
        ("lr==0.1", "lr", "=", 0.1),
        ("optimizer!=adam", "optimizer", "!=", "adam"),
        ('optimizer="adam"', "optimizer", "=", "adam"),
        ('version="1"', "version", "=", "1"),
        ("flag=true", "flag", "=", True),
        ("layers=[64, 32]", "layers", "=", [64, 32]),
        ("val accuracy>0.5", "val accuracy", ">", 0.5),
        ("path=a=b", "path", "=", "a=b"),
    ],
)
def test_parsing(text: str, name: str, operator: str, value: object) -> None:
    condition = parse_condition(text)
    assert (condition.name, condition.operator, condition.value) == (name, operator, value)
    assert parse_condition(str(condition)) == condition  # the text form reads back the same


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("score>>0.9", "'>' compares numbers"),
        ("score", "not a condition"),
        (">0.9", "not a condition"),
        ("score>high", "'high' is not a number"),
        ("score>true", "'true' is not a number"),
        ("score>NaN", "is not a number"),
        ("lr=", 'write "" for the empty text'),
    ],
)
def test_malformed_conditions_say_what_to_write(text: str, says: str) -> None:
    with pytest.raises(exceptions.InvalidQueryError) as caught:
        parse_condition(text)
    assert text in str(caught.value) and says in str(caught.value)


def test_blank_texts_are_skipped() -> None:
    assert parse_conditions(["", "  ", "a=1"]) == [ParameterCondition(name="a", operator="=", value=1)]


def test_matching_follows_python_and_skips_runs_without_the_parameter() -> None:
    run = RunLog(
        run_id="r",
        parameters={
            "score": MetricParameter(value=0.95),
            "flag": JsonParameter(value=1),
            "name": JsonParameter(value="x"),
        },
    )
    assert RunLogFilter(conditions=["score>0.9", "flag=true", "name!=y"]).matches(run)
    assert not RunLogFilter(conditions=["missing!=1"]).matches(run)
    assert not RunLogFilter(conditions=["name>0"]).matches(run)
    assert not RunLogFilter(conditions=["score<=0.9"]).matches(run)


def test_a_condition_built_in_code_is_checked_too() -> None:
    with pytest.raises(ValueError, match="compares numbers"):
        ParameterCondition(name="score", operator=">", value="high")
