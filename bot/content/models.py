"""The content schema (docs/content-format.md) as strict pydantic models.

Unknown keys are refused everywhere: a misspelt key would otherwise be silently ignored and a
fact the editor meant to show would be missing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from bot.content.dates import SourceDate

LANGUAGES: tuple[Lang, ...] = ("my", "km", "en")
Lang = Literal["my", "km", "en"]
Country = Literal["MM", "KH", "TH", "MY", "KR", "JP", "SG"]
Nationality = Literal["MM", "KH", "any"]
Group = Literal["safe_migration", "at_work", "complaints", "assistance", "return", "conversation"]
Kind = Literal[
    "embassy",
    "consulate",
    "labour_attache",
    "hotline",
    "complaint_mechanism",
    "ministry",
    "resource_centre",
    "cso",
    "emergency",
]
Status = Literal["official", "secondary", "unverified"]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
EntryId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
TopicId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$")]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
Token = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LangText(Strict):
    """One text in all three languages; a missing or empty language is an error."""

    my: Text
    km: Text
    en: Text


class Review(Strict):
    status: Literal["draft", "reviewed"]
    by: str | None = None
    on: dt.date | None = None

    @model_validator(mode="after")
    def _reviewed_needs_who_and_when(self) -> Review:
        if self.status == "reviewed" and (not self.by or self.on is None):
            raise ValueError("a reviewed text needs `by` and `on`")
        return self


class Reviews(Strict):
    my: Review
    km: Review
    en: Review


class Source(Strict):
    id: Annotated[str, StringConstraints(min_length=1)]
    title: Text
    url: str | None = None
    date: SourceDate | None = None
    # When the project read it, where that was after the topic's `checked_on` (a variant
    # added later from new sources): the answer shows this date for what rests on it.
    read_on: dt.date | None = None


class When(Strict):
    origin: Literal["MM", "KH", "other"] | None = None
    # One Literal (not a union) so a wrong value gives one clear message.
    country: Literal["MM", "KH", "TH", "MY", "KR", "JP", "SG", "other", "home"] | None = None

    @property
    def specificity(self) -> int:
        return (self.origin is not None) + (self.country is not None)


class Variant(Strict):
    when: When
    text: LangText
    contacts: list[EntryId] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class Topic(Strict):
    id: TopicId
    group: Group
    title: LangText
    related: list[str] = Field(default_factory=list)
    person_first: bool = False
    needs_profile: list[Literal["origin", "country"]] = Field(default_factory=list)
    checked_on: dt.date
    review: Reviews
    sources: list[Source] = Field(default_factory=list)
    answers: list[Variant] = Field(min_length=1)

    def checked_dates(self, variant: Variant) -> tuple[dt.date, ...]:
        """When what `variant` rests on was checked, oldest first: `checked_on` for its
        sources that check covered (and for a variant with none), a later `read_on` for
        the others. "Checked on" never claims a check that did not happen (round 10, F5)."""
        read = {source.id: source.read_on for source in self.sources}
        dates = {
            max(self.checked_on, read.get(source) or self.checked_on) for source in variant.sources
        }
        return tuple(sorted(dates or {self.checked_on}))


class Names(Strict):
    en: Text
    my: Text | None = None
    km: Text | None = None


class EntryReviews(Strict):
    """Review of an entry's Burmese and Khmer words (name, hours); English is the source."""

    my: Review
    km: Review


class Coordinates(Strict):
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    precision: Literal["exact", "city"]
    source: Text


# The pieces of an entry a person is shown that may come from another source than the entry's.
Piece = Literal["address", "phones", "email", "web", "hours"]


class PieceSource(Strict):
    """Where one piece of an entry comes from when not from the entry's own `source` (OTIT's
    web address from a 2018 blog, the entry's other facts from a 2025 page): the piece is
    cautioned by its own source's date."""

    source: Text
    # Required, as for the entry: `null` written down when the page gives no date.
    source_date: SourceDate | None


class DirectoryEntry(Strict):
    id: EntryId
    kind: Kind
    name: Names
    serves: list[Nationality] = Field(min_length=1)
    country: Country
    city: str | None
    address: str | None = None
    coordinates: Coordinates | None = None
    phones: list[Text] = Field(default_factory=list)
    email: str | None = None
    web: str | None = None
    hours: Names | None = None
    # None: not known (write `languages: null`); `content check` requires the key.
    languages: list[LanguageCode] | None = None
    services: list[Token] = Field(default_factory=list)
    urgent: bool = False
    # Optional here so the bot still runs (with a caution); `content check` requires them.
    source: str | None = None
    source_date: SourceDate | None = None
    # Pieces taken from another source than `source`, each with its own source and date.
    piece_sources: dict[Piece, PieceSource] = Field(default_factory=dict)
    verified_on: dt.date | None = None
    status: Status | None = None
    review: EntryReviews | None = None
    notes: str | None = None

    def serves_nationality(self, nationality: str | None) -> bool:
        return nationality is None or "any" in self.serves or nationality in self.serves

    @property
    def has_contact(self) -> bool:
        """Whether it says how to reach it: an address, a phone, an e-mail or a website. An
        entry without any is kept (its card, asked for by name, says so) but is no contact
        to list in an answer or among offices near the person."""
        return bool(self.address or self.phones or self.email or self.web)
