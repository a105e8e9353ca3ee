"""/team for organisation admins: who is connected, when each last acted, what each holds
(issue 14 item 2); /stats for its staff. Channel-neutral like the desk; in the
organisation's interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.desk import Said
from bot.i18n import Tr
from bot.referrals import admins, revoking, staff
from bot.referrals.kit import CaseKit
from bot.referrals.routing import org_tr
from bot.reports.build import Picture, stats_picture
from bot.storage import Store
from bot.storage.models import Inbox, Staff, utcnow
from bot.values import Button

STATS_PREFIX = "st:"  # a /stats choice: "st:ALPHA" (TeamDesk.stats_of checks the presser)


@dataclass(frozen=True)
class TeamDesk:
    store: Store
    kit: CaseKit
    clock: Callable[[], dt.datetime] = field(default=utcnow)

    def tr(self, org_id: str) -> Tr:
        return org_tr(self.kit.routing, self.kit.translator, org_id)

    def remover(self) -> RemoveDesk:
        """/remove ID and its button, on the same database and kit."""
        return RemoveDesk(self.store, self.kit)

    def team(self, chat_id: int, tg_user_id: int) -> list[Said] | None:
        """The team list, for an admin in private or in their organisation's inbox; None for
        anyone else (answered as a stranger, see bot/referrals/admins.py). In private, an
        admin of several organisations gets each one's team, each named."""
        with self.store.sessions() as session:
            memberships = _admin_of(session, chat_id, tg_user_id)
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


def _admin_of(session: Session, chat_id: int, tg_user_id: int) -> list[Staff]:
    """The presser's admin memberships: every one in private, in a group its inbox's."""
    if chat_id == tg_user_id:
        return list(admins.admin_memberships(session, tg_user_id))
    admin = admins.admin_for(session, tg_user_id, chat_id)
    return [admin] if admin is not None else []


REMOVE_PREFIX = "oa:rm:"  # "/remove ID" confirmed: "oa:rm:<member's staff id>:<signature>"


@dataclass(frozen=True)
class Removal:
    """What the Remove button said, and the inbox group to take the member out of (the
    channel does it when the bot may: revoking.tell_to_remove says so)."""

    said: list[Said]
    inbox_chat: int | None = None
    member: int | None = None  # their Telegram id


@dataclass(frozen=True)
class RemoveDesk:
    """/remove ID for organisation admins (round 26A): a lost or stolen phone, a code used by
    the wrong person, a colleague who left. Before, only the operator's command line could
    take a member's access away, and an admin at night had no way to. Asked, then confirmed
    with a signed button; the removal is the operator's (revoking.revoke_member: held cases
    back to the inbox, the member, the inbox and the admins told) and recorded as the
    admin's action."""

    store: Store
    kit: CaseKit

    def ask(self, chat_id: int, tg_user_id: int, args: str) -> list[Said] | None:
        """None for anyone who is no admin here (answered as a stranger)."""
        with self.store.sessions() as session:
            memberships = _admin_of(session, chat_id, tg_user_id)
            if not memberships:
                return None
            _ = org_tr(self.kit.routing, self.kit.translator, memberships[0].org_id).gettext
            typed = args.strip().removeprefix("@")
            if not (typed.isascii() and typed.isdigit() and len(typed) <= 18):
                return [Said(chat_id, _(
                    "Send /remove and the member's Telegram id, as /team shows it: "
                    "/remove 123456789"))]  # fmt: skip
            target = int(typed)
            if target == tg_user_id:
                text = _("You cannot remove yourself. Another admin of your organisation can.")
                return [Said(chat_id, text)]
            orgs = [m.org_id for m in memberships]
            found = session.scalars(
                select(Staff).where(
                    Staff.tg_user_id == target, Staff.org_id.in_(orgs), Staff.active.is_(True)
                )
            ).all()
            if not found:
                text = _(
                    "Telegram id {id} is not a member of your organisation. /team shows who is."
                )
                return [Said(chat_id, text.format(id=target))]
            said = []
            for member in found:
                tr = org_tr(self.kit.routing, self.kit.translator, member.org_id)
                _ = tr.gettext
                org = self.kit.routing.partner_name(member.org_id, tr.language)
                who = _("Telegram id {id}").format(id=target)
                if member.display_name:
                    who = f"{member.display_name} ({who})"
                text = _(
                    "Remove {who} from {org}? From that moment they cannot see or act on any "
                    "case, and the cases they hold go back to the inbox."
                ).format(who=who, org=org)
                button = self.button(_("Remove them"), member.id)
                said.append(Said(chat_id, text, ((button,),)))
            return said

    def confirm(self, chat_id: int, tg_user_id: int, data: str) -> Removal:
        staff_id = self.parse(data)
        with self.store.sessions.begin() as session:
            member = session.get(Staff, staff_id) if staff_id is not None else None
            admin = None
            if member is not None:
                admin = next(
                    (m for m in admins.admin_memberships(session, tg_user_id)
                     if m.org_id == member.org_id),
                    None,
                )  # fmt: skip
            if member is None or admin is None or member.tg_user_id == tg_user_id:
                text = self.kit.translator(None).gettext(
                    "Only an admin of the organisation can remove its members."
                )
                return Removal([Said(chat_id, text, alert=True)])
            _ = self.tr(member.org_id).gettext
            if not member.active:
                return Removal([Said(chat_id, _("Already removed: nothing changed."))])
            org_id, target = member.org_id, member.tg_user_id
            revoking.revoke_member(session, org_id, target, self.kit)
            admins.record(session, admin, "member_removed", str(target))
            inbox = session.get(Inbox, org_id)
            chat = inbox.chat_id if inbox is not None else None
        text = _("Done: Telegram id {id} can no longer act on your cases.").format(id=target)
        return Removal([Said(chat_id, text)], chat, target)

    def tr(self, org_id: str) -> Tr:
        return org_tr(self.kit.routing, self.kit.translator, org_id)

    def button(self, label: str, staff_id: int) -> Button:
        data = f"{REMOVE_PREFIX}{staff_id}"
        return Button(label, f"{data}:{self.store.box.sign(data)}")

    def parse(self, data: str) -> int | None:
        body, _sep, signature = data.rpartition(":")
        if not body.startswith(REMOVE_PREFIX) or not self.store.box.verify(body, signature):
            return None
        number = body.removeprefix(REMOVE_PREFIX)
        return int(number) if number.isascii() and number.isdigit() and len(number) <= 18 else None
