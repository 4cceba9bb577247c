"""What the web UI tests share besides fixtures: where the session's runs are, and test data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
