"""Index runs by tag and status together: the listing `runnable runs` shows most.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from runnable.run_log_store.sql.migrations import table_prefix

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    prefix = table_prefix()
    op.create_index(
        f"{prefix}_runs_by_tag_status", f"{prefix}_runs", ["tag", "status", "created_at", "run_id"]
    )


def downgrade() -> None:
    prefix = table_prefix()
    op.drop_index(f"{prefix}_runs_by_tag_status", table_name=f"{prefix}_runs")
