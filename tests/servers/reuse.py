"""Servers started once, outside pytest, and shared by many test sessions (mutation testing).

``make mutate`` runs the tests again for every mutant, each time in a new pytest session of a forked
process: with the session fixtures of tests/conftest.py, every mutant of the SQL or S3 stores would
start its own PostgreSQL, MariaDB or S3 server. Instead, start them once::

    PYTHONPATH=tests .venv/bin/python -m servers.reuse postgres mariadb s3

which prints one ``export NAME=value`` line per server and keeps them running until interrupted.
With those variables set, the session fixtures reuse the servers, and each session still starts
empty: a new database on PostgreSQL and MariaDB (``fresh_database``), buckets with random names on
S3 (tests/s3/conftest.py). Names are drawn when used, never at import: the forked sessions of a
mutation run share the modules their parent imported.
"""

from __future__ import annotations

import os
import secrets
import signal
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress

POSTGRES_URL = "RUNNABLE_TEST_POSTGRES_URL"
MARIADB_URL = "RUNNABLE_TEST_MARIADB_URL"
S3_ENDPOINT = "RUNNABLE_TEST_S3_ENDPOINT"


def reused(variable: str) -> str | None:
    """The value of ``variable`` when the server it names is shared (set and not empty), else None."""
    return os.environ.get(variable) or None


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the server ``server_url`` points to (dropped afterwards)."""
    import sqlalchemy

    url = sqlalchemy.make_url(server_url)
    name = f"session_{secrets.token_hex(6)}"
    admin = sqlalchemy.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
        yield url.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            # The stores' own pools may still hold connections to it: PostgreSQL closes them (FORCE).
            force = " WITH (FORCE)" if url.get_backend_name() == "postgresql" else ""
            connection.exec_driver_sql(f"DROP DATABASE {name}{force}")
    finally:
        admin.dispose()


def _hold(names: list[str]) -> None:
    from servers import mariadb
    from servers.postgres import throwaway_postgres
    from servers.s3 import running_s3_server

    with ExitStack() as servers:
        for name in names:
            if name == "postgres":
                print(f"export {POSTGRES_URL}='{servers.enter_context(throwaway_postgres())}'")
            elif name == "mariadb":
                print(f"export {MARIADB_URL}='{servers.enter_context(mariadb.throwaway_mariadb())}'")
            elif name == "s3":
                print(f"export {S3_ENDPOINT}='{servers.enter_context(running_s3_server()).endpoint}'")
            else:
                raise SystemExit(f"unknown server {name!r}: use postgres, mariadb or s3")
        sys.stdout.flush()
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the servers on kill, too
        with suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    _hold(sys.argv[1:] or ["postgres", "mariadb", "s3"])
