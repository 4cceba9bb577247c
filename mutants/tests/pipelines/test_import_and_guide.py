"""`import runnable` stays light and silent; the guide's usage snippet runs verbatim from the repo root."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from runnable import defaults

REPOSITORY = Path(__file__).resolve().parents[2]

HEAVY = (
    "sqlalchemy",
    "alembic",
    "pandas",
    "typer",
    "rich",
    "click",
    "boto3",
    "filelock",
    "zstandard",
    "nbclient",
)


def run_python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=environment, capture_output=True, text=True, timeout=120
    )


def test_import_runnable_is_light_and_silent(tmp_path: Path) -> None:
    code = (
        "import sys, runnable\n"
        f"heavy = [m for m in sys.modules if m.split('.')[0] in {HEAVY!r}]\n"
        "plugins = [m for m in sys.modules if m.startswith(('runnable.run_log_store.', 'runnable.cli',"
        " 'runnable.plugins', 'runnable.sdk', 'runnable.executor'))]\n"
        "print(heavy, plugins, file=sys.stderr)\n"
        "assert not heavy and not plugins\n"
    )

    completed = run_python(code, tmp_path)

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == ""


def test_sdk_names_import_without_plugins_or_heavy_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from runnable import Pipeline, PythonTask, ShellTask, NotebookTask, Stub, Catalog, PythonJob\n"
        "from runnable import Parallel, Map, Conditional, Loop, Success, Fail, pickled, metric, json\n"
        f"heavy = [m for m in sys.modules if m.split('.')[0] in {HEAVY!r}]\n"
        "stores = [m for m in sys.modules if m.startswith(('runnable.run_log_store.sql', 'runnable.cli'))]\n"
        "print(heavy, stores, file=sys.stderr)\n"
        "assert not heavy and not stores\n"
    )

    completed = run_python(code, tmp_path)

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == ""


def test_the_guides_usage_snippet_runs_verbatim_from_the_repository_root(tmp_path: Path) -> None:
    # The snippet names "some-config.yaml"; RUNNABLE_CONFIGURATION_FILE (which takes precedence) points
    # at a file-system store under tmp_path so the repository stays clean.
    configuration = tmp_path / "config.yaml"
    configuration.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "file-system", "config": {"log_folder": str(tmp_path / "runs")}},
                "catalog": {"type": "file-system", "config": {"catalog_location": str(tmp_path / "catalog")}},
            }
        )
    )
    snippet = (
        "from runnable import Pipeline, PythonTask\n"
        "from examples.common.functions import hello\n"
        'Pipeline(steps=[PythonTask(function=hello, name="task1"), PythonTask(function=hello, name="task2")])'
        '.execute(configuration_file="some-config.yaml")\n'
    )

    completed = run_python(
        snippet,
        REPOSITORY,
        **{defaults.ENV_CONFIGURATION_FILE: str(configuration), defaults.ENV_RUN_ID: "guide-snippet"},
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.count("Hello World!") == 2
    stored = json.loads((tmp_path / "runs" / "guide-snippet.json").read_text())
    assert stored["status"] == "SUCCESS"
    assert list(stored["steps"]) == ["task1", "task2", "success"]
