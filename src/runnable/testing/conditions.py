"""The part of the store contract about parameter and metric conditions.

Every store that passes the contract answers ``get_run_logs(conditions=[...])`` as
:mod:`runnable.conditions` defines it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from runnable import exceptions
from runnable.conditions import ParameterCondition, parse_condition
from runnable.models import JsonParameter, MetricParameter, ObjectParameter, Parameter, RunLog
from runnable.run_log_store.base import BaseRunLogStore

_T0 = datetime(2026, 11, 2, 8, 0, 0, tzinfo=timezone.utc)

# Large enough to be compressed by stores that compress bodies.
_LONG_LIST = list(range(3000))

_RUNS: dict[str, dict[str, Parameter]] = {
    "c-a": {
        "score": MetricParameter(value=0.95),
        "lr": JsonParameter(value=0.1),
        "opt": JsonParameter(value="adam"),
    },
    "c-b": {
        "score": MetricParameter(value=0.5),
        "lr": JsonParameter(value=0.01),
        "opt": JsonParameter(value="sgd"),
    },
    "c-c": {
        "score": MetricParameter(value=1),
        "lr": JsonParameter(value=0.1),
        "flag": JsonParameter(value=True),
    },
    "c-d": {"score": JsonParameter(value="high"), "blob": JsonParameter(value=_LONG_LIST)},
    "c-e": {
        "score": MetricParameter(value=-3.5),
        "flag": JsonParameter(value=1),
        "opt": JsonParameter(value="0.9"),
    },
    "c-f": {"model": ObjectParameter(value="model.pkl"), "score": JsonParameter(value=[1, 2])},
    "c-g": {},
}


class ConditionsContract:
    """Conditions on run-level parameters and metrics."""

    __test__ = False

    def _put_condition_runs(self, store: BaseRunLogStore) -> None:
        for minutes, (run_id, parameters) in enumerate(_RUNS.items()):
            moment = _T0 + timedelta(minutes=minutes)
            tag = "odd" if minutes % 2 else "even"
            store.put_run_log(
                RunLog(run_id=run_id, tag=tag, parameters=parameters, created_at=moment, updated_at=moment)
            )

    def test_conditions_on_parameters_and_metrics(self, store: BaseRunLogStore) -> None:
        self._put_condition_runs(store)

        def ids(*conditions: str | ParameterCondition, **filters: Any) -> list[str]:
            return [r.run_id for r in store.get_run_logs(conditions=list(conditions), **filters)]

        assert ids("score>0.9") == ["c-c", "c-a"]
        assert ids("score >= 1") == ["c-c"]
        assert ids("score<0") == ["c-e"]
        assert ids("score<=0.5") == ["c-e", "c-b"]
        assert ids("score>-10") == ["c-e", "c-c", "c-b", "c-a"]  # text, lists and booleans are no numbers
        assert ids("lr=0.1") == ["c-c", "c-a"]
        assert ids("lr==0.1", "score>0.9", "score<1") == ["c-a"]
        assert ids("opt=adam") == ["c-a"]
        assert ids("opt!=adam") == ["c-e", "c-b"]  # a run without `opt` matches no condition on it
        assert ids('opt="0.9"') == ["c-e"]
        assert ids("opt=0.9") == []  # the number 0.9 is not the text "0.9"
        assert ids("flag=true") == ["c-e", "c-c"]  # as in Python, 1 == True
        assert ids("score=[1, 2]") == ["c-f"]
        assert ids("model=model.pkl") == ["c-f"]
        assert ids("blob>1") == []
        assert ids("blob!=1") == ["c-d"]
        assert ids("missing>0") == []
        assert ids(parse_condition("score>0.9"), tag="even") == ["c-c", "c-a"]
        assert ids("score>0.9", tag="odd") == []
        assert ids("score>-10", run_ids=["c-a", "c-e", "c-g"]) == ["c-e", "c-a"]

    def test_conditions_on_metrics_only_or_parameters_only(self, store: BaseRunLogStore) -> None:
        self._put_condition_runs(store)

        def ids(condition: ParameterCondition) -> list[str]:
            return [r.run_id for r in store.get_run_logs(conditions=[condition])]

        # c-c's score is a metric, c-d's and c-f's are plain parameters.
        assert ids(parse_condition("score>0.9", kind="metric")) == ["c-c", "c-a"]
        assert ids(parse_condition("score>0.9", kind="parameter")) == []
        assert ids(parse_condition("score!=1", kind="parameter")) == ["c-f", "c-d"]
        assert ids(parse_condition("score!=1", kind="metric")) == ["c-e", "c-b", "c-a"]
        assert ids(parse_condition("lr=0.1", kind="parameter")) == ["c-c", "c-a"]
        assert ids(parse_condition("lr=0.1", kind="metric")) == []

    def test_conditions_page_with_a_cursor(self, store: BaseRunLogStore) -> None:
        self._put_condition_runs(store)
        first = store.get_run_logs(conditions=["score>-10"], limit=2)
        assert [r.run_id for r in first] == ["c-e", "c-c"]
        second = store.get_run_logs(conditions=["score>-10"], limit=2, after=first[-1].run_id)
        assert [r.run_id for r in second] == ["c-b", "c-a"]
        assert store.get_run_logs(conditions=["score>-10"], limit=2, after="c-a") == []

    def test_written_conditions_are_checked_before_the_store_is_asked(self, store: BaseRunLogStore) -> None:
        with pytest.raises(exceptions.InvalidQueryError, match="score>high"):
            store.get_run_logs(conditions=["score>high"])
