"""Configuration and the run log store, as the commands see them.

The ``--config`` option is the most explicit thing a person can say, so it wins over
``RUNNABLE_CONFIGURATION_FILE``: while a command runs, the variable is pointed at the option's file.
That also reaches the configuration a pipeline script passes to ``execute()`` itself. The same holds
for ``--parameters-file`` and ``RUNNABLE_PARAMETERS_FILE``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from runnable import config, defaults, exceptions, plugins
from runnable.run_log_store.base import BaseRunLogStore
from runnable.secrets import exposed_as_environment

REASON_OPTION = "from the --config option"


@contextmanager
def configuration_file(option: Path | None) -> Iterator[None]:
    """Make ``--config`` the configuration of everything that runs inside the block."""
    if option is not None and not option.is_file():
        # Checked here: once in the variable, a missing file would be blamed on the variable.
        raise exceptions.ConfigurationError(
            f"the -c/--config option names {option}, which does not exist (working directory: "
            f"{Path.cwd()}). Fix the path; runnable does not fall back to defaults when a file is named.",
            file=str(option),
        )
    with _variable_pointed_at(defaults.ENV_CONFIGURATION_FILE, option):
        yield


@contextmanager
def parameters_file(option: Path | None) -> Iterator[None]:
    """Make ``--parameters-file`` the initial parameters of every run inside the block (as ``--config``)."""
    with _variable_pointed_at(defaults.ENV_PARAMETERS_FILE, option):
        yield


@contextmanager
def _variable_pointed_at(variable: str, option: Path | None) -> Iterator[None]:
    if option is None:
        yield
        return
    with exposed_as_environment({variable: str(option)}):
        yield


def load_config(option: Path | None) -> config.RunnableConfig:
    if option is None:
        return config.load()
    with configuration_file(option):
        runnable_config = config.load()
    return runnable_config.model_copy(update={"source": str(option), "reason": REASON_OPTION})


def build_store(runnable_config: config.RunnableConfig) -> BaseRunLogStore:
    return plugins.build("run_log_store", runnable_config.run_log_store, expected=BaseRunLogStore)


def open_store(option: Path | None) -> BaseRunLogStore:
    return build_store(load_config(option))


def uncreated_database(store: BaseRunLogStore) -> Path | None:
    """The SQLite file of a database store that has never been written: nothing to read there.

    Read-only commands check this first, because opening the store would create the file (and its
    folder) just to find it empty.
    """
    sql = sys.modules.get("runnable.run_log_store.sql.store")
    if sql is None or not isinstance(store, sql.DatabaseRunLogStore):
        return None
    from runnable.run_log_store.sql.dialects import dialect_for

    path = dialect_for(store.connection_string).database_file
    return path if path is not None and not path.exists() else None
