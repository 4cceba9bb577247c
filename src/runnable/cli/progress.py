"""Live progress of ``runnable execute`` on a terminal: steps as they start and end, a bar per Map step.

:class:`LiveProgress` is the sink of the run's events (:mod:`runnable.events`) while the
command runs; the executor knows nothing of it. Only top-level steps get lines; the steps inside
branches are summed up by their Map step's bar (done/total, failures).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.text import Text

from runnable import defaults, events
from runnable.cli.render import format_duration, status_text
from runnable.models import decode_name_segment

logger = logging.getLogger(__name__)

_MARKERS = frozenset({defaults.SUCCESS_NODE, defaults.FAIL_NODE, defaults.STUB})


@dataclass
class _Bar:
    task: TaskID
    name: str
    failures: int = 0


class LiveProgress:
    """An observer of run events that draws on ``console``."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._progress: Progress | None = None
        self._bars: dict[str, _Bar] = {}

    def __call__(self, event: dict[str, Any]) -> None:
        kind, step = event.get("type"), str(event.get("step", ""))
        if kind == "step_started" and _shown(event) and _top_level(step):
            self._print(Text.assemble(("▶ ", "cyan"), _display_name(step), (" started", "dim")))
        elif kind == "step_finished" and _shown(event):
            self._end_bar(step)
            if _top_level(step):
                status, duration = str(event.get("status", "")), event.get("duration_seconds")
                mark = ("✔ ", "green") if status == defaults.SUCCESS else ("✘ ", "red")
                took = (f" in {format_duration(duration)}", "dim") if duration is not None else ""
                self._print(Text.assemble(mark, _display_name(step), " ", status_text(status), took))
        elif kind == "branches_started" and event.get("step_type") == defaults.MAP:
            progress = self._ensure_progress()
            name = _display_name(step)
            self._bars[step] = _Bar(progress.add_task(f"  {name}", total=int(event.get("total", 0))), name)
        elif kind == "branch_finished":
            bar = self._bars.get(step)
            if bar is None or self._progress is None:
                return
            if event.get("status") != defaults.SUCCESS:
                bar.failures += 1
                self._progress.update(bar.task, description=f"  {bar.name} ({bar.failures} failed)")
            self._progress.advance(bar.task)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def _ensure_progress(self) -> Progress:
        if self._progress is None:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("branches"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
        return self._progress

    def _end_bar(self, step: str) -> None:
        bar = self._bars.pop(step, None)
        if bar is None or self._progress is None:
            return
        task = self._progress.tasks[bar.task] if bar.task < len(self._progress.tasks) else None
        done = int(task.completed) if task is not None else 0
        total = int(task.total or 0) if task is not None else 0
        self._progress.remove_task(bar.task)
        failed = f", {bar.failures} failed" if bar.failures else ""
        self._print(Text(f"  {bar.name}: {done}/{total} branches done{failed}", style="dim"))
        if not self._bars:
            self.close()

    def _print(self, text: Text) -> None:
        (self._progress.console if self._progress is not None else self.console).print(text)


@contextmanager
def live_progress(console: Console, enabled: bool) -> Iterator[None]:
    """Show live progress on ``console`` while the block runs, if ``enabled``."""
    if not enabled:
        yield
        return
    display = LiveProgress(console)

    def sink(event: dict[str, Any]) -> None:
        try:
            display(event)
        except Exception:  # drawing must never change how the run goes
            logger.debug("The progress display failed on %s", event, exc_info=True)

    try:
        with events.streaming_to(sink):
            yield
    finally:
        display.close()


def _shown(event: dict[str, Any]) -> bool:
    """Steps that do something: not the success, fail and stub steps that only mark a path."""
    return event.get("step_type") not in _MARKERS


def _top_level(internal_name: str) -> bool:
    return defaults.NAME_SEPARATOR not in internal_name


def _display_name(internal_name: str) -> str:
    return " › ".join(decode_name_segment(part) for part in internal_name.split(defaults.NAME_SEPARATOR))
