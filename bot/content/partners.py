"""Referral partners and routing (content/partners.yml): who receives which case."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from bot.content.models import Country, LangText, Strict

PartnerId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,15}$")]
Hours = Annotated[float, Field(gt=0, le=24 * 14)]
# How soon an urgent case (danger words, or "Yes" at "Is it urgent?") should be accepted when
# a partner names no `urgent_response_hours`: the project's default for partners to set, not
# a time any of them has agreed to.
DEFAULT_URGENT_RESPONSE_HOURS = 1.0


class Partner(Strict):
    id: PartnerId
    name: LangText
    directory_id: str
    languages: list[Literal["my", "km", "en", "th", "ms", "ko", "ja"]] = Field(default_factory=list)
    hours: str | None = None
    response_hours: Hours
    # The same target for urgent cases, much shorter: reminded when it passes, passed on at
    # 1.5 times it, like any case; an accepted urgent case is reminded every period until a
    # caseworker answers the person.
    urgent_response_hours: Hours = DEFAULT_URGENT_RESPONSE_HOURS
    status: Literal["confirmed", "unverified"]
    # The language its staff read the bot in (cards, buttons, /team, /stats): one with an
    # interface catalog under locales/ (bot/i18n.py LANGUAGES and STAFF_LANGUAGES).
    interface_language: Literal["en", "th", "my", "km"] = "en"

    @model_validator(mode="after")
    def _urgent_is_sooner(self) -> Partner:
        if self.urgent_response_hours > self.response_hours:
            raise ValueError("`urgent_response_hours` must not be longer than `response_hours`")
        return self


class Route(Strict):
    partner: PartnerId
    origin: Literal["MM", "KH", "other"] | None = None
    country: Country | Literal["other"] | None = None
    topics: list[str] = Field(default_factory=list)

    def matches(self, origin: str | None, country: str | None, topic: str | None) -> bool:
        if self.origin is not None and self.origin != origin:
            return False
        if self.country is not None and self.country != country:
            return False
        return not self.topics or topic in self.topics


class Partners(Strict):
    partners: list[Partner] = Field(min_length=1)
    routes: list[Route] = Field(default_factory=list)
    fallback: PartnerId

    def by_id(self) -> Mapping[str, Partner]:
        return {partner.id: partner for partner in self.partners}

    def candidates(self, origin: str | None, country: str | None, topic: str | None) -> list[str]:
        """Partner ids in the order a case should try them; the fallback is always last."""
        ordered = [r.partner for r in self.routes if r.matches(origin, country, topic)]
        ordered.append(self.fallback)
        return list(dict.fromkeys(ordered))

    def route(
        self,
        origin: str | None,
        country: str | None,
        topic: str | None,
        connected: Collection[str],
        avoid: Collection[str] = (),
    ) -> tuple[str, ...]:
        """Every organisation a case may ever reach, in order: the one it is sent to (the
        first candidate with a connected inbox, else the first candidate, which the case
        waits for), then the others in the order a decline or a missed deadline passes it on
        (any candidate not yet tried, the fallback last). The summary names them all before
        Send, and the case goes to no other (bot/referrals/routing.onward). Those in `avoid`
        (an organisation the person's words complain about, round 42B) are left out: () when
        no other is left."""
        candidates = [c for c in self.candidates(origin, country, topic) if c not in avoid]
        if not candidates:
            return ()
        first = next((org for org in candidates if org in connected), candidates[0])
        return (first, *(org for org in candidates if org != first))


def cross_check(
    partners: Partners, entry_ids: Iterable[str], topic_ids: Iterable[str]
) -> Iterable[str]:
    known = partners.by_id()
    entries, topics = set(entry_ids), set(topic_ids)
    ids = [partner.id for partner in partners.partners]
    for duplicate in sorted({pid for pid in ids if ids.count(pid) > 1}):
        yield f"partner {duplicate}: id used twice"
    for partner in partners.partners:
        if partner.directory_id not in entries:
            missing = partner.directory_id
            yield f"partner {partner.id}: directory_id {missing!r} is not in the directory"
    if partners.fallback not in known:
        yield f"fallback {partners.fallback!r} is not a partner"
    for index, route in enumerate(partners.routes):
        if route.partner not in known:
            yield f"routes[{index}]: partner {route.partner!r} is not a partner"
        for topic in route.topics:
            if topic not in topics:
                yield f"routes[{index}]: topic {topic!r} does not exist"
