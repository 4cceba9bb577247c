"""Fixtures for pipeline and job tests: a clean working folder and configuration files per store."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import config, plugins
from runnable.models import RunLog
from runnable.run_log_store.base import BaseRunLogStore


def store_section(store: str, root: Path) -> dict[str, Any]:
    if store == "buffered":
        return {"type": "buffered"}
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
def write_config(workdir: Path) -> Callable[..., Path]:
    """Writes ``runnable-config``-style YAML for a store (and optional other services); returns its path."""

    def write(store: str = "buffered", name: str = "config.yaml", **services: dict[str, Any]) -> Path:
        content: dict[str, Any] = {"run-log-store": store_section(store, workdir)}
        content.setdefault("catalog", {"type": "file-system", "config": {"catalog_location": ".catalog"}})
        content.update({key.replace("_", "-"): value for key, value in services.items()})
        path = workdir / name
        path.write_text(yaml.safe_dump(content))
        return path

    return write


@pytest.fixture
def stored_run_log() -> Callable[[Path, str], RunLog]:
    """Reads a run log back as the configured store has it, through a freshly built store."""

    def read(configuration_file: Path, run_id: str) -> RunLog:
        loaded = config.load(str(configuration_file))
        store = plugins.build("run_log_store", loaded.service("run_log_store"), expected=BaseRunLogStore)
        return store.get_run_log_by_id(run_id, full=True)

    return read
