"""What one more pipeline step or Map branch costs a store: requests counted around real runs.

``marginal(count, small, large)`` runs two pipelines and returns the difference in ``count()``
divided by the difference in size: the cost of one more step (``linear``) or branch (``mapped``),
the run's fixed cost (creating it, the final read) cancelled out. Tests assert these figures so
that store calls per step cannot creep back (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from runnable import Map, Pipeline, PythonTask, defaults
from runnable.models import BranchLog, JsonParameter, StepLog
from runnable.run_log_store.base import BaseRunLogStore

# How many items the Map pipeline iterates on: read by `items`, which runs in the pipeline.
_ITEMS = [0]


def no_op() -> None:
    return None


def items() -> list[int]:
    return list(range(_ITEMS[0]))


def same(x: int) -> int:
    return x


def linear(steps: int) -> Callable[[], Pipeline]:
    return lambda: Pipeline(steps=[PythonTask(function=no_op, name=f"step{index}") for index in range(steps)])


def mapped(branches: int) -> Callable[[], Pipeline]:
    def build() -> Pipeline:
        _ITEMS[0] = branches
        branch = Pipeline(steps=[PythonTask(function=same, name="work", returns=["y"])])
        return Pipeline(
            steps=[
                PythonTask(function=items, name="items", returns=["xs"]),
                Map(name="map", iterate_on="xs", iterate_as="x", branch=branch),
            ]
        )

    return build


def marginal(
    count: Callable[[], int],
    configuration: Path,
    small: tuple[int, Callable[[], Pipeline]],
    large: tuple[int, Callable[[], Pipeline]],
) -> float:
    """(count over the large run - count over the small run) / (large size - small size).

    A first run of the small pipeline is not counted: it creates what a store makes once (a
    database's tables, say).
    """
    small[1]().execute(configuration_file=str(configuration))
    counts = []
    for _, build in (small, large):
        pipeline = build()
        before = count()
        run_log = pipeline.execute(configuration_file=str(configuration))
        counts.append(count() - before)
        assert run_log.status == defaults.SUCCESS
    return (counts[1] - counts[0]) / (large[0] - small[0])


def write_one_map_branch(store: BaseRunLogStore, run_id: str) -> None:
    """What the executor stores for one Map branch of one task, under the run's step ``map``."""
    store.add_branch_log(BranchLog(internal_name="map.0"), run_id)
    store.add_step_log(StepLog(name="work", internal_name="map.0.work"), run_id)
    store.get_parameters(run_id, "map.0")
    store.set_parameters(run_id, {"y": JsonParameter(value=0)}, "map.0")
    store.add_step_log(StepLog(name="work", internal_name="map.0.work", status="SUCCESS"), run_id)
    store.add_step_log(StepLog(name="success", internal_name="map.0.success"), run_id)
    store.add_branch_log(BranchLog(internal_name="map.0", status="SUCCESS"), run_id)
