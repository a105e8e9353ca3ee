"""The answer the profile questions wait for (UserState.pending_topic), and the nationality
and place it is for that the questions do not ask.

"I lost my pink card in Bangkok, police check, what I do?" from someone who skipped the
profile questions: the topic needs both, the words say Thailand, so only "Where are you
from?" is asked, and the answer after it is for Thailand; the profile keeps no place (the
words name it for that answer only, bot/dialogue/places.py). Round 11 (lead): both questions
were asked again and the answer after them forgot Bangkok.

Kept in the pending_topic column itself, no new one: the bare topic id when the questions
ask all they need (as stored before), else "<topic>@<origin>:<country>:<writer>" (codes, an
empty field for none). The column holds 64 characters, the longest topic id with three
codes under 40. Nothing of the words is kept, only the codes they named, and only until the
answer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.values import COUNTRIES, ORIGINS, UserState

_AT = "@"
_FIELDS = ":"


@dataclass(frozen=True)
class Pending:
    topic: str
    # The nationality the words named, where the profile holds none or another: "Where are
    # you now?" alone is asked, and the answer is for this nationality.
    origin: str | None = None
    # The place the answer is for when "Where are you now?" is not asked: named in the
    # words, or the profile's. Set, "Where are you from?" is the only question.
    country: str | None = None
    # Where the person writing is, when the words say so ("I am in Bangkok"; not "my
    # husband in Johor"): numbers dialled only inside it need no warning.
    writer_in: str | None = None

    def stored(self) -> str:
        if (self.origin, self.country, self.writer_in) == (None, None, None):
            return self.topic
        codes = (self.origin or "", self.country or "", self.writer_in or "")
        return f"{self.topic}{_AT}{_FIELDS.join(codes)}"

    def for_answer(self, state: UserState) -> UserState:
        """`state` as the answer reads it: with the nationality and place kept here, the
        profile's where none is."""
        origin, country = self.origin or state.origin, self.country or state.country
        return state.with_(origin=origin, country=country)


def waiting(state: UserState) -> Pending | None:
    """What `state`'s pending_topic holds; codes that are none of the bot's are dropped (an
    old or damaged row)."""
    if not state.pending_topic:
        return None
    topic, _, rest = state.pending_topic.partition(_AT)
    origin, country, writer_in = ([*rest.split(_FIELDS), "", ""])[:3]
    return Pending(
        topic,
        origin if origin in ORIGINS else None,
        country if country in COUNTRIES else None,
        writer_in if writer_in in COUNTRIES else None,
    )


def beyond_profile(
    topic: str, state: UserState, answered_for: UserState, writer_in: str | None
) -> Pending | None:
    """What an answer for `answered_for` holds that the profile (`state`) does not, for the
    topic buttons under it (answers.AT); None when it is the profile's. The writer's place
    only where a tap would not read it from the profile (someone_else.writer_place)."""
    origin = answered_for.origin if answered_for.origin != state.origin else None
    country = answered_for.country if answered_for.country != state.country else None
    if origin is None and country is None:
        return None
    return Pending(topic, origin, country, writer_in if writer_in != state.country else None)


def from_button(value: str) -> Pending | None:
    """The answer a topic button under an answer for a named place stands for (answers.AT:
    "<topic>@<origin>:<country>:<writer>", as stored here): None for data none of the bot's
    buttons carry (an old or forged button), never a code dropped silently."""
    topic, at, rest = value.partition(_AT)
    fields = rest.split(_FIELDS)
    if not at or not topic or len(fields) != 3:
        return None
    origin, country, writer_in = fields
    places = (*(code for code in COUNTRIES if code != "other"), "")
    if origin not in (*(code for code in ORIGINS if code != "other"), ""):
        return None
    # "other": a country the content does not cover, named in the words ("i am in china"):
    # the buttons under that answer stay for no country's numbers (round 24B). The writer
    # is there when they said so alone a moment before (said_before.py: "i am in saudi").
    places = (*places, "other")
    if country not in places or writer_in not in places or not (origin or country):
        return None
    if writer_in == "other" and country != "other":
        return None  # no button carries it: a writer elsewhere gets answers for no country
    return Pending(topic, origin or None, country or None, writer_in or None)


def only_origin_asked(state: UserState) -> bool:
    """Whether "Where are you from?" is the one question the pending answer waits for."""
    pending = waiting(state)
    return pending is not None and pending.country is not None


def without_places(state: UserState) -> UserState:
    """`state` with the pending topic alone (/profile asks both questions afresh)."""
    pending = waiting(state)
    return state.with_(pending_topic=pending.topic if pending else None)
