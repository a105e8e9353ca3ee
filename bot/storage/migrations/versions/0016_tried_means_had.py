"""cases.tried_orgs: only the organisations that had the case in their inbox

A case opened while no inbox was connected waited for its first organisation, and that one
was written in `tried_orgs` although it never saw the case. Moved on by the response-time
job, the case could never come back to it: once connected, it was skipped by a decline or
a missed target, and the person was told no organisation could take their case
(exploratory test 8, finding 3). An organisation now counts as tried from when the case
reaches its inbox (bot/referrals/routing.onward). This corrects the cases from before: a
waiting case has had no organisation yet, and a case the job moved on for want of an inbox
("no inbox in time"; only ever from the organisation it was opened to, the first in
`tried_orgs`) never was with that one.

Downgrade gives a waiting case its organisation back in `tried_orgs`, as the code before
reads it; a case moved on keeps the first organisation out of it (the code before then
offers it that one too, which is what it should have done).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# bot.values.NO_INBOX_IN_TIME and CaseStatus.WAITING as they are at this revision (a
# migration keeps its own copy: the bot's may change later).
NO_INBOX_IN_TIME = "no inbox in time"
WAITING = "waiting"

cases = sa.table(
    "cases",
    sa.column("id", sa.Integer()),
    sa.column("org_id", sa.String()),
    sa.column("status", sa.String()),
    sa.column("tried_orgs", sa.String()),
)
events = sa.table(
    "case_events",
    sa.column("case_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("detail", sa.String()),
)


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(cases.update().where(cases.c.status == WAITING).values(tried_orgs=""))
    moved_on = sa.select(events.c.case_id).where(
        events.c.action == "rerouted", events.c.detail.like(NO_INBOX_IN_TIME + "%")
    )
    rows = bind.execute(
        sa.select(cases.c.id, cases.c.tried_orgs).where(cases.c.id.in_(moved_on))
    ).all()
    for case_id, tried in rows:
        rest = ",".join(tried.split(",")[1:]) if tried else ""
        bind.execute(cases.update().where(cases.c.id == case_id).values(tried_orgs=rest))


def downgrade() -> None:
    op.get_bind().execute(
        cases.update()
        .where(cases.c.status == WAITING, cases.c.tried_orgs == "")
        .values(tried_orgs=sa.func.coalesce(cases.c.org_id, ""))
    )
