"""The database run log store: SQLite embedded by default, PostgreSQL for scale.

Every write is one short transaction that touches only the rows it is about
(``schema.py`` describes them), so recording a step costs the same in a run
of 10 steps as in one of 10,000, and processes writing different branches of
one run never overwrite each other. Reading a whole run takes three queries
however many steps it has (plus one per large parameter value, each stored
once per run: ``codec.py``). Listings are answered from indexes, newest first,
with keyset pagination.

This module holds the contract's methods; what they share lives beside it:
``statements.py`` (the SQL), ``rows.py`` (run logs to rows and back),
``transactions.py`` (engine, transactions, retries), ``errors.py`` (database errors to
``runnable.exceptions``), ``preparation.py`` (schema on open), ``admin.py`` (purge, health check).
SQLAlchemy, Alembic and zstandard are imported by this package, not by ``import runnable``: it is
loaded only when a configuration names ``type: database``.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import timedelta
from typing import Any, ClassVar

from pydantic import ConfigDict, Field, PrivateAttr, field_validator, model_validator
from sqlalchemy import Connection
from sqlalchemy.exc import ArgumentError

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, RunLogFilter, StepLog, parent_of, utc_now
from runnable.run_log_store.base import BaseRunLogStore, LogWrite, UpdatedAtThrottle, paged_run_logs
from runnable.run_log_store.sql import admin, one_trip, preparation, rows, statements
from runnable.run_log_store.sql.bulk import RunRows, replace_runs
from runnable.run_log_store.sql.dialects import dialect_for
from runnable.run_log_store.sql.listing import listing
from runnable.run_log_store.sql.removal import delete_run_rows
from runnable.run_log_store.sql.reports import PurgeReport, StoreHealth
from runnable.run_log_store.sql.schema import (
    BRANCH,
    SCHEMA_VERSION,
    STEP,
    TABLE_PREFIX_PATTERN,
    Tables,
    build_tables,
)
from runnable.run_log_store.sql.transactions import Database

logger = logging.getLogger(__name__)


class DatabaseRunLogStore(BaseRunLogStore):
    """Run logs in SQL tables (SQLAlchemy 2 Core): SQLite or PostgreSQL."""

    # A rejected connection string may hold a password: keep values out of validation errors.
    model_config = ConfigDict(hide_input_in_errors=True)

    service_name: str = "database"
    connection_string: str = Field(
        default=defaults.DEFAULT_SQLITE_URL,
        description="SQLAlchemy URL: sqlite:///path/runs.db, sqlite:///:memory:, postgresql+psycopg://...",
    )
    table_name: str = Field(
        default="runnable", description="Prefix of the store's tables (an SQL identifier)"
    )
    retention_days: int = Field(default=90, ge=1, description="Default age beyond which purge() deletes runs")
    enable_compression: bool = Field(default=True, description="zstd-compress bodies above 4 KiB")
    max_connections: int = Field(default=20, ge=1, description="Connection pool size per process")
    timeout_seconds: int = Field(default=30, ge=1, description="Connect, lock-wait and statement timeout")
    supports_parallel_writes: bool = Field(
        default=True, description="Processes may write branches of one run at once (not for :memory:)"
    )

    secret_fields: ClassVar[tuple[str, ...]] = ("connection_string",)

    # This process's engine and transactions, made on first use (never pickled: see __getstate__).
    _database: Database | None = PrivateAttr(default=None)
    _database_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _touched: UpdatedAtThrottle = PrivateAttr(default_factory=UpdatedAtThrottle)

    # -- configuration ---------------------------------------------------------------

    @field_validator("table_name")
    @classmethod
    def _table_name_is_identifier(cls, value: str) -> str:
        if not TABLE_PREFIX_PATTERN.fullmatch(value):
            raise ValueError(
                f"{value!r} is not usable as a table name prefix: use a letter or underscore followed by "
                "at most 40 letters, digits or underscores (for example 'runnable' or 'team_a_runs')"
            )
        return value

    @field_validator("connection_string")
    @classmethod
    def _connection_string_is_supported(cls, value: str) -> str:
        try:
            dialect_for(value)
        except ArgumentError:
            raise ValueError(
                "not a database URL; expected for example sqlite:///.run_log_store/runs.db "
                "or postgresql+psycopg://user:password@host:5432/database"
            ) from None
        return value

    @model_validator(mode="after")
    def _memory_is_single_process(self) -> DatabaseRunLogStore:
        # Another process opening sqlite:///:memory: gets its own, empty database.
        if self.supports_parallel_writes and dialect_for(self.connection_string).in_memory:
            self.supports_parallel_writes = False
        return self

    @property
    def database(self) -> str:
        """The connection string with any password masked: what messages and summaries show."""
        return self._db().display

    @property
    def tables(self) -> Tables:
        return build_tables(self.table_name)

    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Connection": self.database,
            "Table": self.table_name,
            "Retention": f"{self.retention_days} days",
            "Compression": self.enable_compression,
            "Parallel writes": self.supports_parallel_writes,
        }

    def masked_config(self) -> dict[str, Any]:
        config = super().masked_config()
        config["connection_string"] = self.database
        return config

    # Engines, pools and locks belong to one process; a copy made by pickling
    # (e.g. for a worker process) builds its own on first use.
    def __getstate__(self) -> dict[Any, Any]:
        state = super().__getstate__()
        state["__pydantic_private__"] = None
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        super().__setstate__(state)
        fresh = type(self).model_construct()  # private attributes at their defaults, nothing shared
        object.__setattr__(self, "__pydantic_private__", fresh.__pydantic_private__)

    # -- the four abstract methods -------------------------------------------------

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        row, tables = rows.run_row(run_log, self.enable_compression), self.tables
        self._db().run(lambda c: statements.insert_run(c, tables, row), write=True, creating_run=run_id)
        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        tables = self.tables

        def read(connection: Connection) -> RunLog:
            run_row = statements.run_row_by_id(connection, tables, run_id)
            scope = None if full else tables.parameters.c.scope == ""
            parameter_rows = statements.parameter_rows(connection, tables, [run_row.id], scope)
            chunk_rows = statements.chunk_rows(connection, tables, [run_row.id]) if full else []
            return self._reader().run_log(connection, run_row, chunk_rows, parameter_rows)

        return self._db().run(read, write=False)

    def put_run_log(self, run_log: RunLog) -> None:
        """Store the whole run log, replacing every row of that run (used to import runs)."""
        self.put_run_logs([run_log])

    def put_run_logs(self, run_logs: Sequence[RunLog]) -> None:
        """Store whole run logs in one transaction: all of them or, on an error, none (``bulk.py``)."""
        tables, dialect, compress = self.tables, self._db().dialect, self.enable_compression
        batch = []
        for run_log in run_logs:
            encoded = rows.EncodedRows(compress).add_parameters("", run_log.parameters)
            for step_log in run_log.steps.values():
                encoded.add_step(step_log)
            run_row = rows.run_row(run_log, compress)
            batch.append(RunRows(run_row, encoded.chunks, encoded.parameters, encoded.values.encoded))
        self._db().run(lambda c: replace_runs(c, dialect, tables, batch, compress), write=True)
        for run_log in run_logs:
            self._touched.forget(run_log.run_id)

    # -- granular writers: one short transaction on the rows they are about ----------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        self._db().run(lambda c: statements.set_status(c, self.tables, run_id, status), write=True)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        encoded = rows.EncodedRows(self.enable_compression).add_parameters(internal_branch_name, parameters)
        self._write_rows(run_id, encoded, {internal_branch_name: BRANCH} if internal_branch_name else {})

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""

        def merge(header: RunLog) -> None:
            header.run_config.update(run_config)

        self._change_header(run_id, merge)

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log, and every branch and step nested in it.

        Rows nested under the step that the given step log does not carry are
        kept: a parent writing back a copy read earlier must not erase what a
        parallel branch recorded meanwhile.
        """
        encoded = rows.EncodedRows(self.enable_compression).add_step(step_log)
        parent = parent_of(step_log.internal_name)
        self._write_rows(run_id, encoded, {parent: BRANCH} if parent else {})

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log and what it carries (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        encoded = rows.EncodedRows(self.enable_compression).add_branch(branch_log)
        parent = parent_of(branch_log.internal_name)
        self._write_rows(run_id, encoded, {parent: STEP} if parent else {})

    def add_logs(self, run_id: str, writes: Sequence[LogWrite]) -> None:
        """The writes in one transaction: all of them or none."""
        encoded = rows.EncodedRows(self.enable_compression)
        # The steps and branches the writes need, unless an earlier write of the batch makes them.
        required: dict[str, str] = {}
        written: set[tuple[str, str]] = set()

        def require(name: str, kind: str) -> None:
            if name and (name, kind) not in written:
                required.setdefault(name, kind)

        for write in writes:
            if isinstance(write, StepLog):
                require(parent_of(write.internal_name), BRANCH)
                encoded.add_step(write)
            elif isinstance(write, BranchLog):
                require(parent_of(write.internal_name), STEP)
                encoded.add_branch(write)
            elif write.parameters:
                require(write.scope, BRANCH)
                encoded.add_parameters(write.scope, write.parameters)
            written.update((row["internal_name"], row["kind"]) for row in encoded.chunks)
        if not encoded.chunks and not encoded.parameters:
            return
        self._write_rows(run_id, encoded, required)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def attach(header: RunLog) -> None:
            header.job = job_log.model_copy(deep=True)
            header.status = job_log.status

        self._change_header(run_id, attach)

    # -- granular readers ---------------------------------------------------------------

    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        node = self._read_subtree(run_id, internal_name)
        if not isinstance(node, StepLog):
            raise exceptions.StepLogNotFoundError(run_id, internal_name)
        return node

    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        if not internal_branch_name:
            return self.get_run_log_by_id(run_id, full=True)
        node = self._read_subtree(run_id, internal_branch_name)
        if not isinstance(node, BranchLog):
            raise exceptions.BranchLogNotFoundError(run_id, internal_branch_name)
        return node

    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        tables, reader = self.tables, self._reader()

        def read(connection: Connection) -> dict[str, Parameter]:
            run_pk = statements.run_row_by_id(connection, tables, run_id).id
            if internal_branch_name:
                statements.require_chunk(connection, tables, run_id, run_pk, internal_branch_name, BRANCH)
            in_scope = tables.parameters.c.scope == internal_branch_name
            source = reader.source(connection, run_pk)
            return {
                row.name: reader.parameter(run_id, row, source)
                for row in statements.parameter_rows(connection, tables, [run_pk], in_scope)
            }

        return self._db().run(read, write=False)

    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        tables, reader = self.tables, self._reader()
        names = list(dict.fromkeys(internal_branch_names))

        def read(connection: Connection) -> dict[str, dict[str, Parameter]]:
            run_pk = statements.run_row_by_id(connection, tables, run_id).id
            source = reader.source(connection, run_pk)
            found: dict[str, dict[str, Parameter]] = {}
            for start in range(0, len(names), statements.ID_BATCH):
                batch = names[start : start + statements.ID_BATCH]
                found.update(
                    {name: {} for name in statements.branches_present(connection, tables, run_pk, batch)}
                )
                missing = next((name for name in batch if name not in found), None)
                if missing is not None:
                    raise exceptions.BranchLogNotFoundError(run_id, missing)
                scopes = tables.parameters.c.scope.in_(batch)
                for row in statements.parameter_rows(connection, tables, [run_pk], scopes):
                    found[row.scope][row.name] = reader.parameter(run_id, row, source)
            return {name: found[name] for name in internal_branch_names}

        return self._db().run(read, write=False)

    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return self._read_header(run_id).run_config

    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self._read_header(run_id).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    # -- queries ----------------------------------------------------------------------

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a filter from the indexes: one query for the page, a few for its rows."""
        tables, reader = self.tables, self._reader()

        def read(connection: Connection) -> list[RunLog]:
            run_rows = connection.execute(listing(connection, tables, query)).all()
            run_pks = [row.id for row in run_rows]
            scope = None if full else tables.parameters.c.scope == ""
            parameters = statements.by_run(statements.parameter_rows(connection, tables, run_pks, scope))
            chunks = statements.by_run(statements.chunk_rows(connection, tables, run_pks)) if full else {}
            found: list[RunLog] = []
            for row in run_rows:
                try:
                    found.append(
                        reader.run_log(connection, row, chunks.get(row.id, []), parameters.get(row.id, []))
                    )
                except exceptions.CorruptedRunLogError as exc:
                    # One damaged run must not hide every other run from a listing.
                    logger.warning("Skipping run in listing: %s", exc)
            return found

        return self._db().run(read, write=False)

    def iter_run_logs(self, query: RunLogFilter, full: bool = False) -> Iterator[RunLog]:
        return paged_run_logs(self, query, full)

    def delete_run_log(self, run_id: str) -> None:
        tables = self.tables
        self._db().run(
            lambda c: delete_run_rows(c, tables, [statements.run_row_by_id(c, tables, run_id).id]), write=True
        )

    def iter_run_ids(self) -> Iterator[str]:
        tables = self.tables
        return iter(self._db().run(lambda c: statements.run_ids_newest_first(c, tables), write=False))

    # -- operations: retention, health, migrations (sql/admin.py, sql/preparation.py) ---------

    def purge(
        self, older_than: timedelta | None = None, dry_run: bool = False, batch_size: int = 500
    ) -> PurgeReport:
        """Delete runs created before now - ``older_than`` (default ``retention_days``), with their rows.

        Deletes in transactions of at most ``batch_size`` runs, so that writers
        are never held up for long; ``dry_run`` only counts.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        cutoff = utc_now() - (older_than if older_than is not None else timedelta(days=self.retention_days))
        return admin.purge(self._db(), self.table_name, cutoff, dry_run, batch_size)

    def check(self) -> StoreHealth:
        """Connectivity, schema revision and run counts, for ``runnable doctor``. Never raises."""
        return admin.check(self._db(), self.table_name)

    def migrate(self) -> tuple[str | None, str]:
        """Create or upgrade the schema to this runnable's revision; returns (previous, current)."""
        return preparation.migrate(self._db(), self.table_name), SCHEMA_VERSION

    def close(self) -> None:
        """Close this process's pooled connections; the store reconnects if used again.

        An in-memory SQLite database lives in its one connection: closing discards it.
        """
        if self._database is not None:
            self._database.close()

    # -- what the methods above share ---------------------------------------------------------

    def _db(self) -> Database:
        """This store's database as this process uses it: engine, transactions, retries."""
        database = self._database
        if database is None:
            with self._database_lock:
                if self._database is None:
                    self._database = Database(
                        self.connection_string,
                        max_connections=self.max_connections,
                        timeout_seconds=self.timeout_seconds,
                        prepare_schema=functools.partial(preparation.prepare_schema, prefix=self.table_name),
                    )
                database = self._database
        return database

    def _reader(self) -> rows.RowReader:
        return rows.RowReader(self.tables, self.database)

    def _write_rows(self, run_id: str, encoded: rows.EncodedRows, required: Mapping[str, str]) -> None:
        """Upsert steps, branches and parameters of a run in which the ``required`` steps and branches
        (name: kind) exist."""
        tables, database = self.tables, self._db()
        dialect = database.dialect
        if dialect.writes_in_one_statement and not encoded.values.encoded:
            touch = self._touched.due(run_id)
            written = database.run(
                lambda c: one_trip.write(c, tables, run_id, encoded, required, touch),
                write=True,
                autocommit=True,
            )
            if written is not None:
                if touch:
                    self._touched.touched(run_id)
                return
            # The run or a parent is missing: the transaction below says which.
        elif dialect.name == "sqlite" and not encoded.values.encoded:

            def upsert(connection: Connection) -> bool:
                done = statements.upsert_into_run(connection, dialect, tables, self._touched, run_id, encoded)
                if not done:
                    connection.rollback()
                return done

            if database.run(upsert, write=True):
                return
            # The run or a parent is missing: the transaction below says which.

        def write(connection: Connection) -> None:
            run_pk = statements.touch_run(connection, tables, self._touched, run_id)
            for name, kind in required.items():
                statements.require_chunk(connection, tables, run_id, run_pk, name, kind)
            statements.upsert_rows(connection, dialect, tables, run_pk, encoded)

        database.run(write, write=True)

    def _read_header(self, run_id: str) -> RunLog:
        reader = self._reader()
        return self._db().run(
            lambda c: reader.header(statements.run_row_by_id(c, self.tables, run_id)), write=False
        )

    def _change_header(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        """Read the run header under a row lock, change it, write it back: one transaction."""
        tables, reader = self.tables, self._reader()

        def read_modify_write(connection: Connection) -> None:
            row = statements.run_row_by_id(connection, tables, run_id, for_update=True)
            header = reader.header(row)
            change(header)
            statements.rewrite_header(connection, tables, row.id, header, self.enable_compression)

        self._db().run(read_modify_write, write=True)

    def _read_subtree(self, run_id: str, internal_name: str) -> StepLog | BranchLog | None:
        """The step or branch with that name and everything nested in it (None if absent)."""
        tables, reader = self.tables, self._reader()

        def read(connection: Connection) -> StepLog | BranchLog | None:
            run_pk = statements.run_row_by_id(connection, tables, run_id).id
            chunk_rows, parameter_rows = statements.subtree_rows(connection, tables, run_pk, internal_name)
            return reader.nodes(connection, run_id, run_pk, chunk_rows, parameter_rows).get(internal_name)

        return self._db().run(read, write=False)
