"""The SQL the store's methods run, each statement written once (listings are in ``listing.py``).

The statements every step write runs are built once per set of tables (building one costs more
than running it); the rest are composed per call. Each function takes the connection of the
transaction it belongs to (``transactions.py``) and raises the ``...NotFoundError`` that fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    Update,
    and_,
    bindparam,
    exists,
    insert,
    or_,
    select,
    update,
)

from runnable import exceptions
from runnable.models import RunLog, parent_of, utc_now
from runnable.run_log_store.base import UpdatedAtThrottle
from runnable.run_log_store.sql.codec import store_values
from runnable.run_log_store.sql.dialects import SqlDialect
from runnable.run_log_store.sql.rows import EncodedRows, header_body
from runnable.run_log_store.sql.schema import BRANCH, STEP, Tables

# Run ids (or branch names) per `IN (...)` list when rows of many runs (or branches) are fetched.
ID_BATCH: Final = 500


class StepStatements(NamedTuple):
    touch_run: Update
    # The same without RETURNING, for MySQL/MariaDB, which cannot return rows from an UPDATE.
    touch_run_only: Update
    run_pk: Select[Any]
    chunk_kind: Select[Any]


@cache
def step_statements(tables: Tables) -> StepStatements:
    """Statements every step write runs, built once: building costs more than running them."""
    runs, chunks = tables.runs, tables.chunks
    return StepStatements(
        touch_run=update(runs)
        .where(runs.c.run_id == bindparam("wanted_run_id"))
        .values(updated_at=bindparam("now"))
        .returning(runs.c.id),
        touch_run_only=update(runs)
        .where(runs.c.run_id == bindparam("wanted_run_id"))
        .values(updated_at=bindparam("now")),
        run_pk=select(runs.c.id).where(runs.c.run_id == bindparam("wanted_run_id")),
        chunk_kind=select(chunks.c.kind).where(
            chunks.c.run_pk == bindparam("run_pk"), chunks.c.internal_name == bindparam("name")
        ),
    )


def touch_run(connection: Connection, tables: Tables, throttle: UpdatedAtThrottle, run_id: str) -> int:
    """Mark the run as updated now (when ``throttle`` says it is due); its primary key.

    RunLogNotFoundError if there is no such run.
    """
    statements = step_statements(tables)
    if throttle.due(run_id):
        arguments = {"wanted_run_id": run_id, "now": utc_now()}
        if connection.dialect.update_returning:
            run_pk = connection.execute(statements.touch_run, arguments).scalar_one_or_none()
        else:
            # The UPDATE has locked the run's row: the SELECT sees the same run.
            connection.execute(statements.touch_run_only, arguments)
            run_pk = connection.execute(statements.run_pk, {"wanted_run_id": run_id}).scalar_one_or_none()
        if run_pk is not None:
            throttle.touched(run_id)
    else:
        # A read takes no lock on the run's row: PostgreSQL writers of one run do not queue.
        run_pk = connection.execute(statements.run_pk, {"wanted_run_id": run_id}).scalar_one_or_none()
    if run_pk is None:
        raise exceptions.RunLogNotFoundError(run_id)
    return int(run_pk)


def require_chunk(
    connection: Connection, tables: Tables, run_id: str, run_pk: int, internal_name: str, kind: str
) -> None:
    """StepLogNotFoundError or BranchLogNotFoundError unless the run has that step or branch."""
    statement = step_statements(tables).chunk_kind
    found = connection.execute(statement, {"run_pk": run_pk, "name": internal_name}).scalar_one_or_none()
    if found != kind:
        if kind == BRANCH:
            raise exceptions.BranchLogNotFoundError(run_id, internal_name)
        raise exceptions.StepLogNotFoundError(run_id, internal_name)


def insert_run(connection: Connection, tables: Tables, row: dict[str, Any]) -> None:
    connection.execute(insert(tables.runs).values(**row))


def rewrite_header(
    connection: Connection, tables: Tables, run_pk: int, header: RunLog, compress: bool
) -> None:
    """Store a changed run header (status, config, job) in the run's ``runs`` row."""
    runs = tables.runs
    body, compressed = header_body(header, compress)
    connection.execute(
        update(runs)
        .where(runs.c.id == run_pk)
        .values(status=header.status, body=body, body_compressed=compressed, updated_at=utc_now())
    )


