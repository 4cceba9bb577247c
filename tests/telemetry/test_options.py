"""Telemetry's options and configuration: the ``telemetry:`` section, parameter values, store-call
spans, and the trace id a run records (``runs show``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from typer.testing import CliRunner

from run_log_views import read_run_log
from runnable import Pipeline, PythonTask, Stub, config, defaults, exceptions, plugins, telemetry
from runnable.cli import app
from runnable.telemetry import TelemetrySettings

ConfigWriter = Callable[..., Path]


def total(n: int, connection_url: str, db_password: str) -> int:
    return n * 2


def named(exporter: InMemorySpanExporter, name: str) -> ReadableSpan:
    (span,) = [span for span in exporter.get_finished_spans() if span.name == name]
    return span


def run_with_parameters(workdir: Path, configuration: Path, run_id: str) -> None:
    parameters = workdir / "parameters.yaml"
    parameters.write_text(
        "n: 21\nconnection_url: postgresql://etl:s3cr3t-pw@db/warehouse\ndb_password: hunter2-secret\n"
        f"notes: {'x' * 400}\n"
    )
    Pipeline(steps=[PythonTask(function=total, name="total", returns=["doubled"])]).execute(
        configuration_file=str(configuration), run_id=run_id, parameters_file=str(parameters)
    )


# --------------------------------------------------------------------------- parameter values


def test_parameter_values_are_on_spans_only_when_asked_and_masked(
    workdir: Path, write_config: ConfigWriter, spans_with_values: InMemorySpanExporter
) -> None:
    run_with_parameters(workdir, write_config(), "valued-run")

    run = dict(named(spans_with_values, "run valued-run").attributes or {})
    attempt = dict(named(spans_with_values, "attempt 1").attributes or {})
    for shown in (run, attempt):
        assert shown["runnable.parameter.n"] == "21"
        assert shown["runnable.parameter.db_password"] == f'"{defaults.MASK}"'
        assert (
            shown["runnable.parameter.connection_url"] == f'"postgresql://etl:{defaults.MASK}@db/warehouse"'
        )
        notes = str(shown["runnable.parameter.notes"])
        assert len(notes) == telemetry.VALUE_LIMIT and notes.endswith("…")
    assert attempt["runnable.return.doubled"] == "42"
    for span in spans_with_values.get_finished_spans():
        assert "hunter2-secret" not in span.to_json() and "s3cr3t-pw" not in span.to_json()


def test_without_the_option_spans_carry_parameter_names_only(
    workdir: Path, write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    run_with_parameters(workdir, write_config(), "named-run")

    attempt = dict(named(spans, "attempt 1").attributes or {})
    assert tuple(attempt["runnable.parameters"]) == ("connection_url", "db_password", "n", "notes")  # type: ignore[arg-type]
    assert not [
        key for span in spans.get_finished_spans() for key in span.attributes or {} if ".parameter." in key
    ]


# --------------------------------------------------------------------------- store calls


def test_store_calls_are_child_spans_of_the_step_that_made_them(
    write_config: ConfigWriter, spans_with_store_calls: InMemorySpanExporter
) -> None:
    Pipeline(steps=[Stub(name="only")]).execute(configuration_file=str(write_config()), run_id="store-run")

    finished = spans_with_store_calls.get_finished_spans()
    by_id = {span.context.span_id: span for span in finished}
    step = named(spans_with_store_calls, "step only")
    under_step = [
        span.name
        for span in finished
        if span.parent is not None and span.parent.span_id == step.context.span_id
    ]
    assert "store add_step_log" in under_step
    create = named(spans_with_store_calls, "store create_run_log")
    assert create.parent is not None and by_id[create.parent.span_id].name == "run store-run"
    assert dict(create.attributes or {})["runnable.store"] == "buffered"


def test_a_store_wrapped_for_spans_is_still_its_own_class_to_everyone_else(
    spans_with_store_calls: InMemorySpanExporter,
) -> None:
    from runnable.run_log_store.buffered import BufferedRunLogStore

    store = telemetry.with_store_spans(BufferedRunLogStore())
    assert isinstance(store, BufferedRunLogStore)
    assert telemetry.with_store_spans(store) is store
    # A worker process rebuilds the store from this, and wraps it itself.
    assert plugins.service_spec(store)[0] == "runnable.run_log_store.buffered:BufferedRunLogStore"
    store.create_run_log("wrapped")
    assert [span.name for span in spans_with_store_calls.get_finished_spans()] == ["store create_run_log"]


def test_without_the_option_the_store_is_left_alone(spans: InMemorySpanExporter) -> None:
    from runnable.run_log_store.buffered import BufferedRunLogStore

    store = BufferedRunLogStore()
    assert type(telemetry.with_store_spans(store)) is BufferedRunLogStore


# --------------------------------------------------------------------------- the trace id of a run


def test_a_traced_run_records_its_trace_id_and_runs_show_prints_it(
    write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    configuration = write_config("file-system")
    Pipeline(steps=[Stub(name="only")]).execute(configuration_file=str(configuration), run_id="traced-run")

    run = named(spans, "run traced-run")
    trace_id = f"{run.context.trace_id:032x}"
    run_config = read_run_log("traced-run", configuration).run_config
    assert telemetry.trace_id_of(run_config) == trace_id
    assert telemetry.trace_context_of(run_config)["traceparent"].startswith(
        f"00-{trace_id}-{run.context.span_id:016x}-"
    )
    shown = CliRunner().invoke(
        app, ["runs", "show", "traced-run", "--config", str(configuration)], env={"COLUMNS": "200"}
    )
    assert shown.exit_code == 0, shown.output
    assert f"trace {trace_id}" in shown.output


def test_the_web_ui_shows_the_trace_id_of_a_traced_run(
    write_config: ConfigWriter, spans: InMemorySpanExporter
) -> None:
    from starlette.testclient import TestClient

    from runnable.run_log_store.file_system import FileSystemRunLogStore
    from runnable.ui.app import create_app

    configuration = write_config("file-system")
    Pipeline(steps=[Stub(name="only")]).execute(configuration_file=str(configuration), run_id="ui-run")
    trace_id = f"{named(spans, 'run ui-run').context.trace_id:032x}"
    store = FileSystemRunLogStore(log_folder=str(configuration.parent / "run-logs"))
    with TestClient(create_app(store)) as client:
        assert client.get("/api/runs/ui-run").json()["trace_id"] == trace_id
        assert f'<code id="run-trace">{trace_id}</code>' in client.get("/runs/ui-run").text


def test_an_untraced_run_records_no_trace(write_config: ConfigWriter) -> None:
    configuration = write_config("file-system")
    with telemetry.tracing_with(telemetry.Tracer()):
        Pipeline(steps=[Stub(name="only")]).execute(configuration_file=str(configuration), run_id="quiet")
    run_config = read_run_log("quiet", configuration).run_config
    assert telemetry.RUN_CONFIG_KEY not in run_config
    assert telemetry.trace_id_of(run_config) == ""


# --------------------------------------------------------------------------- configuration


def test_the_telemetry_section_is_read_with_either_spelling_and_references() -> None:
    loaded = config.from_mapping(
        {"telemetry": {"endpoint": "${COLLECTOR}", "store-calls": True, "parameter_values": "yes"}},
        environ={"COLLECTOR": "http://collector:4318"},
    )
    assert loaded.telemetry == TelemetrySettings(
        endpoint="http://collector:4318", store_calls=True, parameter_values=True
    )
    assert config.from_mapping({}).telemetry == TelemetrySettings()
    assert config.from_mapping({"telemetry": None}).telemetry == TelemetrySettings()


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ({"telemetry": {"endpont": "http://c:4318"}}, "unknown key 'endpont'. Did you mean `endpoint`?"),
        ({"telemetry": {"store_call": True}}, "Did you mean `store_calls`?"),
        ({"telemetry": {"protocol": "udp"}}, "field 'protocol'"),
        ({"telemetry": ["console"]}, "expected a mapping"),
        ({"telemetri": {"console": True}}, "Did you mean `telemetry`?"),
    ],
)
def test_a_wrong_telemetry_section_is_one_clear_error(section: dict[str, object], expected: str) -> None:
    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.from_mapping(section, source="runnable-config.yaml")
    assert expected in str(raised.value)
    assert "runnable-config.yaml" in str(raised.value)


def test_the_environment_wins_over_the_file() -> None:
    from_file = TelemetrySettings(
        endpoint="http://file:4318", protocol="grpc", console=True, store_calls=True
    )
    effective = telemetry.effective_settings(
        from_file,
        {
            "OTEL_EXPORTER_OTLP_ENDPOINT": "http://environment:4318",
            "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
            telemetry.CONSOLE_VARIABLE: "false",
        },
    )
    assert (effective.endpoint, effective.protocol, effective.console) == (
        "http://environment:4318",
        "http/protobuf",
        False,
    )
    assert effective.store_calls is True  # what the environment does not say stays as the file says
    assert telemetry.effective_settings(from_file, {}) == from_file


def test_a_section_that_exports_nothing_keeps_telemetry_off() -> None:
    chosen = telemetry.configured_tracer({}, TelemetrySettings(parameter_values=True, service_name="etl"))
    assert not chosen.enabled


def test_the_file_alone_turns_telemetry_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_SERVICE_NAME", raising=False)
    monkeypatch.delenv("OTEL_RESOURCE_ATTRIBUTES", raising=False)
    chosen = telemetry.configured_tracer({}, TelemetrySettings(console=True, service_name="from-file"))
    assert isinstance(chosen, telemetry.OpenTelemetryTracer)
    assert chosen.provider.resource.attributes["service.name"] == "from-file"


def fails_the_first_time(workdir: Path) -> None:
    marker = workdir / "tried"
    if not marker.exists():
        marker.write_text("")
        raise RuntimeError("not yet")


def test_a_retry_continues_the_trace_of_the_run_it_retries(
    workdir: Path, write_config: ConfigWriter, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    configuration = write_config("chunked-fs")
    monkeypatch.setenv("RUNNABLE_PRM_workdir", f'"{workdir}"')

    def pipeline() -> Pipeline:
        return Pipeline(steps=[PythonTask(function=fails_the_first_time, name="flaky")])

    with pytest.raises(exceptions.ExecutionFailedError):
        pipeline().execute(configuration_file=str(configuration), run_id="retried-run")
    pipeline().execute(configuration_file=str(configuration), retry_run_id="retried-run")

    first, retried = [span for span in spans.get_finished_spans() if span.name == "run retried-run"]
    assert retried.context.trace_id == first.context.trace_id
    assert retried.parent is not None and retried.parent.span_id == first.context.span_id
    assert telemetry.trace_id_of(read_run_log("retried-run", configuration).run_config) == (
        f"{first.context.trace_id:032x}"
    )
