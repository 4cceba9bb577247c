"""A large parameter costs its size once per run in the database store (issue 19 item 6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from large_values import (
    assert_about_one_copy,
    assert_value_recorded_everywhere_once_in_memory,
    run_with_big_value,
)
from runnable.models import JsonParameter
from runnable.run_log_store.sql import DatabaseRunLogStore

StoreFactory = Callable[..., DatabaseRunLogStore]


def stored_bytes(url: str, store: DatabaseRunLogStore) -> int:
    """The bytes of every body the store keeps (runs, chunks, parameters, values)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            tables = store.tables
            total = connection.execute(
                sa.select(sa.func.sum(sa.func.length(tables.runs.c.body)))
            ).scalar_one()
            for table in (tables.chunks, tables.parameters, tables.values):
                total += (
                    connection.execute(sa.select(sa.func.sum(sa.func.length(table.c.body)))).scalar() or 0
                )
            return int(total)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "backend",
    [
        "sqlite-file",
        pytest.param("postgresql", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ],
)
@pytest.mark.parametrize("compression", [True, False])
def test_a_large_value_is_stored_once_per_run(
    make_store: StoreFactory, backend_url: str, workdir: Path, compression: bool
) -> None:
    store = make_store(enable_compression=compression)
    configuration = workdir / "config.yaml"
    section = {
        "connection_string": backend_url,
        "table_name": store.table_name,
        "enable_compression": compression,
    }
    configuration.write_text(yaml.safe_dump({"run-log-store": {"type": "database", "config": section}}))
    run_log = run_with_big_value(configuration)
    assert_about_one_copy(stored_bytes(backend_url, store))
    assert_value_recorded_everywhere_once_in_memory(run_log)
    assert_value_recorded_everywhere_once_in_memory(store.get_run_log_by_id(run_log.run_id, full=True))


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_values_go_with_their_run(make_store: StoreFactory, backend_url: str) -> None:
    store = make_store()
    store.create_run_log("r")
    store.set_parameters("r", {"big": JsonParameter(value="b" * 5_000)})
    store.set_parameters("r", {"again": JsonParameter(value="b" * 5_000)})  # the same value: one row

    def values_stored() -> int:
        engine = sa.create_engine(backend_url)
        try:
            with engine.connect() as connection:
                return int(
                    connection.execute(
                        sa.select(sa.func.count()).select_from(store.tables.values)
                    ).scalar_one()
                )
        finally:
            engine.dispose()

    assert values_stored() == 1
    store.purge(older_than=timedelta(0))
    assert values_stored() == 0
