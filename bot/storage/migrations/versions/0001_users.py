"""users and processed updates

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("uid", sa.String(64), primary_key=True),
        sa.Column("language", sa.String(8)),
        sa.Column("encoding", sa.String(8)),
        sa.Column("origin", sa.String(8)),
        sa.Column("country", sa.String(8)),
        sa.Column("profile_asked", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("step", sa.String(32)),
        sa.Column("pending_topic", sa.String(64)),
        sa.Column("misses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("processed_updates")
    op.drop_table("users")
