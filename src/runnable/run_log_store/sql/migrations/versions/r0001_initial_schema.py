"""Initial schema: runs, chunks (steps and branches), parameters.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from runnable.run_log_store.sql.migrations import table_prefix
from runnable.run_log_store.sql.schema import BigId, Body, Key, Short, Tag, UtcDateTime

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    prefix = table_prefix()
    op.create_table(
        f"{prefix}_runs",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("run_id", Key, nullable=False),
        sa.Column("dag_hash", Tag, nullable=False),
        sa.Column("tag", Tag, nullable=False),
        sa.Column("status", Short, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.Column("body", Body, nullable=False),
        sa.Column("body_compressed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("run_id", name=f"{prefix}_runs_run_id_key"),
    )
    op.create_index(f"{prefix}_runs_by_created", f"{prefix}_runs", ["created_at", "run_id"])
    op.create_index(f"{prefix}_runs_by_status", f"{prefix}_runs", ["status", "created_at", "run_id"])
    op.create_index(f"{prefix}_runs_by_tag", f"{prefix}_runs", ["tag", "created_at", "run_id"])
    op.create_index(f"{prefix}_runs_by_dag_hash", f"{prefix}_runs", ["dag_hash"])
    op.create_table(
        f"{prefix}_chunks",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "run_pk",
            BigId,
            sa.ForeignKey(f"{prefix}_runs.id", name=f"{prefix}_chunks_run_fk"),
            nullable=False,
        ),
        sa.Column("internal_name", Key, nullable=False),
        sa.Column("kind", Short, nullable=False),
        sa.Column("body", Body, nullable=False),
        sa.Column("compressed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("run_pk", "internal_name", name=f"{prefix}_chunks_key"),
    )
    op.create_table(
        f"{prefix}_parameters",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "run_pk",
            BigId,
            sa.ForeignKey(f"{prefix}_runs.id", name=f"{prefix}_parameters_run_fk"),
            nullable=False,
        ),
        sa.Column("scope", Key, nullable=False),
        sa.Column("name", Key, nullable=False),
        sa.Column("kind", Short, nullable=False),
        sa.Column("value_key", sa.String(32), nullable=False),
        sa.Column("body", Body, nullable=False),
        sa.Column("compressed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("run_pk", "scope", "name", name=f"{prefix}_parameters_key"),
    )
    op.create_index(f"{prefix}_parameters_by_value", f"{prefix}_parameters", ["name", "value_key"])


def downgrade() -> None:
    prefix = table_prefix()
    op.drop_table(f"{prefix}_parameters")
    op.drop_table(f"{prefix}_chunks")
    op.drop_table(f"{prefix}_runs")
