"""Run history operations, each a Python API beneath a ``runnable`` command.

``diff`` compares two runs; ``archive`` exports runs to a versioned file and imports
them back; ``copy`` moves runs between stores (streamed, resumable, verified);
``delete`` removes named runs or purges old ones; ``analytics`` writes Parquet
tables; ``timeline`` lays a run's steps out in time. See docs/history.md.
"""

from runnable.history.archive import ExportReport, ImportReport, export_runs, import_runs, read_archive
from runnable.history.copy import CopyReport, VerifyReport, copy_runs, verify_copy
from runnable.history.delete import DeleteReport, RunPurgeReport, delete_runs, purge_runs
from runnable.history.diff import RunDiff, diff_runs, diff_stored_runs
from runnable.history.selection import RunSelection, content_hash, iter_selected

__all__ = [
    "CopyReport",
    "DeleteReport",
    "ExportReport",
    "ImportReport",
    "RunDiff",
    "RunPurgeReport",
    "RunSelection",
    "VerifyReport",
    "content_hash",
    "copy_runs",
    "delete_runs",
    "diff_runs",
    "diff_stored_runs",
    "export_runs",
    "import_runs",
    "iter_selected",
    "purge_runs",
    "read_archive",
    "verify_copy",
]
