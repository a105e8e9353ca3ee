"""What caseworkers and migrants read about a case: cards, updates, and signed buttons.

Staff buttons carry a signature (HMAC) over their data, so a forged or altered button is
refused before any permission check even runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.content import Catalog
from bot.dialogue.answers import pick, topic_title
from bot.dialogue.replies import Button
from bot.i18n import Tr
from bot.language import to_zawgyi
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case

Keyboard = tuple[tuple[Button, ...], ...]
STAFF_ACTIONS = ("acc", "dec", "rep", "note", "close", "cres", "cref", "cnoc", "coth")
DEFAULT_RESPONSE_HOURS = 24.0


@dataclass
class Texts:
    box: CryptoBox
    catalog: Callable[[], Catalog]
    translator: Callable[[str | None], Tr]

    # --- routing facts from content/partners.yml ---------------------------------------------
    def candidates(self, origin: str | None, country: str | None, topic: str | None) -> list[str]:
        partners = self.catalog().partners
        return partners.candidates(origin, country, topic) if partners else []

    def candidates_for_case(self, case: Case, session: Session) -> list[str]:
        from bot.storage.models import User

        user = session.get(User, case.uid)
        origin = user.origin if user else None
        country = user.country if user else None
        return self.candidates(origin, country, case.topic)

    def fallback(self) -> str:
        partners = self.catalog().partners
        return partners.fallback if partners else ""

    def response_hours(self, org_id: str | None) -> float:
        partners = self.catalog().partners
        partner = partners.by_id().get(org_id or "") if partners else None
        return partner.response_hours if partner else DEFAULT_RESPONSE_HOURS

    def partner_name(self, org_id: str | None, language: str) -> str:
        partners = self.catalog().partners
        partner = partners.by_id().get(org_id or "") if partners else None
        return pick(partner.name, language) if partner else (org_id or "?")

    # --- signed staff buttons ---------------------------------------------------------------
    def staff_button(self, label: str, action: str, case_id: int) -> Button:
        data = f"cs:{action}:{case_id}"
        return Button(label, f"{data}:{self.box.sign(data)}")

    def parse_staff_data(self, data: str) -> tuple[str, int] | None:
        """(action, case id) from signed button data, or None when forged or malformed."""
        parts = data.split(":")
        if len(parts) != 4 or parts[0] != "cs" or parts[1] not in STAFF_ACTIONS:
            return None
        if not parts[2].isdigit() or not self.box.verify(":".join(parts[:3]), parts[3]):
            return None
        return parts[1], int(parts[2])

    # --- cards ------------------------------------------------------------------------------
    def case_card(self, case: Case, why: str) -> tuple[str, Keyboard]:
        tr = self.translator("en")  # inboxes read English until partners ask otherwise
        _ = tr.gettext
        heads = {
            "new": _("New case {ref}"),
            "reminder": _("Reminder: case {ref} is waiting to be accepted"),
            "withdrawn": _("Case {ref} was withdrawn by the user."),
        }
        head = heads.get(why.rstrip("0123456789"), heads["new"]).format(ref=case.ref)
        if why == "withdrawn":
            return head, ()
        urgent = "🔴 " + _("URGENT") + "\n" if case.urgent else ""
        topic = topic_title(self.catalog(), case.topic, "en") if case.topic else _("other")
        lines = [
            urgent + head,
            _("Problem: {value}").format(value=topic),
            _("Language: {value}").format(value=case.language),
            _("Where: {value}").format(value=self.box.decrypt(case.place_enc) or "-"),
            _("Contact: {value}").format(value=self.contact_line(case)),
            "",
            _("In their words:"),
            self.box.decrypt(case.description_enc) or "-",
        ]
        buttons = (
            (
                self.staff_button(_("Accept"), "acc", case.id),
                self.staff_button(_("Decline"), "dec", case.id),
            ),
            (
                self.staff_button(_("Reply"), "rep", case.id),
                self.staff_button(_("Note"), "note", case.id),
                self.staff_button(_("Close"), "close", case.id),
            ),
        )
        return "\n".join(lines), buttons

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
        return f"{text}\n\n{words}", ((self.staff_button(_("Reply"), "rep", case.id),),)

    def migrant_update(
        self, case: Case, kind: str, body: str, language: str | None, encoding: str | None
    ) -> tuple[str, Keyboard]:
        tr = self.translator(language)
        _ = tr.gettext
        org = self.partner_name(case.org_id, tr.language)
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
