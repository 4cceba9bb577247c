"""The database run log store: SQLite embedded by default, PostgreSQL for scale.

Every write is one short transaction that touches only the rows it is about
(``schema.py`` describes them), so recording a step costs the same in a run
of 10 steps as in one of 10,000, and processes writing different branches of
one run never overwrite each other. Reading a whole run takes three queries
however many steps it has (plus one per large parameter value, each stored
once per run: ``codec.py``). Listings are answered from indexes, newest first,
with keyset pagination.

SQLAlchemy, Alembic and zstandard are imported here, not by ``import runnable``:
this module is loaded only when a configuration names ``type: database``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import timedelta
from typing import Any, ClassVar, Final

import zstandard
from pydantic import ConfigDict, Field, PrivateAttr, field_validator, model_validator
from sqlalchemy import (
    Connection,
    Row,
    and_,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import ArgumentError

from runnable import defaults, exceptions, run_ids
from runnable.models import BranchLog, JobLog, Parameter, RunLog, RunLogFilter, StepLog, parent_of, utc_now
from runnable.run_log_store import _io
from runnable.run_log_store._values import ValuesApart, ValueSource
from runnable.run_log_store.base import BaseRunLogStore, UpdatedAtThrottle, paged_run_logs
from runnable.run_log_store.sql import admin, preparation, statements
from runnable.run_log_store.sql.codec import (
    decode_body,
    decode_parameter,
    encode_body,
    encode_parameter_rows,
    store_values,
    value_source,
)
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
    refuse_unreadable,
)
from runnable.run_log_store.sql.transactions import Database

logger = logging.getLogger(__name__)

# RunLog fields kept as columns or rows of their own; the rest is the run body.
_RUN_COLUMNS: Final = frozenset({"run_id", "dag_hash", "tag", "status", "created_at", "updated_at"})
RUN_BODY_FIELDS: Final = frozenset(RunLog.model_fields) - _RUN_COLUMNS - {"steps", "parameters"}


# --------------------------------------------------------------------------- the store


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
        return self._db().dialect.display

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
        row = self._run_row(run_log)

        def create(connection: Connection) -> None:
            connection.execute(insert(self.tables.runs).values(**row))

        self._db().run(create, write=True, creating_run=run_id)
        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        def read(connection: Connection) -> RunLog:
            run_row = statements.run_row_by_id(connection, self.tables, run_id)
            parameters = self.tables.parameters
            scope = None if full else parameters.c.scope == ""
            parameter_rows = statements.parameter_rows(connection, self.tables, [run_row.id], scope)
            chunk_rows = statements.chunk_rows(connection, self.tables, [run_row.id]) if full else []
            return self._assemble_run(connection, run_row, chunk_rows, parameter_rows)

        return self._db().run(read, write=False)

    def put_run_log(self, run_log: RunLog) -> None:
        """Store the whole run log, replacing every row of that run (used to import runs)."""
        self.put_run_logs([run_log])

    def put_run_logs(self, run_logs: Sequence[RunLog]) -> None:
        """Store whole run logs in one transaction: all of them or, on an error, none (``bulk.py``)."""
        dialect, compress = self._dialect(), self.enable_compression
        batch = []
        for run_log in run_logs:
            values = ValuesApart()
            rows = RunRows(self._run_row(run_log))
            rows.parameters.extend(encode_parameter_rows("", run_log.parameters, values, compress))
            for step_log in run_log.steps.values():
                self._collect_step(step_log, chunk_rows, parameter_rows, values)
            prepared.append((self._run_row(run_log), chunk_rows, parameter_rows, values))

        def replace(connection: Connection) -> None:
            for row, chunk_rows, parameter_rows, values in prepared:
                upsert = self._db().dialect.upsert(
                    runs, ["run_id"], [name for name in row if name != "run_id"]
                )
                run_pk = connection.execute(upsert.values(**row).returning(runs.c.id)).scalar_one()
                for table in (chunks, parameters, self.tables.values):
                    connection.execute(delete(table).where(table.c.run_pk == run_pk))
                self._store_values(connection, run_pk, values)
                if chunk_rows:
                    connection.execute(insert(chunks), [{**r, "run_pk": run_pk} for r in chunk_rows])
                if parameter_rows:
                    connection.execute(insert(parameters), [{**r, "run_pk": run_pk} for r in parameter_rows])

        self._db().run(replace, write=True)
        for run_log in run_logs:
            self._touched.forget(run_log.run_id)

    # -- granular writers: one short transaction on the rows they are about ----------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        runs = self.tables.runs

        def set_status(connection: Connection) -> None:
            changed = connection.execute(
                update(runs).where(runs.c.run_id == run_id).values(status=status, updated_at=utc_now())
            )
            if changed.rowcount == 0:
                raise exceptions.RunLogNotFoundError(run_id)

        self._db().run(set_status, write=True)

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        values = ValuesApart()
        rows = [*encode_parameter_rows(internal_branch_name, parameters, values, self.enable_compression)]

        def write(connection: Connection) -> None:
            run_pk = statements.touch_run(connection, self.tables, self._touched, run_id)
            if internal_branch_name:
                statements.require_chunk(
                    connection, self.tables, run_id, run_pk, internal_branch_name, BRANCH
                )
            self._store_values(connection, run_pk, values)
            statements.upsert_parameters(connection, self._db().dialect, self.tables, run_pk, rows)

        self._db().run(write, write=True)

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""

        def merge(header: RunLog) -> None:
            header.run_config.update(run_config)

        self._change_run_body(run_id, merge)

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log, and every branch and step nested in it.

        Rows nested under the step that the given step log does not carry are
        kept: a parent writing back a copy read earlier must not erase what a
        parallel branch recorded meanwhile.
        """
        chunk_rows: list[dict[str, Any]] = []
        parameter_rows: list[dict[str, Any]] = []
        values = ValuesApart()
        self._collect_step(step_log, chunk_rows, parameter_rows, values)
        self._write_chunks(run_id, step_log.internal_name, STEP, chunk_rows, parameter_rows, values)

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log and what it carries (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        chunk_rows: list[dict[str, Any]] = []
        parameter_rows: list[dict[str, Any]] = []
        values = ValuesApart()
        self._collect_branch(branch_log, chunk_rows, parameter_rows, values)
        self._write_chunks(run_id, branch_log.internal_name, BRANCH, chunk_rows, parameter_rows, values)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def attach(header: RunLog) -> None:
            header.job = job_log.model_copy(deep=True)
            header.status = job_log.status

        self._change_run_body(run_id, attach)

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
        parameters = self.tables.parameters

        def read(connection: Connection) -> dict[str, Parameter]:
            run_pk = statements.run_row_by_id(connection, self.tables, run_id).id
            if internal_branch_name:
                statements.require_chunk(
                    connection, self.tables, run_id, run_pk, internal_branch_name, BRANCH
                )
            rows = statements.parameter_rows(
                connection, self.tables, [run_pk], parameters.c.scope == internal_branch_name
            )
            source = value_source(connection, self.tables.values, run_pk)
            return {row.name: self._decode_parameter(run_id, row, source) for row in rows}

        return self._db().run(read, write=False)

    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        parameters, chunks = self.tables.parameters, self.tables.chunks
        names = list(dict.fromkeys(internal_branch_names))

        def read(connection: Connection) -> dict[str, dict[str, Parameter]]:
            run_pk = statements.run_row_by_id(connection, self.tables, run_id).id
            source = value_source(connection, self.tables.values, run_pk)
            found: dict[str, dict[str, Parameter]] = {}
            for start in range(0, len(names), statements.ID_BATCH):
                batch = names[start : start + statements.ID_BATCH]
                branches = connection.execute(
                    select(chunks.c.internal_name).where(
                        chunks.c.run_pk == run_pk, chunks.c.kind == BRANCH, chunks.c.internal_name.in_(batch)
                    )
                )
                found.update({name: {} for name in branches.scalars()})
                missing = next((name for name in batch if name not in found), None)
                if missing is not None:
                    raise exceptions.BranchLogNotFoundError(run_id, missing)
                for row in statements.parameter_rows(
                    connection, self.tables, [run_pk], parameters.c.scope.in_(batch)
                ):
                    found[row.scope][row.name] = self._decode_parameter(run_id, row, source)
            return {name: found[name] for name in internal_branch_names}

        return self._db().run(read, write=False)

    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return self._db().run(
            lambda c: self._header(statements.run_row_by_id(c, self.tables, run_id)).run_config, write=False
        )

    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self._db().run(
            lambda c: self._header(statements.run_row_by_id(c, self.tables, run_id)).job, write=False
        )
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    # -- queries ----------------------------------------------------------------------

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a filter from the indexes: one query for the page, a few for its rows."""

        def read(connection: Connection) -> list[RunLog]:
            run_rows = connection.execute(listing(connection, self.tables, query)).all()
            run_pks = [row.id for row in run_rows]
            scope = None if full else self.tables.parameters.c.scope == ""
            parameters_by_run = statements.by_run(
                statements.parameter_rows(connection, self.tables, run_pks, scope)
            )
            chunks_by_run = (
                statements.by_run(statements.chunk_rows(connection, self.tables, run_pks)) if full else {}
            )
            found: list[RunLog] = []
            for row in run_rows:
                try:
                    found.append(
                        self._assemble_run(
                            connection, row, chunks_by_run.get(row.id, []), parameters_by_run.get(row.id, [])
                        )
                    )
                except exceptions.CorruptedRunLogError as exc:
                    # One damaged run must not hide every other run from a listing.
                    logger.warning("Skipping run in listing: %s", exc)
            return found

        return self._db().run(read, write=False)

    def iter_run_logs(self, query: RunLogFilter, full: bool = False) -> Iterator[RunLog]:
        return paged_run_logs(self, query, full)

    def delete_run_log(self, run_id: str) -> None:
        self._db().run(
            lambda c: delete_run_rows(c, self.tables, [statements.run_row_by_id(c, self.tables, run_id).id]),
            write=True,
        )

    def iter_run_ids(self) -> Iterator[str]:
        runs = self.tables.runs
        statement = select(runs.c.run_id).order_by(runs.c.created_at.desc(), runs.c.run_id.desc())
        return iter(self._db().run(lambda c: list(c.scalars(statement)), write=False))

    # -- operations: retention, health, migrations ----------------------------------------

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

    # -- engine, transactions, schema ------------------------------------------------------

    def _db(self) -> Database:
        """This store's database as this process uses it."""
        database = self._database
        if database is None:
            with self._database_lock:
                if self._database is None:
                    self._database = Database(
                        self.connection_string,
                        max_connections=self.max_connections,
                        timeout_seconds=self.timeout_seconds,
                        prepare_schema=lambda database, engine: preparation.prepare_schema(
                            database, engine, self.table_name
                        ),
                    )
                database = self._database
        return database

    # -- rows in, rows out ----------------------------------------------------------------

    def _encode(self, payload: bytes) -> tuple[bytes, bool]:
        return encode_body(payload, self.enable_compression)

    def _run_row(self, run_log: RunLog) -> dict[str, Any]:
        body, compressed = self._encode(self._header_body(run_log))
        return {
            "run_id": run_ids.validate_run_id(run_log.run_id),
            "dag_hash": run_log.dag_hash,
            "tag": run_log.tag,
            "status": run_log.status,
            "created_at": run_log.created_at,
            "updated_at": run_log.updated_at,
            "body": body,
            "body_compressed": compressed,
        }

    @staticmethod
    def _header_body(run_log: RunLog) -> bytes:
        # Inline values: the header is rewritten on status and config changes, read by listings.
        return ValuesApart(apart=False).dump_json(run_log, include=set(RUN_BODY_FIELDS))

    def _collect_step(
        self,
        step_log: StepLog,
        chunks: list[dict[str, Any]],
        parameters: list[dict[str, Any]],
        values: ValuesApart,
    ) -> None:
        body, compressed = self._encode(values.dump_json(step_log, exclude={"branches"}))
        chunks.append(
            {"internal_name": step_log.internal_name, "kind": STEP, "body": body, "compressed": compressed}
        )
        for branch_log in step_log.branches.values():
            self._collect_branch(branch_log, chunks, parameters, values)

    def _collect_branch(
        self,
        branch_log: BranchLog,
        chunks: list[dict[str, Any]],
        parameters: list[dict[str, Any]],
        values: ValuesApart,
    ) -> None:
        body, compressed = self._encode(values.dump_json(branch_log, exclude={"steps", "parameters"}))
        chunks.append(
            {
                "internal_name": branch_log.internal_name,
                "kind": BRANCH,
                "body": body,
                "compressed": compressed,
            }
        )
        parameters.extend(
            encode_parameter_rows(
                branch_log.internal_name, branch_log.parameters, values, self.enable_compression
            )
        )
        for step_log in branch_log.steps.values():
            self._collect_step(step_log, chunks, parameters, values)

    def _write_chunks(
        self,
        run_id: str,
        internal_name: str,
        kind: str,
        chunk_rows: list[dict[str, Any]],
        parameter_rows: list[dict[str, Any]],
        values: ValuesApart,
    ) -> None:
        chunks = self.tables.chunks
        parent = parent_of(internal_name)
        parent_kind = BRANCH if kind == STEP else STEP

        def write(connection: Connection) -> None:
            run_pk = statements.touch_run(connection, self.tables, self._touched, run_id)
            if parent:
                statements.require_chunk(connection, self.tables, run_id, run_pk, parent, parent_kind)
            self._store_values(connection, run_pk, values)  # before the rows that refer to them
            upsert = self._db().dialect.upsert(
                chunks, ["run_pk", "internal_name"], ["kind", "body", "compressed"]
            )
            connection.execute(upsert, [{**row, "run_pk": run_pk} for row in chunk_rows])
            statements.upsert_parameters(connection, self._db().dialect, self.tables, run_pk, parameter_rows)

        self._db().run(write, write=True)

    def _store_values(self, connection: Connection, run_pk: int, values: ValuesApart) -> None:
        store_values(
            connection, self._db().dialect, self.tables.values, run_pk, values, self.enable_compression
        )

    def _change_run_body(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        """Read the run header under a row lock, change it, write it back: one transaction."""
        runs = self.tables.runs

        def read_modify_write(connection: Connection) -> None:
            row = statements.run_row_by_id(connection, self.tables, run_id, for_update=True)
            header = self._header(row)
            change(header)
            body, compressed = self._encode(self._header_body(header))
            connection.execute(
                update(runs)
                .where(runs.c.id == row.id)
                .values(status=header.status, body=body, body_compressed=compressed, updated_at=utc_now())
            )

        self._db().run(read_modify_write, write=True)

    def _read_subtree(self, run_id: str, internal_name: str) -> StepLog | BranchLog | None:
        """The step or branch with that name and everything nested in it (None if absent)."""
        chunks, parameters = self.tables.chunks, self.tables.parameters
        # Descendants are exactly the names in ["name.", "name/"): '/' follows '.'
        # and keys compare bytewise, so this is an index range, not a scan.
        low, high = internal_name + ".", internal_name + "/"

        def read(connection: Connection) -> StepLog | BranchLog | None:
            run_pk = statements.run_row_by_id(connection, self.tables, run_id).id
            name = chunks.c.internal_name
            chunk_rows = statements.chunk_rows(
                connection, self.tables, [run_pk], or_(name == internal_name, and_(name >= low, name < high))
            )
            scope = parameters.c.scope
            parameter_rows = statements.parameter_rows(
                connection,
                self.tables,
                [run_pk],
                or_(scope == internal_name, and_(scope >= low, scope < high)),
            )
            source = value_source(connection, self.tables.values, run_pk)
            nodes = self._nodes(run_id, chunk_rows, source)
            self._attach(run_id, nodes, parameter_rows, source, run_log=None)
            return nodes.get(internal_name)

        return self._db().run(read, write=False)

    def _header(self, row: Row[Any]) -> RunLog:
        try:
            refuse_unreadable(row, "created_at", "updated_at")
            body = json.loads(decode_body(row.body, row.body_compressed))
            return RunLog.model_validate(
                {
                    **body,
                    "run_id": row.run_id,
                    "dag_hash": row.dag_hash,
                    "tag": row.tag,
                    "status": row.status,
                    "created_at": row.created_at,
                    "updated_at": row.updated_at,
                }
            )
        except (zstandard.ZstdError, ValueError) as exc:
            raise self._corrupted(row.run_id, f"{self.tables.runs.name} row", exc) from exc

    def _assemble_run(
        self,
        connection: Connection,
        run_row: Row[Any],
        chunk_rows: Iterable[Row[Any]],
        parameter_rows: Iterable[Row[Any]],
    ) -> RunLog:
        run_log = self._header(run_row)
        source = value_source(connection, self.tables.values, run_row.id)
        nodes = self._nodes(run_row.run_id, chunk_rows, source)
        self._attach(run_row.run_id, nodes, parameter_rows, source, run_log=run_log)
        return run_log

    def _nodes(
        self, run_id: str, chunk_rows: Iterable[Row[Any]], source: ValueSource
    ) -> dict[str, StepLog | BranchLog]:
        nodes: dict[str, StepLog | BranchLog] = {}
        for row in chunk_rows:
            try:
                raw = decode_body(row.body, row.compressed)
                model = StepLog if row.kind == STEP else BranchLog
                nodes[row.internal_name] = model.model_validate_json(raw, context=source.context)
            except (zstandard.ZstdError, ValueError) as exc:
                where = f"{self.tables.chunks.name} row {row.internal_name!r}"
                raise self._corrupted(run_id, where, exc) from exc
        return nodes

    def _attach(
        self,
        run_id: str,
        nodes: dict[str, StepLog | BranchLog],
        parameter_rows: Iterable[Row[Any]],
        source: ValueSource,
        run_log: RunLog | None,
    ) -> None:
        """Hang steps, branches and parameters under their parents, in the order first recorded."""
        for row in parameter_rows:
            owner = run_log if row.scope == "" else nodes.get(row.scope)
            if isinstance(owner, (RunLog, BranchLog)):
                owner.parameters[row.name] = self._decode_parameter(run_id, row, source)
        for name, node in nodes.items():
            parent = nodes.get(parent_of(name))
            if isinstance(node, StepLog):
                if isinstance(parent, BranchLog):
                    parent.steps[name] = node
                elif run_log is not None and parent_of(name) == "":
                    run_log.steps[name] = node
            elif isinstance(parent, StepLog):
                parent.branches[name] = node

    def _decode_parameter(self, run_id: str, row: Row[Any], source: ValueSource) -> Parameter:
        try:
            return decode_parameter(row, source)
        except (zstandard.ZstdError, ValueError) as exc:
            where = f"{self.tables.parameters.name} row {row.scope!r}/{row.name!r}"
            raise self._corrupted(run_id, where, exc) from exc

    def _corrupted(self, run_id: str, where: str, error: Exception) -> exceptions.CorruptedRunLogError:
        reason = _io.describe_decode_error(error)
        return exceptions.CorruptedRunLogError(run_id, f"{where} of {self.database}", reason)
