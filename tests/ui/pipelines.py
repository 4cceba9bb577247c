"""Pipelines whose runs the web UI tests browse: run as a script, one run per call.

    python tests/ui/pipelines.py KIND CONFIG_FILE RUN_ID [TAG]

KIND is linear, failed, map, nested or running. Parameters come from
``RUNNABLE_PRM_*`` as usual. ``running`` waits in its second step until the
file named by ``RUNNABLE_UI_RELEASE`` exists, so its run stays PROCESSING
for as long as a test wants.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from runnable import Map, Parallel, Pipeline, PythonTask, Stub, exceptions, metric


def prepare(lr: float = 0.1, note: str = "plain") -> dict[str, object]:
    print(f"preparing with lr={lr} and note {note}")
    return {"lr": lr, "epochs": 3}


def train(lr: float = 0.1, epochs: int = 3) -> float:
    print(f"training for {epochs} epochs at lr={lr}")
    return round(min(0.99, 0.5 + lr * 4), 4)


def evaluate(score: float) -> str:
    print(f"evaluated score {score}")
    return "good" if score > 0.9 else "fair"


def explode(lr: float = 0.1) -> None:
    print("about to fail")
    raise ValueError(f"boom: learning rate {lr} is not usable")


def items(count: int = 30) -> list[int]:
    return list(range(count))


def square(item: int) -> int:
    return item * item


def wait_for_release() -> None:
    release = Path(os.environ["RUNNABLE_UI_RELEASE"])
    deadline = time.monotonic() + 300
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def linear() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=prepare, name="prepare", returns=["config"]),
            PythonTask(function=train, name="train", returns=[metric("score")]),
            PythonTask(function=evaluate, name="evaluate", returns=["verdict"]),
        ]
    )


def failed() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=prepare, name="prepare", returns=["config"]),
            PythonTask(function=explode, name="explode"),
        ]
    )


def mapped() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=items, name="items", returns=["items"]),
            Map(
                name="squares",
                iterate_on="items",
                iterate_as="item",
                branch=Pipeline(steps=[PythonTask(function=square, name="square", returns=["squared"])]),
            ),
        ]
    )


def nested() -> Pipeline:
    inner = Parallel(
        name="inner",
        branches={
            "left": Pipeline(steps=[PythonTask(function=train, name="fit left", returns=[metric("score")])]),
            "right": Pipeline(steps=[Stub(name="fit right")]),
        },
    )
    return Pipeline(
        steps=[
            Parallel(
                name="outer",
                branches={
                    "a": Pipeline(steps=[inner]),
                    "b": Pipeline(steps=[Stub(name="only b")]),
                },
            ),
            PythonTask(function=evaluate, name="evaluate", returns=["verdict"]),
        ]
    )


def running() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=prepare, name="prepare", returns=["config"]),
            PythonTask(function=wait_for_release, name="wait"),
        ]
    )


KINDS = {"linear": linear, "failed": failed, "map": mapped, "nested": nested, "running": running}


def main(kind: str, configuration_file: str, run_id: str, tag: str = "") -> int:
    try:
        KINDS[kind]().execute(configuration_file=configuration_file, run_id=run_id, tag=tag)
    except exceptions.ExecutionFailedError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
