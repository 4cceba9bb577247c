"""Fixtures shared by the whole suite: a clean working folder, configuration files per store, reading a
run back, and the throwaway PostgreSQL, MariaDB and S3 servers (started once per session, and only when a test
asks for them). Backend-specific fixtures live beside their tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from run_log_views import read_run_log
from runnable.models import RunLog
from servers import mariadb, reuse
from servers.postgres import missing_binaries, throwaway_postgres
from servers.s3 import S3Server, running_s3_server
from store_sections import store_section


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty working folder as the current directory, with no RUNNABLE_* variables set."""
    for name in list(os.environ):
        if name.startswith("RUNNABLE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def write_config(workdir: Path) -> Callable[..., Path]:
    """Writes ``runnable-config``-style YAML for a store and returns its path.

    ``parallel=True`` lets branches run in 2 worker processes; other keywords are whole service
    sections (``secrets={...}``, ``run_log_store={...}`` replacing the store's own).
    """

    def write(
        store: str = "buffered", name: str = "config.yaml", parallel: bool = False, **services: Any
    ) -> Path:
        content: dict[str, Any] = {
            "run-log-store": store_section(store, workdir),
            "catalog": {"type": "file-system", "config": {"catalog_location": ".catalog"}},
        }
        if parallel:
            content["pipeline-executor"] = {
                "type": "local",
                "config": {"enable_parallel": True, "max_workers": 2},
            }
        content.update({key.replace("_", "-"): value for key, value in services.items()})
        path = workdir / name
        path.write_text(yaml.safe_dump(content))
        return path

    return write


@pytest.fixture
def stored_run_log() -> Callable[[Path, str], RunLog]:
    """Reads a run log back as the configured store has it, through a freshly built store."""

    def read(configuration_file: Path, run_id: str) -> RunLog:
        return read_run_log(run_id, configuration_file)

    return read


# --------------------------------------------------------------------------- servers


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a database on a private PostgreSQL server started for this session (tests/servers).

    Tests sharing it keep apart by table prefix; it is skipped when the server binaries are missing.
    """
    shared = reuse.reused(reuse.POSTGRES_URL)  # one server for many sessions (servers/reuse.py)
    if shared is not None:
        with reuse.fresh_database(shared) as url:
            yield url
        return
    missing = missing_binaries()
    if missing:
        pytest.skip(f"PostgreSQL server binaries not found ({', '.join(missing)}); run scripts/postgres.sh")
    with throwaway_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def mariadb_url() -> Iterator[str]:
    """URL (``mysql+pymysql://``) of a database on a private MariaDB server started for this session.

    Started once per xdist worker, like PostgreSQL; skipped when the server binaries are missing.
    """
    shared = reuse.reused(reuse.MARIADB_URL)
    if shared is not None:
        with reuse.fresh_database(shared) as url:
            yield url
        return
    missing = mariadb.missing_binaries()
    if missing:
        pytest.skip(f"MariaDB server binaries not found ({', '.join(missing)}); run scripts/mariadb.sh")
    with mariadb.throwaway_mariadb() as url:
        yield url


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """moto's S3 server in its own process on a free loopback port (tests/servers/s3.py)."""
    shared = reuse.reused(reuse.S3_ENDPOINT)  # names stay apart through reuse.SESSION
    if shared is not None:
        yield S3Server(endpoint=shared)
        return
    with running_s3_server() as server:
        yield server
