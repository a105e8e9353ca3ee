"""What caseworkers and migrants read about a case: the case card, a migrant's message, and
the updates a migrant gets in their own language (and script)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import Catalog
from bot.content.localised import topic_title
from bot.i18n import Tr
from bot.language import to_zawgyi
from bot.referrals.routing import Routing
from bot.referrals.staff_buttons import StaffButtons
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case, CaseMessage, utcnow
from bot.values import Button, Keyboard


@dataclass(frozen=True)
class Cards:
    box: CryptoBox  # opens the case's stored words, only to show them to its organisation
    catalog: Callable[[], Catalog]
    translator: Callable[[str | None], Tr]
    routing: Routing
    buttons: StaffButtons

    def case_card(self, case: Case, why: str) -> tuple[str, Keyboard]:
        """What the inbox group sees: reference, topic, urgency and age. The person's words,
        place and contact go only to the caseworker who opens or holds the case."""
        tr = self.translator("en")  # inboxes read English until partners ask otherwise
        _ = tr.gettext
        heads = {
            "new": _("New case {ref}"),
            "reminder": _("Reminder: case {ref} is waiting to be accepted"),
            "withdrawn": _("Case {ref} was withdrawn by the user."),
        }
        head = heads.get(why, heads["new"]).format(ref=case.ref)
        if why == "withdrawn":
            return head, ()
        urgent = "🔴 " + _("URGENT") + "\n" if case.urgent else ""
        lines = [
            urgent + head,
            _("Problem: {value}").format(value=self.topic_of(case)),
            _("Waiting: {value}").format(value=age(utcnow() - aware(case.created_at))),
        ]
        button = self.buttons.button
        keyboard = (
            (button(_("Open"), "open", case.id),),
            (button(_("Accept"), "acc", case.id), button(_("Decline"), "dec", case.id)),
        )
        return "\n".join(lines), keyboard

    def topic_of(self, case: Case) -> str:
        _ = self.translator("en").gettext
        return topic_title(self.catalog(), case.topic, "en") if case.topic else _("other")

    def case_details(self, session: Session, case: Case) -> tuple[str, Keyboard]:
        """Everything about the case, for the one caseworker allowed to read it, in private."""
        tr = self.translator("en")
        _ = tr.gettext
        urgent = "🔴 " + _("URGENT") + "\n" if case.urgent else ""
        lines = [
            urgent + _("Case {ref}").format(ref=case.ref),
            _("Problem: {value}").format(value=self.topic_of(case)),
            _("Language: {value}").format(value=tr.language_name(case.language)),
            _("Where: {value}").format(value=self.box.decrypt(case.place_enc) or "-"),
            _("Contact: {value}").format(value=self.contact_line(case)),
            "",
            _("In their words:"),
            self.box.decrypt(case.description_enc) or "-",
        ]
        latest = session.scalars(
            select(CaseMessage)
            .where(CaseMessage.case_id == case.id, CaseMessage.kind == "to_staff")
            .order_by(CaseMessage.id.desc())
            .limit(3)
        ).all()
        if latest:
            lines += ["", _("Their latest messages:")]
            lines += [self.box.decrypt(m.body_enc) or "-" for m in reversed(latest)]
        button = self.buttons.button
        keyboard = (
            (button(_("Accept"), "acc", case.id), button(_("Decline"), "dec", case.id)),
            (
                button(_("Reply"), "rep", case.id),
                button(_("Note"), "note", case.id),
                button(_("Close"), "close", case.id),
            ),
        )
        return "\n".join(lines)[:4000], keyboard

    def message_notice(self, case: Case) -> tuple[str, Keyboard]:
        """To the inbox while no one holds the case: that a message came, not what it says."""
        _ = self.translator("en").gettext
        text = _("New message from the person in case {ref}. Open the case to read it.")
        return text.format(ref=case.ref), ((self.buttons.button(_("Open"), "open", case.id),),)

    def contact_line(self, case: Case) -> str:
        _ = self.translator("en").gettext
        value = self.box.decrypt(case.contact_enc) or ""
        if case.contact_method == "phone":
            return _("by phone: {value}").format(value=value)
        if case.contact_method == "telegram":
            return _("on Telegram: {value}").format(value=value)
        return _("only through this bot (identity hidden): use Reply")

    def migrant_message_card(self, case: Case, words: str) -> tuple[str, Keyboard]:
        _ = self.translator("en").gettext
        text = _("Message from the person in case {ref}:").format(ref=case.ref)
        return f"{text}\n\n{words}", ((self.buttons.button(_("Reply"), "rep", case.id),),)

    def migrant_update(
        self, case: Case, kind: str, body: str, language: str | None, encoding: str | None
    ) -> tuple[str, Keyboard]:
        tr = self.translator(language)
        _ = tr.gettext
        org = self.routing.partner_name(case.org_id, tr.language)
        texts = {
            "accepted": _("{org} accepted your case {ref}. A caseworker will write to you here."),
            "reply": _("Message from {org} about your case {ref}:"),
            "closed": _("{org} closed your case {ref}. You can ask for help again any time."),
            "declined": _(
                "No partner organisation could take your case {ref}. Press 'Talk to a person' "
                "to try again, or see the contacts in the menu."
            ),
            "rerouted": _("Your case {ref} was passed to {org}."),
        }
        text = texts[kind].format(org=org, ref=case.ref)
        if body:
            text = f"{text}\n\n{body}"
        buttons: Keyboard = ()
        if kind in ("accepted", "reply"):
            buttons = ((Button(_("Answer"), f"ans:{case.ref}"),),)
        if encoding == "zawgyi" and tr.language == "my":
            text = to_zawgyi(text)
            buttons = tuple(tuple(Button(to_zawgyi(b.label), b.data) for b in r) for r in buttons)
        return text, buttons


def aware(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes for timezone-aware columns: they were written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def age(delta: dt.timedelta) -> str:
    """How long a case has waited, short: "5h 12m", "2d 3h"."""
    hours = int(delta.total_seconds() // 3600)
    if hours >= 24:
        return f"{hours // 24}d {hours % 24}h"
    return f"{hours}h {int(delta.total_seconds() // 60) % 60}m"
