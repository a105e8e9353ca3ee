"""alerts (issue 15): subscriptions, outbox priority, the once-only offer

- alert_subscriptions: one row per subscribed person (corridor and topic groups).
- outbox.priority: broadcasts (1) wait while replies and case messages (0) are due.
- users.answers_seen, users.alerts_offered: alerts are offered once, after a few answers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_subscriptions",
        sa.Column("uid", sa.String(64), primary_key=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("topics", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_alert_subscriptions_chat_id", "alert_subscriptions", ["chat_id"])
    op.create_index(
        "ix_alert_subscriptions_corridor", "alert_subscriptions", ["origin", "country"]
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("answers_seen", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("alerts_offered", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("alerts_offered")
        batch.drop_column("answers_seen")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("priority")
    op.drop_index("ix_alert_subscriptions_corridor", table_name="alert_subscriptions")
    op.drop_index("ix_alert_subscriptions_chat_id", table_name="alert_subscriptions")
    op.drop_table("alert_subscriptions")
