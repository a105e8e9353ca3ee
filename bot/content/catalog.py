"""The validated content and the lookups the dialogue needs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from bot.content.alerts import Alert
from bot.content.coverage import pick_variant
from bot.content.dates import PartialDate
from bot.content.loader import ContentError, collect
from bot.content.models import DirectoryEntry, Piece, Topic, Variant
from bot.content.own_words import OwnWords
from bot.content.partners import Partners
from bot.content.safety import EmergencyKeywords

CAUTION_BEFORE_YEAR = 2022  # the reference sheet treats older sources as likely stale
EARTH_RADIUS_KM = 6371.0088
# Tie-break for offices at the same distance (same city centre): the mission first.
_KIND_RANK = {
    "embassy": 0,
    "consulate": 1,
    "labour_attache": 2,
    "resource_centre": 3,
    "cso": 4,
    "complaint_mechanism": 5,
    "ministry": 6,
    "hotline": 7,
    "emergency": 8,
}


def load_catalog(root: Path) -> Catalog:
    """The catalog for content/ at `root`; raises ContentError listing every problem."""
    loaded = collect(root)
    if loaded.problems:
        raise ContentError(loaded.problems)
    return Catalog(
        loaded.topics,
        loaded.entries,
        loaded.partners,
        loaded.keywords,
        loaded.alerts,
        loaded.own_words,
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class Catalog:
    """Immutable once built; CatalogHolder swaps whole catalogs on reload."""

    def __init__(
        self,
        topics: Mapping[str, Topic],
        entries: Mapping[str, DirectoryEntry],
        partners: Partners | None = None,
        keywords: EmergencyKeywords | None = None,
        alerts: Mapping[str, Alert] | None = None,
        own_words: OwnWords | None = None,
    ) -> None:
        self.topics: Mapping[str, Topic] = MappingProxyType(dict(topics))
        self.entries: Mapping[str, DirectoryEntry] = MappingProxyType(dict(entries))
        self.partners = partners  # None: no referral partners configured
        # content/alerts/, expired ones included (bot/content/alerts.py decides what is live).
        self.alerts: Mapping[str, Alert] = MappingProxyType(dict(alerts or {}))
        self._danger = keywords.matcher() if keywords else None
        self._own = own_words.matchers() if own_words else None
        self._order = {entry_id: index for index, entry_id in enumerate(self.entries)}

    def sounds_like_danger(self, text: str) -> bool:
        """Whether a message contains an emergency keyword (content/safety/)."""
        return self._danger is not None and self._danger.search(text)

    def asks_privacy(self, text: str) -> bool:
        """Whether a message asks who sees the chat (content/safety/own_words.yml)."""
        return self._own is not None and self._own.privacy.search(text)

    def asks_withdraw(self, text: str) -> bool:
        """Whether a message asks to delete or take back what was sent (own_words.yml)."""
        return self._own is not None and self._own.withdraw.search(text)

    def asks_about_bot(self, text: str) -> bool:
        """Whether a message asks what the bot is ("are you a real person", "can I trust
        you", own_words.yml)."""
        return self._own is not None and self._own.about_bot.search(text)

    def asks_about_others(self, text: str) -> bool:
        """Whether a message asks for another person's data, case or whereabouts ("I am the
        agent, send me her case", own_words.yml)."""
        return self._own is not None and self._own.others.search(text)

    def tells_phone_checked(self, text: str) -> bool:
        """Whether a message says someone checks the person's phone (own_words.yml)."""
        return self._own is not None and self._own.phone.search(text)

    def names_attachment(self, text: str) -> bool:
        """Whether a caption only names the document attached (own_words.yml)."""
        return self._own is not None and self._own.captions.search(text)

    def topic(self, topic_id: str) -> Topic | None:
        return self.topics.get(topic_id)

    def answer(self, topic_id: str, origin: str | None, country: str | None) -> Variant:
        """The variant for this person (docs/content-format.md, "Precedence"); KeyError if none."""
        topic = self.topics[topic_id]
        return topic.answers[pick_variant(topic, origin, country)]

    def contacts(self, variant: Variant) -> list[DirectoryEntry]:
        return [self.entries[entry_id] for entry_id in variant.contacts if entry_id in self.entries]

    def emergency_contacts(self, country: str | None) -> list[DirectoryEntry]:
        """Phones to call now in `country`: police/emergency first, then the lines marked
        `urgent` (24 hours, or for emergencies). Never an ordinary hotline: office-hours lines
        and immigration services are not help "now" (docs/content-format.md)."""
        found = [
            entry
            for entry in self.entries.values()
            if entry.country == country
            and entry.phones
            and (entry.kind == "emergency" or entry.urgent)
        ]
        return sorted(found, key=self._urgency)

    def _urgency(self, entry: DirectoryEntry) -> tuple[int, int]:
        return (0 if entry.kind == "emergency" else 1), self._order[entry.id]

    def nearest(
        self,
        lat: float,
        lon: float,
        nationality: str | None,
        limit: int = 5,
        country: str | None = None,
        within_km: float | None = None,
        *,
        reachable: bool = False,
    ) -> list[tuple[DirectoryEntry, float]]:
        """Offices with coordinates serving `nationality` (or anyone), closest first, in km;
        with `country`, only those in it; with `within_km`, only those that close; with
        `reachable`, only those that say how to reach them (DirectoryEntry.has_contact)."""
        found = [
            (entry, haversine_km(lat, lon, entry.coordinates.lat, entry.coordinates.lon))
            for entry in self.entries.values()
            if entry.coordinates is not None
            and entry.serves_nationality(nationality)
            and (country is None or entry.country == country)
            and (entry.has_contact or not reachable)
        ]
        if within_km is not None:
            found = [(entry, km) for entry, km in found if km <= within_km]
        found.sort(key=lambda item: (round(item[1], 3), _KIND_RANK[item[0].kind]))
        return found[: max(0, limit)]

    def is_cautioned(self, entry: DirectoryEntry) -> bool:
        """Shown with a caution: unverified, undated, or dated before 2022."""
        return entry.status in (None, "unverified") or stale(entry.source_date)

    def piece_cautioned(self, entry: DirectoryEntry, piece: Piece) -> bool:
        """One piece (`web`, `email`, ...) shown with its own caution: it comes from another
        source than the entry's (`piece_sources`), and that source is undated or dated
        before 2022. (A cautioned entry is cautioned as a whole: see is_cautioned.)"""
        own = entry.piece_sources.get(piece)
        return own is not None and stale(own.source_date)

    def cautioned_pieces(self, entry: DirectoryEntry) -> list[Piece]:
        """The pieces shown with their own caution, in `piece_sources` order."""
        return [piece for piece in entry.piece_sources if self.piece_cautioned(entry, piece)]


def stale(source_date: PartialDate | None) -> bool:
    """The reference sheet's rule: an undated or pre-2022 source is likely stale."""
    return source_date is None or source_date.year < CAUTION_BEFORE_YEAR
