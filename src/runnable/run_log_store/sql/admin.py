"""Operations on the database as a whole: purging old runs and checking its health.

What ``runnable runs purge`` and ``runnable doctor`` call through the store (``migrate`` is in
``preparation.py`` with the rest of the schema's life).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, Select, func, inspect, select

from runnable import exceptions
from runnable.run_log_store.sql import revisions
from runnable.run_log_store.sql.removal import delete_run_rows
from runnable.run_log_store.sql.reports import PurgeReport, StoreHealth
from runnable.run_log_store.sql.schema import SCHEMA_VERSION, build_tables
from runnable.run_log_store.sql.transactions import Database

logger = logging.getLogger(__name__)

# How many run ids a purge report names.
PURGE_SAMPLE: Final = 20


def purge(database: Database, prefix: str, cutoff: datetime, dry_run: bool, batch_size: int) -> PurgeReport:
    """Delete the runs created before ``cutoff`` with their rows, at most ``batch_size`` per transaction.

    ``dry_run`` only counts, in one read.
    """
    tables = build_tables(prefix)
    runs, chunks, parameters = tables.runs, tables.chunks, tables.parameters
    old_runs = select(runs.c.id).where(runs.c.created_at < cutoff)
    oldest_first = (
        select(runs.c.id, runs.c.run_id).where(runs.c.created_at < cutoff).order_by(runs.c.created_at)
    )

    if dry_run:

        def count(connection: Connection) -> PurgeReport:
            def rows(statement: Select[Any]) -> int:
                return int(connection.execute(statement).scalar_one())

            return PurgeReport(
                cutoff=cutoff,
                dry_run=True,
                runs=rows(select(func.count()).select_from(old_runs.subquery())),
                chunks=rows(select(func.count()).where(chunks.c.run_pk.in_(old_runs))),
                parameters=rows(select(func.count()).where(parameters.c.run_pk.in_(old_runs))),
                sample=tuple(row.run_id for row in connection.execute(oldest_first.limit(PURGE_SAMPLE))),
            )

        return database.run(count, write=False)

    def delete_batch(connection: Connection) -> tuple[list[str], int, int]:
        batch = connection.execute(oldest_first.limit(batch_size)).all()
        run_pks = [row.id for row in batch]
        if not run_pks:
            return [], 0, 0
        return [row.run_id for row in batch], *delete_run_rows(connection, tables, run_pks)

    purged: list[str] = []
    removed_chunks = removed_parameters = purged_runs = 0
    while True:
        run_ids, chunk_count, parameter_count = database.run(delete_batch, write=True)
        purged_runs += len(run_ids)
        removed_chunks += chunk_count
        removed_parameters += parameter_count
        purged.extend(run_ids[: PURGE_SAMPLE - len(purged)])
        if len(run_ids) < batch_size:
            break
    logger.info("Purged %d runs created before %s from %s", purged_runs, cutoff.isoformat(), database.display)
    return PurgeReport(
        cutoff=cutoff,
        dry_run=False,
        runs=purged_runs,
        chunks=removed_chunks,
        parameters=removed_parameters,
        sample=tuple(purged),
    )


def check(database: Database, prefix: str) -> StoreHealth:
    """Connectivity, schema revision and run counts. Never raises."""
    runs = build_tables(prefix).runs

    def inspect_database(connection: Connection) -> StoreHealth:
        version = connection.dialect.server_version_info or ()
        revision = revisions.current_revision(connection, prefix)
        by_status: dict[str, int] = {}
        if inspect(connection).has_table(runs.name):
            counted = connection.execute(select(runs.c.status, func.count()).group_by(runs.c.status))
            by_status = {status: int(number) for status, number in counted}
        problem = note = ""
        if revision is None:
            note = "no runnable tables yet; they are created on first use"
        elif revision not in revisions.known_revisions():
            problem = f"schema revision {revision} is newer than {SCHEMA_VERSION}: upgrade runnable"
        elif revision != SCHEMA_VERSION:
            problem = (
                f"schema revision {revision} is older than {SCHEMA_VERSION}; run `runnable store migrate`"
            )
        return StoreHealth(
            database=database.display,
            dialect=database.dialect.name,
            reachable=True,
            server_version=".".join(str(part) for part in version),
            schema_revision=revision,
            runs=sum(by_status.values()),
            runs_by_status=by_status,
            problem=problem,
            note=note,
        )

    try:
        # One attempt on the engine as it is: a health check must answer quickly, not wait out
        # the retries, and must not create or migrate what it inspects.
        return database.run(inspect_database, write=False, engine=database.engine(), retry=False)
    except exceptions.RunnableError as exc:
        return StoreHealth(
            database=database.display, dialect=database.dialect.name, reachable=False, problem=str(exc)
        )
