"""Hostile secrets: passwords holding any character, and secret values a task prints, raises or returns.

Every case asserts that no piece of the secret reaches any output: the console (live task output and
error paragraphs), ``runs show --json``, ``runs list --json``, ``doctor`` (table and ``--json``, the
store reachable or not), logs, stored run configs, attempt messages and every byte the stores and the
catalog wrote.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner, Result

from run_log_views import read_run_log
from runnable import defaults
from runnable.cli import app
from runnable.config import mask_secrets as mask_secrets_from_config
from runnable.masking import SecretFilter, contains_secret, mask_secrets, mask_url
from runnable.run_log_store.sql.dialects import dialect_for

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"
WIDE = {"COLUMNS": "250", "NO_COLOR": "1"}

# Each password is made of pieces no other text holds, so finding any piece anywhere is a leak.
PIECES = ["Zq9k", "Xw8m", "Vy7n", "Uu6p", "Tt5r"]
PASSWORDS = {
    "slash": "Zq9k/Xw8m/Vy7n",
    "at": "Zq9k@Xw8m@Vy7n",
    "colon": "Zq9k:Xw8m:Vy7n",
    "percent": "Zq9k%Xw8m%41Vy7n",
    "space": "Zq9k Xw8m Vy7n",
    "query characters": "Zq9k?Xw8m#Vy7n&Uu6p=Tt5r",
    "backslash and quotes": "Zq9k\\Xw8m'Vy7n\"Uu6p",
    "non ascii": "Zq9k\u00e9Xw8m\u2603Vy7n",
    "everything": "Zq9k/@:% ?#Xw8m@Vy7n:Uu6p/Tt5r",
}


def _as_written(password: str, encode: str = "@%") -> str:
    """The password as a person writes it in a URL: raw, except the characters the URL needs encoded."""
    return "".join(quote(character, safe="") if character in encode else character for character in password)


def _url(
    password: str, host: str = "127.0.0.1", port: int = 1, database: str = "runs", user: str = "someone"
) -> str:
    return f"postgresql+psycopg://{user}:{_as_written(password)}@{host}:{port}/{database}"


def _assert_no_piece(*outputs: str) -> None:
    for output in outputs:
        for piece in PIECES:
            assert piece not in output, output


# --------------------------------------------------------------------------- the masking rule


@pytest.mark.parametrize("case", sorted(PASSWORDS))
def test_every_password_is_masked_by_the_one_rule(case: str) -> None:
    password = PASSWORDS[case]
    written = _url(password)
    assert make_url(written).password == password  # the URL really carries this password

    for url in (written, written.replace(_as_written(password), password)):  # encoded, and raw
        _assert_no_piece(
            mask_url(url),
            mask_url(f"could not reach {url}: refused"),
            mask_url(f"first line\n  connection_string: {url}\nlast line"),
            json.dumps(mask_secrets({"run_log_store": {"connection_string": url, "nested": [url]}})),
            json.dumps(mask_secrets_from_config({"connection_string": url})),  # the old import still works
        )
        assert defaults.MASK in mask_url(url)
    assert mask_url(written).endswith("@127.0.0.1:1/runs")  # nothing but the password is hidden
    _assert_no_piece(dialect_for(written).display)


def test_references_and_harmless_urls_stay_readable() -> None:
    assert mask_url("postgresql://u:${DB_PASSWORD}@h/db") == "postgresql://u:${DB_PASSWORD}@h/db"
    assert mask_url("sqlite:///.run_log_store/runs.db") == "sqlite:///.run_log_store/runs.db"
    assert mask_url("postgresql://u@h:5432/db") == "postgresql://u@h:5432/db"
    assert mask_url("host=h password=Zq9k dbname=x") == f"host=h password={defaults.MASK} dbname=x"


# --------------------------------------------------------------------------- every CLI output


def _cli(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env=WIDE)


@pytest.fixture
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("RUNNABLE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _database_config(folder: Path, url: str, **extra: Any) -> Path:
    config = folder / "config.yaml"
    store = {"type": "database", "config": {"connection_string": url, "timeout_seconds": 1, **extra}}
    config.write_text(yaml.safe_dump({"run-log-store": store}, allow_unicode=True))
    return config


# Each case waits for the store's retries (a second): the characters most likely to break masking.
@pytest.mark.parametrize("case", ["slash", "at", "space", "everything"])
def test_unreachable_database_shows_no_password(
    clean_environment: Path, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = _database_config(clean_environment, _url(PASSWORDS[case]))
    caplog.set_level(logging.DEBUG)

    table = _cli("doctor", "-c", str(config))
    as_json = _cli("doctor", "--json", "-c", str(config))
    listed = _cli("runs", "list", "--json", "-c", str(config))
    shown = _cli("runs", "show", "some-run", "-c", str(config))

    assert table.exit_code == as_json.exit_code == listed.exit_code == shown.exit_code == 1
    assert json.loads(as_json.stdout)["run_log_store"]["check"]["reachable"] is False
    assert "someone:" + defaults.MASK + "@127.0.0.1:1/runs" in table.stdout
    _assert_no_piece(
        table.stdout, table.stderr, as_json.stdout, listed.stdout, listed.stderr, shown.stderr, caplog.text
    )


_roles = itertools.count()


@pytest.fixture
def role_with_password(postgres_url: str) -> Iterator[Callable[[str], str]]:
    """``role(password)``: the URL of a new role on the session's server that logs in with ``password``."""
    admin = create_engine(postgres_url)

    def role(password: str) -> str:
        name = f"hostile_{next(_roles)}"
        with admin.begin() as connection:
            quoted = password.replace("'", "''")
            connection.execute(text(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{quoted}'"))
        server = make_url(postgres_url)
        return _url(password, str(server.host), int(server.port or 5432), str(server.database), user=name)

    yield role
    admin.dispose()


PIPELINE = """
from runnable import Pipeline, PythonTask

def hello():
    print("hello ran")

Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute(run_id="{run_id}")
"""


@pytest.mark.postgres
@pytest.mark.parametrize("case", ["slash", "at", "percent", "space", "everything"])
def test_a_run_on_postgres_stores_and_shows_no_password(
    clean_environment: Path,
    role_with_password: Callable[[str], str],
    case: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = role_with_password(PASSWORDS[case])
    config = _database_config(clean_environment, url, table_name=f"hostile_secrets_{case.replace(' ', '_')}")
    run_id = f"pw-{case.replace(' ', '-')}"
    (clean_environment / "pipeline.py").write_text(PIPELINE.format(run_id=run_id))
    caplog.set_level(logging.DEBUG)

    executed = _cli("execute", "pipeline.py", "-c", str(config))
    assert executed.exit_code == 0, executed.output
    outputs = [
        _cli("runs", "show", run_id, "--json", "-c", str(config)),
        _cli("runs", "show", run_id, "-c", str(config)),
        _cli("runs", "list", "--json", "-c", str(config)),
        _cli("doctor", "--json", "-c", str(config)),
        _cli("doctor", "-c", str(config)),
    ]

    for result in outputs:
        assert result.exit_code == 0, result.output
    run_config = json.loads(outputs[0].stdout)["run_config"]
    stored_url = run_config["run_log_store"]["connection_string"]
    assert stored_url == mask_url(url) and f":{defaults.MASK}@" in stored_url
    stored = read_run_log(run_id, config)
    _assert_no_piece(
        executed.stdout,
        executed.stderr,
        *(result.stdout + result.stderr for result in outputs),
        stored.model_dump_json(),
        caplog.text,
    )


# --------------------------------------------------------------------------- secret values of tasks

TOKEN = "Wv4sTopSecretToken999"
SECRET_PIPELINE = """
import os, sys
from runnable import Pipeline, PythonTask, ShellTask

def speak():
    print("secret is", os.environ["API_TOKEN"])
    sys.stdout.write("split across writes: " + os.environ["API_TOKEN"][:7])
    sys.stdout.write(os.environ["API_TOKEN"][7:] + " end\\n")
    sys.stdout.flush()
    print("on stderr", os.environ["API_TOKEN"], file=sys.stderr)

def explode():
    raise RuntimeError("the call failed with " + os.environ["API_TOKEN"])

pipeline = Pipeline(steps=[
    PythonTask(function=speak, name="speak", secrets=["API_TOKEN"]),
    ShellTask(command='echo "shell says $API_TOKEN"', name="shell", secrets=["API_TOKEN"]),
    PythonTask(function=explode, name="explode", secrets=["API_TOKEN"]),
])
pipeline.execute()
"""

RETURNING_PIPELINE = """
import os
from runnable import Pipeline, PythonTask

def build_header():
    return {{"auth": ["Bearer " + os.environ["API_TOKEN"]]}}

def use(header):
    print("never runs")

Pipeline(steps=[
    PythonTask(function=build_header, name="build_header", secrets=["API_TOKEN"], returns=["header"]),
    PythonTask(function=use, name="use"),
]).execute(configuration_file="{config}")
"""


def _bytes_under(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def _console(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args],
        cwd=folder,
        env={**environment, **WIDE, "API_TOKEN": TOKEN},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_secret_values_never_reach_the_console_the_run_log_or_the_catalog(clean_environment: Path) -> None:
    folder = clean_environment
    (folder / "pipeline.py").write_text(SECRET_PIPELINE)
    config = folder / "config.yaml"
    config.write_text(
        yaml.safe_dump({"run-log-store": {"type": "file-system", "config": {"log_folder": "runs"}}})
    )

    result = _console(folder, "execute", "pipeline.py", "-c", str(config))

    assert result.returncode == 1
    assert "secret is ********" in result.stdout
    assert "split across writes: ******** end" in result.stdout
    assert "shell says ********" in result.stdout
    assert "on stderr ********" in result.stderr
    assert "the call failed with ********" in result.stderr  # the error paragraph
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN[:7] not in result.stdout + result.stderr  # no piece shown before the rest arrived
    shown = _console(
        folder,
        "runs",
        "show",
        "--json",
        "-c",
        str(config),
        json.loads(_console(folder, "runs", "list", "--json", "-c", str(config)).stdout)[0]["run_id"],
    )
    assert "the call failed with ********" in shown.stdout
    assert TOKEN not in shown.stdout
    assert TOKEN.encode() not in _bytes_under(folder / "runs") + _bytes_under(folder / ".catalog")
    logs = b"".join(path.read_bytes() for path in (folder / ".catalog").rglob("*.execution.log"))
    assert b"secret is ********" in logs and b"shell says ********" in logs


@pytest.mark.parametrize("store", ["file-system", "chunked-fs"])
def test_a_returned_secret_fails_the_step_and_is_not_stored(clean_environment: Path, store: str) -> None:
    folder = clean_environment
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump({"run-log-store": {"type": store, "config": {"log_folder": "runs"}}}))
    (folder / "pipeline.py").write_text(RETURNING_PIPELINE.format(config=config))

    result = _console(folder, "execute", "pipeline.py")

    assert result.returncode == 1
    paragraph = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(paragraph) == 1
    assert "Step 'build_header' returned the parameter 'header'" in paragraph[0]
    assert "the secret 'API_TOKEN'" in paragraph[0] and "secrets=['API_TOKEN']" in paragraph[0]
    assert "never runs" not in result.stdout
    run_id = json.loads(_console(folder, "runs", "list", "--json", "-c", str(config)).stdout)[0]["run_id"]
    run_log = read_run_log(run_id, config)
    assert "header" not in run_log.parameters
    assert run_log.steps["build_header"].attempts[-1].output_parameters == {}
    assert TOKEN.encode() not in _bytes_under(folder / "runs") + _bytes_under(folder / ".catalog")


def test_secret_filter_holds_back_only_what_may_start_a_secret() -> None:
    secrets = SecretFilter(["abcdef", "xyz", ""])
    shown = [secrets.feed("hello ab"), secrets.feed("cd"), secrets.feed("ef and x"), secrets.feed("y")]
    shown.append(secrets.feed("! done ab"))
    shown.append(secrets.flush())
    assert shown == ["hello ", "", f"{defaults.MASK} and ", "", "xy! done ", "ab"]
    assert "".join(shown) == f"hello {defaults.MASK} and xy! done ab"
    assert SecretFilter([""]).feed("abc") == "abc" and not SecretFilter([])


def test_secret_filter_gives_out_at_once_what_cannot_start_a_secret() -> None:
    secrets = SecretFilter(["abcdef"])
    assert secrets  # a filter with secrets is one the tee consults
    shown = [
        secrets.feed("hello "),
        secrets.feed("world"),
        secrets.flush(),
        secrets.flush(),
        secrets.feed("!"),
    ]
    assert shown == ["hello ", "world", "", "", "!"]


def test_contains_secret_looks_at_any_depth() -> None:
    assert contains_secret({"a": [1, {"b": f"x{TOKEN}y"}]}, [TOKEN])
    assert contains_secret({TOKEN: 1}, [TOKEN])
    assert not contains_secret({"a": [1, 2.5, None, True]}, [TOKEN])
    assert not contains_secret("anything", [""])
    assert contains_secret([b"x" + TOKEN.encode() + b"y"], [TOKEN])  # pickled or raw bytes returned
    assert not contains_secret(b"nothing to see", [TOKEN])


def test_a_run_stored_with_a_password_in_clear_is_shown_masked(clean_environment: Path) -> None:
    """Runs recorded before masking covered every character (or by other tools) show no password either."""
    from runnable.models import RunLog
    from runnable.run_log_store.file_system import FileSystemRunLogStore

    leaked = _url(PASSWORDS["everything"])
    store = FileSystemRunLogStore(log_folder=str(clean_environment / "runs"))
    run_log = RunLog(run_id="old-run", status=defaults.SUCCESS)
    run_log.run_config = {
        "run_log_store": {"service_name": "database", "connection_string": leaked},
        "secrets": {"service_name": "env-secrets", "service_type": "secrets"},
        "dag": {"steps": {"a": {"secrets": ["API_TOKEN"]}}},
    }
    store.put_run_log(run_log)
    config = clean_environment / "config.yaml"
    config.write_text(
        yaml.safe_dump({"run-log-store": {"type": "file-system", "config": {"log_folder": "runs"}}})
    )

    shown = _cli("runs", "show", "old-run", "--json", "-c", str(config))
    listed = _cli("runs", "list", "--json", "-c", str(config))

    assert shown.exit_code == listed.exit_code == 0
    _assert_no_piece(shown.stdout, listed.stdout)
    run_config = json.loads(shown.stdout)["run_config"]
    assert run_config["run_log_store"]["connection_string"] == mask_url(leaked)
    assert run_config["secrets"]["service_name"] == "env-secrets"  # names of secrets are not secret
    assert run_config["dag"]["steps"]["a"]["secrets"] == ["API_TOKEN"]


PARALLEL_PIPELINE = """
import os
from runnable import Parallel, Pipeline, PythonTask

def speak():
    print("branch", os.getpid(), "says", os.environ["API_TOKEN"])

def branch():
    return Pipeline(steps=[PythonTask(function=speak, name="speak", secrets=["API_TOKEN"])])

Pipeline(steps=[Parallel(name="par", branches={"a": branch(), "b": branch()})]).execute(
    configuration_file="config.yaml"
)
"""


def test_secret_values_are_masked_in_worker_processes_too(clean_environment: Path) -> None:
    folder = clean_environment
    (folder / "pipeline.py").write_text(PARALLEL_PIPELINE)
    (folder / "config.yaml").write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "chunked-fs", "config": {"log_folder": "runs"}},
                "pipeline-executor": {"type": "local", "config": {"enable_parallel": True, "max_workers": 2}},
            }
        )
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}

    process = subprocess.Popen(
        [sys.executable, "pipeline.py"],
        cwd=folder,
        env={**environment, "API_TOKEN": TOKEN},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate(timeout=300)
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    assert result.returncode == 0, result.stderr
    # Pieces of lines from several processes may interleave (PYTHONUNBUFFERED): find, do not split.
    spoken = re.findall(r"branch (\d+) says (\S+)", result.stdout)
    assert len(spoken) == 2 and all(said == "********" for _, said in spoken), result.stdout
    assert all(int(pid) != process.pid for pid, _ in spoken), result.stdout  # printed by workers
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN.encode() not in _bytes_under(folder / "runs") + _bytes_under(folder / ".catalog")
