"""Shared by the hostile-input tests: a store of every kind, and damaging what a store holds.

Not a conftest (the folder is shared with other helpers' tests): test modules import the fixtures
they use from here.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.chunked import RUN_CHUNK
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from runnable.run_log_store.file_system import FileSystemRunLogStore
from runnable.run_log_store.sql import DatabaseRunLogStore
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server

EVERY_STORE = ["file-system", "chunked-fs", "sqlite", "postgres", "minio", "chunked-minio"]
# Stores that run on local files only: for the cases that go through the CLI and a configuration file.
LOCAL_STORES = ["file-system", "chunked-fs", "sqlite"]

_names = itertools.count()


def build_store(kind: str, root: Path, request: pytest.FixtureRequest) -> BaseRunLogStore:
    """A fresh, empty store of ``kind``; PostgreSQL and S3 come from the session's throwaway servers."""
    if kind == "file-system":
        return FileSystemRunLogStore(log_folder=str(root / "run-logs"))
    if kind == "chunked-fs":
        return ChunkedFileSystemRunLogStore(log_folder=str(root / "run-logs"))
    if kind == "sqlite":
        return DatabaseRunLogStore(connection_string=f"sqlite:///{root / 'runs.db'}")
    if kind == "postgres":
        url = request.getfixturevalue("postgres_url")
        return DatabaseRunLogStore(connection_string=url, table_name=f"hostile{next(_names)}")
    if kind in ("minio", "chunked-minio"):
        from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
        from runnable.run_log_store.s3 import S3RunLogStore

        server: S3Server = request.getfixturevalue("s3_server")
        bucket = f"hostile-{os.getpid()}-{next(_names)}"
        server.client().create_bucket(Bucket=bucket)
        store_class = S3RunLogStore if kind == "minio" else ChunkedS3RunLogStore
        return store_class(
            endpoint_url=server.endpoint,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            bucket=f"{bucket}/runs",
            region_name=REGION,
        )
    raise AssertionError(f"unknown store kind {kind}")


@pytest.fixture(params=EVERY_STORE)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BaseRunLogStore]:
    """Each kind of store in turn (the test is repeated per store)."""
    store = build_store(request.param, tmp_path, request)
    yield store
    store.close()


def store_kind(store: BaseRunLogStore) -> str:
    return str(getattr(store, "service_name", type(store).__name__))


# --------------------------------------------------------------------------- damage

HeaderChange = Callable[[dict[str, Any]], None]


def damage_header(store: BaseRunLogStore, run_id: str, change: HeaderChange) -> None:
    """Change the stored header fields of a run behind the store's back (as a hand edit or bad disk would)."""
    if isinstance(store, DatabaseRunLogStore):
        _damage_row(store, run_id, change)
    elif isinstance(store, FileSystemRunLogStore):
        path = store.path_for(run_id)
        document = json.loads(path.read_bytes())
        change(document)
        path.write_text(json.dumps(document))
    elif isinstance(store, ChunkedFileSystemRunLogStore):
        path = store.chunk_path(run_id, RUN_CHUNK)
        chunk = json.loads(path.read_bytes())
        change(chunk["body"])
        path.write_text(json.dumps(chunk))
    else:
        _damage_object(store, run_id, change)


def _damage_row(store: DatabaseRunLogStore, run_id: str, change: HeaderChange) -> None:
    runs = store.tables.runs
    engine = sa.create_engine(store.connection_string)
    try:
        with engine.begin() as connection:
            row = connection.execute(sa.select(runs).where(runs.c.run_id == run_id)).one()
            fields = {"status": row.status, "created_at": row.created_at, "updated_at": row.updated_at}
            change(fields)
        if store.connection_string.startswith("sqlite"):
            # SQLAlchemy would refuse to write a bad timestamp; the sqlite3 module writes anything.
            database = store.connection_string.removeprefix("sqlite:///")
            with sqlite3.connect(database) as raw:
                for column, value in fields.items():
                    if isinstance(value, str | int):
                        raw.execute(f"UPDATE {runs.name} SET {column} = ? WHERE run_id = ?", (value, run_id))
        else:
            with engine.begin() as connection:
                connection.execute(
                    sa.update(runs).where(runs.c.run_id == run_id).values(status=fields["status"])
                )
    finally:
        engine.dispose()


def _damage_object(store: BaseRunLogStore, run_id: str, change: HeaderChange) -> None:
    from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
    from runnable.run_log_store.s3 import S3RunLogStore

    objects = store.objects()  # type: ignore[attr-defined]
    if isinstance(store, S3RunLogStore):
        key = store.object_key(run_id)
    else:
        assert isinstance(store, ChunkedS3RunLogStore)
        key = store.chunk_key(run_id, RUN_CHUNK)
    stored = objects.client.get_object(Bucket=objects.name, Key=key)
    document = json.loads(stored["Body"].read())
    change(document if isinstance(store, S3RunLogStore) else document["body"])
    # The object's metadata (what a listing reads first) is kept: the body must still be checked.
    objects.client.put_object(
        Bucket=objects.name, Key=key, Body=json.dumps(document).encode(), Metadata=stored.get("Metadata", {})
    )
