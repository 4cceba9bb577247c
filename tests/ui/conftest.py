"""Fixtures of the web UI tests: runs made by real pipelines, the app, a live server, a browser.

The runs are made once per session, by ``tests/ui/pipelines.py`` in subprocesses, on an
SQLite database store with a file-system catalog; tests that need another store copy them
there. One of the runs is still going (status PROCESSING) until the session ends.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

pytest.importorskip("starlette")
pytest.importorskip("jinja2")

from starlette.applications import Starlette
from ui_support import (
    ARTIFACTS,
    PIPELINES,
    REFRESH_SECONDS,
    SECRET,
    XSS,
    UiRuns,
    pipeline_environment,
    serving,
)

from runnable.models import RunLog
from runnable.ui.app import create_app


@pytest.fixture(scope="session")
def ui_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UiRuns]:
    folder = tmp_path_factory.mktemp("ui-runs")
    config_file = folder / "runnable-config.yaml"
    config_file.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {
                    "type": "database",
                    "config": {"connection_string": f"sqlite:///{folder / 'runs.db'}"},
                },
                "catalog": {"type": "file-system", "config": {"catalog_location": str(folder / "catalog")}},
            }
        )
    )
    runs = UiRuns(folder=folder, config_file=config_file, release=folder / "release")

    def start(*made: dict[str, Any]) -> subprocess.Popen[bytes]:
        env = pipeline_environment({"RUNNABLE_UI_RELEASE": str(runs.release)})
        command = [sys.executable, str(PIPELINES), str(config_file), *map(json.dumps, made)]
        return subprocess.Popen(
            command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )

    # One process makes the finished runs in order (oldest first): one of them fails.
    tags = ("nightly", "nightly", "adhoc")
    finished = [
        {"kind": "linear", "run_id": run_id, "tag": tag, "parameters": {"lr": lr}}
        for run_id, lr, tag in zip(runs.linear, (0.05, 0.1, 0.2), tags, strict=True)
    ]
    finished += [
        {"kind": "failed", "run_id": runs.failed, "tag": "nightly", "parameters": {"lr": 0.3}},
        {"kind": "map", "run_id": runs.mapped, "parameters": {"count": 30}},
        {"kind": "nested", "run_id": runs.nested, "parameters": {"lr": 0.15}},
        {
            "kind": "linear",
            "run_id": runs.hostile,
            "tag": XSS,
            "parameters": {"note": XSS, "db_password": SECRET},
        },
    ]
    maker = start(*finished)
    _, stderr = maker.communicate(timeout=600)
    assert maker.returncode == 1, stderr.decode(errors="replace")
    running = start({"kind": "running", "run_id": runs.running, "tag": "live"})
    store = runs.store()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = store.get_run_logs(run_ids=[runs.running], full=True)
        if found and "wait" in found[0].steps:
            break
        time.sleep(0.05)
    else:
        running.kill()
        pytest.fail("the running pipeline did not reach its waiting step")
    try:
        yield runs
    finally:
        runs.release.touch()
        try:
            running.wait(timeout=60)
        except subprocess.TimeoutExpired:
            running.kill()


@pytest.fixture(scope="session")
def pipeline_run_logs(ui_runs: UiRuns) -> list[RunLog]:
    """Every finished run of the session, full, oldest first: what other stores are filled with."""
    store = ui_runs.store()
    finished = [r for r in store.get_run_logs(full=True) if r.run_id != ui_runs.running]
    return list(reversed(finished))


@pytest.fixture(scope="session")
def ui_app(ui_runs: UiRuns) -> Starlette:
    return create_app(ui_runs.store(), ui_runs.catalog(), refresh_seconds=REFRESH_SECONDS)


# --------------------------------------------------------------------------- a live server


@pytest.fixture(scope="session")
def live_url(ui_app: Starlette) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""
    with serving(ui_app) as url:
        yield url


# --------------------------------------------------------------------------- a browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_binary() -> str | None:
    configured = os.environ.get("RUNNABLE_TEST_CHROMIUM")
    if configured:
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium, headless, driven by Playwright: one browser for the whole session."""
    sync_api = pytest.importorskip("playwright.sync_api")
    binary = chromium_binary()
    if binary is None:
        pytest.skip("no chromium binary found; run scripts/chromium.sh (apt-get install chromium)")
    playwright = sync_api.sync_playwright().start()
    try:
        launched = playwright.chromium.launch(executable_path=binary, args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()
    finally:
        playwright.stop()


@pytest.fixture
def page(browser: object, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh page; a screenshot of how it ended is saved under test-artifacts/ui/."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    try:
        yield opened
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        try:
            opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
        finally:
            context.close()
