"""staff.unreachable_at and inboxes.unreachable_at: who the bot can no longer write to

A caseworker who blocked the bot missed the person's messages, and nobody knew for three
days; an inbox group the bot was removed from got nothing, and its organisation's cases
waited for nobody (exploratory test 9, findings 2 and 3). Now each keeps since when the bot
cannot reach it: colleagues and admins are told, and an unreachable inbox counts as no
inbox (bot/referrals/reach.py, bot/referrals/inboxes.py). Rows before stay NULL: reachable,
as far as anyone knew.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("staff", "inboxes"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("unreachable_at", sa.DateTime(timezone=True), nullable=True)
            )


def downgrade() -> None:
    for table in ("staff", "inboxes"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("unreachable_at")
