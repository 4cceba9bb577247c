"""Large parameter values once per run: a values table, and parameter rows that refer to it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from runnable.run_log_store.sql.migrations import table_prefix
from runnable.run_log_store.sql.schema import BigId, Body

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    prefix = table_prefix()
    op.add_column(f"{prefix}_parameters", sa.Column("value_ref", sa.String(64), nullable=True))
    op.create_table(
        f"{prefix}_values",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "run_pk",
            BigId,
            sa.ForeignKey(f"{prefix}_runs.id", name=f"{prefix}_values_run_fk"),
            nullable=False,
        ),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("body", Body, nullable=False),
        sa.Column("compressed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("run_pk", "digest", name=f"{prefix}_values_key"),
    )


def downgrade() -> None:
    prefix = table_prefix()
    stored = op.get_bind().execute(sa.text(f"SELECT COUNT(*) FROM {prefix}_values")).scalar_one()
    if stored:
        # Steps and parameters refer to these rows; revision 0002 has nowhere to keep them.
        raise RuntimeError(
            f"{prefix}_values holds {stored} large parameter values that runs refer to; "
            "a runnable at schema 0002 could not read those runs. Purge them first."
        )
    op.drop_table(f"{prefix}_values")
    with op.batch_alter_table(f"{prefix}_parameters") as batch:
        batch.drop_column("value_ref")
