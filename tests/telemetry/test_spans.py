"""Spans of real runs, captured with the OpenTelemetry SDK's in-memory exporter (docs/telemetry.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from runnable import Conditional, Loop, Map, Parallel, Pipeline, PythonTask, Stub, defaults, telemetry
from runnable.exceptions import ExecutionFailedError

ConfigWriter = Callable[..., Path]
SECRET = "tok-987-secret"


def numbers() -> list[int]:
    return [3, 1]


def square(x: int) -> int:
    return x * x


def heads() -> str:
    return "heads"


def count(i: int) -> bool:
    return i >= 1


def leaks_the_token() -> None:
    raise ValueError(f"the server refused token {os.environ['API_TOKEN']}")


def run_script(script: str, folder: Path, **variables: str) -> str:
    """What a Python ``script`` run in a fresh interpreter in ``folder`` prints (it must succeed), with
    no RUNNABLE_ or OTEL_ variable but ``variables``."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("RUNNABLE_", "OTEL_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=folder,
        env={**environment, **variables},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def by_name(exporter: InMemorySpanExporter) -> dict[str, ReadableSpan]:
    found = {span.name: span for span in exporter.get_finished_spans()}
    assert len(found) == len(exporter.get_finished_spans()), "span names are unique in these runs"
    return found


def parent_of(span: ReadableSpan, spans: dict[str, ReadableSpan]) -> str:
    assert span.parent is not None, f"{span.name} has no parent"
    return next(name for name, other in spans.items() if other.context.span_id == span.parent.span_id)


def test_a_linear_pipeline_is_a_run_span_over_its_steps_and_attempts(
    write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    pipeline = Pipeline(
        steps=[PythonTask(function=numbers, name="numbers", returns=["xs"]), Stub(name="after")]
    )
    pipeline.execute(configuration_file=str(write_config()), run_id="linear-run", tag="nightly")

    found = by_name(spans)
    assert set(found) == {"run linear-run", "step numbers", "attempt 1", "step after", "step success"}
    run = found["run linear-run"]
    assert run.parent is None
    assert run.attributes is not None
    assert run.attributes["runnable.run_id"] == "linear-run"
    assert run.attributes["runnable.tag"] == "nightly"
    assert run.attributes["runnable.status"] == defaults.SUCCESS
    assert run.status.status_code is StatusCode.OK
    for name in ("step numbers", "step after", "step success"):
        assert parent_of(found[name], found) == "run linear-run"
        assert found[name].context.trace_id == run.context.trace_id
    assert parent_of(found["attempt 1"], found) == "step numbers"
    step = found["step numbers"].attributes
    assert step is not None
    assert (step["runnable.step"], step["runnable.node_type"]) == ("numbers", "task")
    attempt = found["attempt 1"].attributes
    assert attempt is not None
    assert attempt["runnable.attempt"] == 1
    assert tuple(attempt["runnable.returns"]) == ("xs",)  # type: ignore[arg-type]
    assert found["step after"].attributes == {
        "runnable.step": "after",
        "runnable.node_type": "stub",
        "runnable.status": defaults.SUCCESS,
    }


def path_to_root(span: ReadableSpan, spans: Sequence[ReadableSpan]) -> list[str]:
    """The names from the root span down to ``span``."""
    by_id = {other.context.span_id: other for other in spans}
    names = [span.name]
    while span.parent is not None:
        span = by_id[span.parent.span_id]
        names.insert(0, span.name)
    return names


def test_map_and_parallel_branches_nest_under_their_composite_step(
    write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    branch = Pipeline(steps=[PythonTask(function=square, name="square", returns=["y"])])
    pipeline = Pipeline(
        steps=[
            PythonTask(function=numbers, name="numbers", returns=["xs"]),
            Map(name="each", branch=branch, iterate_on="xs", iterate_as="x"),
            Parallel(
                name="both",
                branches={
                    "left": Pipeline(steps=[Stub(name="l")]),
                    "right": Pipeline(steps=[Stub(name="r")]),
                },
            ),
        ]
    )
    pipeline.execute(configuration_file=str(write_config()), run_id="composite-run")

    finished = spans.get_finished_spans()
    found = {span.name: span for span in finished if not span.name.startswith("attempt")}
    assert path_to_root(found["step each.3.square"], finished) == [
        "run composite-run",
        "step each",
        "attempt 1",
        "branch each.3",
        "step each.3.square",
    ]
    for item in ("3", "1"):
        branch_span = found[f"branch each.{item}"]
        assert path_to_root(branch_span, finished)[1:] == ["step each", "attempt 1", f"branch each.{item}"]
        assert branch_span.attributes is not None
        assert branch_span.attributes["runnable.node_type"] == "map"
        assert branch_span.attributes["runnable.status"] == defaults.SUCCESS
        assert parent_of(found[f"step each.{item}.square"], found) == f"branch each.{item}"
    for side, stub in (("left", "l"), ("right", "r")):
        assert path_to_root(found[f"step both.{side}.{stub}"], finished)[1:] == [
            "step both",
            "attempt 1",
            f"branch both.{side}",
            f"step both.{side}.{stub}",
        ]
    composite = found["step both"].attributes
    assert composite is not None and composite["runnable.node_type"] == "parallel"
    assert len({span.context.trace_id for span in finished}) == 1


def test_a_conditional_case_and_loop_iterations_are_branch_spans(
    write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=heads, name="toss", returns=["side"]),
            Conditional(
                name="pick",
                parameter="side",
                branches={
                    "heads": Pipeline(steps=[Stub(name="h")]),
                    "tails": Pipeline(steps=[Stub(name="t")]),
                },
            ),
            Loop(
                name="again",
                branch=Pipeline(steps=[PythonTask(function=count, name="count", returns=["stop"])]),
                max_iterations=5,
                break_on="stop",
                index_as="i",
            ),
        ]
    )
    pipeline.execute(configuration_file=str(write_config()), run_id="choice-run")

    # Each task's span has an "attempt 1" child: only the others have unique names here.
    finished = spans.get_finished_spans()
    found = {span.name: span for span in finished if not span.name.startswith("attempt")}
    assert path_to_root(found["branch pick.heads"], finished)[1:] == [
        "step pick",
        "attempt 1",
        "branch pick.heads",
    ]
    assert "branch pick.tails" not in found
    assert parent_of(found["step pick.heads.h"], found) == "branch pick.heads"
    iterations = sorted(name for name in found if name.startswith("branch again."))
    assert iterations == ["branch again.0", "branch again.1"]
    for name in iterations:
        attributes = found[name].attributes
        assert attributes is not None and attributes["runnable.node_type"] == "loop"
        assert path_to_root(found[name], finished)[1:] == ["step again", "attempt 1", name]
    pick = found["step pick"].attributes
    assert pick is not None and pick["runnable.node_type"] == "conditional"


