"""Fixtures for the retry tests: a configuration per store, a shared in-memory store, step functions.

Runs fail at first because a marker file is missing (``retry_steps.MARKER``); a test creates it and
retries, as a person fixes a cause and retries. Step functions live in ``retry_steps`` so that worker
processes can import them.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from pydantic import PrivateAttr
from retry_support import ConfigWriter, ReadRun

from runnable import config, plugins
from runnable.models import RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore

_prefixes = itertools.count()
TESTS = Path(__file__).resolve().parent.parent


class SharedBufferedStore(BufferedRunLogStore):
    """The buffered store with one memory per process, as a long-lived service would have it."""

    service_name: str = "shared-buffered"
    memory: ClassVar[dict[str, RunLog]] = {}
    _runs: dict[str, RunLog] = PrivateAttr(default_factory=lambda: SharedBufferedStore.memory)


@pytest.fixture(autouse=True)
def shared_buffered_store() -> Iterator[None]:
    SharedBufferedStore.memory.clear()
    with plugins.default_registry.registered("run_log_store", "shared-buffered", SharedBufferedStore):
        yield
    SharedBufferedStore.memory.clear()


def store_section(store: str, root: Path) -> dict[str, Any]:
    if store == "buffered":
        return {"type": "shared-buffered"}
    if store == "database":
        return {"type": "database", "config": {"connection_string": f"sqlite:///{root / 'runs.db'}"}}
    return {"type": store, "config": {"log_folder": str(root / "run-logs")}}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty working folder as the current directory, with no RUNNABLE_* variables set."""
    for name in list(os.environ):
        if name.startswith("RUNNABLE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def write_config(workdir: Path) -> ConfigWriter:
    """YAML for a store (and optionally other services); returns its path."""

    def write(store: str, name: str = "config.yaml", parallel: bool = False, **services: Any) -> Path:
        content: dict[str, Any] = {
            "run-log-store": services.pop("run_log_store", None) or store_section(store, workdir),
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
def read_run() -> ReadRun:
    """The run as the configured store has it, read through a freshly built store."""

    def read(configuration_file: Path, run_id: str) -> RunLog:
        loaded = config.load(str(configuration_file))
        store = plugins.build("run_log_store", loaded.service("run_log_store"), expected=BaseRunLogStore)
        try:
            return store.get_run_log_by_id(run_id, full=True)
        finally:
            close = getattr(store, "close", None)
            if callable(close):
                close()

    return read


@pytest.fixture
def fix_the_cause(workdir: Path) -> Callable[[], None]:
    """Create the marker whose absence makes the ``retry_steps`` steps fail."""
    from retry_steps import MARKER

    return lambda: (workdir / MARKER).touch()


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database on a private PostgreSQL server started for the retry tests."""
    server = _load_module(
        "retry_postgres_server", Path(__file__).parent.parent / "database" / "postgres_server.py"
    )
    missing = server.missing_binaries()
    if missing:
        pytest.skip(f"PostgreSQL server binaries not found ({', '.join(missing)}); run scripts/postgres.sh")
    with server.throwaway_postgres() as url:
        yield url


@pytest.fixture
def postgres_section(postgres_url: str) -> dict[str, Any]:
    return {
        "type": "database",
        "config": {"connection_string": postgres_url, "table_name": f"retry{next(_prefixes)}"},
    }


# --------------------------------------------------------------------------- S3-compatible server


def _load_module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


S3_KEY_VARIABLE = "RETRY_TEST_S3_KEY"
S3_SECRET_VARIABLE = "RETRY_TEST_S3_SECRET"


@pytest.fixture(scope="session")
def s3_server_module() -> Any:
    return _load_module("retry_s3_server", TESTS / "s3" / "s3_server.py")


@pytest.fixture(scope="session")
def s3_server(s3_server_module: Any) -> Iterator[Any]:
    """moto's S3 server in its own process (tests/s3/s3_server.py), one per session."""
    with s3_server_module.running_s3_server() as server:
        yield server


@pytest.fixture
def s3_section(
    s3_server: Any, s3_server_module: Any, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], dict[str, Any]]:
    """The run-log-store section of an S3 store in a fresh bucket; the keys are ${VAR} references."""
    monkeypatch.setenv(S3_KEY_VARIABLE, s3_server_module.ACCESS_KEY)
    monkeypatch.setenv(S3_SECRET_VARIABLE, s3_server_module.SECRET_KEY)

    def section(store_type: str) -> dict[str, Any]:
        bucket = f"retry-{next(_prefixes)}"
        s3_server.client().create_bucket(Bucket=bucket)
        return {
            "type": store_type,
            "config": {
                "endpoint_url": s3_server.endpoint,
                "aws_access_key_id": "${" + S3_KEY_VARIABLE + "}",
                "aws_secret_access_key": "${" + S3_SECRET_VARIABLE + "}",
                "bucket": bucket,
                "region_name": s3_server_module.REGION,
            },
        }

    return section
