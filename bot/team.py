"""/team for organisation admins: who is connected, when each last acted, what each holds
(issue 14 item 2); /stats for its staff. Channel-neutral like the desk; in the
organisation's interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from bot.desk import Said
from bot.i18n import Tr
from bot.referrals import admins, staff
from bot.referrals.kit import CaseKit
from bot.referrals.routing import org_tr
from bot.reports.build import Picture, stats_picture
from bot.storage import Store
from bot.storage.models import utcnow
from bot.values import Button

STATS_PREFIX = "st:"  # a /stats choice: "st:ALPHA" (TeamDesk.stats_of checks the presser)


@dataclass(frozen=True)
class TeamDesk:
    store: Store
    kit: CaseKit
    clock: Callable[[], dt.datetime] = field(default=utcnow)

    def tr(self, org_id: str) -> Tr:
        return org_tr(self.kit.routing, self.kit.translator, org_id)

    def team(self, chat_id: int, tg_user_id: int) -> list[Said] | None:
        """The team list, for an admin in private or in their organisation's inbox; None for
        anyone else (answered as a stranger, see bot/referrals/admins.py). In private, an
        admin of several organisations gets each one's team, each named."""
        with self.store.sessions() as session:
            if chat_id == tg_user_id:
                memberships = admins.admin_memberships(session, tg_user_id)
            else:
                admin = admins.admin_for(session, tg_user_id, chat_id)
                memberships = [admin] if admin is not None else []
            teams = [(m.org_id, admins.team(session, m.org_id)) for m in memberships]
        if not teams:
            return None
        return [Said(chat_id, self._team_text(org, members)) for org, members in teams]

    def _team_text(self, org: str, members: list[admins.Member]) -> str:
        tr = self.tr(org)
        _ = tr.gettext
        name = self.kit.routing.partner_name(org, "en")
        lines = [_("Team of {org}: {count} active").format(org=name, count=len(members))]
        roles = admins.role_names(_)
        now = self.clock()
        for member in members:
            if member.last_active is None:
                active = _("no action yet")
            else:
                active = _("last active {time} ago").format(
                    time=tr.duration(now - member.last_active)
                )
            holds = tr.ngettext(
                "holds {count} open case", "holds {count} open cases", member.holding
            ).format(count=member.holding)
            role = roles.get(member.role, member.role)
            who = _("Telegram id {id}").format(id=member.tg_user_id)
            if member.name:  # the id stays: first names repeat, ids do not
                who = f"{member.name} ({who})"
            lines.append(f"• {role} · {who} · {active} · {holds}")
        return "\n".join(lines)[:4000]

    def stats(self, chat_id: int, tg_user_id: int) -> Picture | Said | None:
        """/stats: the organisation's 8-week chart (PNG bytes) and three-line summary under
        its name, for its staff, in its inbox group or in private. In private, staff of
        several organisations choose whose (a button each, `STATS_PREFIX`). None for someone
        who is not staff, in private or in a group that is no inbox: the dialogue answers
        them as it answers any command it does not know."""
        with self.store.sessions() as session:
            if chat_id == tg_user_id:
                orgs = staff.orgs_of(session, tg_user_id)
                if len(orgs) > 1:
                    return self._choose(chat_id, orgs)
                org = orgs[0] if orgs else None
                if org is None:
                    return None
            else:
                org = staff.org_of_inbox(session, chat_id)
                if org is None:
                    return None
                if staff.staff_of(session, tg_user_id, org) is None:
                    _ = self.tr(org).gettext
                    return Said(chat_id, _("Only staff can see the numbers of this inbox."))
            return self._picture(session, org)

    def stats_of(self, chat_id: int, tg_user_id: int, data: str) -> Picture | None:
        """A /stats choice pressed in private: that organisation's picture, for its active
        staff only (the button is not signed: the press is checked as /stats is)."""
        org = data.removeprefix(STATS_PREFIX)
        if chat_id != tg_user_id or not data.startswith(STATS_PREFIX):
            return None
        with self.store.sessions() as session:
            if staff.staff_of(session, tg_user_id, org) is None:
                return None
            return self._picture(session, org)

    def _choose(self, chat_id: int, orgs: list[str]) -> Said:
        tr = self.tr(orgs[0])
        _ = tr.gettext
        name = self.kit.routing.partner_name
        buttons = tuple((Button(name(org, tr.language), f"{STATS_PREFIX}{org}"),) for org in orgs)
        return Said(chat_id, _("You work with several organisations. Whose numbers?"), buttons)

    def _picture(self, session: Session, org: str) -> Picture:
        tr = self.tr(org)
        catalog = self.kit.routing.catalog()
        picture = stats_picture(session, catalog, org, self.clock(), tr)
        heading = self.kit.routing.partner_name(org, tr.language)
        return replace(picture, caption=f"{heading}\n{picture.caption}")
