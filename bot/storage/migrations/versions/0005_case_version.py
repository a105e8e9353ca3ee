"""cases.version: a row-level condition on every change to a case

Every UPDATE of a case carries "WHERE version = <the version read>", so two transactions
that read the same case (an Accept and the response-time re-route) cannot both change it:
the second finds no row and is refused (bot/referrals/staff.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("version")
