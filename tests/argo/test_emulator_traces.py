"""Per-node processes join their run's trace: the emulator runs each node of the rendered Argo workflow
as its own ``runnable`` process, and every one of them exports to the same OTLP receiver.

The nodes share only the run log store, as pods do: the process that starts the run records the run
span's trace context in the run config, and each node reads it from there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from runnable import defaults
from servers.otlp import OK, HttpReceiver, Received

REPOSITORY = Path(__file__).resolve().parents[2]


def test_every_node_process_of_an_emulated_workflow_joins_the_runs_trace(workdir: Path) -> None:
    config = workdir / "emulated.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "chunked-fs", "config": {"log_folder": str(workdir / "logs")}},
                "catalog": {"type": "file-system", "config": {"catalog_location": str(workdir / "catalog")}},
                "pipeline-executor": {"type": "emulator", "config": {"max_workers": 2}},
            }
        )
    )
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("RUNNABLE_", "OTEL_"))
    }
    with HttpReceiver() as receiver:
        completed = subprocess.run(
            [sys.executable, "-m", "examples.map"],
            cwd=workdir,
            env={
                **environment,
                "PYTHONPATH": str(REPOSITORY),
                defaults.ENV_CONFIGURATION_FILE: str(config),
                defaults.ENV_RUN_ID: "emulated-map",
                "RUNNABLE_PRM_multiplier": "10",
                "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
                "OTEL_BSP_SCHEDULE_DELAY": "100",
            },
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert completed.returncode == 0, completed.stderr
        # Each node process exports its spans as it exits, before the engine starts the next one.
        spans = receiver.spans()

    assert len({span.trace_id for span in spans}) == 1
    by_id = {span.span_id: span for span in spans}
    (run,) = [span for span in spans if not span.parent_span_id]
    assert run.name == "run emulated-map"
    assert run.attributes["runnable.per_node"] is True

    def parent(span: Received) -> str:
        return by_id[span.parent_span_id].name

    steps = {span.name: span for span in spans if span.name.startswith("step ")}
    for name in (
        "step chunks",
        "step check",
        "step success",
        *(f"step process.{i}.process chunk" for i in (1, 2, 3)),
    ):
        assert parent(steps[name]) == "run emulated-map", name
        assert steps[name].status == OK
    for move in ("fan-out", "fan-in"):
        for step in ("process", "double"):
            (span,) = [span for span in spans if span.name == f"{move} {step}"]
            assert parent(span) == "run emulated-map"
            assert span.attributes["runnable.node_type"] == "map"
    (fan_out,) = [span for span in spans if span.name == "fan-out process"]
    assert tuple(fan_out.attributes["runnable.branches"]) == ("1", "2", "3")
    (fan_in,) = [span for span in spans if span.name == "fan-in double"]
    assert fan_in.attributes["runnable.status"] == defaults.SUCCESS and fan_in.status == OK
    # Every task's attempt is there, under its step, from whichever process ran it.
    attempts = [span for span in spans if span.name.startswith("attempt ")]
    assert sorted(parent(span) for span in attempts) == sorted(
        name for name in steps if not name.endswith("success")
    )


FLAKY_JOB = """
from pathlib import Path

from runnable import PythonJob


def train() -> None:
    marker = Path("tried-once")
    if not marker.exists():
        marker.write_text("")
        raise RuntimeError("the node was preempted")


PythonJob(function=train).execute()
"""


def test_a_job_pod_run_again_joins_the_trace_its_first_pod_started(workdir: Path) -> None:
    (workdir / "flaky_job.py").write_text(FLAKY_JOB)
    config = workdir / "job.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": {"type": "chunked-fs"}}))
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("RUNNABLE_", "OTEL_"))
    }
    runnable = str(Path(sys.executable).parent / "runnable")
    with HttpReceiver() as receiver:
        for expected in (1, 0):  # the first pod fails; Kubernetes starts another (backoffLimit)
            completed = subprocess.run(
                [runnable, "execute-job", "flaky_job.py", "pod-run"],
                cwd=workdir,
                env={
                    **environment,
                    defaults.ENV_CONFIGURATION_FILE: str(config),
                    "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
                },
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert completed.returncode == expected, completed.stderr
        spans = receiver.wait_for(lambda spans: len([s for s in spans if s.name == "run pod-run"]) == 2)

    assert len({span.trace_id for span in spans}) == 1
    first, again = sorted(
        (span for span in spans if span.name == "run pod-run"), key=lambda s: s.parent_span_id
    )
    assert first.parent_span_id == "" and again.parent_span_id == first.span_id
    attempts = {span.name: span for span in spans if span.name.startswith("attempt ")}
    assert attempts["attempt 1"].parent_span_id == first.span_id
    assert attempts["attempt 2"].parent_span_id == again.span_id
    assert again.status == OK
