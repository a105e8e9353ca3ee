"""/team for organisation admins: who is connected, when each last acted, what each holds
(issue 14 item 2). Channel-neutral like the desk; in the organisation's interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.desk import Said
from bot.i18n import Tr
from bot.referrals import admins
from bot.referrals.kit import CaseKit
from bot.referrals.routing import org_tr
from bot.storage import Store
from bot.storage.models import utcnow


@dataclass(frozen=True)
class TeamDesk:
    store: Store
    kit: CaseKit
    clock: Callable[[], dt.datetime] = field(default=utcnow)

    def tr(self, org_id: str) -> Tr:
        return org_tr(self.kit.routing, self.kit.translator, org_id)

    def team(self, chat_id: int, tg_user_id: int) -> list[Said] | None:
        """The team list, for an admin in private or in their organisation's inbox; None for
        anyone else (answered as a stranger, see bot/referrals/admins.py)."""
        with self.store.sessions() as session:
            admin = admins.admin_for(session, tg_user_id, chat_id)
            if admin is None:
                return None
            org, members = admin.org_id, admins.team(session, admin.org_id)
        tr = self.tr(org)
        _ = tr.gettext
        name = self.kit.routing.partner_name(org, "en")
        lines = [_("Team of {org}: {count} active").format(org=name, count=len(members))]
        roles = {admins.ADMIN: _("Admin"), "caseworker": _("Caseworker")}
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
            lines.append(f"• {role} · {who} · {active} · {holds}")
        return [Said(chat_id, "\n".join(lines)[:4000])]
