"""Fixtures for the command-line tests: an isolated working directory, CliRunner and the console script."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from runnable import defaults
from runnable.cli import app

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"
WIDE = {"COLUMNS": "200", "NO_COLOR": "1"}


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs in its own empty directory, with no configuration or run id from outside."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(defaults.ENV_CONFIGURATION_FILE, raising=False)
    monkeypatch.delenv(defaults.ENV_RUN_ID, raising=False)
    return tmp_path


@pytest.fixture
def cli() -> Callable[..., Result]:
    """``cli("runs", "list")``: the app in this process, stdout and stderr kept apart."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env={**WIDE, **(env or {})})

    return invoke


@pytest.fixture
def console_script(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``console_script("runs", "list")``: the installed ``runnable`` command in a subprocess."""

    def run(
        *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        environment = {
            k: v
            for k, v in os.environ.items()
            if k not in (defaults.ENV_CONFIGURATION_FILE, defaults.ENV_RUN_ID)
        }
        environment.update(WIDE)
        environment.update(env or {})
        return subprocess.run(
            [str(CONSOLE_SCRIPT), *args],
            cwd=cwd or tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run
