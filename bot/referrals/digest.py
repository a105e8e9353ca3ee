"""The response-time job's reminders: one message per chat per run, urgent cases first.

One post per case (exploratory test 7, finding 9) turned an inbox with 143 cases past their
target into 143 near-identical posts, its urgent ones somewhere among them and the last one
sent minutes later (a group takes about 20 messages a minute). A list says the same in one
post: urgent cases first, then the longest waiting, cut at DIGEST_LINES with the rest
counted. It names references, the holder's name and how long: never the person's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.outbox.keys import digest_key
from bot.outbox.queue import PRIORITY_NOW, PRIORITY_URGENT, enqueue
from bot.referrals.cards import action_labels, age
from bot.referrals.kit import CaseKit
from bot.storage.models import Case, Staff
from bot.values import CASE_COMMAND

DIGEST_LINES = 20  # cases listed in one reminder; the rest are counted

# What an entry reminds of: a new case no one accepted in time, or an accepted case whose
# person has waited too long for a caseworker's word.
ACCEPT = "accept"
ANSWER = "answer"


@dataclass(frozen=True)
class Entry:
    case: Case
    kind: str  # ACCEPT or ANSWER
    since: dt.datetime  # since when the person has waited for it
    event_id: int  # the "reminded" event the run recorded for the case


@dataclass
class Digests:
    """The entries of one run, per chat and organisation (the language of the list)."""

    now: dt.datetime
    chats: dict[tuple[int, str], list[Entry]] = field(default_factory=dict)
    admins: set[tuple[int, str]] = field(default_factory=set)  # admins' chats, in private

    def add(self, chat_id: int, entry: Entry, admin: bool = False) -> None:
        key = (chat_id, entry.case.org_id or "")
        self.chats.setdefault(key, []).append(entry)
        if admin:
            self.admins.add(key)

    def enqueue(self, session: Session, kit: CaseKit) -> None:
        """One message per chat, in this transaction. A list with an urgent case is sent
        before anything else waiting (the outbox's urgent lane), the others in their turn."""
        for (chat_id, org_id), entries in self.chats.items():
            admin = (chat_id, org_id) in self.admins
            text = self.render(session, kit, org_id, entries, inbox=chat_id < 0, admin=admin)
            urgent = any(entry.case.urgent for entry in entries)
            enqueue(
                session, kit.box, text=text, chat_id=chat_id,
                idem_key=digest_key(chat_id, min(entry.event_id for entry in entries)),
                priority=PRIORITY_URGENT if urgent else PRIORITY_NOW,
            )  # fmt: skip

    def render(
        self,
        session: Session,
        kit: CaseKit,
        org_id: str,
        entries: list[Entry],
        inbox: bool,
        admin: bool = False,
    ) -> str:
        tr = kit.cards.staff_translator(org_id)
        _ = tr.gettext
        ordered = sorted(entries, key=lambda entry: (not entry.case.urgent, entry.since))
        head = _("Reminder, past the response target:")
        if not inbox:  # one may be staff of two organisations: whose cases these are
            org = kit.routing.partner_name(org_id, tr.language)
            head = _("Reminder for {org}, past the response target:").format(org=org)
        lines = [("🔴 " if ordered[0].case.urgent else "") + head]
        lines += [self.line(session, kit, entry, _) for entry in ordered[:DIGEST_LINES]]
        if len(ordered) > DIGEST_LINES:
            lines.append(_("… and {n} more.").format(n=len(ordered) - DIGEST_LINES))
        answers = [entry.case for entry in ordered if entry.kind == ANSWER]
        if answers and (inbox or admin):
            away = _("If the one holding a case is away, an admin can hand it over or release it.")
            lines.append(away)
        if any(case.contact_method != "bot" for case in answers):
            reached = _(
                'Reached the person by phone or on Telegram? Press "{button}" on the case '
                "and write what you said: the reminders stop."
            )
            lines.append(reached.format(button=action_labels(_)["rch"]))
        return "\n".join(lines)

    def line(self, session: Session, kit: CaseKit, entry: Entry, _: Callable[[str], str]) -> str:
        case, tr = entry.case, kit.cards.staff_translator(entry.case.org_id)
        waited = age(self.now - entry.since, tr)
        flag = "🔴 " if case.urgent else ""
        if entry.kind == ACCEPT:
            text = _("{ref}: not accepted, waiting {age}")
            return flag + text.format(ref=f"/{CASE_COMMAND}{case.ref}", age=waited)
        name = kit.cards.staff_name(session, case.assigned_staff_id, _)
        text = _("{ref}: held by {name}, no answer to the person for {age}")
        holder = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
        if holder is not None and holder.unreachable_at is not None:  # blocked the bot
            text = _(
                "{ref}: held by {name}, who cannot be reached by the bot; no answer to the "
                "person for {age}"
            )
        elif case.unreachable_at is not None:  # the person blocked the bot (unreachable.py)
            # Only who wrote, or the holder, was told; the inbox read "no answer" as neglect.
            text = _(
                "{ref}: held by {name}; the person blocked the bot, so replies wait. No word to "
                "them for {age}"
            )
        # "/case_9QY52Z": one tap shows the case with its buttons (round 14D: a phone had to
        # find it first to press "Reached them" or hand it over).
        return flag + text.format(ref=f"/{CASE_COMMAND}{case.ref}", name=name, age=waited)
