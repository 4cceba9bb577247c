"""Run archives: complete run logs in one portable, versioned, compressed file.

The format (version 1) is gzip-compressed JSON lines:

1. a header: ``{"format": "runnable-run-archive", "version": 1, "created_at": ..., "runnable": ...}``;
2. one line per run: ``{"sha256": <digest of the run log JSON>, "run": <the full run log>}``, with
   every branch, attempt, parameter, metric and catalog entry;
3. an end marker: ``{"end": true, "runs": <how many run lines>}``.

An export is written to a temporary file beside the target and renamed into place, so the
target is a whole archive or nothing. An import reads the archive twice: once to check it
(format, version, every line, every digest, the end marker), then to store the runs, so a
truncated or damaged archive writes nothing at all. Runs the store already holds are skipped
(importing twice changes nothing) unless ``overwrite`` replaces them.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from runnable import exceptions
from runnable.history.selection import REPORT_SAMPLE, RunSelection, content_hash, iter_selected
from runnable.models import RunLog, RunLogFilter, utc_now
from runnable.run_log_store.base import BaseRunLogStore

ARCHIVE_FORMAT = "runnable-run-archive"
ARCHIVE_VERSION = 1
# How many run ids a report lists (the counts are always complete).
# Runs checked and written together on import.
IMPORT_PAGE = 200


@dataclass
class ExportReport:
    path: str
    runs: int = 0
    run_ids: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    path: str
    runs: int = 0
    imported: int = 0
    replaced: int = 0
    skipped: int = 0
    skipped_ids: list[str] = field(default_factory=list)


def export_runs(store: BaseRunLogStore, selection: RunSelection, path: Path | str) -> ExportReport:
    """Write the selected runs to an archive at ``path`` (replaced only once the new one is complete)."""
    target = Path(path)
    report = ExportReport(path=str(target))
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        with open(partial, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as archive:
            _write_line(archive, {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, **_origin()})
            for run_log in iter_selected(store, selection, full=True):
                body = run_log.model_dump_json()
                digest = content_hash(run_log)
                archive.write(f'{{"sha256": "{digest}", "run": {body}}}\n'.encode())
                report.runs += 1
                if len(report.run_ids) < REPORT_SAMPLE:
                    report.run_ids.append(run_log.run_id)
            _write_line(archive, {"end": True, "runs": report.runs})
            archive.flush()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return report


def import_runs(store: BaseRunLogStore, path: Path | str, overwrite: bool = False) -> ImportReport:
    """Store the runs of an archive; existing runs are skipped unless ``overwrite``.

    The whole archive is checked before the first run is written: ArchiveError for a
    truncated, damaged or newer archive, and nothing is stored.
    """
    source = Path(path)
    report = ImportReport(path=str(source))
    report.runs = sum(1 for _ in read_archive(source))
    runs = read_archive(source)
    while page := list(islice(runs, IMPORT_PAGE)):
        held = {
            run_log.run_id
            for run_log in store.iter_run_logs(RunLogFilter(run_ids=[run.run_id for run in page]))
        }
        writes = [run_log for run_log in page if overwrite or run_log.run_id not in held]
        store.put_run_logs(writes)
        for run_log in page:
            if run_log.run_id not in held:
                report.imported += 1
            elif overwrite:
                report.replaced += 1
            else:
                report.skipped += 1
                if len(report.skipped_ids) < REPORT_SAMPLE:
                    report.skipped_ids.append(run_log.run_id)
    return report


def read_archive(path: Path) -> Iterator[RunLog]:
    """The runs of an archive, one at a time, each checked against its digest.

    Raises ArchiveError (naming the file and what is wrong) for anything but a
    complete archive of a version this runnable reads; the error comes at the
    point the problem is met, so check a whole archive before acting on its runs.
    """
    where = str(path)
    try:
        handle: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by the with below, once it opened
    except OSError as exc:
        raise exceptions.ArchiveError(where, f"cannot be opened: {exc.strerror or exc}.") from exc
    with handle, gzip.GzipFile(fileobj=handle, mode="rb") as archive:
        lines = _lines(archive, where)
        header = next(lines, None)
        _check_header(header, where)
        count = 0
        for number, record in lines:
            if record.get("end") is True:
                if record.get("runs") != count:
                    raise exceptions.ArchiveError(
                        where,
                        f"is damaged: its end marker counts {record.get('runs')} runs but it holds {count}.",
                    )
                if next(lines, None) is not None:
                    raise exceptions.ArchiveError(where, "is damaged: it has lines after its end marker.")
                return
            yield _run_of(record, number, where)
            count += 1
        raise exceptions.ArchiveError(
            where,
            f"is truncated: it ends after {count} runs without its end marker, so runs are missing. "
            "Nothing was imported; export the runs again or use a complete copy of the file.",
        )


def _lines(archive: gzip.GzipFile, where: str) -> Iterator[tuple[int, dict[str, Any]]]:
    number = 0
    try:
        for number, line in enumerate(archive, start=1):
            try:
                record = json.loads(line)
            except ValueError:
                if not line.endswith(b"\n"):
                    raise exceptions.ArchiveError(
                        where,
                        f"is truncated: line {number} is cut short. Nothing was imported; export the runs "
                        "again or use a complete copy of the file.",
                    ) from None
                raise exceptions.ArchiveError(where, f"is damaged: line {number} is not JSON.") from None
            if not isinstance(record, dict):
                raise exceptions.ArchiveError(where, f"is damaged: line {number} is not a JSON object.")
            yield number, record
    except (EOFError, zlib.error) as exc:
        raise exceptions.ArchiveError(
            where,
            f"is truncated or damaged after line {number} ({exc}). Nothing was imported; export the runs "
            "again or use a complete copy of the file.",
        ) from exc
    except gzip.BadGzipFile as exc:
        raise exceptions.ArchiveError(
            where,
            f"is not a runnable run archive (not gzip-compressed: {exc}); "
            "make one with `runnable runs export`.",
        ) from exc


def _check_header(header: tuple[int, dict[str, Any]] | None, where: str) -> None:
    record = header[1] if header is not None else {}
    if record.get("format") != ARCHIVE_FORMAT:
        raise exceptions.ArchiveError(
            where, "is not a runnable run archive (no archive header); make one with `runnable runs export`."
        )
    archive_version = record.get("version")
    if not isinstance(archive_version, int) or archive_version < 1:
        raise exceptions.ArchiveError(where, f"has an unknown format version {archive_version!r}.")
    if archive_version > ARCHIVE_VERSION:
        raise exceptions.ArchiveError(
            where,
            f"was written by a newer runnable ({record.get('runnable', 'unknown version')}, archive format "
            f"version {archive_version}); this runnable reads versions up to {ARCHIVE_VERSION}. "
            "Upgrade runnable to import it.",
        )


def _run_of(record: dict[str, Any], number: int, where: str) -> RunLog:
    try:
        run_log = RunLog.model_validate(record["run"])
    except (KeyError, ValidationError) as exc:
        raise exceptions.ArchiveError(where, f"is damaged: line {number} is not a run log ({exc}).") from exc
    if content_hash(run_log) != record.get("sha256"):
        raise exceptions.ArchiveError(
            where, f"is damaged: run '{run_log.run_id}' (line {number}) does not match its digest."
        )
    return run_log


def _write_line(archive: gzip.GzipFile, record: dict[str, Any]) -> None:
    archive.write(json.dumps(record).encode() + b"\n")


def _origin() -> dict[str, str]:
    try:
        runnable_version = version("runnable")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        runnable_version = "unknown"
    return {"created_at": utc_now().isoformat(), "runnable": f"runnable {runnable_version}"}
