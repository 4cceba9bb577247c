"""Spans of runs in this process, captured with the OpenTelemetry SDK's in-memory exporter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from runnable import telemetry
from runnable.telemetry import TelemetrySettings


def capture(settings: TelemetrySettings) -> Iterator[InMemorySpanExporter]:
    """The process's tracer is one with ``settings`` exporting to memory, while the fixture lasts."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with telemetry.tracing_with(telemetry.OpenTelemetryTracer(provider, settings)):
        yield exporter


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    yield from capture(TelemetrySettings())


@pytest.fixture
def spans_with_values() -> Iterator[InMemorySpanExporter]:
    yield from capture(TelemetrySettings(parameter_values=True))


@pytest.fixture
def spans_with_store_calls() -> Iterator[InMemorySpanExporter]:
    yield from capture(TelemetrySettings(store_calls=True))
