"""Telemetry: turn a run's progress into OpenTelemetry spans (docs/telemetry.md).

The executor asks :func:`tracer` for the process's tracer and opens spans through it: the run (root),
each step, each attempt of a task, each branch of a composite step. With nothing configured the
tracer is a do-nothing object and OpenTelemetry is never imported, so telemetry costs nothing.
It is on when ``RUNNABLE_TELEMETRY_CONSOLE`` is true (spans printed, runnable 0.50's variable) or
an OTLP endpoint is set (``OTEL_EXPORTER_OTLP_ENDPOINT``, or the ``telemetry:`` section of the
configuration file, :class:`TelemetrySettings`); the SDK itself reads the other standard variables
(``OTEL_SERVICE_NAME``, ``OTEL_RESOURCE_ATTRIBUTES``, the exporter's). The environment wins over the
file, so an operator can redirect spans without editing it.

Error messages go through :mod:`runnable.masking` before they reach a span; parameter values only
when :attr:`TelemetrySettings.parameter_values` asks, masked the same way.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from runnable import defaults
from runnable.masking import mask_secrets, mask_url

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.trace import Span

    from runnable.models import Parameter, StepAttempt

logger = logging.getLogger("runnable")

CONSOLE_VARIABLE = "RUNNABLE_TELEMETRY_CONSOLE"
PARAMETER_VALUES_VARIABLE = "RUNNABLE_TELEMETRY_PARAMETER_VALUES"
STORE_CALLS_VARIABLE = "RUNNABLE_TELEMETRY_STORE_CALLS"
OTLP_ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
OTLP_PROTOCOL_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL")
DEFAULT_SERVICE_NAME = "runnable"
# Where the run config keeps the run's trace (per-node processes join it from there).
RUN_CONFIG_KEY = "telemetry"
# A parameter value on a span is cut here: a span is not where a data set goes.
VALUE_LIMIT = 256

AttributeValue = str | int | float | bool | Sequence[str]
Protocol = Literal["http/protobuf", "grpc"]


class TelemetrySettings(BaseModel):
    """The ``telemetry:`` section of the configuration file; every key optional (docs/telemetry.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    console: bool = False
    """Print each span as it ends (as ``RUNNABLE_TELEMETRY_CONSOLE=true``)."""
    endpoint: str = ""
    """The collector's OTLP endpoint (as ``OTEL_EXPORTER_OTLP_ENDPOINT``, which wins when set)."""
    protocol: Protocol | None = None
    """``http/protobuf`` (default) or ``grpc`` (as ``OTEL_EXPORTER_OTLP_PROTOCOL``, which wins)."""
    service_name: str = ""
    """The spans' service name (``OTEL_SERVICE_NAME`` wins); ``runnable`` when neither is set."""
    resource_attributes: dict[str, str] = Field(default_factory=dict)
    """More resource attributes; ``OTEL_RESOURCE_ATTRIBUTES`` wins key by key."""
    parameter_values: bool = False
    """Put parameter values on attempt spans (masked, cut at 256 characters), not only their names."""
    store_calls: bool = False
    """Debugging: a child span for every call to the run log store, so a slow store shows in a trace."""

    def keys(self) -> list[str]:
        """The section's keys, for the did-you-mean of a misspelt one."""
        return list(type(self).model_fields)


class SpanHandle:
    """What the executor may tell an open span; this one (telemetry off) forgets everything."""

    def set(self, key: str, value: AttributeValue) -> None:
        """Attribute ``runnable.<key>`` of the span."""

    def finish(self, status: str, message: str = "") -> None:
        """The outcome: a runnable status (SUCCESS, FAIL, ...) and, on failure, why."""


class Tracer:
    """The do-nothing tracer, used while telemetry is off: every span is the same empty handle."""

    enabled = False
    parameter_values = False
    store_calls = False

    def span(
        self, name: str, parent: Mapping[str, str] | None = None, **attributes: AttributeValue
    ) -> AbstractContextManager[SpanHandle]:
        """A span named ``name`` for the ``with`` block: a child of the span open in this context, or
        of ``parent`` (a W3C trace context from :meth:`trace_context`, sent by another process)."""
        return _NOTHING

    def trace_context(self) -> dict[str, str]:
        """The open span as W3C trace context headers (``traceparent``), for another process."""
        return {}

    def run_record(self) -> dict[str, Any]:
        """What the run config records of the open (run) span: its trace id and W3C context; nothing
        when off. ``runs show`` prints the trace id; per-node processes join the trace through it."""
        context = self.trace_context()
        if not context:
            return {}
        # traceparent: version-traceid-spanid-flags
        trace_id = context.get("traceparent", "").split("-")[1:2]
        return {RUN_CONFIG_KEY: {"trace_id": "".join(trace_id), **context}}

    def joined(self, parent: Mapping[str, str]) -> AbstractContextManager[None]:
        """Inside the block, spans opened with no parent are children of ``parent`` (W3C headers a
        process read from the run config): a per-node process joins its run's trace so."""
        return nullcontext()

    def flush(self) -> None:
        """Send the spans ended so far (a worker does before it says a branch is done)."""


_NOTHING = nullcontext(SpanHandle())


class _OpenTelemetrySpan(SpanHandle):
    def __init__(self, span: Span) -> None:
        self._span = span

    def set(self, key: str, value: AttributeValue) -> None:
        self._span.set_attribute(f"runnable.{key}", value)

    def finish(self, status: str, message: str = "") -> None:
        from opentelemetry.trace import Status, StatusCode

        self._span.set_attribute("runnable.status", status)
        if status == defaults.SUCCESS:
            self._span.set_status(Status(StatusCode.OK))
        elif status == defaults.FAIL:
            masked = mask_url(message)
            if masked:
                self._span.set_attribute("runnable.error", masked)
            self._span.set_status(Status(StatusCode.ERROR, masked or None))


class OpenTelemetryTracer(Tracer):
    """Spans through an OpenTelemetry SDK ``provider``, nested by OpenTelemetry's own context."""

    enabled = True

    def __init__(self, provider: TracerProvider, settings: TelemetrySettings | None = None) -> None:
        self.provider = provider
        self._tracer = provider.get_tracer("runnable")
        self.parameter_values = bool(settings and settings.parameter_values)
        self.store_calls = bool(settings and settings.store_calls)

    def flush(self) -> None:
        self.provider.force_flush()

    @contextmanager
    def joined(self, parent: Mapping[str, str]) -> Iterator[None]:
        from opentelemetry import context
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        token = context.attach(TraceContextTextMapPropagator().extract(parent))
        try:
            yield
        finally:
            context.detach(token)

    def span(
        self, name: str, parent: Mapping[str, str] | None = None, **attributes: AttributeValue
    ) -> AbstractContextManager[SpanHandle]:
        return self._span(name, parent, attributes)

    def trace_context(self) -> dict[str, str]:
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        carrier: dict[str, str] = {}
        TraceContextTextMapPropagator().inject(carrier)
        return carrier

    @contextmanager
    def _span(
        self, name: str, parent: Mapping[str, str] | None, attributes: Mapping[str, AttributeValue]
    ) -> Iterator[SpanHandle]:
        from opentelemetry.trace import Status, StatusCode
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        named = {f"runnable.{key}": value for key, value in attributes.items()}
        context = TraceContextTextMapPropagator().extract(parent) if parent else None
        # Exceptions are not recorded as they are: their text may hold a secret. The type says enough.
        with self._tracer.start_as_current_span(
            name, context=context, attributes=named, record_exception=False, set_status_on_exception=False
        ) as span:
            try:
                yield _OpenTelemetrySpan(span)
            except BaseException as error:
                span.set_status(Status(StatusCode.ERROR, f"interrupted by {type(error).__name__}"))
                raise


_active: Tracer | None = None
# What _active was built from: a run configured the same way keeps it (and its exporter's batch).
_built_from: tuple[TelemetrySettings, tuple[tuple[str, str], ...]] | None = None
# Set by tracing_with: the tracer a test chose, which configuration does not replace.
_chosen: Tracer | None = None


def tracer() -> Tracer:
    """The process's tracer, configured from the environment the first time it is asked for."""
    if _chosen is not None:
        return _chosen
    if _active is None:
        return configure(None)
    return _active


def configure(settings: TelemetrySettings | None, environ: Mapping[str, str] | None = None) -> Tracer:
    """Make the process's tracer the one ``settings`` (the configuration's ``telemetry:`` section) and
    the environment ask for; each run's wiring calls this. The same configuration keeps the tracer."""
    global _active, _built_from
    settings = settings or TelemetrySettings()
    environ = os.environ if environ is None else environ
    key = (
        settings,
        tuple(sorted((k, v) for k, v in environ.items() if k.startswith(("OTEL_", "RUNNABLE_TELEMETRY")))),
    )
    if _active is None or key != _built_from:
        if isinstance(_active, OpenTelemetryTracer):
            _active.flush()
        _active, _built_from = configured_tracer(environ, settings), key
    return _chosen or _active


@contextmanager
def tracing_with(chosen: Tracer) -> Iterator[Tracer]:
    """Use ``chosen`` as the process's tracer inside the block (tests capture spans this way)."""
    global _chosen
    previous, _chosen = _chosen, chosen
    try:
        yield chosen
    finally:
        _chosen = previous


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in defaults.TRUE_WORDS


def configured_tracer(environ: Mapping[str, str], settings: TelemetrySettings | None = None) -> Tracer:
    """The tracer the environment and ``settings`` ask for: the do-nothing one unless an exporter is."""
    settings = effective_settings(settings or TelemetrySettings(), environ)
    if not settings.console and not settings.endpoint:
        return Tracer()
    try:
        provider = _provider(settings, environ)
    except ImportError as exc:
        extra = (
            "opentelemetry-exporter-otlp-proto-grpc"
            if settings.protocol == "grpc"
            else "'runnable[telemetry]'"
        )
        logger.warning(
            "Telemetry is configured but the OpenTelemetry packages are missing (%s): runs are not "
            "traced. Install them with: pip install %s",
            exc,
            extra,
        )
        return Tracer()
    return OpenTelemetryTracer(provider, settings)


def effective_settings(settings: TelemetrySettings, environ: Mapping[str, str]) -> TelemetrySettings:
    """``settings`` with what the environment says on top: its variables win over the file."""
    changes: dict[str, Any] = {}
    for name, variable in (
        ("console", CONSOLE_VARIABLE),
        ("parameter_values", PARAMETER_VALUES_VARIABLE),
        ("store_calls", STORE_CALLS_VARIABLE),
    ):
        if environ.get(variable, "").strip():
            changes[name] = _true(environ[variable])
    endpoint = next((environ[v].strip() for v in OTLP_ENDPOINT_VARIABLES if environ.get(v, "").strip()), "")
    if endpoint:
        changes["endpoint"] = endpoint
    protocol = next((environ[v].strip() for v in OTLP_PROTOCOL_VARIABLES if environ.get(v, "").strip()), "")
    if protocol:
        changes["protocol"] = "grpc" if protocol == "grpc" else "http/protobuf"
    return settings.model_copy(update=changes) if changes else settings


def _provider(settings: TelemetrySettings, environ: Mapping[str, str]) -> TracerProvider:
    from opentelemetry import trace
    from opentelemetry.sdk.resources import SERVICE_NAME, OTELResourceDetector, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor

    exporter = _otlp_exporter(settings, environ) if settings.endpoint else None  # ImportError before any work
    # The file's attributes first, then the environment's (OTEL_RESOURCE_ATTRIBUTES, OTEL_SERVICE_NAME) win.
    from_file = dict(settings.resource_attributes)
    if settings.service_name:
        from_file[SERVICE_NAME] = settings.service_name
    resource = Resource.create(from_file).merge(OTELResourceDetector().detect())
    if str(resource.attributes.get(SERVICE_NAME, "")).startswith("unknown_service"):
        resource = resource.merge(Resource({SERVICE_NAME: DEFAULT_SERVICE_NAME}))
    provider = TracerProvider(resource=resource)
    if settings.console:
        # One span printed as it ends, so a run's output shows its spans in order.
        provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    if exporter is not None:
        provider.add_span_processor(BatchSpanProcessor(exporter))
    # Tasks that trace with OpenTelemetry themselves see their spans nested under the step's.
    trace.set_tracer_provider(provider)
    return provider


def _otlp_exporter(settings: TelemetrySettings, environ: Mapping[str, str]) -> Any:
    """The OTLP exporter for ``settings.protocol``; an endpoint from the environment is left to it to
    read (with the rest of its variables), one from the file is given to it."""
    from_environment = any(environ.get(v, "").strip() for v in OTLP_ENDPOINT_VARIABLES)
    if settings.protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcExporter

        return GrpcExporter() if from_environment else GrpcExporter(endpoint=settings.endpoint)
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    if from_environment:
        return OTLPSpanExporter()
    # As the exporter does with OTEL_EXPORTER_OTLP_ENDPOINT: the signal's path goes after the base URL.
    return OTLPSpanExporter(endpoint=settings.endpoint.rstrip("/") + "/v1/traces")


def parameter_names(parameters: Mapping[str, Any]) -> list[str]:
    """The names of ``parameters``, sorted: spans carry names; values only on request (below)."""
    return sorted(parameters)


def parameter_values(parameters: Mapping[str, Parameter]) -> dict[str, str]:
    """Each parameter's value as a span shows it: JSON, masked (secret-looking names, URL passwords),
    cut at :data:`VALUE_LIMIT`; a pickled object by its kind only."""
    shown: dict[str, str] = {}
    for name, parameter in parameters.items():
        if parameter.kind == "object":
            shown[name] = "<pickled object>"
            continue
        text = json.dumps(mask_secrets(parameter.get_value(), name), default=str)
        shown[name] = text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"
    return shown


def describe_parameters(
    span: SpanHandle, parameters: Mapping[str, Parameter], chosen: Tracer, role: str = "parameter"
) -> None:
    """``parameters`` on ``span``: their names (``runnable.<role>s``), and each value
    (``runnable.<role>.<name>``) when ``chosen`` asks for values."""
    span.set(f"{role}s", parameter_names(parameters))
    if chosen.parameter_values:
        for name, shown in parameter_values(parameters).items():
            span.set(f"{role}.{name}", shown)


def describe_attempt(span: SpanHandle, attempt: StepAttempt, chosen: Tracer) -> None:
    """An attempt's parameters and what it returned, on its span."""
    describe_parameters(span, attempt.input_parameters, chosen)
    describe_parameters(span, attempt.output_parameters, chosen, role="return")


def trace_id_of(run_config: Mapping[str, Any]) -> str:
    """The trace id a run config records ("" when the run was not traced)."""
    record = run_config.get(RUN_CONFIG_KEY)
    return str(record.get("trace_id", "")) if isinstance(record, Mapping) else ""


def trace_context_of(run_config: Mapping[str, Any]) -> dict[str, str]:
    """The run span's W3C trace context a run config records, for a process joining the run's trace."""
    record = run_config.get(RUN_CONFIG_KEY)
    if not isinstance(record, Mapping):
        return {}
    return {key: str(record[key]) for key in ("traceparent", "tracestate") if record.get(key)}


# --------------------------------------------------------------------------- store calls as spans

# The store contract's calls that reach the storage (runnable.run_log_store.base).
STORE_CALLS = (
    "create_run_log",
    "get_run_log_by_id",
    "put_run_log",
    "put_run_logs",
    "update_run_log_status",
    "get_parameters",
    "get_parameters_of_branches",
    "set_parameters",
    "get_run_config",
    "set_run_config",
    "get_step_log",
    "add_step_log",
    "get_branch_log",
    "add_branch_log",
    "get_job_log",
    "add_job_log",
    "get_run_logs",
    "query_run_logs",
    "delete_run_log",
)

Store = TypeVar("Store")


def with_store_spans(store: Store) -> Store:
    """``store`` itself; when the tracer asks for store calls, its class becomes a subclass whose
    contract calls each open a ``store <call>`` span (the store's state and type checks are untouched)."""
    if not tracer().store_calls or type(store) in _TRACED_CLASSES:
        return store
    store.__class__ = _traced_class(type(store))  # type: ignore[arg-type]
    return store


_TRACED_CLASSES: set[type[Any]] = set()


@functools.cache
def _traced_class(store_class: type[Any]) -> type[Any]:
    # Same name and module: the class recorded for a worker to rebuild the store is the store's own.
    namespace: dict[str, Any] = {
        "__module__": store_class.__module__,
        "__qualname__": store_class.__qualname__,
    }
    for name in STORE_CALLS:
        if callable(getattr(store_class, name, None)):
            namespace[name] = _traced_call(name, getattr(store_class, name))
    traced = type(store_class.__name__, (store_class,), namespace)
    _TRACED_CLASSES.add(traced)
    return traced


def _traced_call(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(call)
    def traced(self: Any, *args: Any, **kwargs: Any) -> Any:
        with tracer().span(f"store {name}", store=str(getattr(self, "service_name", ""))):
            return call(self, *args, **kwargs)

    return traced
