"""Hostile run ids: refused where they enter (exit 2, one paragraph, nothing written anywhere) and again
by every component that turns a run id into a path or key. Good ids (runnable 0.50's, ours) still work.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from run_log_views import read_run_log
from runnable import Pipeline, PythonJob, PythonTask, defaults, exceptions, plugins, run_ids
from runnable.catalog import FileSystemCatalog
from runnable.cli import app
from runnable.config import ServiceConfig
from runnable.context import generate_run_id
from runnable.run_log_store.base import BaseRunLogStore
from store_sections import store_section

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"

PIPELINE = """
from runnable import Pipeline, PythonTask

def hello():
    print("hello ran")

Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute({arguments})
"""

HOSTILE = {
    "parent folders": "../../OUTSIDE",
    "absolute path": "/tmp/OUTSIDE",
    "backslash": "..\\..\\OUTSIDE",
    "windows drive": "C:OUTSIDE",
    "dot dot inside": "a..b",
    "leading dot": ".hidden",
    "only dots": "..",
    "leading space": " run",
    "trailing space": "run ",
    "inner space": "my run",
    "tab": "a\tb",
    "newline": "a\nb",
    "escape": "a\x1b[31mb",
    "delete": "a\x7fb",
    "over long": "a" * 300,
    "one too long": "a" * (run_ids.MAX_RUN_ID_LENGTH + 1),
    "leading dash": "-rf",
    "percent": "a%2e%2e",
    "non ascii": "caf\u00e9",
    "right-to-left mark": "a\u200fb",
    "empty parts": "a//b",
}
# NUL cannot travel in a command-line argument or an environment variable: tested through the SDK.
NUL = "a\x00b"

GOOD = [
    "wise-hopper-0611",  # runnable 0.50's generated ids
    "map-chunked",  # the 0.50 fixtures
    "nightly_2026.12.01",
    "_private",
    "A",
    "a" * run_ids.MAX_RUN_ID_LENGTH,
]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder two levels deep, so that ``../../OUTSIDE`` would land inside ``tmp_path``."""
    for name in list(os.environ):
        if name.startswith("RUNNABLE_"):
            monkeypatch.delenv(name)
    folder = tmp_path / "home" / "project"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    yield folder


