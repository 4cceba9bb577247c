"""Runs exporting their spans over OTLP to a real receiver the test starts (tests/servers/otlp.py).

Each run is a fresh interpreter configured only as a user would (environment variables or the
configuration file's ``telemetry:`` section), so what the receiver decodes is what a collector gets.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from runnable import defaults
from servers.otlp import ERROR, OK, GrpcReceiver, HttpReceiver, Received

TASKS = """
import os


def where() -> int:
    return os.getpid()


def items() -> list[str]:
    return ["a", "b", "c", "d"]


def work(item: str = "") -> int:
    return os.getpid()


def refuse(api_key: str) -> None:
    raise RuntimeError("the service said no")
"""

PIPELINE = """
from runnable import Map, Parallel, Pipeline, PythonTask
from tasks import items, where, work

each = Pipeline(steps=[PythonTask(function=work, name="work", returns=["pid"])])
sides = {
    "left": Pipeline(steps=[PythonTask(function=work, name="l", returns=["pid"])]),
    "right": Pipeline(steps=[PythonTask(function=work, name="r", returns=["pid"])]),
}
Pipeline(
    steps=[
        PythonTask(function=where, name="where", returns=["main_pid"]),
        PythonTask(function=items, name="items", returns=["item_list"]),
        Map(name="each", branch=each, iterate_on="item_list", iterate_as="item"),
        Parallel(name="sides", branches=sides),
    ]
).execute(configuration_file="config.yaml", run_id="exported-run", tag="e2e")
"""

PARALLEL_CONFIG = (
    "pipeline-executor:\n  type: local\n  config:\n    enable_parallel: true\n    max_workers: 2\n"
    "run-log-store:\n  type: chunked-fs\n"
)


def run_pipeline(
    folder: Path, script: str, config: str, **variables: str
) -> subprocess.CompletedProcess[str]:
    """``script`` run in a fresh interpreter in ``folder`` beside tasks.py and config.yaml, with no
    RUNNABLE_ or OTEL_ variable but ``variables`` (spans are sent within 0.1 s of ending)."""
    (folder / "tasks.py").write_text(TASKS)
    (folder / "config.yaml").write_text(config)
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("RUNNABLE_", "OTEL_"))
    }
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=folder,
        env={**environment, "OTEL_BSP_SCHEDULE_DELAY": "100", **variables},
        capture_output=True,
        text=True,
        timeout=300,
    )


def by_id(spans: list[Received]) -> dict[str, Received]:
    return {span.span_id: span for span in spans}


def path_to_root(span: Received, spans: dict[str, Received]) -> list[str]:
    """The names from the root span down to ``span``: every parent must have arrived."""
    names = [span.name]
    while span.parent_span_id:
        span = spans[span.parent_span_id]
        names.insert(0, span.name)
    return names


def named(spans: list[Received], name: str) -> Received:
    matching = [span for span in spans if span.name == name]
    assert len(matching) == 1, f"{len(matching)} spans named {name!r}"
    return matching[0]


def has_run_span(name: str) -> object:
    return lambda spans: any(span.name == name for span in spans)


def test_a_run_with_worker_processes_arrives_as_one_trace_over_otlp_http(tmp_path: Path) -> None:
    with HttpReceiver() as receiver:
        result = run_pipeline(
            tmp_path,
            PIPELINE,
            PARALLEL_CONFIG,
            OTEL_EXPORTER_OTLP_ENDPOINT=receiver.endpoint,
            OTEL_SERVICE_NAME="nightly-etl",
            RUNNABLE_TELEMETRY_PARAMETER_VALUES="true",
        )
        assert result.returncode == 0, result.stderr
        # The run's process exported at exit; the workers before saying each branch was done.
        spans = receiver.wait_for(has_run_span("run exported-run"))

    assert len({span.trace_id for span in spans}) == 1, "every process's spans are in the run's trace"
    assert {span.resource["service.name"] for span in spans} == {"nightly-etl"}
    ids = by_id(spans)
    run = named(spans, "run exported-run")
    assert run.parent_span_id == ""
    assert run.attributes["runnable.tag"] == "e2e"
    assert run.status == OK

    branches = [span for span in spans if span.name.startswith("branch ")]
    assert sorted(span.name for span in branches) == [
        "branch each.a",
        "branch each.b",
        "branch each.c",
        "branch each.d",
        "branch sides.left",
        "branch sides.right",
    ]
    for branch in branches:
        step = branch.name.removeprefix("branch ").split(".")[0]
        assert path_to_root(branch, ids) == ["run exported-run", f"step {step}", "attempt 1", branch.name]
        assert branch.attributes["runnable.worker"] is True
        assert branch.attributes["runnable.node_type"] == {"each": "map", "sides": "parallel"}[step]
        assert branch.status == OK

    # The tasks return the pid of the process that ran them: the branches' came from the workers.
    main_pid = _returned(spans, ids, "step where")
    worker_pids = {
        _returned(spans, ids, name)
        for name in ("step each.a.work", "step each.b.work", "step each.c.work", "step sides.right.r")
    }
    # Which worker takes which branch (and whether the second starts in time) is the pool's business.
    assert worker_pids and main_pid not in worker_pids
    work = named(spans, "step each.b.work")
    assert path_to_root(work, ids)[-2:] == ["branch each.b", "step each.b.work"]


def _returned(spans: list[Received], ids: dict[str, Received], step_name: str) -> int:
    """The value the attempt under ``step_name`` returned (RUNNABLE_TELEMETRY_PARAMETER_VALUES)."""
    step = named(spans, step_name)
    (attempt,) = [span for span in spans if span.parent_span_id == step.span_id]
    name = next(key for key in attempt.attributes if key.startswith("runnable.return."))
    return int(attempt.attributes[name])


def test_a_failing_run_arrives_with_its_error_and_no_secret(tmp_path: Path) -> None:
    script = (
        "from runnable import Pipeline, PythonTask\n"
        "from tasks import refuse\n"
        "Pipeline(steps=[PythonTask(function=refuse, name='call')]).execute(\n"
        "    configuration_file='config.yaml', run_id='refused-run', parameters_file='parameters.yaml')\n"
    )
    (tmp_path / "parameters.yaml").write_text("api_key: sk-live-123456\n")
    with HttpReceiver() as receiver:
        result = run_pipeline(
            tmp_path,
            script,
            "run-log-store:\n  type: buffered\n",
            OTEL_EXPORTER_OTLP_ENDPOINT=receiver.endpoint,
            RUNNABLE_TELEMETRY_PARAMETER_VALUES="true",
        )
        assert result.returncode != 0
        spans = receiver.wait_for(has_run_span("run refused-run"))

    for name in ("run refused-run", "step call", "attempt 1"):
        span = named(spans, name)
        assert span.status == ERROR, name
        assert span.attributes["runnable.status"] == defaults.FAIL
        assert "the service said no" in str(span.attributes["runnable.error"])
    assert named(spans, "attempt 1").attributes["runnable.parameter.api_key"] == f'"{defaults.MASK}"'
    assert all("sk-live-123456" not in repr(span) for span in spans)


def test_the_telemetry_section_of_the_configuration_file_configures_the_export(tmp_path: Path) -> None:
    script = (
        "from runnable import Pipeline, Stub\n"
        "Pipeline(steps=[Stub(name='only')]).execute(configuration_file='config.yaml', run_id='filed-run')\n"
    )
    with HttpReceiver() as receiver:
        config = (
            "run-log-store:\n  type: buffered\n"
            f"telemetry:\n  endpoint: {receiver.endpoint}\n  service-name: from-the-file\n"
            "  resource_attributes:\n    team: data\n    deployment.environment: file\n"
        )
        result = run_pipeline(
            tmp_path, script, config, OTEL_RESOURCE_ATTRIBUTES="deployment.environment=environment"
        )
        assert result.returncode == 0, result.stderr
        spans = receiver.wait_for(has_run_span("run filed-run"))

    run = named(spans, "run filed-run")
    assert run.resource["service.name"] == "from-the-file"
    assert run.resource["team"] == "data"
    # The environment wins over the file, attribute by attribute.
    assert run.resource["deployment.environment"] == "environment"
    assert {span.name for span in spans} == {"run filed-run", "step only", "step success"}


def test_a_run_exports_over_otlp_grpc_when_the_protocol_says_so(tmp_path: Path) -> None:
    pytest.importorskip("opentelemetry.exporter.otlp.proto.grpc", reason="the gRPC exporter is not installed")
    with GrpcReceiver() as receiver:
        result = run_pipeline(
            tmp_path,
            PIPELINE,
            PARALLEL_CONFIG,
            OTEL_EXPORTER_OTLP_ENDPOINT=receiver.endpoint,
            OTEL_EXPORTER_OTLP_PROTOCOL="grpc",
            OTEL_EXPORTER_OTLP_INSECURE="true",
        )
        assert result.returncode == 0, result.stderr
        spans = receiver.wait_for(has_run_span("run exported-run"))

    ids = by_id(spans)
    assert len({span.trace_id for span in spans}) == 1
    for side, step in (("left", "l"), ("right", "r")):
        assert path_to_root(named(spans, f"step sides.{side}.{step}"), ids) == [
            "run exported-run",
            "step sides",
            "attempt 1",
            f"branch sides.{side}",
            f"step sides.{side}.{step}",
        ]
