"""Stores of every kind for the history tests, each empty, each built from a config section.

``make_store(kind)`` builds a store and ``store_config(kind)`` writes its configuration file
(for the CLI and subprocesses). PostgreSQL and S3 kinds start the session's servers on first use.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import plugins
from runnable.config import ServiceConfig
from runnable.run_log_store.base import BaseRunLogStore

_names = itertools.count()


@pytest.fixture
def section(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], dict[str, Any]]:
    """The run-log-store section of a fresh, empty store of a kind."""

    def make(kind: str) -> dict[str, Any]:
        name = f"h{next(_names)}"
        if kind == "buffered":
            return {"type": "buffered"}
        if kind == "sqlite":
            return {"type": "database", "config": {"connection_string": f"sqlite:///{tmp_path / name}.db"}}
        if kind in ("postgres", "mariadb"):
            url = request.getfixturevalue(f"{kind}_url")
            return {"type": "database", "config": {"connection_string": url, "table_name": name}}
        if kind == "chunked-minio":
            server = request.getfixturevalue("s3_server")
            bucket = f"history-{name}"
            server.client().create_bucket(Bucket=bucket)
            return {
                "type": "chunked-minio",
                "config": {
                    "endpoint_url": server.endpoint,
                    "bucket": bucket,
                    "aws_access_key_id": "testing-access-key",
                    "aws_secret_access_key": "testing-secret-key",
                    "region_name": "us-east-1",
                },
            }
        return {"type": kind, "config": {"log_folder": str(tmp_path / name)}}

    return make


@pytest.fixture
def make_store(section: Callable[[str], dict[str, Any]]) -> Iterator[Callable[..., BaseRunLogStore]]:
    built: list[BaseRunLogStore] = []

    def make(kind: str, **overrides: Any) -> BaseRunLogStore:
        spec = section(kind)
        spec.setdefault("config", {}).update(overrides)
        service = ServiceConfig(type=spec["type"], config=spec.get("config", {}))
        store = plugins.build("run_log_store", service, expected=BaseRunLogStore)
        built.append(store)
        return store

    yield make
    for store in built:
        store.close()


@pytest.fixture
def store_config(section: Callable[[str], dict[str, Any]], tmp_path: Path) -> Callable[[str], Path]:
    """A configuration file naming a fresh store of a kind (not buffered: it lives in one process)."""

    def write(kind: str) -> Path:
        path = tmp_path / f"config-{next(_names)}.yaml"
        path.write_text(yaml.safe_dump({"run-log-store": section(kind)}))
        return path

    return write