def set_status(connection: Connection, tables: Tables, run_id: str, status: str) -> None:
    runs = tables.runs
    changed = connection.execute(
        update(runs).where(runs.c.run_id == run_id).values(status=status, updated_at=utc_now())
    )
    if changed.rowcount == 0:
        raise exceptions.RunLogNotFoundError(run_id)


def upsert_rows(
    connection: Connection, dialect: SqlDialect, tables: Tables, run_pk: int, encoded: EncodedRows
) -> None:
    """Insert or replace steps, branches and parameters of a run, keeping its other rows."""
    # Values first: the rows refer to them.
    store_values(connection, dialect, tables.values, run_pk, encoded.values, encoded.compress)
    _upsert_chunks(connection, dialect, tables, run_pk, encoded.chunks)
    _upsert_parameters(connection, dialect, tables, run_pk, encoded.parameters)


def branches_present(connection: Connection, tables: Tables, run_pk: int, names: Sequence[str]) -> list[str]:
    """Which of these names are branches of the run."""
    chunks = tables.chunks
    statement = select(chunks.c.internal_name).where(
        chunks.c.run_pk == run_pk, chunks.c.kind == BRANCH, chunks.c.internal_name.in_(names)
    )
    return list(connection.scalars(statement))


def _upsert_chunks(
    connection: Connection, dialect: SqlDialect, tables: Tables, run_pk: int, rows: list[dict[str, Any]]
) -> None:
    if not rows:
        return
    upsert = dialect.upsert(tables.chunks, ["run_pk", "internal_name"], ["kind", "body", "compressed"])
    connection.execute(upsert, [{**row, "run_pk": run_pk} for row in rows])


def _upsert_parameters(
    connection: Connection, dialect: SqlDialect, tables: Tables, run_pk: int, rows: list[dict[str, Any]]
) -> None:
    if not rows:
        return
    upsert = dialect.upsert(
        tables.parameters,
        ["run_pk", "scope", "name"],
        ["kind", "value_key", "body", "compressed", "value_ref"],
    )
    connection.execute(upsert, [{**row, "run_pk": run_pk} for row in rows])


def run_row_by_id(connection: Connection, tables: Tables, run_id: str, for_update: bool = False) -> Row[Any]:
    """The run's row (locked until the transaction ends if ``for_update``); RunLogNotFoundError."""
    runs = tables.runs
    statement = select(runs).where(runs.c.run_id == run_id)
    row = connection.execute(statement.with_for_update() if for_update else statement).one_or_none()
    if row is None:
        raise exceptions.RunLogNotFoundError(run_id)
    return row


def chunk_rows(
    connection: Connection, tables: Tables, run_pks: Sequence[int], where: ColumnElement[bool] | None = None
) -> list[Row[Any]]:
    """The step and branch rows of these runs, in the order first recorded."""
    chunks = tables.chunks
    return _rows_of_runs(connection, select(chunks), chunks.c.run_pk, run_pks, where, chunks.c.id)


def parameter_rows(
    connection: Connection, tables: Tables, run_pks: Sequence[int], where: ColumnElement[bool] | None = None
) -> list[Row[Any]]:
    """The parameter rows of these runs, in the order first recorded."""
    parameters = tables.parameters
    return _rows_of_runs(connection, select(parameters), parameters.c.run_pk, run_pks, where, parameters.c.id)


def subtree_rows(
    connection: Connection, tables: Tables, run_pk: int, internal_name: str
) -> tuple[list[Row[Any]], list[Row[Any]]]:
    """The chunk and parameter rows of a step or branch and of everything nested in it."""
    # Descendants are exactly the names in ["name.", "name/"): '/' follows '.'
    # and keys compare bytewise, so this is an index range, not a scan.
    low, high = internal_name + ".", internal_name + "/"
    name, scope = tables.chunks.c.internal_name, tables.parameters.c.scope
    in_subtree = or_(name == internal_name, and_(name >= low, name < high))
    in_scope = or_(scope == internal_name, and_(scope >= low, scope < high))
    chunks = chunk_rows(connection, tables, [run_pk], in_subtree)
    return chunks, parameter_rows(connection, tables, [run_pk], in_scope)


