"""A run executed node by node (``execute-single-node``, ``fan out``/``in``) leaves the local run log.

Every move is a separate ``runnable`` command that knows only the run id, the pipeline file and the
configuration; the walk below plays the engine (what Argo does from the rendered workflow).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from run_log_views import comparable, read_run_log
from runnable import defaults
from runnable.cli import execute
from runnable.cli.app import app
from runnable.graph import CompositeNode, Graph, LoopNode
from runnable.models import RunLog, decode_name_segment, join_internal_name

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = [
    "linear",
    "parameters",
    "catalog",
    "map",
    "parallel",
    "conditional",
    "loop",
    "nested",
    "on_failure_fail",
    "on_failure_succeed",
    "terminate_with_failure",
    "default_fail",
]

Command = Callable[[list[str]], tuple[int, str]]


def load_dag(pipeline_file: str) -> Graph:
    found: list[Graph] = []

    def capture(target: Any, given: dict[str, str]) -> RunLog:
        found.append(target.dag)
        return RunLog(run_id="captured", status=defaults.PROCESSING)

    execute.run_file(pipeline_file, execute.ExecuteOptions(runner=capture))
    assert len(found) == 1
    return found[0]


def walk(dag: Graph, command: Command, run_id: str, pipeline_file: str) -> None:
    """The engine's part: which move comes next, from each move's exit status."""

    def node_move(name: str) -> bool:
        code, text = command(["execute-single-node", run_id, pipeline_file, name])
        assert code in (0, 1), text
        assert json.loads(text.strip().splitlines()[-1])["status"] in defaults.TERMINAL_STATUSES
        return code == 0

    def fan(name: str, direction: str, iteration: int = 0) -> tuple[bool, dict[str, Any]]:
        code, text = command(["fan", run_id, name, pipeline_file, direction, "--iteration", str(iteration)])
        assert code in (0, 1), text
        return code == 0, json.loads(text.strip().splitlines()[-1])

    def graph(current: Graph, branch: str) -> None:
        node = current.node(current.start_at)
        while True:
            name = node.internal_name(branch)
            if isinstance(node, LoopNode):
                iteration, succeeded = 0, False
                while True:
                    opened, _ = fan(name, "out", iteration)
                    if not opened:
                        break
                    graph(node.branch, join_internal_name(name, str(iteration)))
                    succeeded, ended = fan(name, "in", iteration)
                    if not ended["another_iteration"]:
                        break
                    iteration += 1
            elif isinstance(node, CompositeNode):
                succeeded, planned = fan(name, "out")
                if succeeded:
                    for key in planned["branches"]:
                        graph(node.branch_graph(decode_name_segment(key)), join_internal_name(name, key))
                    succeeded, _ = fan(name, "in")
            else:
                succeeded = node_move(name)
            if node.is_terminal:
                # The fail node says the graph failed (exit 1), so the engine fails the branch or run.
                assert succeeded == (node.name == current.success_node.name)
                return
            node = current.node(node.next_node if succeeded else (node.on_failure or current.fail_node.name))

    graph(dag, "")


def configuration(workdir: Path, name: str) -> Path:
    path = workdir / f"{name}.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {
                    "type": "chunked-fs",
                    "config": {"log_folder": str(workdir / name / "logs")},
                },
                "catalog": {
                    "type": "file-system",
                    "config": {"catalog_location": str(workdir / name / "catalog")},
                },
            }
        )
    )
    return path


def run_locally(example: str, config: Path, run_id: str) -> RunLog:
    completed = subprocess.run(
        [sys.executable, "-m", f"examples.{example}"],
        env={
            **os.environ,
            "PYTHONPATH": str(REPOSITORY),
            defaults.ENV_CONFIGURATION_FILE: str(config),
            defaults.ENV_RUN_ID: run_id,
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode in (0, 1), completed.stderr
    return read_run_log(run_id, config)


@pytest.mark.parametrize("example", EXAMPLES)
def test_node_by_node_run_matches_the_local_run(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, example: str
) -> None:
    local_config = configuration(workdir, "local")
    nodes_config = configuration(workdir, "nodes")
    local = run_locally(example, local_config, f"{example}-local")

    pipeline_file = str(REPOSITORY / "examples" / f"{example}.py")
    monkeypatch.syspath_prepend(str(REPOSITORY))
    monkeypatch.setenv(defaults.ENV_CONFIGURATION_FILE, str(nodes_config))
    runner = CliRunner()

    def command(arguments: list[str]) -> tuple[int, str]:
        result = runner.invoke(app, arguments)
        return result.exit_code, result.stdout

    walk(load_dag(pipeline_file), command, f"{example}-nodes", pipeline_file)
    by_nodes = read_run_log(f"{example}-nodes", nodes_config)

    assert comparable(by_nodes) == comparable(local)


def test_every_node_is_its_own_process_knowing_only_arguments_and_environment(workdir: Path) -> None:
    """Each move is a fresh `runnable` process: run id as an argument, store config from the environment."""
    config = configuration(workdir, "nodes")
    local = run_locally("map", configuration(workdir, "local"), "map-local")
    pipeline_file = str(REPOSITORY / "examples" / "map.py")
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), defaults.ENV_CONFIGURATION_FILE: str(config)}
    moves: list[list[str]] = []

    def command(arguments: list[str]) -> tuple[int, str]:
        moves.append(arguments)
        completed = subprocess.run(
            [str(Path(sys.executable).parent / "runnable"), *arguments],
            env=environment,
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return completed.returncode, completed.stdout + completed.stderr

    walk(load_dag(pipeline_file), command, "map-nodes", pipeline_file)

    assert comparable(read_run_log("map-nodes", config)) == comparable(local)
    assert ["fan", "map-nodes", "process", pipeline_file, "out", "--iteration", "0"] in moves


def test_a_failed_step_exits_1_and_a_composite_step_is_refused_as_a_node(workdir: Path) -> None:
    config = configuration(workdir, "nodes")
    runner = CliRunner()
    pipeline_file = str(REPOSITORY / "examples" / "map.py")
    env = {defaults.ENV_CONFIGURATION_FILE: str(config)}
    sys.path.insert(0, str(REPOSITORY))
    try:
        refused = runner.invoke(app, ["execute-single-node", "r1", pipeline_file, "process"], env=env)
        missing = runner.invoke(app, ["execute-single-node", "r1", pipeline_file, "nowhere"], env=env)
    finally:
        sys.path.remove(str(REPOSITORY))
    assert refused.exit_code == 2 and "runnable fan" in refused.stderr
    assert missing.exit_code == 2 and "nowhere" in missing.stderr


def test_execute_job_records_what_the_local_job_executor_records(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = run_locally("python_job", configuration(workdir, "local"), "job-local")
    config = configuration(workdir, "nodes")
    monkeypatch.syspath_prepend(str(REPOSITORY))
    pipeline_file = str(REPOSITORY / "examples" / "python_job.py")

    result = CliRunner().invoke(
        app, ["execute-job", pipeline_file, "job-nodes"], env={defaults.ENV_CONFIGURATION_FILE: str(config)}
    )
    assert result.exit_code == 0, result.stderr
    by_node = read_run_log("job-nodes", config)

    assert by_node.job is not None and local.job is not None
    assert by_node.status == local.status == defaults.SUCCESS
    assert [(a.status, a.output_parameters) for a in by_node.job.attempts] == [
        (a.status, a.output_parameters) for a in local.job.attempts
    ]
    assert sorted(e.name for e in by_node.job.data_catalog) == sorted(e.name for e in local.job.data_catalog)
    refused = CliRunner().invoke(
        app,
        ["execute-job", str(REPOSITORY / "examples" / "linear.py"), "job-2"],
        env={defaults.ENV_CONFIGURATION_FILE: str(config)},
    )
    assert refused.exit_code == 2 and "defines a pipeline" in refused.stderr
