"""Pipelines whose runs the web UI tests browse: run as a script, runs made one after another.

    python tests/ui/pipelines.py CONFIG_FILE RUN_JSON [RUN_JSON ...]

Each RUN_JSON is ``{"kind": ..., "run_id": ..., "tag": ..., "parameters": {...}}``;
kind is linear, failed, map, nested or running, and parameters are given to
the run as ``RUNNABLE_PRM_*`` variables are. ``running`` waits in its second
step until the file named by ``RUNNABLE_UI_RELEASE`` exists, so its run stays
PROCESSING for as long as a test wants. The exit code is the number of runs
that failed.
"""

from __future__ import annotations

import json
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


def main(configuration_file: str, *runs: str) -> int:
    failures = 0
    for text in runs:
        run = json.loads(text)
        names = [f"RUNNABLE_PRM_{name}" for name in run.get("parameters", {})]
        os.environ.update({f"RUNNABLE_PRM_{k}": json.dumps(v) for k, v in run.get("parameters", {}).items()})
        try:
            KINDS[run["kind"]]().execute(
                configuration_file=configuration_file, run_id=run["run_id"], tag=run.get("tag", "")
            )
        except exceptions.ExecutionFailedError:
            failures += 1
        finally:
            for name in names:
                os.environ.pop(name, None)
    return failures


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
