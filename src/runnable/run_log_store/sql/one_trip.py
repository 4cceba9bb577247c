"""A step or branch write in one statement, so one round trip, on PostgreSQL.

Over a network every statement costs a round trip, and a write transaction of the usual kind
costs five (BEGIN, find the run, check the parent, upsert, COMMIT). PostgreSQL runs
data-modifying CTEs in one statement, and in autocommit a lone statement is its own transaction
(as durable when it returns as a committed one), so a write is one statement here:

* ``run``: the run's primary key, and only if every step or branch the write needs exists
  (``required``: the parents of what is written, unless the batch writes them itself); when the
  run's ``updated_at`` is due (``UpdatedAtThrottle``), the same CTE updates it;
* ``chunks`` and ``parameters``: upserts of the rows, each column passed as one array
  (``unnest``), so the statement is the same whatever the number of rows, and built once;
* the answer: the run's key (no row: the run or a parent is missing, nothing was written; the
  store then runs the ordinary transaction, which says which).

Writes that store large values apart (``codec.py``) take the ordinary transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, exists, func, select, true, update
from sqlalchemy.sql.schema import Table

from runnable.models import utc_now
from runnable.run_log_store.sql.rows import EncodedRows
from runnable.run_log_store.sql.schema import Tables

CHUNK_COLUMNS = ("internal_name", "kind", "body", "compressed")
PARAMETER_COLUMNS = ("scope", "name", "kind", "value_key", "body", "compressed", "value_ref")


def write(
    connection: Connection,
    tables: Tables,
    run_id: str,
    encoded: EncodedRows,
    required: Mapping[str, str],
    touch: bool,
) -> int | None:
    """Upsert the rows in one statement; the run's primary key, or None when nothing was written."""
    arguments: dict[str, Any] = {
        "wanted_run_id": run_id,
        "required_names": list(required),
        "required_kinds": list(required.values()),
    }
    if touch:
        arguments["now"] = utc_now()
    chunks = _last_of_each(encoded.chunks, ("internal_name",))
    parameters = _last_of_each(encoded.parameters, ("scope", "name"))
    for column in CHUNK_COLUMNS:
        arguments[f"chunk_{column}"] = [row[column] for row in chunks]
    for column in PARAMETER_COLUMNS:
        arguments[f"parameter_{column}"] = [row[column] for row in parameters]
    found = connection.execute(_statement(tables, touch), arguments).scalar_one_or_none()
    return None if found is None else int(found)


def _last_of_each(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """One row per key, the last written (an upsert may not touch one row twice in a statement)."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        kept[tuple(row[name] for name in key)] = row
    return list(kept.values())


@cache
def _statement(tables: Tables, touch: bool) -> Select[Any]:
    from sqlalchemy.dialects.postgresql import ARRAY, insert

    runs, chunks = tables.runs, tables.chunks
    required = (
        func.unnest(
            bindparam("required_names", type_=ARRAY(chunks.c.internal_name.type)),
            bindparam("required_kinds", type_=ARRAY(chunks.c.kind.type)),
        )
        .table_valued("name", "kind")
        .render_derived()
    )
    parent = chunks.alias("parent")
    a_parent_is_missing = exists(
        select(required.c.name)
        .where(
            ~exists().where(
                parent.c.run_pk == runs.c.id,
                parent.c.internal_name == required.c.name,
                parent.c.kind == required.c.kind,
            )
        )
        .correlate(runs)
    )
    wanted = (runs.c.run_id == bindparam("wanted_run_id"), ~a_parent_is_missing)
    if touch:
        run = update(runs).where(*wanted).values(updated_at=bindparam("now")).returning(runs.c.id).cte("run")
    else:
        run = select(runs.c.id).where(*wanted).cte("run")

    def upsert(table: Table, prefix: str, columns: tuple[str, ...], key: list[str]) -> Any:
        rows = (
            func.unnest(*(bindparam(f"{prefix}_{name}", type_=ARRAY(table.c[name].type)) for name in columns))
            .table_valued(*columns)
            .render_derived()
        )
        source = select(run.c.id, *(rows.c[name] for name in columns)).select_from(run).join(rows, true())
        statement = insert(table).from_select(["run_pk", *columns], source)
        updated = [name for name in columns if name not in key]
        statement = statement.on_conflict_do_update(
            index_elements=["run_pk", *key], set_={name: statement.excluded[name] for name in updated}
        )
        return statement.returning(table.c.id).cte(f"written_{prefix}")

    written_chunks = upsert(chunks, "chunk", CHUNK_COLUMNS, ["internal_name"])
    written_parameters = upsert(tables.parameters, "parameter", PARAMETER_COLUMNS, ["scope", "name"])
    # Referenced, so that SQLAlchemy renders them (PostgreSQL runs a data-modifying CTE regardless).
    return select(
        run.c.id,
        select(func.count()).select_from(written_chunks).scalar_subquery(),
        select(func.count()).select_from(written_parameters).scalar_subquery(),
    )
