"""runnable 0.50.0 from PyPI in an isolated virtualenv, and the commands that run its scenarios there.

It shares our import name, so it never goes into our virtualenv: the runner
creates ``.benchmarks/venv-runnable-0.50`` with this Python and installs
``runnable==0.50.0`` into it once (about 15 s); later runs reuse it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

VERSION = "0.50.0"
SCENARIO = Path(__file__).resolve().parent / "scenario.py"
# runnable 0.50's stores, by the names its configuration uses.
STORES = ("file-system", "chunked-fs")
INSTALL_TIMEOUT_SECONDS = 600


def virtualenv_folder(cache: Path) -> Path:
    return cache / "venv-runnable-0.50"


def installed_version(python: Path) -> str:
    if not python.exists():
        return ""
    probe = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('runnable'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return probe.stdout.strip() if probe.returncode == 0 else ""


def ensure_virtualenv(cache: Path) -> Path | str:
    """The interpreter of runnable 0.50's virtualenv, creating it when needed; or why it cannot be had."""
    folder = virtualenv_folder(cache)
    python = folder / "bin" / "python"
    if installed_version(python) == VERSION:
        return python
    print(f"Installing runnable=={VERSION} into {folder} (once) ...", flush=True)
    steps = (
        [sys.executable, "-m", "venv", "--clear", str(folder)],
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"runnable=={VERSION}",
        ],
    )
    for step in steps:
        try:
            subprocess.run(step, capture_output=True, text=True, check=True, timeout=INSTALL_TIMEOUT_SECONDS)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            output = (getattr(exc, "stderr", "") or "").strip().splitlines()
            return f"could not install runnable=={VERSION}: {output[-1] if output else exc}"
    version = installed_version(python)
    return python if version == VERSION else f"the virtualenv has runnable {version or 'missing'}"


def scenario_command(python: Path, scenario: str, store: str, size: int, parallel: bool) -> list[str]:
    """The child command for one timed run (see scenario.py)."""
    spec = {"scenario": scenario, "store": store, "size": size, "parallel": parallel}
    return [str(python), str(SCENARIO), json.dumps(spec)]


def import_command(python: Path) -> list[str]:
    return [str(python), "-c", "import runnable"]
