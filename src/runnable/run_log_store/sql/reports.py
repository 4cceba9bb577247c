"""What the database store's operations report: a purge, a health check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from runnable.run_log_store.sql.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class PurgeReport:
    """What :meth:`DatabaseRunLogStore.purge` deleted (or, on a dry run, would delete)."""

    cutoff: datetime
    dry_run: bool
    runs: int
    chunks: int
    parameters: int
    # Up to admin.PURGE_SAMPLE of the runs' ids, oldest first: what a person checks before saying yes.
    sample: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreHealth:
    """What :meth:`DatabaseRunLogStore.check` found; ``problem`` says what is wrong, if anything."""

    database: str
    dialect: str
    reachable: bool
    server_version: str = ""
    schema_revision: str | None = None
    expected_revision: str = SCHEMA_VERSION
    runs: int = 0
    runs_by_status: dict[str, int] = field(default_factory=dict)
    problem: str = ""
    # Worth saying but nothing to fix (tables not created yet).
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.reachable and not self.problem
