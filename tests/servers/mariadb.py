"""A throwaway MariaDB server for tests and benchmarks.

``throwaway_mariadb()`` runs ``mariadb-install-db`` into a fresh temporary folder, starts ``mariadbd``
in the foreground on a free loopback port (its unix socket inside that folder, no system service,
no option files read), creates a database and a user with a generated password, yields the
SQLAlchemy URL (``mysql+pymysql://``), then stops the server and deletes everything. The binaries
are found on ``PATH`` or under ``/usr/sbin`` and ``/usr/bin`` (``scripts/mariadb.sh`` installs them).

``mariadbd`` refuses to run as root unless told to, so when the tests run as root the server
runs as the ``mysql`` account (or ``nobody``), which then owns the folder.

Nothing here depends on pytest: benchmarks import it too.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from servers.local import free_port, stop, unprivileged_user

DATABASE = "runnable"
USER = "runnable"
_SEARCH = ("/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin")


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in _SEARCH:
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def missing_binaries() -> list[str]:
    return [name for name in ("mariadbd", "mariadb-install-db") if find_binary(name) is None]


def _connect_as_root(socket_path: Path) -> Any:
    import pymysql

    return pymysql.connect(unix_socket=str(socket_path), user="root", autocommit=True)


@contextmanager
def throwaway_mariadb(*, durable: bool = False) -> Iterator[str]:
    """Yield the URL of a fresh database on a new, private MariaDB server.

    ``durable=False`` stops InnoDB from flushing its log at every commit (tests); benchmarks pass True
    to measure what a real server does.
    """
    missing = missing_binaries()
    if missing:
        raise FileNotFoundError(f"MariaDB server binaries not found: {', '.join(missing)}")
    mariadbd, install_db = find_binary("mariadbd"), find_binary("mariadb-install-db")
    assert mariadbd is not None and install_db is not None
    user = unprivileged_user("mysql", "nobody")
    base = Path(tempfile.mkdtemp(prefix="runnable-mariadb-"))
    data, socket_path, log = base / "data", base / "mariadb.sock", base / "server.log"
    if user is not None:
        account = pwd.getpwnam(user)
        os.chown(base, account.pw_uid, account.pw_gid)
    as_user = [f"--user={user}"] if user is not None else []
    try:
        subprocess.run(
            [
                install_db,
                "--no-defaults",
                f"--datadir={data}",
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
                *as_user,
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=180,
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(
            f"could not initialise MariaDB: {exc.cmd} failed:\n{exc.stdout}\n{exc.stderr}"
        ) from exc
    port = free_port()
    options = [
        "--no-defaults",
        f"--datadir={data}",
        f"--socket={socket_path}",
        f"--port={port}",
        "--bind-address=127.0.0.1",
        f"--pid-file={base / 'mariadb.pid'}",
        f"--log-error={log}",
        "--skip-name-resolve",
        "--skip-log-bin",
        "--max-connections=200",
        "--innodb-buffer-pool-size=64M",
        "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_bin",
        *as_user,
    ]
    if not durable:
        options += ["--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--sync-binlog=0"]
    process = subprocess.Popen([mariadbd, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        password = secrets.token_urlsafe(16)
        connection = _wait_until_ready(process, socket_path, log)
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            cursor.execute(f"CREATE USER '{USER}'@'127.0.0.1' IDENTIFIED BY %s", (password,))
            # On every database: a server shared by many sessions gives each its own (servers/reuse.py).
            cursor.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{USER}'@'127.0.0.1'")
        connection.close()
        yield f"mysql+pymysql://{USER}:{password}@127.0.0.1:{port}/{DATABASE}?charset=utf8mb4"
    finally:
        stop(process, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _wait_until_ready(
    process: subprocess.Popen[bytes], socket_path: Path, log: Path, timeout: float = 120
) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            output = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"the MariaDB test server exited with {process.returncode}:\n{output}")
        if socket_path.exists():
            try:
                return _connect_as_root(socket_path)
            except Exception:
                pass  # the socket exists a moment before the server accepts logins
        if time.monotonic() > deadline:
            raise RuntimeError(f"the MariaDB test server did not answer on {socket_path}")
        time.sleep(0.1)
