"""question_counts and unanswered_texts: anonymous counts of what people ask, and the
optional words of unanswered questions (encrypted, at most 30 days)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = ["day", "language", "origin", "country", "topic", "asked", "guesses", "confidence"]


def upgrade() -> None:
    op.create_table(
        "question_counts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("asked", sa.String(16), nullable=False),
        sa.Column("guesses", sa.String(200), nullable=False),
        sa.Column("confidence", sa.String(8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.UniqueConstraint(*KEY, name="uq_question_counts_key"),
    )
    op.create_index("ix_question_counts_day", "question_counts", ["day"])
    op.create_table(
        "unanswered_texts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("asked", sa.String(16), nullable=False),
        sa.Column("guesses", sa.String(200), nullable=False),
        sa.Column("text_enc", sa.Text(), nullable=False),
    )
    op.create_index("ix_unanswered_texts_at", "unanswered_texts", ["at"])
    op.create_index("ix_unanswered_texts_owner", "unanswered_texts", ["owner"])


def downgrade() -> None:
    op.drop_table("unanswered_texts")
    op.drop_table("question_counts")
