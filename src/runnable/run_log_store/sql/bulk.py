"""Writing many whole runs at once (copies and imports): a few statements per batch, not per run.

``put_run_logs`` replaces whole runs. Run by run that is an upsert, three deletes and three
inserts, each a round trip to the server: on PostgreSQL the round trips, not the work, set the
pace (three quarters of a SQLite -> PostgreSQL copy's time, benchmarks/README.md). Here the
batch's run rows are upserted in one ``executemany``, the rows the runs held before are deleted
with one statement per table, and the new chunk, parameter and value rows are inserted with one
``executemany`` per table, all in the caller's transaction: the batch is stored whole or not at
all, as before.

The run rows are upserted first, so each run's row is locked (PostgreSQL) before its old rows
go: a step writer of the same run waits for the batch instead of slipping a step in between.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import Connection, delete, insert, select

from runnable.run_log_store.sql.codec import encode_body
from runnable.run_log_store.sql.dialects import SqlDialect
from runnable.run_log_store.sql.schema import Tables

# Run ids per `IN (...)` list: far below every driver's limit on bound parameters.
IDS_PER_STATEMENT: Final = 500


@dataclass
class RunRows:
    """One run as rows, ``run_pk`` not yet known: what ``put_run_logs`` encodes before writing."""

    run: dict[str, Any]
    chunks: list[dict[str, Any]] = field(default_factory=list)
    parameters: list[dict[str, Any]] = field(default_factory=list)
    # Large values by digest, their JSON not yet compressed (see codec.store_values).
    values: dict[str, bytes] = field(default_factory=dict)


def replace_runs(
    connection: Connection, dialect: SqlDialect, tables: Tables, batch: Sequence[RunRows], compress: bool
) -> None:
    """Store every run of ``batch`` whole, replacing what was stored under its run id."""
    if not batch:
        return
    runs = tables.runs
    # One row per run id: the last one given wins, as with one put_run_log after another.
    latest = {rows.run["run_id"]: rows for rows in batch}
    run_ids = list(latest)
    run_rows = [rows.run for rows in latest.values()]
    upsert = dialect.upsert(runs, ["run_id"], [name for name in run_rows[0] if name != "run_id"])
    connection.execute(upsert, run_rows)
    run_pks: dict[str, int] = {}
    for some in _slices(run_ids):
        found = connection.execute(select(runs.c.run_id, runs.c.id).where(runs.c.run_id.in_(some)))
        run_pks.update({run_id: int(run_pk) for run_id, run_pk in found})
    pks = list(run_pks.values())
    # Children first: the foreign keys point at the runs table.
    for table in (tables.chunks, tables.parameters, tables.values):
        for some_pks in _slices(pks):
            connection.execute(delete(table).where(table.c.run_pk.in_(some_pks)))
    value_rows: list[dict[str, Any]] = []
    chunk_rows: list[dict[str, Any]] = []
    parameter_rows: list[dict[str, Any]] = []
    for run_id, rows in latest.items():
        run_pk = run_pks[run_id]
        for digest, data in rows.values.items():
            body, compressed = encode_body(data, compress)
            value_rows.append({"run_pk": run_pk, "digest": digest, "body": body, "compressed": compressed})
        chunk_rows.extend({**row, "run_pk": run_pk} for row in rows.chunks)
        parameter_rows.extend({**row, "run_pk": run_pk} for row in rows.parameters)
    # Values before the rows that refer to them.
    for table, rows_of_table in (
        (tables.values, value_rows),
        (tables.chunks, chunk_rows),
        (tables.parameters, parameter_rows),
    ):
        if rows_of_table:
            connection.execute(insert(table), rows_of_table)


def _slices(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), IDS_PER_STATEMENT):
        yield items[start : start + IDS_PER_STATEMENT]
