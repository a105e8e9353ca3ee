"""Routing facts from content/partners.yml: who may take a case, who takes it when no one
else can, and how long an organisation has to accept it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.content import Catalog
from bot.content.localised import pick
from bot.content.partners import DEFAULT_URGENT_RESPONSE_HOURS
from bot.i18n import Tr
from bot.storage.models import Case

DEFAULT_RESPONSE_HOURS = 24.0
STAFF_DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Routing:
    catalog: Callable[[], Catalog]  # the live catalog: partners.yml may be reloaded

    def fallback(self) -> str:
        partners = self.catalog().partners
        return partners.fallback if partners else ""

    def response_hours(self, org_id: str | None, urgent: bool = False) -> float:
        partners = self.catalog().partners
        partner = partners.by_id().get(org_id or "") if partners else None
        if urgent:
            return partner.urgent_response_hours if partner else DEFAULT_URGENT_RESPONSE_HOURS
        return partner.response_hours if partner else DEFAULT_RESPONSE_HOURS

    def target(self, case: Case) -> dt.timedelta:
        """How soon the case should be accepted (and, urgent, answered) at its organisation."""
        return dt.timedelta(hours=self.response_hours(case.org_id, bool(case.urgent)))

    def partner_name(self, org_id: str | None, language: str) -> str:
        partners = self.catalog().partners
        partner = partners.by_id().get(org_id or "") if partners else None
        return pick(partner.name, language) if partner else (org_id or "?")

    def interface_language(self, org_id: str | None) -> str:
        """The language the organisation's staff read (partners.yml `interface_language`)."""
        partners = self.catalog().partners
        partner = partners.by_id().get(org_id or "") if partners else None
        return partner.interface_language if partner else STAFF_DEFAULT_LANGUAGE


def onward(case: Case) -> list[str]:
    """The organisations the case may still be passed to, in the order to try them: those the
    person agreed to (the summary they pressed Send on named them, `Case.agreed`) that have
    not had it yet (`Case.tried`) and that it is not at now. Every move of a case to another
    organisation (a decline, a missed deadline, a waiting case delivered elsewhere) goes only
    to one of these; none for a case opened before the summary named them. One the case only
    waited for, while it had no inbox, stays here: it may get the case once it connects
    (exploratory test 8, finding 3)."""
    tried = case.tried
    return [org for org in case.agreed if org not in tried and org != case.org_id]


def org_tr(routing: Routing, translator: Callable[[str | None], Tr], org_id: str | None) -> Tr:
    """The translations an organisation's staff read: every staff-facing string (cards,
    buttons, answers to staff commands) goes through the Tr this returns."""
    return translator(routing.interface_language(org_id))
