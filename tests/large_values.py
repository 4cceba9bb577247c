"""A large parameter through a 7-step pipeline: what the stores' size tests (issue 19 item 6) run.

The first step returns ``big``, an incompressible-ish string (random hex: zstd halves it at best);
six more steps take it as an argument, so in runnable 0.50's layout it would be stored 16 times
(the run's parameters, the first step's outputs and six steps' inputs, each with a description
repeating it).
"""

from __future__ import annotations

import os
from pathlib import Path

from runnable import Pipeline, PythonTask
from runnable.models import RunLog

# Read when the first step runs: benchmarks/bench_large_parameter.py sets it to 10 MB.
VALUE_BYTES = 1_000_000
LATER_STEPS = 6
# What a run stores besides the value (headers, config with the dag, step bodies), generously.
OVERHEAD_BYTES = 64 * 1024
# "About 1x": one stored copy, not 16 (and not 8 after compression).
MOST_COPIES = 1.25


def make_big() -> str:
    return os.urandom(VALUE_BYTES // 2).hex()


def take_big(big: str) -> int:
    return len(big)


def seven_step_pipeline() -> Pipeline:
    steps = [PythonTask(function=make_big, name="make", returns=["big"])]
    steps += [PythonTask(function=take_big, name=f"take_{index}") for index in range(LATER_STEPS)]
    return Pipeline(steps=steps)


def run_with_big_value(configuration_file: Path) -> RunLog:
    return seven_step_pipeline().execute(configuration_file=str(configuration_file))


def assert_value_recorded_everywhere_once_in_memory(run_log: RunLog) -> None:
    """Every attempt records the value as in 0.50, and the run log read back holds it as one object."""
    value = run_log.parameters["big"].get_value()
    assert isinstance(value, str) and len(value) == VALUE_BYTES
    maker = run_log.steps["make"].attempts[-1]
    assert maker.output_parameters["big"].get_value() is value
    for index in range(LATER_STEPS):
        attempt = run_log.steps[f"take_{index}"].attempts[-1]
        assert attempt.input_parameters["big"].get_value() is value
        assert attempt.input_parameters["big"].model_dump()["description"] is value  # 0.50's shape


def assert_about_one_copy(stored_bytes: int) -> None:
    assert stored_bytes <= MOST_COPIES * VALUE_BYTES + OVERHEAD_BYTES, (
        f"{stored_bytes:,} bytes stored for a {VALUE_BYTES:,}-byte value"
    )


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
