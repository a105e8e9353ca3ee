"""send_budget and job_runs: several instances on one PostgreSQL database (issue 11)

- send_budget: the next free slot of Telegram's send limit, shared by every instance.
- job_runs: when each periodic job last ran, so one instance runs it per period.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_budget",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("next_cell", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "job_runs",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("job_runs")
    op.drop_table("send_budget")