def _everything_under(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def _assert_refused(exit_code: int, stderr: str, shown: str) -> None:
    assert exit_code == 2, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: Invalid run id ") and "Traceback" not in stderr
    assert shown in lines[0]
    assert "Use a run id of 1 to 200 characters" in lines[0]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_cli_run_id_is_refused_before_anything_is_written(project: Path, tmp_path: Path, case: str) -> None:
    (project / "pipeline.py").write_text(PIPELINE.format(arguments=""))
    before = _everything_under(tmp_path)

    result = CliRunner().invoke(app, ["execute", "pipeline.py", "--run-id", HOSTILE[case]])

    _assert_refused(result.exit_code, result.stderr, "(given as --run-id)")
    assert "hello ran" not in result.stdout  # the file did not even run
    assert _everything_under(tmp_path) == before  # no run log, no catalog folder, nothing outside


@pytest.mark.parametrize("run_id", ["/abs/path", "../../OUTSIDE", "x" * 300, " padded"])
def test_environment_run_id_is_refused_by_the_console_script(
    project: Path, tmp_path: Path, run_id: str
) -> None:
    (project / "pipeline.py").write_text(PIPELINE.format(arguments=""))
    before = _everything_under(tmp_path)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    environment[defaults.ENV_RUN_ID] = run_id

    result = subprocess.run(
        [str(CONSOLE_SCRIPT), "execute", "pipeline.py"],
        cwd=project,
        env={**environment, "COLUMNS": "300"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    _assert_refused(
        result.returncode, result.stderr, f"(given as the environment variable {defaults.ENV_RUN_ID})"
    )
    assert _everything_under(tmp_path) == before


def test_a_run_id_given_by_the_file_is_refused_too(project: Path, tmp_path: Path) -> None:
    (project / "pipeline.py").write_text(PIPELINE.format(arguments="run_id='a\\x00b'"))
    before = _everything_under(tmp_path)

    result = CliRunner().invoke(app, ["execute", "pipeline.py"])

    _assert_refused(result.exit_code, result.stderr, "it contains a NUL character (given as run_id)")
    assert _everything_under(tmp_path) == before


@pytest.mark.parametrize("run_id", [NUL, "../../OUTSIDE", "z" * 300])
def test_sdk_refuses_before_anything_is_written(project: Path, tmp_path: Path, run_id: str) -> None:
    before = _everything_under(tmp_path)

    def hello() -> None:
        print("hello ran")

    with pytest.raises(exceptions.InvalidRunIdError, match="Invalid run id"):
        Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute(run_id=run_id)
    with pytest.raises(exceptions.InvalidRunIdError, match="Invalid run id"):
        PythonJob(function=hello).execute(job_id=run_id)
    assert _everything_under(tmp_path) == before


def test_retry_refuses_a_hostile_run_id(project: Path, tmp_path: Path) -> None:
    (project / "pipeline.py").write_text(PIPELINE.format(arguments=""))
    before = _everything_under(tmp_path)

    result = CliRunner().invoke(app, ["retry", "../../OUTSIDE", "pipeline.py"])
    _assert_refused(result.exit_code, result.stderr, "(given as RUN_ID)")

    def hello() -> None:
        pass

    with pytest.raises(exceptions.InvalidRunIdError, match=r"\(given as retry_run_id\)"):
        Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute(retry_run_id=NUL)
    assert _everything_under(tmp_path) == before


# --------------------------------------------------------------------------- every component checks again


def _store(kind: str, root: Path) -> BaseRunLogStore:
    store = plugins.build("run_log_store", ServiceConfig.model_validate(store_section(kind, root)))
    assert isinstance(store, BaseRunLogStore)
    return store


@pytest.mark.parametrize("kind", ["file-system", "chunked-fs", "database"])
@pytest.mark.parametrize("run_id", [NUL, "../OUTSIDE", "/abs", ".hidden", "a" * 300, "a\nb"])
def test_stores_refuse_hostile_run_ids_whoever_calls(tmp_path: Path, kind: str, run_id: str) -> None:
    root = tmp_path / "store"
    root.mkdir()
    store = _store(kind, root)
    try:
        with pytest.raises(exceptions.InvalidRunIdError):
            store.create_run_log(run_id)
        store.create_run_log("good-run")
    finally:
        store.close()
    assert not any("OUTSIDE" in path or "hidden" in path for path in _everything_under(tmp_path))
    assert [run.run_id for run in _store(kind, root).get_run_logs()] == ["good-run"]


@pytest.mark.parametrize("run_id", [NUL, "../OUTSIDE", "/abs/OUTSIDE", "..", "a" * 300])
def test_file_system_catalog_refuses_hostile_run_ids(tmp_path: Path, run_id: str) -> None:
    catalog = FileSystemCatalog(catalog_location=str(tmp_path / "catalog"))
    source = tmp_path / "data.txt"
    source.write_text("data")

    with pytest.raises(exceptions.InvalidRunIdError):
        catalog.put_object(run_id, "value.pickle", b"x")
    with pytest.raises(exceptions.InvalidRunIdError):
        catalog.put_file(run_id, source, "data.txt")
    with pytest.raises(exceptions.InvalidRunIdError):
        catalog.get_object(run_id, "value.pickle")
    assert _everything_under(tmp_path) == {"data.txt"}


# --------------------------------------------------------------------------- the rule itself


@pytest.mark.parametrize("run_id", GOOD)
def test_good_run_ids_round_trip(project: Path, run_id: str) -> None:
    config = project / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": store_section("chunked-fs", project)}))

    def hello() -> None:
        print("hello ran")

    run_log = Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute(
        configuration_file=str(config), run_id=run_id
    )

    assert run_log.run_id == run_id
    assert read_run_log(run_id, config).status == defaults.SUCCESS
    assert (project / ".catalog" / run_id / "hello.execution.log").is_file()


def test_generated_run_ids_follow_the_rule() -> None:
    for _ in range(200):
        assert run_ids.validate_run_id(generate_run_id())


def test_every_character_outside_the_rule_is_refused(tmp_path: Path) -> None:
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
    root = tmp_path.resolve()
    for code in [*range(0x250), 0x2028, 0x200F, 0xFEFF, 0xFF0E, 0xFF0F, 0x1F600]:
        character = chr(code)
        for run_id in (f"a{character}b", f"{character}ab", f"ab{character}"):
            try:
                accepted = run_ids.validate_run_id(run_id)
            except exceptions.InvalidRunIdError as error:
                assert "\n" not in str(error) and "Invalid run id" in str(error)
                continue
            assert set(accepted) <= allowed
            assert (root / accepted).resolve().parent == root  # one name inside the folder, never out
            assert not accepted.startswith((".", "-"))


def _reason(run_id: str) -> str:
    with pytest.raises(exceptions.InvalidRunIdError) as refused:
        run_ids.validate_run_id(run_id)
    return str(refused.value)


def test_refusal_names_the_reason() -> None:
    reasons = _reason
    assert "NUL" in reasons(NUL)
    assert "path separator" in reasons("a/b")
    assert "'..'" in reasons("a..b")
    assert "300 characters long" in reasons("b" * 300)
    assert "'bbbbbbbbbb" in reasons("b" * 300) and "b" * 61 not in reasons("b" * 300)
    assert "whitespace" in reasons(" a")
    assert "control character" in reasons("a\x07")
    assert "starts with '.'" in reasons(".a")
    assert "it is empty" in reasons("")


def test_positional_run_id_of_0_50_is_refused_too(project: Path, tmp_path: Path) -> None:
    (project / "pipeline.py").write_text(PIPELINE.format(arguments=""))
    before = _everything_under(tmp_path)

    result = CliRunner().invoke(app, ["execute", "pipeline.py", "../../OUTSIDE"])

    _assert_refused(result.exit_code, result.stderr, "(given as RUN_ID)")
    assert _everything_under(tmp_path) == before
