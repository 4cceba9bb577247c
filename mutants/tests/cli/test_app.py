"""The command tree as a whole: help, documentation, exit codes and how errors are shown."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import Result

from runnable import plugins
from runnable.cli import app
from runnable.models import RunLog
from runnable.run_log_store.buffered import BufferedRunLogStore

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def command_paths() -> Iterator[tuple[str, ...]]:
    def walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        children = getattr(command, "commands", None)
        if children is None:
            yield path
            return
        for name, child in children.items():
            yield from walk(child, (*path, name))

    yield from walk(typer.main.get_command(app), ())


ALL_COMMANDS = sorted(command_paths())


def documented_commands() -> list[tuple[str, ...]]:
    """The commands docs/cli.md gives a section: "## `runnable runs list`" is ("runs", "list")."""
    headings = re.findall(r"^## `runnable ([a-z][a-z -]*?)`", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    return sorted(tuple(heading.split()) for heading in headings)


def test_the_command_tree_is_what_the_docs_promise() -> None:
    assert documented_commands() == ALL_COMMANDS


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=" ".join)
def test_every_command_has_help(cli: Callable[..., Result], path: tuple[str, ...]) -> None:
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.output
    assert f"runnable {' '.join(path)}" in result.stdout
    summary = typer.main.get_command(app)
    for name in path:
        summary = summary.commands[name]  # type: ignore[attr-defined]
    assert summary.help and len(summary.help.split()) >= 5


def test_every_option_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for path in ALL_COMMANDS:
        command = typer.main.get_command(app)
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        for parameter in command.params:
            for flag in parameter.opts:
                if flag.startswith("--") and flag != "--help":
                    assert f"`{flag}" in text, f"{flag} of runnable {' '.join(path)} is not in docs/cli.md"


def test_version(cli: Callable[..., Result]) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("runnable ")


def test_unknown_command_is_a_usage_error(cli: Callable[..., Result]) -> None:
    result = cli("rnus", "list")
    assert result.exit_code == 2
    assert "rnus" in result.stderr


def test_bad_option_value_is_a_usage_error(cli: Callable[..., Result]) -> None:
    result = cli("runs", "list", "--since", "yesterday")
    assert result.exit_code == 2
    assert "'yesterday' is neither an ISO date" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_status_is_a_usage_error(cli: Callable[..., Result]) -> None:
    result = cli("runs", "list", "--status", "DONE")
    assert result.exit_code == 2
    assert "SUCCESS" in result.stderr


def one_paragraph(text: str) -> str:
    lines = [line for line in text.strip().splitlines()]
    assert len(lines) == 1, f"expected one paragraph on stderr, got:\n{text}"
    assert "Traceback" not in text
    return lines[0]


def test_unknown_plugin_is_a_configuration_error(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("run-log-store:\n  type: no-such-store\n")
    result = cli("runs", "list", "-c", "config.yaml")
    assert result.exit_code == 2
    message = one_paragraph(result.stderr)
    assert message.startswith("Error: Configuration error in config.yaml, service 'run-log-store'")
    assert "unknown type 'no-such-store'" in message
    assert "file-system" in message  # the available types are listed


def test_bad_yaml_names_file_and_line(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("run-log-store:\n  type: [unclosed\n")
    result = cli("runs", "list", "--config", "config.yaml")
    assert result.exit_code == 2
    message = one_paragraph(result.stderr)
    assert "config.yaml" in message and "line 2" in message


def test_missing_configuration_file(cli: Callable[..., Result]) -> None:
    result = cli("runs", "list", "-c", "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml" in one_paragraph(result.stderr)


def test_config_option_wins_over_the_environment(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "env.yaml").write_text("run-log-store:\n  type: from-env\n")
    (tmp_path / "option.yaml").write_text("run-log-store:\n  type: from-option\n")
    result = cli("runs", "list", "-c", "option.yaml", env={"RUNNABLE_CONFIGURATION_FILE": "env.yaml"})
    assert result.exit_code == 2
    assert "from-option" in result.stderr and "from-env" not in result.stderr


class ExplodingStore(BufferedRunLogStore):
    """A store with a bug: listing runs raises something that is not a runnable error."""

    def get_run_logs(self, *args: Any, **kwargs: Any) -> list[RunLog]:
        raise ValueError("list index went sideways")


@pytest.fixture
def exploding_config(tmp_path: Path) -> Iterator[Path]:
    config = tmp_path / "exploding.yaml"
    config.write_text("run-log-store:\n  type: exploding\n")
    with plugins.default_registry.registered("run_log_store", "exploding", ExplodingStore):
        yield config


def test_unexpected_error_is_short_and_hints_at_debug(
    cli: Callable[..., Result], exploding_config: Path
) -> None:
    result = cli("runs", "list", "-c", str(exploding_config))
    assert result.exit_code == 1
    message = one_paragraph(result.stderr)
    assert "Unexpected ValueError: list index went sideways" in message
    assert "--debug" in message


def test_debug_shows_the_traceback(cli: Callable[..., Result], exploding_config: Path) -> None:
    result = cli("--debug", "runs", "list", "-c", str(exploding_config))
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert "get_run_logs" in result.stderr


def test_console_script_keeps_usage_exit_code(console_script: Callable[..., Any]) -> None:
    completed = console_script("runs", "show")
    assert completed.returncode == 2
    assert "RUN_ID" in completed.stderr


def test_importing_runnable_does_not_import_the_cli() -> None:
    code = (
        "import sys, runnable, runnable.datastore, runnable.config, runnable.plugins\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click')"
        " or m.startswith('runnable.cli'))\n"
        "assert not heavy, heavy\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
