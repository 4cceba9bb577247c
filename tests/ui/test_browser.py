"""The web UI in a real headless Chromium (Debian's, driven by Playwright) against a live uvicorn.

Each test ends with a screenshot in test-artifacts/ui/ (see the ``page`` fixture).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from ui_support import PIPELINES, REFRESH_SECONDS, XSS, UiRuns, pipeline_environment, serving

from runnable import defaults
from runnable.ui.app import create_app

pytest.importorskip("playwright.sync_api")

from playwright.sync_api import Page, expect


def row_ids(page: Page) -> list[str]:
    return page.locator("#runs-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.runId)")


def test_runs_page_filters_by_status_tag_and_condition(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(live_url + "/")
    expect(page.locator("h1")).to_have_text("Runs")
    assert ui_runs.failed in row_ids(page) and len(row_ids(page)) == 8
    failed_row = page.locator(f"tr[data-run-id='{ui_runs.failed}']")
    expect(failed_row.locator(".status")).to_contain_text("FAIL")  # the status is text, not only a colour

    page.select_option("#f-status", "FAIL")
    page.click("#f-apply")
    page.wait_for_url("**/?status=FAIL*")
    assert row_ids(page) == [ui_runs.failed]

    page.click("#f-clear")
    page.fill("#f-tag", "nightly")
    page.fill("#f-where", "score>0.8")
    page.fill("#f-columns", "score,lr")
    page.click("#f-apply")
    assert row_ids(page) == [ui_runs.linear[1]]
    query = parse_qs(urlparse(page.url).query)
    assert query["tag"] == ["nightly"] and query["where"] == ["score>0.8"]  # a view is shared as a link
    headers = page.locator("#runs-table thead th").all_inner_texts()
    assert headers[-2:] == ["score", "lr"]
    expect(page.locator(f"tr[data-run-id='{ui_runs.linear[1]}'] td.num").first).to_have_text("0.9")


def test_a_malformed_filter_shows_what_is_wrong(page: Page, live_url: str) -> None:
    page.goto(live_url + "/")
    page.fill("#f-where", "score>>0.9")
    page.click("#f-apply")
    expect(page.locator("section.error h1")).to_have_text("Malformed filter")
    expect(page.locator("section.error .message")).to_contain_text("score>>0.9")


def test_paging_through_every_run(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(live_url + "/?limit=3")
    seen = row_ids(page)
    pages = 1
    while page.locator("#next-page").count():
        page.click("#next-page")
        seen += row_ids(page)
        pages += 1
    assert pages == 3 and len(seen) == 8 and len(set(seen)) == 8
    assert seen[-1] == ui_runs.linear[0]
    page.click("#first-page")
    assert row_ids(page)[0] == ui_runs.running


def test_step_tree_by_mouse_and_keyboard(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(f"{live_url}/runs/{ui_runs.nested}")
    outer = page.locator("[role=treeitem][data-name='outer']")
    expect(outer).to_have_attribute("aria-expanded", "false")
    fit_left = page.locator("[role=treeitem][data-name='outer.a.inner.left.fit left']")
    expect(fit_left).to_be_hidden()

    outer.locator("> .row").click()
    expect(outer).to_have_attribute("aria-expanded", "true")
    # The keyboard alone: down to branch a, open it, into inner, open it, into branch left...
    page.keyboard.press("ArrowDown")
    focused = page.locator("[role=treeitem]:focus")
    expect(focused).to_have_attribute("data-name", "outer.a")
    page.keyboard.press("ArrowRight")
    expect(page.locator("[role=treeitem][data-name='outer.a']")).to_have_attribute("aria-expanded", "true")
    for _ in range(2):
        page.keyboard.press("ArrowRight")  # into inner, then open it
    page.keyboard.press("ArrowRight")  # into branch left
    expect(page.locator("[role=treeitem]:focus")).to_have_attribute("data-name", "outer.a.inner.left")
    page.keyboard.press("Enter")
    expect(fit_left).to_be_visible()
    expect(fit_left.locator("> .row .status")).to_contain_text("SUCCESS")
    page.keyboard.press("ArrowLeft")  # closes left again
    expect(fit_left).to_be_hidden()
    page.keyboard.press("ArrowLeft")  # up to inner
    expect(page.locator("[role=treeitem]:focus")).to_have_attribute("data-name", "outer.a.inner")
    page.click("#expand-all")
    expect(fit_left).to_be_visible()
    expect(page.locator("#timeline svg")).to_be_visible()


def test_failed_run_opens_on_its_error_and_task_output(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(f"{live_url}/runs/{ui_runs.failed}")
    expect(page.locator("#run-title .status")).to_contain_text("FAIL")
    explode = page.locator("[role=treeitem][data-name='explode']")
    explode.locator("> .row").click()
    expect(explode.locator("pre.error-message").first).to_contain_text(
        "boom: learning rate 0.3 is not usable"
    )
    explode.locator("a.task-output").click()
    expect(page.locator("#task-output")).to_contain_text("about to fail")


def test_map_of_many_branches(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(f"{live_url}/runs/{ui_runs.mapped}")
    squares = page.locator("[role=treeitem][data-name='squares']")
    expect(squares.locator("> .row")).to_contain_text("30 branches (30 SUCCESS)")
    expect(page.locator(".tl-summary")).to_contain_text("30 SUCCESS")
    assert page.locator(".tl-aggregate .tl-profile").count() > 0
    squares.locator("> .row").click()
    expect(squares.locator("> ul > [role=treeitem]")).to_have_count(30)


def test_compare_selected_runs(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    page.goto(live_url + "/?tag=nightly")
    for run_id in (ui_runs.linear[0], ui_runs.linear[1]):
        page.check(f"input[name=run][value='{run_id}']")
    page.click("#compare-button")
    page.wait_for_url("**/compare?*")
    expect(page.locator("h1")).to_have_text("Compare 2 runs")
    lr_row = page.locator("#compare-parameters tr[data-name='lr']")
    expect(lr_row).to_have_class("differs")
    expect(lr_row.locator("th")).to_contain_text("≠")  # marked by a sign, not only a colour
    # Runs are compared in the order the runs page listed them: newest first.
    scores = page.locator("#compare-metrics tr[data-name='score'] td")
    expect(scores).to_have_text(["0.9", "0.7"])
    bars = page.locator("#metric-chart g.bar")
    expect(bars).to_have_count(2)
    expect(bars.nth(1)).to_contain_text("0.7")


def test_hostile_text_stays_text(page: Page, live_url: str, ui_runs: UiRuns) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_url + "/")
    page.goto(f"{live_url}/runs/{ui_runs.hostile}")
    expect(page.locator("#run-tag")).to_have_text(XSS)
    assert dialogs == []


def test_unknown_run_page(page: Page, live_url: str) -> None:
    response = page.goto(f"{live_url}/runs/not-a-run")
    assert response is not None and response.status == 404
    expect(page.locator("section.error")).to_contain_text("not-a-run")


def test_unfinished_runs_refresh_by_themselves(page: Page, tmp_path: Path, ui_runs: UiRuns) -> None:
    # A store of its own: the session's store keeps the runs the other tests count.
    config_file = tmp_path / "runnable-config.yaml"
    config_file.write_text(ui_runs.config_file.read_text().replace(str(ui_runs.folder), str(tmp_path)))
    release = tmp_path / "release"
    run_id = "ui-live-refresh"
    made = {"kind": "running", "run_id": run_id, "tag": "refresh"}
    process = subprocess.Popen(
        [sys.executable, str(PIPELINES), str(config_file), json.dumps(made)],
        cwd=tmp_path,
        env=pipeline_environment({"RUNNABLE_UI_RELEASE": str(release)}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    live = UiRuns(folder=tmp_path, config_file=config_file, release=release)
    try:
        store = live.store()
        deadline = time.monotonic() + 120
        while not _waiting(store.get_run_logs(run_ids=[run_id], full=True)):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        app = create_app(store, live.catalog(), refresh_seconds=REFRESH_SECONDS)
        with serving(app) as url:
            page.goto(url + "/")
            status = page.locator(f"tr[data-run-id='{run_id}'] .cell-status")
            expect(status).to_contain_text(defaults.PROCESSING)
            run_page = page.context.new_page()
            run_page.goto(f"{url}/runs/{run_id}")
            expect(run_page.locator("#run-title .status")).to_contain_text(defaults.PROCESSING)
            prepare = run_page.locator("[role=treeitem][data-name='prepare']")
            prepare.locator("> .row").click()
            expect(prepare).to_have_attribute("aria-expanded", "true")
            release.touch()
            assert process.wait(timeout=120) == 0
            # Neither page is reloaded by the test: they notice by themselves.
            expect(status).to_contain_text(defaults.SUCCESS, timeout=30_000)
            expect(run_page.locator("#run-title .status")).to_contain_text(defaults.SUCCESS, timeout=30_000)
            # The run page reloaded itself and kept the step the reader had opened.
            expect(run_page.locator("[role=treeitem][data-name='prepare']")).to_have_attribute(
                "aria-expanded", "true"
            )
            run_page.close()
    finally:
        release.touch()
        if process.poll() is None:
            process.kill()


def _waiting(found: list[Any]) -> bool:
    return bool(found) and "wait" in found[0].steps
