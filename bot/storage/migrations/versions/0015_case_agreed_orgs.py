"""cases.agreed_orgs: the organisations the person agreed their case may go to

The summary said "This is exactly what will be sent to Alpha Aid" and named no other, yet a
decline or a missed deadline passed the words and the phone number to another organisation
(exploratory test 7, finding 2). The summary now also names the organisations the case may
be passed to, and the case keeps that list: it is moved to none other. Cases opened before
stay empty: their summary named one organisation, so they are passed to none.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(
            sa.Column("agreed_orgs", sa.String(200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("agreed_orgs")
