"""A throwaway PostgreSQL server for tests and benchmarks.

``throwaway_postgres()`` runs ``initdb`` into a fresh temporary folder, starts
the server with ``pg_ctl`` on a free loopback port (its unix socket inside that
folder, password authentication with a generated password), creates a
database, yields its SQLAlchemy URL, then stops the server and deletes
everything. The binaries are found on ``PATH`` or under
``/usr/lib/postgresql/*/bin`` (``scripts/postgres.sh`` installs them).

PostgreSQL refuses to run as root, so when the tests run as root the server
runs as the ``postgres`` user (or ``nobody``) through ``runuser``.

Nothing here depends on pytest: benchmarks import it too.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from servers.local import free_port, unprivileged_user

DATABASE = "runnable"
USER = "runnable"


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return str(candidates[-1]) if candidates else None


def missing_binaries() -> list[str]:
    return [name for name in ("initdb", "pg_ctl") if find_binary(name) is None]


# How to run pg_ctl on each running throwaway server, by URL: tests that stop a server mid-run use it.
_CONTROLS: dict[str, list[str]] = {}


def pg_ctl_command(url: str, *arguments: str) -> list[str]:
    """The command that runs ``pg_ctl ARGUMENTS`` on the throwaway server at ``url`` (as its user).

    ``pg_ctl_command(url, "-m", "fast", "-w", "stop")`` stops it; ``"-w", "restart"`` starts it again
    with the options it was started with (``pg_ctl`` keeps them in ``postmaster.opts``).
    """
    return [*_CONTROLS[url], *arguments]


@contextmanager
def throwaway_postgres(*, durable: bool = False) -> Iterator[str]:
    """Yield the URL of a fresh database on a new, private PostgreSQL server.

    ``durable=False`` turns fsync off (tests); benchmarks pass True to measure
    what a real server does.
    """
    missing = missing_binaries()
    if missing:
        raise FileNotFoundError(f"PostgreSQL server binaries not found: {', '.join(missing)}")
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    assert initdb is not None and pg_ctl is not None
    user = unprivileged_user("postgres", "nobody")
    base = Path(tempfile.mkdtemp(prefix="runnable-pg-"))
    data, sockets, log = base / "data", base / "sockets", base / "server.log"
    sockets.mkdir()
    password = secrets.token_urlsafe(16)
    password_file = base / "password"
    password_file.write_text(password + "\n")
    if user is not None:
        account = pwd.getpwnam(user)
        for path in (base, sockets, password_file):
            os.chown(path, account.pw_uid, account.pw_gid)

    def run(*command: str) -> None:
        prefix = ["runuser", "-u", user, "--"] if user is not None else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True, timeout=120)

    port = free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    try:
        run(
            initdb,
            "-D",
            str(data),
            "-U",
            USER,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-sync",
        )
        run(pg_ctl, "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")
    except subprocess.CalledProcessError as exc:
        server_log = log.read_text() if log.exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(
            f"could not start PostgreSQL: {exc.cmd} failed:\n{exc.stdout}\n{exc.stderr}\n{server_log}"
        ) from exc
    url = f"postgresql+psycopg://{USER}:{password}@127.0.0.1:{port}/{DATABASE}"
    try:
        import psycopg

        admin = f"host=127.0.0.1 port={port} user={USER} password={password} dbname=postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        prefix = ["runuser", "-u", user, "--"] if user is not None else []
        _CONTROLS[url] = [*prefix, pg_ctl, "-D", str(data), "-l", str(log)]
        yield url
    finally:
        _CONTROLS.pop(url, None)
        run(pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
