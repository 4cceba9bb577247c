"""``runnable ui`` as a user starts it, and what the other commands do not import."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner
from ui_support import UiRuns

from runnable import defaults
from runnable.cli import app

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"
UI_PACKAGES = ("starlette", "jinja2", "uvicorn")


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}


def test_runnable_ui_serves_the_configured_store_and_prints_its_url(ui_runs: UiRuns) -> None:
    server = subprocess.Popen(
        [str(CONSOLE_SCRIPT), "ui", "-c", str(ui_runs.config_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert "read-only" in line and "http://127.0.0.1:" in line, line
        url = line.split("http://", 1)[1].split("/", 1)[0]
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://{url}/", timeout=10) as response:
                    page = response.read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.1)
        assert ui_runs.failed in page and "read-only" in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_port_in_use_is_one_paragraph(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [str(CONSOLE_SCRIPT), "ui", "--port", str(port)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=_environment(),
            timeout=120,
        )
    assert done.returncode == 1
    assert f"Cannot listen on 127.0.0.1:{port}" in done.stderr and "--port" in done.stderr
    assert "Traceback" not in done.stderr


def test_without_the_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(defaults.ENV_CONFIGURATION_FILE, raising=False)
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # what a missing package looks like to import
    result = CliRunner().invoke(app, ["ui"])
    assert result.exit_code == 2
    assert "pip install 'runnable[ui]'" in result.output and "uvicorn" in result.output


def test_the_library_and_other_commands_never_import_the_ui_packages(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import runnable, runnable.datastore\n"
        "from typer.testing import CliRunner\n"
        "from runnable.cli import app\n"
        "for args in (['runs', 'list'], ['doctor'], ['runs', 'list', '--where-not-an-option'], ['--help']):\n"
        "    CliRunner().invoke(app, args)\n"
        f"loaded = [name for name in {UI_PACKAGES!r} if name in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print('clean')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_environment(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"