def test_a_failing_step_fails_its_spans_with_the_secret_masked(
    write_config: ConfigWriter, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_API_TOKEN", SECRET)
    configuration = write_config(secrets={"type": "env-secrets", "config": {"prefix": "VAULT_"}})
    pipeline = Pipeline(steps=[PythonTask(function=leaks_the_token, name="call", secrets=["API_TOKEN"])])

    with pytest.raises(ExecutionFailedError):
        pipeline.execute(configuration_file=str(configuration), run_id="failing-run")

    found = by_name(spans)
    for name in ("run failing-run", "step call", "attempt 1"):
        span = found[name]
        assert span.status.status_code is StatusCode.ERROR, name
        assert span.attributes is not None
        assert span.attributes["runnable.status"] == defaults.FAIL
        error = str(span.attributes["runnable.error"])
        assert "the server refused token" in error and defaults.MASK in error
    assert parent_of(found["step fail"], found) == "run failing-run"
    for span in spans.get_finished_spans():
        assert SECRET not in span.to_json()


def test_the_console_exporter_prints_the_spans_of_a_run(tmp_path: Path) -> None:
    script = (
        "from runnable import Pipeline, Stub\n"
        "Pipeline(steps=[Stub(name='only')]).execute(run_id='console-run')\n"
    )
    output = run_script(
        script,
        tmp_path,
        RUNNABLE_TELEMETRY_CONSOLE="true",
        OTEL_SERVICE_NAME="nightly-etl",
        OTEL_RESOURCE_ATTRIBUTES="deployment.environment=test",
    )
    assert '"name": "run console-run"' in output
    assert '"name": "step only"' in output
    assert '"service.name": "nightly-etl"' in output
    assert '"deployment.environment": "test"' in output


def test_the_service_name_defaults_to_runnable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_SERVICE_NAME", raising=False)
    monkeypatch.delenv("OTEL_RESOURCE_ATTRIBUTES", raising=False)
    configured = telemetry.configured_tracer({telemetry.CONSOLE_VARIABLE: "true"})
    assert isinstance(configured, telemetry.OpenTelemetryTracer)
    assert configured.provider.resource.attributes["service.name"] == "runnable"


def test_with_nothing_configured_opentelemetry_is_never_imported(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from runnable import Pipeline, PythonTask, Stub, telemetry\n"
        "Pipeline(steps=[Stub(name='only')]).execute(run_id='quiet-run')\n"
        "assert not telemetry.tracer().enabled\n"
        "print(sorted(name for name in sys.modules if name.startswith('opentelemetry')))\n"
    )
    output = run_script(script, tmp_path)
    assert output.strip().splitlines()[-1] == "[]"


def printed_spans(output: str) -> list[dict[str, Any]]:
    """The JSON objects the console exporter printed, whatever else the output holds."""
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    position = output.find("{")
    while position != -1:
        try:
            value, end = decoder.raw_decode(output, position)
        except json.JSONDecodeError:
            position = output.find("{", position + 1)
            continue
        if isinstance(value, dict) and "context" in value:
            found.append(value)
        position = output.find("{", end)
    return found


def test_branches_run_by_worker_processes_join_the_runs_trace(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "pipeline-executor:\n  type: local\n  config:\n    enable_parallel: true\n    max_workers: 2\n"
        "run-log-store:\n  type: chunked-fs\n"
    )
    script = (
        "from runnable import Parallel, Pipeline, Stub\n"
        "branches = {'left': Pipeline(steps=[Stub(name='l')]), 'right': Pipeline(steps=[Stub(name='r')])}\n"
        "Pipeline(steps=[Parallel(name='both', branches=branches)]).execute(\n"
        "    configuration_file='config.yaml', run_id='worker-run')\n"
    )
    output = run_script(script, tmp_path, RUNNABLE_TELEMETRY_CONSOLE="true")
    spans = {span["name"]: span for span in printed_spans(output)}
    run = spans["run worker-run"]
    step = spans["step both"]
    attempt = spans["attempt 1"]
    assert attempt["parent_id"] == step["context"]["span_id"]
    for side, stub in (("left", "l"), ("right", "r")):
        branch = spans[f"branch both.{side}"]
        assert branch["attributes"]["runnable.worker"] is True
        assert branch["attributes"]["runnable.node_type"] == "parallel"
        assert branch["parent_id"] == attempt["context"]["span_id"]
        assert spans[f"step both.{side}.{stub}"]["parent_id"] == branch["context"]["span_id"]
    assert {span["context"]["trace_id"] for span in spans.values()} == {run["context"]["trace_id"]}
