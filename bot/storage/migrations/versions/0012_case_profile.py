"""cases.origin and cases.country: where the person is from and is now, with their case

The caseworker names the right embassy or hotline without asking again. Only what the
person saw in the summary they pressed Send on (bot/dialogue/referral_form.py); the codes of
bot.values ORIGINS and COUNTRIES, never free text. Cases opened before stay NULL, and the
card shows nothing for them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("origin", sa.String(8), nullable=True))
        batch.add_column(sa.Column("country", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("country")
        batch.drop_column("origin")
