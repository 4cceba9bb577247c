"""Fixtures for the retry tests: a shared in-memory store, store sections on the servers, the cause.

Runs fail at first because a marker file is missing (``retry_steps.MARKER``); a test creates it and
retries, as a person fixes a cause and retries. Step functions live in ``retry_steps`` so that worker
processes can import them. ``workdir``, ``write_config`` and ``stored_run_log`` come from tests/conftest.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import PrivateAttr

from runnable import plugins
from runnable.models import RunLog
from runnable.run_log_store.buffered import BufferedRunLogStore
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server

_prefixes = itertools.count()


class SharedBufferedStore(BufferedRunLogStore):
    """The buffered store with one memory per process, as a long-lived service would have it."""

    memory: ClassVar[dict[str, RunLog]] = {}
    _runs: dict[str, RunLog] = PrivateAttr(default_factory=lambda: SharedBufferedStore.memory)


@pytest.fixture(autouse=True)
def shared_buffered_store() -> Iterator[None]:
    """``type: buffered`` is the shared store here, so a retry finds the run the first execution left."""
    SharedBufferedStore.memory.clear()
    with plugins.default_registry.registered("run_log_store", "buffered", SharedBufferedStore):
        yield
    SharedBufferedStore.memory.clear()


@pytest.fixture
def fix_the_cause(workdir: Path) -> Callable[[], None]:
    """Create the marker whose absence makes the ``retry_steps`` steps fail."""
    from retry_steps import MARKER

    return lambda: (workdir / MARKER).touch()


@pytest.fixture
def postgres_section(postgres_url: str) -> dict[str, Any]:
    """A database store on the session's PostgreSQL server, in tables of its own."""
    return {
        "type": "database",
        "config": {"connection_string": postgres_url, "table_name": f"retry{next(_prefixes)}"},
    }


S3_KEY_VARIABLE = "RETRY_TEST_S3_KEY"
S3_SECRET_VARIABLE = "RETRY_TEST_S3_SECRET"


@pytest.fixture
def s3_section(s3_server: S3Server, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], dict[str, Any]]:
    """The run-log-store section of an S3 store in a fresh bucket; the keys are ${VAR} references."""
    monkeypatch.setenv(S3_KEY_VARIABLE, ACCESS_KEY)
    monkeypatch.setenv(S3_SECRET_VARIABLE, SECRET_KEY)

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
                "region_name": REGION,
            },
        }

    return section
