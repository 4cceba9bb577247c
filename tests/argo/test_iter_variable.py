"""runnable 0.50's ``--iter-variable``: a step inside Map and Loop branches named with placeholders.

0.50 named such a step ``process.map_variable_placeholder.process chunk`` and passed the Map's item
(and the Loop's index) as JSON. A run walked node by node that way leaves the run log a run walked
with plain internal names leaves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipelines.test_node_by_node import REPOSITORY, configuration, load_dag, walk
from run_log_views import comparable, read_run_log
from runnable import defaults
from runnable.cli.app import app
from runnable.executor.nodes import LOOP_PLACEHOLDER, MAP_PLACEHOLDER
from runnable.graph import Graph, LoopNode, MapNode
from runnable.models import decode_name_segment, split_internal_name


def as_050(dag: Graph, step: str) -> tuple[str, dict[str, Any]]:
    """``step`` as 0.50 wrote it (placeholders for Map and Loop keys) and its iter variable."""
    segments = split_internal_name(step)
    iter_variable: dict[str, Any] = {"map_variable": {}, "loop_variable": []}
    graph = dag
    for position in range(0, len(segments) - 1, 2):
        node = graph.node(decode_name_segment(segments[position]))
        key = decode_name_segment(segments[position + 1])
        if isinstance(node, MapNode):
            try:
                value = json.loads(key)
            except json.JSONDecodeError:
                value = key
            iter_variable["map_variable"][node.iterate_as] = {"value": value}
            segments[position + 1] = MAP_PLACEHOLDER
        elif isinstance(node, LoopNode):
            iter_variable["loop_variable"].append({"value": int(key)})
            segments[position + 1] = LOOP_PLACEHOLDER
        graph = node.branch_graph(key)
    return ".".join(segments), iter_variable


@pytest.mark.parametrize("example", ["map", "loop", "nested"])
def test_a_run_walked_with_iter_variables_leaves_the_plain_walks_run_log(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, example: str
) -> None:
    pipeline_file = str(REPOSITORY / "examples" / f"{example}.py")
    monkeypatch.syspath_prepend(str(REPOSITORY))
    dag = load_dag(pipeline_file)
    runner = CliRunner()
    placeholders_used: list[str] = []

    def plain(arguments: list[str]) -> tuple[int, str]:
        result = runner.invoke(app, [*arguments, "--config", str(configuration(workdir, "plain"))])
        return result.exit_code, result.stdout

    def with_iter_variable(arguments: list[str]) -> tuple[int, str]:
        arguments = list(arguments)
        position = 3 if arguments[0] == "execute-single-node" else 1
        step, iter_variable = as_050(dag, arguments[position])
        arguments[position] = step
        if "--iteration" in arguments:  # 0.50 gave a Loop step's own iteration as one more loop value
            at = arguments.index("--iteration")
            iter_variable["loop_variable"].append({"value": int(arguments[at + 1])})
            del arguments[at : at + 2]
        if MAP_PLACEHOLDER in step or LOOP_PLACEHOLDER in step:
            placeholders_used.append(step)
        arguments += ["--iter-variable", json.dumps(iter_variable)]
        result = runner.invoke(app, [*arguments, "--config", str(configuration(workdir, "050"))])
        return result.exit_code, result.stdout

    walk(dag, plain, "plain", pipeline_file)
    walk(dag, with_iter_variable, "050", pipeline_file)

    assert placeholders_used  # the branches' steps were named with placeholders
    by_050 = read_run_log("050", configuration(workdir, "050"))
    assert comparable(by_050) == comparable(read_run_log("plain", configuration(workdir, "plain")))
    assert by_050.status in defaults.TERMINAL_STATUSES


def flat(text: str) -> str:
    """The message without the box and line breaks the console draws around it."""
    return " ".join(text.replace("│", " ").split())


def test_an_iter_variable_that_does_not_fit_the_step_is_a_usage_error(workdir: Path) -> None:
    pipeline_file = str(REPOSITORY / "examples" / "map.py")
    runner = CliRunner()
    step = f"process.{MAP_PLACEHOLDER}.process chunk"

    too_many = runner.invoke(
        app,
        ["execute-single-node", "r", pipeline_file, step, "--iter-variable", '{"map_variable": {}}'],
    )
    not_json = runner.invoke(
        app, ["execute-single-node", "r", pipeline_file, step, "--iter-variable", "{chunk: 1}"]
    )
    bad_index = runner.invoke(
        app,
        [
            "fan",
            "r",
            "wait for it",
            pipeline_file,
            "out",
            "--iter-variable",
            '{"loop_variable": [{"value": -1}]}',
        ],
    )

    assert too_many.exit_code == not_json.exit_code == bad_index.exit_code == 2
    assert "has 1 map and 0 loop placeholder(s), but --iter-variable gives 0 map" in flat(too_many.stderr)
    assert "is not runnable 0.50's iter variable" in flat(not_json.stderr)
    assert "a loop index must be a whole number from 0, not -1" in flat(bad_index.stderr)
    assert "Traceback" not in too_many.stderr + not_json.stderr + bad_index.stderr
