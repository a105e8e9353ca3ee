"""What every case operation needs, built once by the service: the encryption box for the
case's words, the routing facts, the signed staff buttons and the cards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.content import Catalog
from bot.content.partners import Partners
from bot.i18n import Tr
from bot.referrals.cards import Cards, no_complaints, no_kinds
from bot.referrals.routing import Routing
from bot.referrals.staff_buttons import StaffButtons
from bot.storage.crypto import CryptoBox


@dataclass(frozen=True)
class CaseKit:
    box: CryptoBox
    translator: Callable[[str | None], Tr]
    routing: Routing
    buttons: StaffButtons
    cards: Cards

    @classmethod
    def build(
        cls,
        box: CryptoBox,
        catalog: Callable[[], Catalog],
        translator: Callable[[str | None], Tr],
        kinds: Callable[[str], tuple[str, ...]] = no_kinds,
        complained: Callable[[str, Partners], list[str]] = no_complaints,
    ) -> CaseKit:
        """`kinds`: what a case's words tell of (bot/dialogue/case_kinds.py, given by the
        service: the referrals do not read words themselves), shown on the cards."""
        routing = Routing(catalog)
        buttons = StaffButtons(box)
        cards = Cards(box, catalog, translator, routing, buttons, kinds, complained)
        return cls(box, translator, routing, buttons, cards)
