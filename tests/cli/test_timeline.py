"""``runnable timeline``: a run's steps and branches in time, in the terminal and as a standalone page."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from runnable.history.timeline import BRANCH, STEP, timeline_html, timeline_rows
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.testing import example_run_log


def _store(folder: Path) -> FileSystemRunLogStore:
    (folder / "runnable-config.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs\n"
    )
    store = FileSystemRunLogStore(log_folder=str(folder / "runs"))
    run_log = example_run_log("drawn")
    run_log.steps["first"].name = "<first & only>"
    store.put_run_log(run_log)
    return store


def test_rows_cover_every_step_and_branch_with_their_times() -> None:
    run_log = example_run_log("drawn")
    rows = timeline_rows(run_log)
    names = [row.internal_name for row in rows]
    assert names[:4] == ["first", "outer", "outer.left", "outer.left.solo"]
    assert "outer.right.mid.0%2E5.deep.only.leaf 2" in names and names[-1] == "job"
    branch = next(row for row in rows if row.internal_name == "outer.right")
    assert branch.kind == BRANCH and branch.depth == 1
    leaf = next(row for row in rows if row.internal_name.endswith("deep.only.leaf"))
    assert leaf.kind == STEP and leaf.depth == 6 and leaf.duration_seconds == 1.00025
    # A branch spans its steps; a composite step spans its branches.
    assert branch.start == leaf.start and branch.end == leaf.end
    first = rows[0]
    assert first.attempts == 2


def test_terminal_gantt(cli: Callable[..., Result], isolated: Path) -> None:
    _store(isolated)
    result = cli("timeline", "drawn")
    assert result.exit_code == 0, result.stderr
    assert "<first & only>" in result.stdout and "█" in result.stdout
    assert "deep" in result.stdout and "leaf 2" in result.stdout


def test_json_rows(cli: Callable[..., Result], isolated: Path) -> None:
    _store(isolated)
    result = cli("timeline", "drawn", "--json")
    rows = json.loads(result.stdout)
    assert [row["internal_name"] for row in rows] == [
        row.internal_name for row in timeline_rows(example_run_log("drawn"))
    ]
    assert (
        rows[0]["attempts"] == 2
        and rows[0]["kind"] == "step"
        and rows[0]["start"].startswith("2026-11-01T09:30")
    )


def test_html_page_is_standalone(cli: Callable[..., Result], isolated: Path) -> None:
    _store(isolated)
    result = cli("timeline", "drawn", "--html", "drawn.html")
    assert result.exit_code == 0, result.stderr
    page = (isolated / "drawn.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "&lt;first &amp; only&gt;" in page and "<first" not in page
    assert not re.search(r"(src|href)=|https?://|@import|<script", page)  # nothing fetched from anywhere
    assert page.count('class="bar') == len(timeline_rows(example_run_log("drawn")))


def test_unknown_run(cli: Callable[..., Result], isolated: Path) -> None:
    _store(isolated)
    result = cli("timeline", "nope")
    assert result.exit_code == 2 and "'nope'" in result.stderr


def test_html_of_a_run_without_timings() -> None:
    run_log = example_run_log("bare")
    run_log.steps = {}
    run_log.job = None
    assert "no timings recorded" in timeline_html(run_log)
