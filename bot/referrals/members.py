"""An organisation's members as its admins see them come and go: told in private when
someone joins with a code (a code forwarded to the wrong person, or leaked, is noticed the
day it is used, not at the next /team), and when a code already used is tried again (the
person it was meant for, finding someone else used it). /remove in Telegram
(bot/team.py) acts on what these say, without waiting for the operator (round 26A).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bot.outbox.keys import member_key
from bot.outbox.queue import enqueue
from bot.referrals import admins, inboxes
from bot.referrals.kit import CaseKit
from bot.storage.models import Invite, Staff, utcnow


def _who(name: str | None, tg_user_id: int, _: Callable[[str], str]) -> str:
    """As /team names a member: their first name and, as first names repeat, the id."""
    telegram_id = _("Telegram id {id}").format(id=tg_user_id)
    name = " ".join((name or "").split())[:64]
    return f"{name} ({telegram_id})" if name else telegram_id


def tell_joined(session: Session, kit: CaseKit, member: Staff) -> None:
    """Every other active admin of the member's organisation, in private, in its staff
    language: who joined, as what, and how to take it back."""
    tr = kit.cards.staff_translator(member.org_id)
    _ = tr.gettext
    role = admins.role_names(_).get(member.role, member.role)
    org = kit.routing.partner_name(member.org_id, tr.language)
    text = _(
        "{who} joined {org} as {role} with a code. If they are not the person you gave the "
        "code to, remove them at once: /remove {id}"
    ).format(who=_who(member.display_name, member.tg_user_id, _), org=org, role=role,
             id=member.tg_user_id)  # fmt: skip
    when = utcnow().strftime("%Y%m%d%H%M%S")
    for chat in inboxes.admins(session, member.org_id):
        if chat != member.tg_user_id:
            key = member_key(member.org_id, "joined", member.tg_user_id, when, chat)
            enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)


def tell_used_again(
    session: Session, kit: CaseKit, invite: Invite, tg_user_id: int, name: str | None
) -> None:
    """A staff code already used, tried by someone else: the organisation's admins are told
    who used it and who tries it now (never the code), so that a code that went to the wrong
    person is found out when the right one tries it."""
    if invite.used_by is None or invite.used_by == tg_user_id:
        return
    tr = kit.cards.staff_translator(invite.org_id)
    _ = tr.gettext
    org = kit.routing.partner_name(invite.org_id, tr.language)
    used = session.query(Staff).filter_by(org_id=invite.org_id, tg_user_id=invite.used_by).first()
    text = _(
        "{who} tried to join {org} with a code that {used} had already used. If the code was "
        "meant for {who}, someone else joined in their place: remove them at once with "
        "/remove {used_id}, and send {who} a new code."
    ).format(
        who=_who(name, tg_user_id, _),
        org=org,
        used=_who(used.display_name if used else None, invite.used_by, _),
        used_id=invite.used_by,
    )
    when = utcnow().strftime("%Y%m%d%H%M%S")
    for chat in inboxes.admins(session, invite.org_id):
        if chat != tg_user_id:
            key = member_key(invite.org_id, "tried", tg_user_id, when, chat)
            enqueue(session, kit.box, idem_key=key, chat_id=chat, text=text)
