"""invites.used_by: the Telegram id of who joined with a staff code

`python -m bot admin revoke --code` on a code already used printed "Revoked: 1" while the
caseworker who joined with it stayed (exploratory test 9, finding 6). A used code can no
longer be revoked; the operator is told who joined with it, to remove that member by
`--user`. Codes used before stay without it: the operator is pointed to /team.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.add_column(sa.Column("used_by", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.drop_column("used_by")
