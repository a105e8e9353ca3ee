"""relayed_messages: ids of the messages that went to a case

An edit of any message within 10 minutes of one to a caseworker was told "the caseworker
keeps your message", a question answered after No included; a caseworker who also uses the
bot as a migrant got the staff note for every edit (user testing, 2026-12-05). The bot now
keeps the ids (never the texts) of a person's messages relayed to a case and of a
caseworker's texts for one, erased with the case's words. Nothing before is known: an edit
of an older message is answered as a question.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relayed_messages",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("staff", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("chat_id", "message_id"),
    )
    op.create_index("ix_relayed_messages_case_id", "relayed_messages", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_relayed_messages_case_id", table_name="relayed_messages")
    op.drop_table("relayed_messages")
