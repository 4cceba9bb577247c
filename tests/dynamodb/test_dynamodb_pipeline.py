"""Pipelines recorded in DynamoDB end to end: a Map of 1,000 branches over parallel workers.

About 7 requests per branch (tests/dynamodb/test_dynamodb_store.py counts them), each a few
milliseconds in moto's server, which answers one request at a time: 100 to 230 s on a shared 2-core
machine (chunked-fs runs the same Map over 8 workers in about a minute), hence ``slow``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from runnable import Map, Pipeline, PythonTask, defaults
from runnable.run_log_store.dynamodb import DynamoDBRunLogStore
from servers.s3 import StoreConfig

pytestmark = [pytest.mark.dynamodb, pytest.mark.slow]

BRANCHES = 1000


def items() -> list[int]:
    return list(range(BRANCHES))


def double(x: int) -> int:
    return x * 2


def test_a_map_of_1000_branches_over_4_workers(workdir: Path, dynamodb_config: StoreConfig) -> None:
    config = dynamodb_config()
    path = workdir / "runnable-config.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "dynamodb", "config": config},
                "catalog": {"type": "do-nothing"},
                "pipeline-executor": {"type": "local", "config": {"enable_parallel": True, "max_workers": 4}},
            }
        )
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["xs"]),
            Map(
                name="map",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(steps=[PythonTask(function=double, name="work", returns=["y"])]),
            ),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(path), run_id="wide-map")

    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["y"].get_value() == [x * 2 for x in range(BRANCHES)]
    stored = DynamoDBRunLogStore(**config).get_run_log_by_id("wide-map", full=True)
    branches = stored.steps["map"].branches
    assert list(branches) == [f"map.{x}" for x in range(BRANCHES)]
    for x, (name, branch) in enumerate(branches.items()):
        assert branch.status == defaults.SUCCESS, name
        assert [(s.name, s.status) for s in branch.steps.values()] == [
            ("work", "SUCCESS"),
            ("success", "SUCCESS"),
        ]
        assert branch.parameters["y"].get_value() == x * 2
