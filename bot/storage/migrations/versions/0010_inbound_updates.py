"""inbound updates (issue 11): webhook mode stores each update before answering Telegram

- inbound_updates: one row per update received and not yet handled, its body encrypted;
  claimed by a worker with a lease (several bot processes share it on PostgreSQL).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("chat_key", sa.BigInteger(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("body_enc", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(40), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
    )
    op.create_index(
        "ix_inbound_updates_chat_key_update_id", "inbound_updates", ["chat_key", "update_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_inbound_updates_chat_key_update_id", table_name="inbound_updates")
    op.drop_table("inbound_updates")
