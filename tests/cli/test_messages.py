"""Messages people moving from runnable 0.50 found confusing, as they read now."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import Result

from runnable import Pipeline, PythonTask, defaults, exceptions, plugins
from runnable.run_log_store.buffered import BufferedRunLogStore
from runnable.testing import legacy_samples_folder

FAILING = """
def boom():
    raise ValueError("\\x1b[0;31mThis is an exception\\x1b[0m")

from runnable import Pipeline, PythonTask

pipeline = Pipeline(steps=[PythonTask(function=boom, name="boom")])
"""

FILE_SYSTEM = "run-log-store:\n  type: file-system\n"


def test_a_missing_config_file_given_with_c_names_the_option(cli: Callable[..., Result]) -> None:
    Path("pipeline.py").write_text(FAILING)

    result = cli("execute", "pipeline.py", "-c", "confg.yaml")

    assert result.exit_code == 2
    assert "the -c/--config option names confg.yaml, which does not exist" in result.stderr
    assert defaults.ENV_CONFIGURATION_FILE not in result.stderr


def test_messages_and_hints_are_punctuated(cli: Callable[..., Result]) -> None:
    Path("pipeline.py").write_text(FAILING)
    Path("config.yaml").write_text(FILE_SYSTEM)
    Path("typo.yaml").write_text("run-log-store:\n  type: file-system\n  config:\n    log_foldr: runs\n")

    failed = cli("execute", "pipeline.py", "-c", "config.yaml", "--run-id", "the-run")
    typo = cli("runs", "list", "-c", "typo.yaml")

    assert failed.exit_code == 1
    assert "This is an exception. See the steps with: runnable runs show the-run" in failed.stderr
    assert typo.exit_code == 2
    assert "did you mean `log_folder`? Its fields:" in typo.stderr
    assert str(exceptions.ConfigurationError("no driver", service="run_log_store", field="x")) == (
        "Configuration error in service 'run-log-store', field 'x': no driver"
    )


class DriverlessStore(BufferedRunLogStore):
    """A store that finds its settings unusable only when first used, as a database without its driver."""

    def create_run_log(self, run_id: str, **fields: Any) -> Any:
        raise exceptions.ConfigurationError("the driver is not installed", service="run_log_store")


def test_a_configuration_error_found_during_a_run_names_the_file(isolated: Path) -> None:
    Path("config.yaml").write_text("run-log-store:\n  type: driverless\n")
    pipeline = Pipeline(steps=[PythonTask(function=print, name="say")])

    with plugins.default_registry.registered("run_log_store", "driverless", DriverlessStore):
        try:
            pipeline.execute(configuration_file="config.yaml")
        except exceptions.ConfigurationError as error:
            message = str(error)
        else:
            raise AssertionError("the run should not have started")

    assert message == (
        "Configuration error in config.yaml, service 'run-log-store': the driver is not installed"
    )


def test_debug_shows_the_traceback_without_asking_for_it(cli: Callable[..., Result]) -> None:
    Path("pipeline.py").write_text('def main():\n    raise KeyError("k")\n')

    plain = cli("execute", "pipeline.py")
    debugging = cli("--debug", "execute", "pipeline.py")

    assert "Re-run as `runnable --debug execute ...`" in plain.stderr
    assert "Traceback" in debugging.stderr
    said = debugging.stderr.strip().splitlines()[-1]
    assert said == "Error: The pipeline file pipeline.py raised KeyError while calling main(): 'k'."


def test_runs_show_prints_no_escape_codes_to_a_pipe(cli: Callable[..., Result]) -> None:
    Path("pipeline.py").write_text(FAILING)
    Path("config.yaml").write_text(FILE_SYSTEM)
    assert cli("execute", "pipeline.py", "-c", "config.yaml", "--run-id", "the-run").exit_code == 1

    shown = cli("runs", "show", "the-run", "-c", "config.yaml")

    assert shown.exit_code == 0
    assert "This is an exception" in shown.stdout
    assert "\x1b" not in shown.stdout


def test_runs_list_at_80_columns_keeps_each_run_on_one_line(cli: Callable[..., Result]) -> None:
    Path("config.yaml").write_text(FILE_SYSTEM)
    shutil.copytree(legacy_samples_folder(), ".run_log_store", ignore=shutil.ignore_patterns("*.md"))

    listed = cli("runs", "list", "-c", "config.yaml", env={"COLUMNS": "80"})

    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == 4  # the header and the three runs of 0.50's file-system store
    rows = {line.split()[0]: line for line in lines[1:]}
    for run_id in ("map-fs", "params-python-fs", "py-tasks-fs"):
        assert len(rows[run_id]) <= 80
        # The date and time stay together, and 0.50's runs have a duration.
        assert rows[run_id].split()[2:4][0].count("-") == 2 and rows[run_id].split()[3].count(":") == 2
        assert rows[run_id].rstrip().endswith("s")
