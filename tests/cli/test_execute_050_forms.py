"""runnable 0.50's command-line habits keep working: -p, --log-level, a positional RUN_ID, its variables."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from runnable import defaults
from runnable.models import RunLog
from runnable.run_log_store.file_system import FileSystemRunLogStore

PIPELINE = """
from runnable import Pipeline, PythonTask

def scale(learning_rate: float, epochs: int) -> float:
    import logging
    logging.getLogger("runnable").debug("scaling %s by %s", learning_rate, epochs)
    return learning_rate * epochs

pipeline = Pipeline(steps=[PythonTask(function=scale, name="scale", returns=["product"])])
"""


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(defaults.ENV_PARAMETERS_FILE, raising=False)
    (tmp_path / "runnable-config.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs\n"
    )
    (tmp_path / "train.py").write_text(textwrap.dedent(PIPELINE))
    (tmp_path / "params.yaml").write_text("learning_rate: 0.5\nepochs: 4\n")
    (tmp_path / "other.yaml").write_text("learning_rate: 2\nepochs: 3\n")
    return tmp_path


def stored(run_id: str) -> RunLog:
    return FileSystemRunLogStore(log_folder="runs").get_run_log_by_id(run_id, full=True)


def test_help_shows_the_050_forms(cli: Callable[..., Result]) -> None:
    shown = cli("execute", "--help").stdout
    for form in ("-p", "--parameters-file", "--log-level", "RUN_ID", "RUNNABLE_PARAMETERS_FILE"):
        assert form in shown, form


@pytest.mark.parametrize("flag", ["-p", "--parameters", "--parameters-file"])
def test_short_parameters_flag(cli: Callable[..., Result], flag: str) -> None:
    result = cli("execute", "train.py", flag, "params.yaml", "--run-id", "short-p")
    assert result.exit_code == 0, result.stderr
    assert stored("short-p").parameters["product"].get_value() == 2.0


def test_positional_run_id(cli: Callable[..., Result]) -> None:
    result = cli("execute", "train.py", "positional-id", "-p", "params.yaml")
    assert result.exit_code == 0, result.stderr
    assert stored("positional-id").status == defaults.SUCCESS


def test_positional_and_option_run_ids_must_agree(cli: Callable[..., Result]) -> None:
    assert cli("execute", "train.py", "same", "--run-id", "same", "-p", "params.yaml").exit_code == 0
    result = cli("execute", "train.py", "one", "--run-id", "other", "-p", "params.yaml")
    assert result.exit_code == 2
    assert "given twice" in result.stderr and not Path("runs/one.json").exists()


def test_log_level(cli: Callable[..., Result]) -> None:
    quiet = cli("execute", "train.py", "-p", "params.yaml", "--run-id", "quiet")
    loud = cli("execute", "train.py", "-p", "params.yaml", "--run-id", "loud", "--log-level", "debug")
    assert quiet.exit_code == loud.exit_code == 0, loud.stderr
    assert "scaling 0.5 by 4" in loud.stderr and "Step 'scale' started" in loud.stderr
    assert "scaling" not in quiet.stderr and "Step 'scale' started" not in quiet.stderr
    assert cli("execute", "train.py", "--log-level", "LOUD").exit_code == 2


def test_parameters_file_variable(cli: Callable[..., Result]) -> None:
    # RUNNABLE_PARAMETERS_FILE gives the initial parameters (runnable 0.50); -p wins over it.
    by_variable = cli("execute", "train.py", "from-env", env={defaults.ENV_PARAMETERS_FILE: "params.yaml"})
    assert by_variable.exit_code == 0, by_variable.stderr
    assert stored("from-env").parameters["product"].get_value() == 2.0
    assert stored("from-env").run_config["parameters_file"] == "params.yaml"

    by_flag = cli(
        "execute",
        "train.py",
        "from-flag",
        "-p",
        "other.yaml",
        env={defaults.ENV_PARAMETERS_FILE: "params.yaml"},
    )
    assert by_flag.exit_code == 0, by_flag.stderr
    assert stored("from-flag").parameters["product"].get_value() == 6

    missing = cli("execute", "train.py", "missing", env={defaults.ENV_PARAMETERS_FILE: "nope.yaml"})
    assert missing.exit_code == 2
    assert "RUNNABLE_PARAMETERS_FILE" in missing.stderr and "nope.yaml" in missing.stderr
