"""benchmarks/bench_telemetry.py runs and reports every figure (what it measures is not checked here:
speed targets are ratios in benchmarks/README.md, never timed tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_telemetry.py"


def test_the_telemetry_benchmark_reports_each_variant_and_the_imports_when_off() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--steps", "3", "--rounds", "1", "--calls", "100"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for variant in ("| off |", "| on, spans dropped |", "| on, in memory |"):
        assert variant in done.stdout
    assert "hooks off µs/step:" in done.stdout
    assert done.stdout.strip().endswith("opentelemetry modules imported with nothing configured: []")