def run_ids_newest_first(connection: Connection, tables: Tables) -> list[str]:
    runs = tables.runs
    return list(
        connection.scalars(select(runs.c.run_id).order_by(runs.c.created_at.desc(), runs.c.run_id.desc()))
    )


def _rows_of_runs(
    connection: Connection,
    statement: Select[Any],
    run_pk: Any,
    run_pks: Sequence[int],
    where: ColumnElement[bool] | None,
    order: Any,
) -> list[Row[Any]]:
    if where is not None:
        statement = statement.where(where)
    rows: list[Row[Any]] = []
    for start in range(0, len(run_pks), ID_BATCH):
        batch = run_pks[start : start + ID_BATCH]
        rows.extend(connection.execute(statement.where(run_pk.in_(batch)).order_by(order)))
    return rows


def by_run(rows: Iterable[Row[Any]]) -> dict[int, list[Row[Any]]]:
    """Rows grouped by the primary key of their run."""
    grouped: dict[int, list[Row[Any]]] = {}
    for row in rows:
        grouped.setdefault(row.run_pk, []).append(row)
    return grouped


# --------------------------------------------------------------------------- writes that find their run


def upsert_into_run(
    connection: Connection,
    dialect: SqlDialect,
    tables: Tables,
    throttle: UpdatedAtThrottle,
    run_id: str,
    encoded: EncodedRows,
) -> bool:
    """Upsert the rows, each finding the run and checking its parent in its own INSERT ... SELECT.

    Two statements fewer per write than finding the run and each parent first. Rows go in their
    order (chunks, then parameters), so a parent written earlier in the same call is found.
    False when a row found no run or no parent: the caller rolls back and asks which is missing.
    """
    touching = throttle.due(run_id)
    if touching:
        statement = step_statements(tables).touch_run_only
        if connection.execute(statement, {"wanted_run_id": run_id, "now": utc_now()}).rowcount == 0:
            return False
    chunk_statement, parameter_statement = _found_row_upserts(dialect, tables)
    for statement, rows in (
        (chunk_statement, [{**row, **_chunk_parent(row)} for row in encoded.chunks]),
        (parameter_statement, [{**row, **_scope_parent(row)} for row in encoded.parameters]),
    ):
        if rows:
            written = connection.execute(statement, [{**row, "wanted_run_id": run_id} for row in rows])
            if written.rowcount != len(rows):
                return False
    if touching:
        throttle.touched(run_id)
    return True


def _chunk_parent(row: dict[str, Any]) -> dict[str, str]:
    parent = parent_of(row["internal_name"])
    return {"parent_name": parent, "parent_kind": STEP if row["kind"] == BRANCH else BRANCH}


def _scope_parent(row: dict[str, Any]) -> dict[str, str]:
    return {"parent_name": row["scope"], "parent_kind": BRANCH}


@cache
def _found_row_upserts(dialect: SqlDialect, tables: Tables) -> tuple[Any, Any]:
    runs, chunks = tables.runs, tables.chunks
    parent = chunks.alias("parent")
    parent_name: Any = bindparam("parent_name", type_=chunks.c.internal_name.type)
    found = and_(
        runs.c.run_id == bindparam("wanted_run_id"),
        or_(
            parent_name == "",
            exists().where(
                parent.c.run_pk == runs.c.id,
                parent.c.internal_name == parent_name,
                parent.c.kind == bindparam("parent_kind", type_=chunks.c.kind.type),
            ),
        ),
    )

    def upsert(table: Any, columns: list[str], key: list[str]) -> Any:
        source = select(runs.c.id, *(bindparam(name, type_=table.c[name].type) for name in columns)).where(
            found
        )
        statement = dialect.insert(table).from_select(["run_pk", *columns], source)
        return statement.on_conflict_do_update(
            index_elements=["run_pk", *key],
            set_={name: statement.excluded[name] for name in columns if name not in key},
        )

    return (
        upsert(chunks, ["internal_name", "kind", "body", "compressed"], ["internal_name"]),
        upsert(
            tables.parameters,
            ["scope", "name", "kind", "value_key", "body", "compressed", "value_ref"],
            ["scope", "name"],
        ),
    )
