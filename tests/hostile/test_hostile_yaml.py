"""Hostile and clumsy YAML: alias bombs, recursive aliases, duplicate keys, empty folders, a missing dotenv.

Issue 19 item 7. Every case goes through the installed ``runnable`` command: exit 2, one paragraph
naming the file (and line or field), no traceback, and nothing written anywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from runnable import config, exceptions, plugins, user_yaml
from runnable.cli import app
from runnable.pipeline_yaml import load_pipeline
from runnable.run_log_store.base import BaseRunLogStore

REPO = Path(__file__).resolve().parents[2]
CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"

PIPELINE = "steps:\n  - name: hello\n    command: examples.common.functions.hello\n"


def alias_bomb(levels: int = 9, indent: str = "") -> str:
    """The classic 'billion laughs' in about 500 bytes: each level repeats the previous one 9 times."""
    lines = [f'{indent}l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        lines.append(f"{indent}l{level}: &l{level} [" + ",".join([f"*l{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working folder of the command, inside an otherwise empty folder (to see strays beside it)."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def runnable(work: Path, *args: str) -> Result:
    """The command, in this process (the working folder is ``work``)."""
    assert Path.cwd() == work
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})


def console_script(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own: what a user who hits a hang would run."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    environment.update({"PYTHONPATH": str(REPO), "COLUMNS": "200", "NO_COLOR": "1"})
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args], cwd=work, env=environment, capture_output=True, text=True, timeout=120
    )


def assert_refused(result: Result | subprocess.CompletedProcess[str], *expected: str) -> None:
    """Exit 2, one paragraph holding every expected fragment, no traceback."""
    code = result.exit_code if isinstance(result, Result) else result.returncode
    assert code == 2, result.stdout + result.stderr
    message = result.stderr.strip()
    assert "Traceback" not in message and "\n\n" not in message, message
    for fragment in expected:
        assert fragment in message, message


def assert_nothing_written(work: Path, *inputs: str) -> None:
    assert sorted(path.name for path in work.iterdir()) == sorted(inputs)
    assert [path.name for path in work.parent.iterdir()] == ["work"]


# --------------------------------------------------------------------------- alias bombs


def test_alias_bomb_in_the_configuration_is_refused_at_once(work: Path) -> None:
    (work / "pipeline.yaml").write_text(PIPELINE)
    bomb = "run-log-store:\n  type: buffered\n  config:\n" + alias_bomb(indent="    ")
    (work / "bomb.yaml").write_text(bomb)
    assert len(bomb.encode()) < 600

    result = console_script(work, "execute", "pipeline.yaml", "-c", "bomb.yaml")

    assert_refused(result, "bomb.yaml", "aliases (*name) expand this document by", "100,000 allowed")
    assert_nothing_written(work, "pipeline.yaml", "bomb.yaml")


def test_alias_bomb_in_a_pipeline_is_refused_but_pipeline_anchors_still_work(work: Path) -> None:
    # runnable 0.50 pipeline files keep anchors beside `dag`: bounded, not refused.
    shared = (
        "x-steps: &hello {type: task, command: examples.common.functions.hello, next: success}\n"
        "dag:\n  start_at: hello\n  steps:\n    hello: *hello\n"
    )
    (work / "anchors.yaml").write_text(shared)
    (work / "bomb.yaml").write_text(alias_bomb() + shared.replace("x-steps", "y-steps"))

    assert_refused(runnable(work, "execute", "bomb.yaml"), "bomb.yaml", "aliases (*name) expand")
    assert not (work / ".run_log_store").exists()
    ran = runnable(work, "execute", "anchors.yaml")
    assert ran.exit_code == 0, ran.stderr


def test_alias_bomb_in_a_parameters_file_is_refused(work: Path) -> None:
    (work / "pipeline.yaml").write_text(PIPELINE)
    (work / "parameters.yaml").write_text(alias_bomb())

    result = runnable(work, "execute", "pipeline.yaml", "--parameters-file", "parameters.yaml")

    assert_refused(result, "parameters.yaml", "aliases (*name) expand")
    assert not (work / ".run_log_store").exists()


def test_merge_key_bomb_is_refused() -> None:
    # `<<` merges repeat keys too: nine merges of nine merges... grow the key lists exponentially.
    lines = ["m0: &m0 {" + ", ".join(f"k{i}: {i}" for i in range(9)) + "}"]
    for level in range(1, 12):
        lines.append(f"m{level}: &m{level} {{<<: [" + ", ".join([f"*m{level - 1}"] * 9) + "]}")
    with pytest.raises(user_yaml.YamlRefused, match="aliases"):
        user_yaml.parse("\n".join(lines))


def test_recursive_alias_is_refused(work: Path) -> None:
    path = work / "config.yaml"
    path.write_text("run-log-store: &loop\n  type: buffered\n  config: {self: *loop}\n")
    with pytest.raises(exceptions.ConfigurationError, match=r"line 1, .*refers to the node that contains it"):
        config.load(path)


def test_bounded_aliases_read_as_written() -> None:
    text = "base: &b {a: 1, b: [1, 2]}\nuse: {<<: *b, a: 2}\nagain: *b\n"
    assert (
        user_yaml.parse(text)
        == yaml.safe_load(text)
        == {
            "base": {"a": 1, "b": [1, 2]},
            "use": {"a": 2, "b": [1, 2]},
            "again": {"a": 1, "b": [1, 2]},
        }
    )


# --------------------------------------------------------------------------- duplicate keys


def test_duplicate_key_in_the_configuration_names_file_line_and_key(work: Path) -> None:
    (work / "pipeline.yaml").write_text(PIPELINE)
    (work / "config.yaml").write_text(
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: runs-a\n    log_folder: runs-b\n"
    )

    result = runnable(work, "execute", "pipeline.yaml", "-c", "config.yaml")

    assert_refused(
        result, "config.yaml", "line 5", "'log_folder' is given twice (first at line 4)", "Keep one"
    )
    assert_nothing_written(work, "pipeline.yaml", "config.yaml")


def test_duplicate_service_and_duplicate_step_are_refused(tmp_path: Path) -> None:
    duplicated_service = tmp_path / "config.yaml"
    duplicated_service.write_text("catalog: {type: do-nothing}\ncatalog: {type: file-system}\n")
    with pytest.raises(exceptions.ConfigurationError, match="'catalog' is given twice"):
        config.load(duplicated_service)

    duplicated_step = tmp_path / "pipeline.yaml"
    duplicated_step.write_text(
        "dag:\n  start_at: a\n  steps:\n"
        "    a: {type: stub, next: success}\n"
        "    a: {type: task, command: examples.common.functions.hello, next: success}\n"
    )
    with pytest.raises(exceptions.PipelineDefinitionError, match=r"line 5.*'a' is given twice"):
        load_pipeline(duplicated_step)


def test_duplicate_parameter_is_refused(work: Path) -> None:
    (work / "pipeline.yaml").write_text(PIPELINE)
    (work / "parameters.yaml").write_text("lr: 0.1\nepochs: 3\nlr: 0.5\n")

    result = runnable(work, "execute", "pipeline.yaml", "--parameters-file", "parameters.yaml")

    assert_refused(result, "parameters.yaml", "line 3", "'lr' is given twice")
    assert not (work / ".run_log_store").exists()


# --------------------------------------------------------------------------- empty folders, missing dotenv


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("run-log-store", "log_folder", ""),
        ("run-log-store", "log_folder", "   "),
        ("catalog", "catalog_location", ""),
    ],
)
def test_empty_folder_fields_are_refused(work: Path, section: str, field: str, value: str) -> None:
    plugin = "file-system"
    (work / "pipeline.yaml").write_text(PIPELINE)
    (work / "config.yaml").write_text(yaml.safe_dump({section: {"type": plugin, "config": {field: value}}}))

    result = runnable(work, "execute", "pipeline.yaml", "-c", "config.yaml")

    assert_refused(result, "config.yaml", f"config.{field}", "must name a folder")
    assert_nothing_written(work, "pipeline.yaml", "config.yaml")


def test_chunked_store_refuses_an_empty_folder_too() -> None:
    loaded = config.from_mapping({"run-log-store": {"type": "chunked-fs", "config": {"log_folder": ""}}})
    with pytest.raises(exceptions.ConfigurationError, match=r"`config\.log_folder`: .*must name a folder"):
        plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)


@pytest.mark.parametrize("location", [None, "secrets/prod.env"])
def test_missing_dotenv_file_is_refused_at_start(work: Path, location: str | None) -> None:
    (work / "pipeline.yaml").write_text(PIPELINE)
    section: dict[str, object] = {"type": "dotenv"}
    if location is not None:
        section["config"] = {"location": location}
    (work / "config.yaml").write_text(yaml.safe_dump({"secrets": section}))

    result = runnable(work, "execute", "pipeline.yaml", "-c", "config.yaml")

    missing = work / (location or ".env")
    assert_refused(result, "config.yaml", "config.location", f"the dotenv file {missing} does not exist")
    assert_nothing_written(work, "pipeline.yaml", "config.yaml")
