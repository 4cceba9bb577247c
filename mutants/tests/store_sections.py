"""The run-log-store section of a test configuration, by store name."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def store_section(store: str, root: Path) -> dict[str, Any]:
    """The run-log-store section for ``store``, data under ``root``; "sqlite" is the database on a file."""
    if store == "buffered":
        return {"type": "buffered"}
    if store in ("database", "sqlite"):
        return {"type": "database", "config": {"connection_string": f"sqlite:///{root / 'runs.db'}"}}
    return {"type": store, "config": {"log_folder": str(root / "run-logs")}}
