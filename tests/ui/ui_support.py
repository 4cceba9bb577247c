"""What the web UI tests share besides fixtures: where the session's runs are, and test data."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runnable import config, plugins
from runnable.catalog import BaseCatalog
from runnable.run_log_store.base import BaseRunLogStore

PIPELINES = Path(__file__).with_name("pipelines.py")
REPOSITORY = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("RUNNABLE_TEST_ARTIFACTS", REPOSITORY / "test-artifacts")) / "ui"
XSS = '<script>alert("x")</script>'
SECRET = "hunter2-do-not-show"
# How often pages of unfinished runs ask again in these tests (the default is 5 s).
REFRESH_SECONDS = 0.3


@dataclass(frozen=True)
class UiRuns:
    """Where the session's runs are, and their ids by role."""

    folder: Path
    config_file: Path
    release: Path
    running: str = "ui-running"
    failed: str = "ui-failed"
    mapped: str = "ui-map"
    nested: str = "ui-nested"
    linear: tuple[str, ...] = ("ui-linear-1", "ui-linear-2", "ui-linear-3")
    hostile: str = "ui-hostile"

    def store(self) -> BaseRunLogStore:
        loaded = config.load(str(self.config_file))
        return plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)

    def catalog(self) -> BaseCatalog:
        loaded = config.load(str(self.config_file))
        return plugins.build("catalog", loaded.catalog, expected=BaseCatalog)


def pipeline_environment(extra: dict[str, str]) -> dict[str, str]:
    """The environment of a process running tests/ui/pipelines.py: nothing RUNNABLE_* from outside."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    environment["PYTHONPATH"] = os.pathsep.join([str(REPOSITORY), environment.get("PYTHONPATH", "")])
    environment.update(extra)
    return environment


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port, in a thread of this process; yields its URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name="ui-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
