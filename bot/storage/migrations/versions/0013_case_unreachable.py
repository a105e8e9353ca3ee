"""cases.unreachable_at: the person blocked the bot or deleted the chat

A caseworker's message that Telegram refused with 403 (blocked) was failed for good and no
one knew (user testing, 2026-12-05). Now the case keeps since when its person could not be
reached: the caseworker is told once, and the messages go when the person comes back
(bot/referrals/unreachable.py). Cases before stay NULL: reachable, as far as anyone knew.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("unreachable_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("unreachable_at")
