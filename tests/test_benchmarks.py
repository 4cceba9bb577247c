"""The benchmark runner's plan covers every store and the runnable 0.50 baseline (nothing is measured)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def test_the_quick_plan_covers_every_store_and_the_baseline() -> None:
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--quick", "--dry-run"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    plan = done.stdout
    for store in ("buffered", "file-system", "chunked-fs", "database (SQLite)", "database (PostgreSQL)"):
        assert f"kind=linear, store={store}," in plan
        assert f"listing: store={store}," in plan
        assert f"large_parameter: store={store}, value_bytes=1000000" in plan
    assert "kind=linear, store=minio," in plan and "kind=linear, store=chunked-minio," in plan
    # Parallel Maps only where the store claims parallel writes.
    assert "kind=map, store=chunked-fs, parallel=True" in plan
    assert "kind=map, store=file-system, parallel=True" not in plan
    assert "0.50 linear: store=file-system" in plan
    assert "0.50 map: store=chunked-fs, size=50, parallel=True" in plan
    assert "floor: store=database (SQLite)" in plan
    # The one-step pipeline (a run's fixed cost), ours and 0.50's, for the whole-process table.
    assert "kind=linear, store=database (SQLite), parallel=False, size=1" in plan
    assert "0.50 linear: store=file-system, size=1, parallel=False" in plan


def test_the_copy_benchmark_plans_100000_runs_and_its_quick_mode_a_thousand() -> None:
    script = RUNNER.parent / "bench_copy.py"

    def planned(*options: str) -> str:
        done = subprocess.run(
            [sys.executable, str(script), *options, "--dry-run"],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return done.stdout

    full = planned()
    assert "copy: chunked-fs -> SQLite, runs=100000, checkpoints=[10000, 50000, 100000]" in full
    assert "copy: SQLite -> PostgreSQL, runs=100000, checkpoints=[10000, 50000, 100000]" in full
    assert "runs=1000," in planned("--quick") and "100000" not in planned("--quick")
