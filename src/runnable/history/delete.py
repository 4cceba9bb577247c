"""Delete named runs, or purge runs older than an age, on any store that can delete.

The database store purges in SQL batches of its own (``DatabaseRunLogStore.purge``);
every other store that implements ``delete_run_log`` (all the built-in ones) is
purged here, one run at a time, walking the old runs as a stream.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from runnable import exceptions
from runnable.history.selection import REPORT_SAMPLE
from runnable.models import RunLogFilter, utc_now
from runnable.run_log_store.base import BaseRunLogStore


@dataclass
class DeleteReport:
    dry_run: bool
    runs: int = 0
    run_ids: list[str] = field(default_factory=list)


@dataclass
class RunPurgeReport:
    cutoff: datetime
    dry_run: bool
    runs: int = 0
    # Up to REPORT_SAMPLE of the runs' ids.
    sample: list[str] = field(default_factory=list)


def delete_runs(store: BaseRunLogStore, run_ids: Sequence[str], dry_run: bool = False) -> DeleteReport:
    """Delete the named runs. Every id is checked first: one unknown id deletes nothing."""
    if not store.can_delete:
        raise exceptions.DeleteUnsupportedError(store.service_name or type(store).__name__)
    wanted = list(dict.fromkeys(run_ids))
    for run_id in wanted:
        store.get_run_log_by_id(run_id)  # RunLogNotFoundError before anything is deleted
    report = DeleteReport(dry_run=dry_run, runs=len(wanted), run_ids=wanted)
    if not dry_run:
        for run_id in wanted:
            store.delete_run_log(run_id)
    return report


def purge_runs(store: BaseRunLogStore, older_than: timedelta, dry_run: bool = False) -> RunPurgeReport:
    """Delete every run created before now - ``older_than``; ``dry_run`` only counts."""
    if not store.can_delete:
        raise exceptions.DeleteUnsupportedError(store.service_name or type(store).__name__)
    report = RunPurgeReport(cutoff=utc_now() - older_than, dry_run=dry_run)
    old_runs = store.iter_run_logs(RunLogFilter(created_before=report.cutoff))
    # Listed first: deleting while a store pages through its own listing could skip runs.
    doomed = [run_log.run_id for run_log in old_runs]
    for run_id in doomed:
        if not dry_run:
            try:
                store.delete_run_log(run_id)
            except exceptions.RunLogNotFoundError:
                continue  # deleted by someone else meanwhile
        report.runs += 1
        if len(report.sample) < REPORT_SAMPLE:
            report.sample.append(run_id)
    return report
