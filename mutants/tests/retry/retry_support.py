"""Names the retry tests share (fixtures live in conftest.py, step functions in retry_steps.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from retry_steps import double, flaky_square, flaky_total, items, make_basket

from runnable import Map, Pipeline, PythonTask, Stub, defaults, pickled
from runnable.exceptions import ExecutionFailedError
from runnable.models import RunLog, StepLog

# Stores every retry test runs on. "buffered" is the in-memory store, shared by every instance built
# in this process (conftest.SharedBufferedStore) so that a retry finds the run the first execution left.
STORES = ("buffered", "file-system", "chunked-fs", "database")
PERSISTENT_STORES = ("file-system", "chunked-fs", "database")
# Stores that let branches run in worker processes.
PARALLEL_STORES = ("chunked-fs", "database")

ConfigWriter = Callable[..., Path]
ReadRun = Callable[[Path, str], RunLog]


def basket_pipeline(on_failure: Pipeline | None = None) -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=make_basket, name="make", returns=[pickled("basket"), "count"]),
            PythonTask(function=flaky_total, name="total", returns=["total"], on_failure=on_failure),
            PythonTask(function=double, name="double", returns=["doubled"]),
        ]
    )


def fail_first(pipeline: Pipeline, configuration: Path, run_id: str = "the-run") -> RunLog:
    with pytest.raises(ExecutionFailedError) as failure:
        pipeline.execute(configuration_file=str(configuration), run_id=run_id)
    run_log = failure.value.run_log
    assert isinstance(run_log, RunLog) and run_log.status == defaults.FAIL
    return run_log


def map_pipeline() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["x"]),
            Map(
                name="squares",
                iterate_on="x",
                iterate_as="x",
                branch=Pipeline(steps=[PythonTask(function=flaky_square, name="square", returns=["sq"])]),
            ),
            Stub(name="after"),
        ]
    )


def step(run_log: RunLog, internal_name: str) -> StepLog:
    found, _ = run_log.search_step_by_internal_name(internal_name)
    return found
