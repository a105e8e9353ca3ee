"""outbox claims: which sender holds a row, since when, and permanent failures counted apart

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column('permanent_failures', sa.Integer(), server_default='0', nullable=False)
        )
        # The sender asks "is there an earlier unsent row for this chat?" for every due row.
        batch_op.create_index('ix_outbox_chat_id_id', ['chat_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_chat_id_id')
        batch_op.drop_column('permanent_failures')
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_by')
