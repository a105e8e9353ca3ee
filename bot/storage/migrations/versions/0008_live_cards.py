"""live case cards (issue 14): the card's message, to edit it; staff display names

- outbox.slot: rows that are versions of one live message (a case's inbox card).
- live_messages: the message id a slot has in a chat, kept beyond the outbox's purge.
- staff.display_name: what colleagues see on a card ("accepted by ..."), not a Telegram id.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("slot", sa.String(40), nullable=True))
    op.create_table(
        "live_messages",
        sa.Column("slot", sa.String(40), primary_key=True),
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("display_name", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("display_name")
    op.drop_table("live_messages")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("slot")
