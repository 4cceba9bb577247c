"""One database as one process uses it: its engine, its transactions and their retries.

Every store method hands :meth:`Database.run` a function of one connection; it runs in one
transaction (a write takes the write lock up front, a read sees one snapshot) and, on a transient
error, is rolled back and run again from scratch with backoff. Engines and pools belong to one
process: a forked child builds its own on first use and leaves its parent's connections alone.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any, Final, TypeVar

from sqlalchemy import Connection, Engine

from runnable import exceptions
from runnable.run_log_store.sql.dialects import WRITE_OPTION, SqlDialect, dialect_for
from runnable.run_log_store.sql.errors import TransientError, map_backend_errors

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Pauses between attempts when the database reports a transient error; each is
# stretched by up to 100% at random so that colliding processes drift apart. Together
# (11 to 22 s) they ride out a failover or a network cut of a few seconds.
RETRY_DELAYS: Final = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0)


class Database:
    """The engine, transactions and retries of one store in this process.

    ``prepare_schema(database, engine)`` runs once, before the first transaction that needs the
    schema, to bring it to this runnable's revision (``preparation.py``).
    """

    def __init__(
        self,
        connection_string: str,
        *,
        max_connections: int,
        timeout_seconds: int,
        prepare_schema: Callable[[Database, Engine], None],
    ) -> None:
        self.dialect: SqlDialect = dialect_for(connection_string)
        self.max_connections = max_connections
        self.timeout_seconds = timeout_seconds
        self.schema_ready = False
        self._prepare_schema = prepare_schema
        self._engine: Engine | None = None
        self._engine_pid = 0
        self._engine_lock = threading.RLock()
        # An in-memory database is one connection; its users take turns.
        self._memory_lock = threading.RLock()

    @property
    def display(self) -> str:
        """The connection string with any password masked: what messages show."""
        return self.dialect.display

    def engine(self) -> Engine:
        """This process's engine (created on first use), schema not checked."""
        engine = self._engine
        if engine is not None and self._engine_pid == os.getpid():
            return engine
        with self._engine_lock:
            pid = os.getpid()
            if self._engine is None or self._engine_pid != pid:
                if self._engine is not None:
                    # Inherited through fork: leave the parent's connections to the parent.
                    self._engine.dispose(close=False)
                try:
                    self._engine = self.dialect.create_engine(self.max_connections, self.timeout_seconds)
                except ModuleNotFoundError as exc:
                    raise exceptions.ConfigurationError(
                        f"the driver for {self.display} is not installed ({exc.name}); "
                        + self.dialect.install_hint,
                        service="run_log_store",
                        field="connection_string",
                    ) from exc
                self._engine_pid = pid
            return self._engine

    def ready_engine(self) -> Engine:
        """This process's engine, on a schema at this runnable's revision."""
        engine = self.engine()
        if not self.schema_ready:
            with self._engine_lock:
                if not self.schema_ready:
                    self._prepare_schema(self, engine)
                    self.schema_ready = True
        return engine

    def run(
        self,
        work: Callable[[Connection], T],
        *,
        write: bool,
        creating_run: str = "",
        engine: Engine | None = None,
        retry: bool = True,
        autocommit: bool = False,
    ) -> T:
        """``work`` in one transaction, retried from scratch on transient errors (if ``retry``).

        ``engine``: run on it as it is (schema not prepared); by default the ready engine.
        ``autocommit``: ``work`` is one statement, its own transaction: no BEGIN and COMMIT
        to wait for (a round trip each over a network).
        """
        engine = engine if engine is not None else self.ready_engine()
        password = self.dialect.url.password
        failure: TransientError | None = None
        started = time.monotonic()
        attempts = 0
        for delay in (*RETRY_DELAYS, None) if retry else (None,):
            attempts += 1
            try:
                with (
                    map_backend_errors(
                        self.display,
                        self.dialect,
                        password=str(password) if password else None,
                        creating_run=creating_run,
                    ),
                    self.transaction(engine, write, autocommit) as connection,
                ):
                    return work(connection)
            except TransientError as exc:
                failure = exc
                # Quick failures get every retry; once the attempts have used up
                # `timeout_seconds` (say, each waited that long for a lock or a
                # connection), one retry is all that is left.
                spent = time.monotonic() - started
                if delay is None or (attempts > 1 and spent + delay > self.timeout_seconds):
                    break
                logger.debug("Retrying after a transient error on %s: %s", self.display, exc.reason)
                time.sleep(delay * (1 + random.random()))
        assert failure is not None
        raise exceptions.StoreUnavailableError(
            f"The run log database {self.display} kept failing ({attempts} attempts in "
            f"{time.monotonic() - started:.1f}s): {failure.reason}. Each attempt was rolled back; check "
            "that the database is reachable and not overloaded, or raise `timeout_seconds`."
        ) from failure

    @contextmanager
    def transaction(self, engine: Engine, write: bool, autocommit: bool = False) -> Iterator[Connection]:
        """One transaction on a connection of ``engine``: a write or a one-snapshot read.

        ``autocommit``: each statement is its own transaction (for work that is one statement).
        """
        options: dict[str, Any] = {WRITE_OPTION: True} if write else self.dialect.read_options()
        if autocommit:
            options["isolation_level"] = "AUTOCOMMIT"
        with self._memory_lock if self.dialect.in_memory else nullcontext(), engine.connect() as connection:
            connection.execution_options(**options)
            with connection.begin():
                yield connection

    def close(self) -> None:
        """Close this process's pooled connections; the next use reconnects (and rechecks the schema)."""
        with self._engine_lock:
            if self._engine is not None and self._engine_pid == os.getpid():
                self._engine.dispose()
            self._engine = None
            self.schema_ready = False
