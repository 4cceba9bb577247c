"""Plumbing shared by the benchmark runner and its cases: child processes with a time limit, figures, tables.

Every measured case runs in a child process of its own (ours in this virtualenv,
runnable 0.50's in its own), so that a case that runs too long can be stopped
and reported as such, and no case inherits another's caches. A child writes
its figures (seconds, by name) as JSON into a result file; the runner reads it.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
# Ignored by git; holds runnable 0.50's virtualenv and the latest results.
CACHE = REPOSITORY / ".benchmarks"
# The last lines of a failing child's output, enough to name the error.
ERROR_TAIL_LINES = 3


@dataclass
class Outcome:
    """The figures of one case over its repetitions, or why there are none."""

    samples: list[dict[str, float]] = field(default_factory=list)
    # Set when the case did not give figures: did not finish, failed, or was not run.
    problem: str = ""

    def median(self, name: str = "seconds") -> float | None:
        values = [sample[name] for sample in self.samples if name in sample]
        return statistics.median(values) if values else None

    @property
    def count(self) -> int:
        return len(self.samples)

    def to_json(self) -> dict[str, object]:
        return {"samples": self.samples, "problem": self.problem}


def run_child(command: Sequence[str], limit: float, cwd: Path = REPOSITORY) -> dict[str, float] | str:
    """Run one child; its figures, or a one-line reason why there are none.

    The child gets the path of its result file as its last argument. It is
    stopped (with its own children, such as branch workers) after ``limit``
    seconds.
    """
    with tempfile.TemporaryDirectory(prefix="runnable-bench-") as scratch:
        result_file = Path(scratch) / "result.json"
        log_file = Path(scratch) / "output.log"
        with open(log_file, "wb") as output:
            started = time.perf_counter()
            child = subprocess.Popen(
                [*command, str(result_file)],
                cwd=cwd,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # one process group: stopping it stops the workers too
                env={**os.environ, "TMPDIR": scratch},
            )
            try:
                child.wait(timeout=limit)
                process_seconds = time.perf_counter() - started
            except subprocess.TimeoutExpired:
                stop_group(child)
                return f"did not finish within {limit:g} s"
            except BaseException:  # the runner is stopped: its child must not run on
                stop_group(child)
                raise
        if child.returncode != 0 or not result_file.exists():
            lines = [line for line in log_file.read_text(errors="replace").splitlines() if line.strip()]
            reason = " | ".join(line.strip() for line in lines[-ERROR_TAIL_LINES:]) or "no output"
            return f"failed (exit {child.returncode}): {reason[-300:]}"
        figures: dict[str, float] = json.loads(result_file.read_text())
        # The whole process as its starter sees it: interpreter start, imports, the run, exit.
        figures.setdefault("process", process_seconds)
        return figures


def stop_group(child: subprocess.Popen[bytes]) -> None:
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def repeat_child(command: Sequence[str], limit: float, repeats: int, budget: float) -> Outcome:
    """Up to ``repeats`` runs of the child, fewer once ``budget`` seconds are spent; stops at a problem."""
    outcome = Outcome()
    started = time.monotonic()
    for _ in range(repeats):
        result = run_child(command, limit)
        if isinstance(result, str):
            outcome.problem = result
            break
        outcome.samples.append(result)
        if time.monotonic() - started > budget:
            break
    # One good sample is a figure; a later repetition's failure is still worth a note.
    if outcome.samples and outcome.problem:
        outcome.problem = ""
    return outcome


# --------------------------------------------------------------------------- machine


def machine_description() -> dict[str, str]:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": str(os.cpu_count()),
        "cpu model": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


# --------------------------------------------------------------------------- tables


@dataclass
class Table:
    """A titled table printed as aligned text and written as Markdown; the first column is left-aligned."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: str) -> None:
        self.rows.append(list(cells))

    def text(self) -> str:
        widths = [
            max(len(row[index]) for row in [self.columns, *self.rows]) for index in range(len(self.columns))
        ]

        def line(cells: list[str]) -> str:
            first, *rest = cells
            aligned = [first.ljust(widths[0])] + [
                cell.rjust(width) for cell, width in zip(rest, widths[1:], strict=True)
            ]
            return "  ".join(aligned).rstrip()

        body = [line(self.columns), "  ".join("-" * width for width in widths)] + [line(r) for r in self.rows]
        return "\n".join([self.title, *body, *(f"  {note}" for note in self.notes)])

    def markdown(self) -> str:
        header = "| " + " | ".join(self.columns) + " |"
        rule = "|" + "|".join(["---"] + ["---:"] * (len(self.columns) - 1)) + "|"
        body = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in self.rows]
        notes = [f"- {note}" for note in self.notes]
        return "\n".join([f"#### {self.title}", "", header, rule, *body, *(["", *notes] if notes else [])])


def seconds_text(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:.0f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


def milliseconds_text(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.2f}"


def ratio_text(value: float | None, *, upper_bound: bool = False) -> str:
    """``ours / baseline``; ``upper_bound`` when the baseline did not finish (the ratio is at most this)."""
    if value is None:
        return "-"
    text = f"{value:.3f}" if value < 0.1 else f"{value:.2f}"
    return f"< {text}" if upper_bound else text
