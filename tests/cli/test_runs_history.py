"""``runnable runs diff|export|import|copy|delete`` and ``runs purge`` on file stores, through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import Result

from runnable import defaults
from runnable.history.selection import walk_steps
from runnable.models import CodeIdentity, JsonParameter, MetricParameter, RunLog, utc_now
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.run_log_store.sql.store import DatabaseRunLogStore
from runnable.testing import assert_same_run_log, example_run_log

SECRET = "hunter2-$%@:x"


def _pair() -> tuple[RunLog, RunLog]:
    a, b = example_run_log("run-a"), example_run_log("run-b")
    a.parameters["alpha"] = JsonParameter(value={"nested": [1, 2], "lr": 0.1})
    b.parameters["alpha"] = JsonParameter(value={"nested": [1, 3], "lr": 0.1})
    b.parameters["extra"] = JsonParameter(value="new")
    del b.parameters["frame"]
    first_b = b.steps["first"]
    first_b.status = "FAIL"
    first_b.attempts[-1].user_defined_metrics["accuracy"] = MetricParameter(value=0.5)
    newer_code = [CodeIdentity(code_identifier="def456", code_identifier_dependable=False)]
    for step, _, _ in walk_steps(b):
        for attempt in step.attempts:
            attempt.code_identities = newer_code
    assert b.job is not None
    b.job.attempts[-1].code_identities = newer_code
    del b.steps["last"]
    a.run_config["run_log_store"] = {"connection_string": f"postgresql://user:{SECRET}@db/runs"}
    b.run_config["run_log_store"] = {"connection_string": "postgresql://user:other-secret@db2/runs"}
    return a, b


@pytest.fixture
def fs_store(isolated: Path) -> FileSystemRunLogStore:
    (isolated / "runnable-config.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs\n"
    )
    return FileSystemRunLogStore(log_folder=str(isolated / "runs"))


def test_diff_table_and_json(cli: Callable[..., Result], fs_store: FileSystemRunLogStore) -> None:
    for run_log in _pair():
        fs_store.put_run_log(run_log)
    result = cli("runs", "diff", "run-a", "run-b")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    for expected in ("alpha.nested[1]", "extra", "frame", "first.accuracy", "commit", "only in A", "last"):
        assert expected in text
    assert SECRET not in text and "other-secret" not in text
    as_json = cli("runs", "diff", "run-a", "run-b", "--json")
    data = json.loads(as_json.stdout)
    changes = {(c["path"], c["change"]) for c in data["parameters"]}
    assert changes == {("alpha.nested[1]", "changed"), ("extra", "added"), ("frame", "removed")}
    assert {(c["path"], c["a"], c["b"]) for c in data["metrics"]} == {("first.accuracy", 0.9, 0.5)}
    assert {c["path"]: (c["a"], c["b"]) for c in data["code"]} == {"commit": ("abc123", "def456")}
    steps = {s["internal_name"]: s for s in data["steps"]}
    assert steps["last"]["only_in"] == "a" and steps["first"]["status_b"] == "FAIL"
    assert steps["outer.right.mid.0%2E5.deep.only.leaf"]["only_in"] == ""  # branches compared too
    assert SECRET not in as_json.stdout and "other-secret" not in as_json.stdout
    config_change = next(c for c in data["run_config"] if c["path"] == "run_log_store.connection_string")
    assert config_change["a"] == f"postgresql://user:{defaults.MASK}@db/runs"


def test_diff_of_an_unknown_run(cli: Callable[..., Result], fs_store: FileSystemRunLogStore) -> None:
    fs_store.put_run_log(example_run_log("run-a"))
    result = cli("runs", "diff", "run-a", "ghost")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "'ghost'" in result.stderr


def test_export_import_round_trip(
    cli: Callable[..., Result], fs_store: FileSystemRunLogStore, isolated: Path
) -> None:
    for run_log in _pair():
        fs_store.put_run_log(run_log)
    result = cli("runs", "export", "--to", "runs.gz", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["runs"] == 2
    (isolated / "db.yaml").write_text(
        "run-log-store:\n  type: database\n  config:\n    connection_string: sqlite:///r.db\n"
    )
    imported = cli("runs", "import", "runs.gz", "-c", "db.yaml")
    assert imported.exit_code == 0 and "Imported 2 runs" in imported.stdout
    again = cli("runs", "import", "runs.gz", "-c", "db.yaml")
    assert "Imported 0 runs" in again.stdout and "skipped 2" in again.stdout
    database = DatabaseRunLogStore(connection_string=f"sqlite:///{isolated / 'r.db'}")
    for run_log in _pair():
        assert_same_run_log(database.get_run_log_by_id(run_log.run_id, full=True), run_log)
    database.close()


def test_importing_a_truncated_archive(
    cli: Callable[..., Result], fs_store: FileSystemRunLogStore, isolated: Path
) -> None:
    for run_log in _pair():
        fs_store.put_run_log(run_log)
    cli("runs", "export", "--to", "runs.gz")
    whole = (isolated / "runs.gz").read_bytes()
    (isolated / "runs.gz").write_bytes(whole[: len(whole) // 2])
    (isolated / "other.yaml").write_text(
        "run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: other\n"
    )
    result = cli("runs", "import", "runs.gz", "-c", "other.yaml")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "runs.gz is truncated" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(ChunkedFileSystemRunLogStore(log_folder=str(isolated / "other")).iter_run_ids()) == []


def test_copy_verify_only_and_conflict(
    cli: Callable[..., Result], fs_store: FileSystemRunLogStore, isolated: Path
) -> None:
    for run_log in _pair():
        fs_store.put_run_log(run_log)
    (isolated / "to.yaml").write_text(
        "run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: copied\n"
    )
    before = cli("runs", "copy", "--from", "runnable-config.yaml", "--to", "to.yaml", "--verify-only")
    assert before.exit_code == 1 and "2 missing" in before.stdout
    copied = cli("runs", "copy", "--from", "runnable-config.yaml", "--to", "to.yaml", "--json")
    assert copied.exit_code == 0, copied.stderr
    report = json.loads(copied.stdout)
    assert report["copied"] == 2 and report["ok"] is True and report["verify"]["matching"] == 2
    after = cli("runs", "copy", "--from", "runnable-config.yaml", "--to", "to.yaml", "--verify-only")
    assert after.exit_code == 0 and "Verified" in after.stdout
    changed = example_run_log("run-a")
    changed.tag = "changed at the source"
    fs_store.put_run_log(changed)
    conflict = cli("runs", "copy", "--from", "runnable-config.yaml", "--to", "to.yaml")
    assert conflict.exit_code == 2
    assert "different run under the id 'run-a'" in conflict.stderr and conflict.stderr.count("\n") == 1


def test_delete_and_purge_on_a_file_store(
    cli: Callable[..., Result], fs_store: FileSystemRunLogStore
) -> None:
    for run_id, days in (("a", 300), ("b", 200), ("c", 1)):
        fs_store.put_run_log(example_run_log(run_id, created_at=utc_now() - timedelta(days=days)))
    dry = cli("runs", "delete", "a", "--dry-run")
    assert dry.exit_code == 0 and "would delete 1 run" in dry.stdout
    assert sorted(fs_store.iter_run_ids()) == ["a", "b", "c"]
    unknown = cli("runs", "delete", "a", "zz")
    assert unknown.exit_code == 2 and "'zz'" in unknown.stderr
    deleted = cli("runs", "delete", "a", "--json")
    assert json.loads(deleted.stdout)["run_ids"] == ["a"]
    purged = cli("runs", "purge", "--older-than", "100d")
    assert purged.exit_code == 0 and "Deleted 1 run" in purged.stdout
    assert sorted(fs_store.iter_run_ids()) == ["c"]
