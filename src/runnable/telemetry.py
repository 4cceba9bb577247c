"""Telemetry: turn a run's progress into OpenTelemetry spans (docs/telemetry.md).

The executor asks :func:`tracer` for the process's tracer and opens spans through it: the run (root),
each step, each attempt of a task, each branch of a composite step. With nothing configured the
tracer is a do-nothing object and OpenTelemetry is never imported, so telemetry costs nothing.
It is on when ``RUNNABLE_TELEMETRY_CONSOLE`` is true (spans printed, runnable 0.50's variable) or
``OTEL_EXPORTER_OTLP_ENDPOINT`` is set (spans shipped over OTLP/HTTP); the SDK itself reads the
other standard variables (``OTEL_SERVICE_NAME``, ``OTEL_RESOURCE_ATTRIBUTES``, the exporter's).

Error messages go through :mod:`runnable.masking` before they reach a span; parameter values never do.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from runnable import defaults
from runnable.masking import mask_url

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.trace import Span

logger = logging.getLogger("runnable")

CONSOLE_VARIABLE = "RUNNABLE_TELEMETRY_CONSOLE"
OTLP_ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
DEFAULT_SERVICE_NAME = "runnable"
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})

AttributeValue = str | int | float | bool | Sequence[str]


class SpanHandle:
    """What the executor may tell an open span; this one (telemetry off) forgets everything."""

    def set(self, key: str, value: AttributeValue) -> None:
        """Attribute ``runnable.<key>`` of the span."""

    def finish(self, status: str, message: str = "") -> None:
        """The outcome: a runnable status (SUCCESS, FAIL, ...) and, on failure, why."""


class Tracer:
    """The do-nothing tracer, used while telemetry is off: every span is the same empty handle."""

    enabled = False

    def span(
        self, name: str, parent: Mapping[str, str] | None = None, **attributes: AttributeValue
    ) -> AbstractContextManager[SpanHandle]:
        """A span named ``name`` for the ``with`` block: a child of the span open in this context, or
        of ``parent`` (a W3C trace context from :meth:`trace_context`, sent by another process)."""
        return _NOTHING

    def trace_context(self) -> dict[str, str]:
        """The open span as W3C trace context headers (``traceparent``), for another process."""
        return {}


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

    def __init__(self, provider: TracerProvider) -> None:
        self.provider = provider
        self._tracer = provider.get_tracer("runnable")

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


def tracer() -> Tracer:
    """The process's tracer, configured from the environment the first time it is asked for."""
    global _active
    if _active is None:
        _active = configured_tracer(os.environ)
    return _active


@contextmanager
def tracing_with(chosen: Tracer) -> Iterator[Tracer]:
    """Use ``chosen`` as the process's tracer inside the block (tests capture spans this way)."""
    global _active
    previous, _active = _active, chosen
    try:
        yield chosen
    finally:
        _active = previous


def configured_tracer(environ: Mapping[str, str]) -> Tracer:
    """The tracer the environment asks for: the do-nothing one unless an exporter is configured."""
    console = environ.get(CONSOLE_VARIABLE, "").strip().lower() in TRUE_WORDS
    otlp = any(environ.get(name, "").strip() for name in OTLP_ENDPOINT_VARIABLES)
    if not console and not otlp:
        return Tracer()
    try:
        provider = _provider(console=console, otlp=otlp)
    except ImportError as exc:
        logger.warning(
            "Telemetry is configured but the OpenTelemetry packages are missing (%s): runs are not "
            "traced. Install them with: pip install 'runnable[telemetry]'",
            exc,
        )
        return Tracer()
    return OpenTelemetryTracer(provider)


def _provider(console: bool, otlp: bool) -> TracerProvider:
    from opentelemetry import trace
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor

    # Resource.create reads OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES; only the default name is ours.
    resource = Resource.create()
    if str(resource.attributes.get(SERVICE_NAME, "")).startswith("unknown_service"):
        resource = resource.merge(Resource({SERVICE_NAME: DEFAULT_SERVICE_NAME}))
    provider = TracerProvider(resource=resource)
    if console:
        # One span printed as it ends, so a run's output shows its spans in order.
        provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    if otlp:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    # Tasks that trace with OpenTelemetry themselves see their spans nested under the step's.
    trace.set_tracer_provider(provider)
    return provider


def parameter_names(parameters: Mapping[str, Any]) -> list[str]:
    """The names of ``parameters``, sorted: spans carry names, never values."""
    return sorted(parameters)
