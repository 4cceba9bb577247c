"""Export and import: complete run logs through a versioned archive, across every store."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from history_samples import KINDS, sample_runs
from runnable import exceptions
from runnable.history import RunSelection, export_runs, import_runs, read_archive
from runnable.history.archive import ARCHIVE_VERSION
from runnable.run_log_store.base import BaseRunLogStore
from runnable.testing import assert_same_run_log

StoreFactory = Callable[..., BaseRunLogStore]


def _filled(make_store: StoreFactory, kind: str) -> BaseRunLogStore:
    store = make_store(kind)
    for run_log in sample_runs():
        store.put_run_log(run_log)
    return store


@pytest.mark.parametrize("source_kind", KINDS)
def test_export_from_each_store_imports_into_every_store_equal(
    make_store: StoreFactory, source_kind: str, tmp_path: Path
) -> None:
    source = _filled(make_store, source_kind)
    archive = tmp_path / "runs.jsonl.gz"
    report = export_runs(source, RunSelection(), archive)
    expected = {run_log.run_id: run_log for run_log in sample_runs()}
    assert report.runs == len(expected)
    for destination_kind in KINDS:
        destination = make_store(destination_kind)
        imported = import_runs(destination, archive)
        assert (imported.imported, imported.skipped) == (len(expected), 0), destination_kind
        for run_id, run_log in expected.items():
            assert_same_run_log(destination.get_run_log_by_id(run_id, full=True), run_log)


def test_filters_select_what_is_exported(make_store: StoreFactory, tmp_path: Path) -> None:
    source = _filled(make_store, "file-system")
    archive = tmp_path / "failed.gz"
    export_runs(source, RunSelection(status="FAIL", tag="other"), archive)
    assert [run.run_id for run in read_archive(archive)] == ["sample-1"]
    export_runs(source, RunSelection(run_ids=("sample-2", "sample-0")), archive)
    assert sorted(run.run_id for run in read_archive(archive)) == ["sample-0", "sample-2"]


def test_unknown_run_id_is_refused_and_nothing_is_written(make_store: StoreFactory, tmp_path: Path) -> None:
    source = _filled(make_store, "sqlite")
    archive = tmp_path / "runs.gz"
    with pytest.raises(exceptions.RunLogNotFoundError, match="no-such-run"):
        export_runs(source, RunSelection(run_ids=("sample-0", "no-such-run")), archive)
    assert not archive.exists()
    assert not [path.name for path in tmp_path.iterdir() if "partial" in path.name]


def test_import_is_idempotent_and_overwrite_replaces(make_store: StoreFactory, tmp_path: Path) -> None:
    source = _filled(make_store, "chunked-fs")
    archive = tmp_path / "runs.gz"
    export_runs(source, RunSelection(), archive)
    destination = make_store("sqlite")
    first = import_runs(destination, archive)
    changed = destination.get_run_log_by_id("sample-0", full=True)
    changed.tag = "edited here"
    destination.put_run_log(changed)
    again = import_runs(destination, archive)
    assert (again.imported, again.skipped, again.replaced) == (0, first.imported, 0)
    assert destination.get_run_log_by_id("sample-0").tag == "edited here"
    replaced = import_runs(destination, archive, overwrite=True)
    assert (replaced.imported, replaced.replaced) == (0, first.imported)
    assert destination.get_run_log_by_id("sample-0").tag == "nightly"


def test_a_truncated_archive_imports_nothing(make_store: StoreFactory, tmp_path: Path) -> None:
    archive = tmp_path / "runs.gz"
    export_runs(_filled(make_store, "buffered"), RunSelection(), archive)
    whole = archive.read_bytes()
    destination = make_store("file-system")
    for cut in (len(whole) // 2, len(whole) - 9):
        archive.write_bytes(whole[:cut])
        with pytest.raises(exceptions.ArchiveError, match=r"runs\.gz is truncated.*Nothing was imported"):
            import_runs(destination, archive)
        assert list(destination.iter_run_ids()) == []


def test_an_archive_without_its_end_marker_is_truncated(make_store: StoreFactory, tmp_path: Path) -> None:
    archive = tmp_path / "runs.gz"
    export_runs(_filled(make_store, "buffered"), RunSelection(), archive)
    lines = gzip.decompress(archive.read_bytes()).splitlines(keepends=True)
    archive.write_bytes(gzip.compress(b"".join(lines[:-2])))  # whole lines, but the last run and end gone
    destination = make_store("buffered")
    with pytest.raises(exceptions.ArchiveError, match="without its end marker"):
        import_runs(destination, archive)
    assert list(destination.iter_run_ids()) == []


def test_a_newer_archive_version_is_refused(make_store: StoreFactory, tmp_path: Path) -> None:
    archive = tmp_path / "future.gz"
    header = {"format": "runnable-run-archive", "version": ARCHIVE_VERSION + 1, "runnable": "runnable 9.0"}
    archive.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + b'{"end": true, "runs": 0}\n'))
    with pytest.raises(exceptions.ArchiveError, match=r"newer runnable \(runnable 9.0.*Upgrade runnable"):
        import_runs(make_store("buffered"), archive)


def test_a_tampered_run_is_refused(make_store: StoreFactory, tmp_path: Path) -> None:
    archive = tmp_path / "runs.gz"
    export_runs(_filled(make_store, "buffered"), RunSelection(), archive)
    text = gzip.decompress(archive.read_bytes()).replace(b'"nightly"', b'"nightlx"', 1)
    archive.write_bytes(gzip.compress(text))
    with pytest.raises(exceptions.ArchiveError, match="does not match its digest"):
        import_runs(make_store("buffered"), archive)


@pytest.mark.parametrize(
    "content",
    [b"", b"plain text, not gzip", gzip.compress(b'{"hello": 1}\n', mtime=0)],
    ids=["empty", "not-gzip", "no-header"],
)
def test_files_that_are_not_archives(make_store: StoreFactory, tmp_path: Path, content: bytes) -> None:
    archive = tmp_path / "other.gz"
    archive.write_bytes(content)
    with pytest.raises(exceptions.ArchiveError, match="is not a runnable run archive"):
        import_runs(make_store("buffered"), archive)
