"""The level of runnable's own logger while a run lasts (``execute(log_level=...)``, ``--log-level``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from runnable import exceptions

LOGGER_NAME = "runnable"
# runnable 0.50's choices; CRITICAL is FATAL's other name.
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "FATAL", "CRITICAL")


@contextmanager
def runnable_logger_at(level: str) -> Iterator[logging.Logger]:
    """The ``runnable`` logger, at ``level`` inside the block ("" leaves it as it is), restored after."""
    logger = logging.getLogger(LOGGER_NAME)
    if not level:
        yield logger
        return
    if level.upper() not in LEVELS:
        raise exceptions.ConfigurationError(
            f"log_level {level!r} is not a log level; use one of {', '.join(LEVELS[:-1])}", field="log_level"
        )
    previous = logger.level
    logger.setLevel(level.upper())
    try:
        yield logger
    finally:
        logger.setLevel(previous)
