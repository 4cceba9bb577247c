"""Configuration and the run log store, as the commands see them.

The ``--config`` option is the most explicit thing a person can say, so it wins over
``RUNNABLE_CONFIGURATION_FILE``: while a command runs, the variable is pointed at the option's file.
That also reaches the configuration a pipeline script passes to ``execute()`` itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from runnable import config, defaults, plugins
from runnable.run_log_store.base import BaseRunLogStore

REASON_OPTION = "from the --config option"


@contextmanager
def configuration_file(option: Path | None) -> Iterator[None]:
    """Make ``--config`` the configuration of everything that runs inside the block."""
    if option is None:
        yield
        return
    previous = os.environ.get(defaults.ENV_CONFIGURATION_FILE)
    os.environ[defaults.ENV_CONFIGURATION_FILE] = str(option)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(defaults.ENV_CONFIGURATION_FILE, None)
        else:
            os.environ[defaults.ENV_CONFIGURATION_FILE] = previous


def load_config(option: Path | None) -> config.RunnableConfig:
    if option is None:
        return config.load()
    with configuration_file(option):
        loaded = config.load()
    return loaded.model_copy(update={"source": str(option), "reason": REASON_OPTION})


def build_store(loaded: config.RunnableConfig) -> BaseRunLogStore:
    return plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)


def open_store(option: Path | None) -> BaseRunLogStore:
    return build_store(load_config(option))
