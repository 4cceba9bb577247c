"""What one more step or Map branch costs in process: wall and CPU milliseconds, before and after.

    python benchmarks/bench_marginal.py                          # this tree, every store, 300 steps/branches
    python benchmarks/bench_marginal.py --before /tmp/old/src    # another source tree, interleaved
    python benchmarks/bench_marginal.py --stores sqlite --size 1000 --rounds 3

Each measurement is a new process (the tree's ``src`` first on ``PYTHONPATH``) that runs, in one
process, a linear pipeline of 1 and of ``--size`` + 1 no-op steps (or a Map of 0 and ``--size``
no-op branches), the small one three times and the large one twice, and reports (best large - best
small) / size, in wall time and in the process's CPU time. On a shared machine the CPU time is the
steadier figure: the wall time includes the wait for a core (and, on chunked-fs, for ``fsync``).
Rounds alternate the trees; the table shows medians over rounds. The catalog and secrets are
``do-nothing``: the figures are the executor and the store.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TREE = HERE.parent / "src"
STORES = ("buffered", "sqlite", "chunked-fs")


def section(store: str, folder: Path) -> dict[str, object]:
    if store == "buffered":
        return {"type": "buffered"}
    if store == "sqlite":
        return {"type": "database", "config": {"connection_string": f"sqlite:///{folder / 'runs.db'}"}}
    return {"type": store, "config": {"log_folder": str(folder / "runs")}}


def child(store: str, kind: str, size: int) -> dict[str, float]:
    """In this process: the marginal wall and CPU milliseconds of one step or branch."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from store_costs import linear, mapped

    folder = Path(tempfile.mkdtemp(prefix="bench-marginal-"))
    os.chdir(folder)
    configuration = folder / "config.yaml"
    configuration.write_text(
        yaml.safe_dump(
            {
                "run-log-store": section(store, folder),
                "catalog": {"type": "do-nothing"},
                "secrets": {"type": "do-nothing"},
            }
        )
    )
    build, small, large = (linear, 1, size + 1) if kind == "step" else (mapped, 0, size)

    def timed(count: int) -> tuple[float, float]:
        pipeline = build(count)()
        wall, cpu = time.perf_counter(), time.process_time()
        pipeline.execute(configuration_file=str(configuration))
        return time.perf_counter() - wall, time.process_time() - cpu

    timed(small)  # imports, the database's tables
    smalls = [timed(small) for _ in range(3)]
    larges = [timed(large) for _ in range(2)]
    return {
        "wall_ms": (min(w for w, _ in larges) - min(w for w, _ in smalls)) / (large - small) * 1000,
        "cpu_ms": (min(c for _, c in larges) - min(c for _, c in smalls)) / (large - small) * 1000,
    }


def measure(tree: Path, store: str, kind: str, size: int) -> dict[str, float]:
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, __file__, "--child", store, kind, str(size)]
    output = subprocess.run(command, env=environment, capture_output=True, text=True, check=True).stdout
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return figures


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", nargs="+", choices=STORES, default=list(STORES))
    parser.add_argument("--size", type=int, default=300, help="steps and branches added (300)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", type=Path, help="another tree's src folder, measured interleaved")
    arguments = parser.parse_args()
    trees = {"this tree": TREE, **({"before": arguments.before} if arguments.before else {})}
    results: dict[tuple[str, str, str], list[dict[str, float]]] = {}
    for _ in range(arguments.rounds):
        for store in arguments.stores:
            for kind in ("step", "branch"):
                for name, tree in trees.items():
                    results.setdefault((name, store, kind), []).append(
                        measure(tree, store, kind, arguments.size)
                    )
    print(
        f"{'tree':<10} {'store':<11} {'per':<7} {'cpu ms':>7} {'wall ms':>8}  (medians of {arguments.rounds})"
    )
    for (name, store, kind), rounds in sorted(results.items(), key=lambda item: (item[0][1], item[0][2])):
        cpu = statistics.median(figures["cpu_ms"] for figures in rounds)
        wall = statistics.median(figures["wall_ms"] for figures in rounds)
        print(f"{name:<10} {store:<11} {kind:<7} {cpu:>7.2f} {wall:>8.2f}")


if __name__ == "__main__":
    main()
