"""What telemetry costs per step (issue 21): off (nothing configured), and on.

A linear pipeline of N no-op ``PythonTask``s on the buffered store (no I/O: the executor's own cost
per step is what is left) is run in this process, rounds interleaved so that all variants see the
same load:

* ``off``: nothing configured, the do-nothing tracer (what every run without telemetry pays);
* ``on, spans dropped``: the OpenTelemetry SDK with a batch processor and an exporter that drops
  what it is given (the SDK's work, no network);
* ``on, in memory``: the SDK's in-memory exporter, synchronously (what the tests capture).

An A/B of the whole pipeline cannot resolve what the hooks cost when off (a few calls per step,
under the noise of a shared machine), so that is measured directly: the calls a task step makes on
the do-nothing tracer (two spans opened and closed, two outcomes, one ``enabled`` check), repeated
``--calls`` times (CPU time, best of 5): ``hooks off µs/step`` is the difference a build with the
hooks compiled out would make, ``% of a step`` its share of the ``off`` time per step. Finally a
fresh interpreter runs a pipeline with nothing configured and lists the ``opentelemetry`` modules
it imported (none).

    python benchmarks/bench_telemetry.py                 # N = 200, 7 rounds
    python benchmarks/bench_telemetry.py --steps 50 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from time import process_time
from typing import Any

from runnable import Pipeline, PythonTask, defaults, telemetry


def noop() -> None:
    pass


class DroppingExporter:
    """A span exporter that drops every span: the SDK does all its work, nothing is sent."""

    def export(self, spans: Sequence[Any]) -> Any:
        from opentelemetry.sdk.trace.export import SpanExportResult

        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


def tracer_for(variant: str) -> AbstractContextManager[telemetry.Tracer]:
    if variant == "off":
        return telemetry.tracing_with(telemetry.Tracer())
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    provider = TracerProvider()
    if variant == "on, spans dropped":
        provider.add_span_processor(BatchSpanProcessor(DroppingExporter()))  # type: ignore[arg-type]
    else:
        provider.add_span_processor(SimpleSpanProcessor(InMemorySpanExporter()))
    return telemetry.tracing_with(telemetry.OpenTelemetryTracer(provider))


VARIANTS = ("off", "on, spans dropped", "on, in memory")


def one_run(variant: str, steps: int, configuration: Path, round_number: int) -> float:
    """CPU seconds of this process (every thread: the exporter's too) for one run of ``steps`` no-op
    tasks with ``variant``'s tracer: on a shared, overloaded machine wall time mostly measures the
    queue for a core."""
    pipeline = Pipeline(steps=[PythonTask(function=noop, name=f"step {i}") for i in range(steps)])
    with tracer_for(variant):
        started = process_time()
        pipeline.execute(
            configuration_file=str(configuration),
            run_id=f"bench-{round_number + 1}-{VARIANTS.index(variant)}",
        )
        return process_time() - started


def hooks_of_a_task_step() -> None:
    """The telemetry calls the executor makes for one task step, on the do-nothing tracer."""
    with telemetry.tracer().span("step s", step="s", node_type="task") as step_span:
        tracer = telemetry.tracer()
        with tracer.span("attempt 1", attempt=1) as attempt_span:
            if tracer.enabled:
                raise AssertionError("telemetry must be off here")
            attempt_span.finish(defaults.SUCCESS, "")
        step_span.finish(defaults.SUCCESS, "")


def hook_microseconds(calls: int) -> float:
    with telemetry.tracing_with(telemetry.Tracer()):
        best = min(timeit.repeat(hooks_of_a_task_step, number=calls, repeat=5, timer=process_time))
        empty = min(timeit.repeat(lambda: None, number=calls, repeat=5, timer=process_time))
    return (best - empty) / calls * 1e6


def imported_when_off() -> list[str]:
    script = (
        "import json, sys\n"
        "from runnable import Pipeline, Stub\n"
        "Pipeline(steps=[Stub(name='only')]).execute(configuration_file='config.yaml')\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.startswith('opentelemetry'))))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("RUNNABLE_", "OTEL_"))}
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "config.yaml").write_text("run-log-store:\n  type: buffered\n")
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
    names: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return names


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--steps", type=int, default=200, help="tasks in the pipeline (default 200)")
    parser.add_argument("--rounds", type=int, default=7, help="runs per variant, interleaved (medians shown)")
    parser.add_argument("--calls", type=int, default=100_000, help="repetitions of the hooks' calls")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="runnable-bench-") as folder:
        configuration = Path(folder) / "config.yaml"
        configuration.write_text("run-log-store:\n  type: buffered\ncatalog:\n  type: do-nothing\n")
        for variant in VARIANTS:  # warm up: imports, the SDK, the first run's caches
            one_run(variant, 2, configuration, -1)
        times: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
        for round_number in range(options.rounds):
            for variant in VARIANTS:
                times[variant].append(one_run(variant, options.steps, configuration, round_number))
    per_step = {variant: statistics.median(runs) / options.steps * 1e6 for variant, runs in times.items()}
    hooks = hook_microseconds(options.calls)
    print(f"N = {options.steps} no-op tasks, buffered store, {options.rounds} interleaved rounds (medians)\n")
    print("| variant | CPU µs/step | ÷ off |\n|---|---:|---:|")
    for variant in VARIANTS:
        print(f"| {variant} | {per_step[variant]:.0f} | {per_step[variant] / per_step['off']:.2f} |")
    print(f"\nhooks off µs/step: {hooks:.2f} ({hooks / per_step['off'] * 100:.3f} % of a step)")
    print(f"opentelemetry modules imported with nothing configured: {imported_when_off()}")


if __name__ == "__main__":
    main()
