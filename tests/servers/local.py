"""What every throwaway server needs from this machine: a free loopback port, an account to run as."""

from __future__ import annotations

import os
import pwd
import socket
import subprocess
from typing import Any


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def unprivileged_user(*candidates: str) -> str | None:
    """The first existing account of ``candidates`` when running as root (servers refuse root), else None."""
    if os.geteuid() != 0:
        return None
    for name in candidates:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError(f"running as root and none of the accounts {', '.join(candidates)} exists")


def stop(process: subprocess.Popen[Any], timeout: float) -> None:
    """Ask a server process to stop; kill it when it has not stopped within ``timeout`` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
