"""Removing runs from the database store: what ``purge`` and ``delete_run_log`` share.

A run's rows live in four tables; they go in one transaction, children first,
so no reader ever sees a run without its steps or a step without its run.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete

from runnable.run_log_store.sql.schema import Tables


def delete_run_rows(connection: Connection, tables: Tables, run_pks: Sequence[int]) -> tuple[int, int]:
    """Delete the runs with these primary keys and their rows; (chunks, parameters) removed."""
    removed_parameters = connection.execute(
        delete(tables.parameters).where(tables.parameters.c.run_pk.in_(run_pks))
    ).rowcount
    connection.execute(delete(tables.values).where(tables.values.c.run_pk.in_(run_pks)))
    removed_chunks = connection.execute(
        delete(tables.chunks).where(tables.chunks.c.run_pk.in_(run_pks))
    ).rowcount
    connection.execute(delete(tables.runs).where(tables.runs.c.id.in_(run_pks)))
    return removed_chunks, removed_parameters
