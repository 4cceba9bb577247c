"""Copy runs between two run log stores: streamed, resumable and verified.

Runs are read from the source a page at a time and written with ``put_run_log``,
which every built-in store makes visible only once the run is complete (one
transaction, one atomic file or object, or the run chunk written last). So a copy
killed at any moment leaves whole runs behind, and starting it again resumes it:
a run the destination already holds with the same content (same digest) is
skipped, a missing one is written, and no run is written twice under one id.

A destination holding a *different* run under a selected id is refused with
RunConflictError before that run is written (``overwrite`` replaces it). When the
destination stops answering, the copy stops with StoreUnavailableError saying how
far it got; the same call resumes it.

:func:`copy_runs` verifies as it goes: each page it writes is read back from the
destination and every run's digest compared with the source's (a run found already
there was compared before the write); ``report.verify`` counts them at the end. The
source is read once. :func:`verify_copy` makes the same check afresh over a whole
selection (``runs copy --verify-only``): it also sees what changed on either side after
a run was copied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from runnable import exceptions
from runnable.history.read_ahead import read_ahead
from runnable.history.selection import REPORT_SAMPLE, RunSelection, content_hash, iter_selected
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store.base import BaseRunLogStore

PAGE_SIZE = 200
EVERY_RUN = RunSelection()

# Called after each run with (runs done, runs selected).
Progress = Callable[[int, int], None]


@dataclass
class VerifyReport:
    selected: int = 0
    matching: int = 0
    missing: int = 0
    different: int = 0
    missing_ids: list[str] = field(default_factory=list)
    different_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.missing == 0 and self.different == 0


@dataclass
class CopyReport:
    source: str
    destination: str
    selected: int = 0
    copied: int = 0
    already_there: int = 0
    replaced: int = 0
    verify: VerifyReport | None = None


def count_selected(store: BaseRunLogStore, selection: RunSelection) -> int:
    """How many runs the selection holds (headers only)."""
    return sum(1 for _ in iter_selected(store, selection, full=False))


def copy_runs(
    source: BaseRunLogStore,
    destination: BaseRunLogStore,
    selection: RunSelection = EVERY_RUN,
    *,
    overwrite: bool = False,
    verify: bool = True,
    progress: Progress | None = None,
    count_first: bool = True,
) -> CopyReport:
    """Copy the selected runs from ``source`` to ``destination``; see the module docstring.

    ``progress(done, total)`` is called after each page; the total is counted first (a pass
    over the source's run headers) unless ``count_first`` is False, when it is the runs done so far.
    """
    report = CopyReport(source=_name(source), destination=_name(destination))
    checked = VerifyReport() if verify else None
    total = count_selected(source, selection) if progress is not None and count_first else 0
    for page in read_ahead(_pages(iter_selected(source, selection, full=True))):
        digests = {run_log.run_id: content_hash(run_log) for run_log in page}
        with _stopping(report, page[0].run_id):
            held = _held(destination, list(digests))
        writes: list[RunLog] = []
        for run_log in page:
            stored = held.get(run_log.run_id)
            if stored is not None and content_hash(stored) == digests[run_log.run_id]:
                report.already_there += 1
            elif stored is not None and not overwrite:
                # Before anything of this page is written: the destination keeps what it holds.
                raise exceptions.RunConflictError(run_log.run_id, report.destination)
            else:
                writes.append(run_log)
        if writes:
            with _stopping(report, writes[0].run_id):
                destination.put_run_logs(writes)
        report.replaced += sum(1 for run_log in writes if run_log.run_id in held)
        report.copied += sum(1 for run_log in writes if run_log.run_id not in held)
        report.selected += len(page)
        if checked is not None:
            # Runs found equal above are checked; the ones written are read back from the destination.
            written = [run_log.run_id for run_log in writes]
            with _stopping(report, page[0].run_id):
                _compare(
                    checked, {run_id: digests[run_id] for run_id in written}, _held(destination, written)
                )
            checked.selected += len(page) - len(writes)
            checked.matching += len(page) - len(writes)
        if progress is not None:
            progress(report.selected, max(total, report.selected))
    report.verify = checked
    return report


def verify_copy(
    source: BaseRunLogStore, destination: BaseRunLogStore, selection: RunSelection = EVERY_RUN
) -> VerifyReport:
    """Whether the destination holds every selected source run with the same content."""
    report = VerifyReport()
    for page in read_ahead(_pages(iter_selected(source, selection, full=True))):
        digests = {run_log.run_id: content_hash(run_log) for run_log in page}
        _compare(report, digests, _held(destination, list(digests)))
    return report


def _compare(report: VerifyReport, digests: dict[str, str], held: dict[str, RunLog]) -> None:
    """Count each run of ``digests`` (run id -> source digest) as matching, missing or different."""
    for run_id, digest in digests.items():
        report.selected += 1
        stored = held.get(run_id)
        if stored is None:
            report.missing += 1
            _sample(report.missing_ids, run_id)
        elif content_hash(stored) != digest:
            report.different += 1
            _sample(report.different_ids, run_id)
        else:
            report.matching += 1


def _held(store: BaseRunLogStore, run_ids: list[str]) -> dict[str, RunLog]:
    """The full runs among ``run_ids`` that the store holds: one query for the page."""
    if not run_ids:
        return {}
    found = store.iter_run_logs(RunLogFilter(run_ids=run_ids), full=True)
    return {run_log.run_id: run_log for run_log in found}


@contextmanager
def _stopping(report: CopyReport, run_id: str) -> Iterator[None]:
    """A destination that stops answering stops the copy, with how far it got and how to go on."""
    try:
        yield
    except exceptions.StoreUnavailableError as exc:
        written = report.copied + report.replaced
        raise exceptions.StoreUnavailableError(
            f"The copy to the run log store '{report.destination}' stopped at run '{run_id}', having "
            f"written {written} runs ({report.already_there} more were already there): {exc} Every run "
            "written so far is complete and none is half-written; run the same copy again once the store "
            "answers, and it carries on where it stopped."
        ) from exc


def _pages(run_logs: Iterable[RunLog]) -> Iterator[list[RunLog]]:
    iterator = iter(run_logs)
    while page := list(islice(iterator, PAGE_SIZE)):
        yield page


def _sample(run_ids: list[str], run_id: str) -> None:
    if len(run_ids) < REPORT_SAMPLE:
        run_ids.append(run_id)


def _name(store: BaseRunLogStore) -> str:
    summary = store.masked_summary()
    location = summary.get("Location") or summary.get("Connection") or ""
    return f"{store.service_name} at {location}" if location else store.service_name
