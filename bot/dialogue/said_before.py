"""The place a person said they are in a moment ago, for their next message that names none.

Round 14C: a profile for Thailand, "i am in osaka japan, hand broken" got Japan's answer,
and the next message, "boss also not pay me", Thailand's hotlines; "embassy" the embassy in
Bangkok; locked in right after "im in johor now", Thailand's emergency numbers. People say
where they are once, in their first message, not in each one.

The place comes from the answer shown last (Context.last_answer: a few minutes, in memory,
the button data only, bot/recent.py), so nothing new is stored and the profile is not
changed. Only a place the writer said they are in ("I am in Osaka", "im in johor now": the
answer's writer place is its place), not a relative's ("my husband ... in Singapore"). Words
that name a country of their own are read as they are.
"""

from __future__ import annotations

from dataclasses import replace

from bot.dialogue import pending, places
from bot.dialogue.answers import AT
from bot.dialogue.context import Context
from bot.dialogue.pending import Pending
from bot.values import UserState


def carried(words: str, state: UserState, ctx: Context, topic: str = "") -> Pending | None:
    """The nationality and place to answer `words` for (as an answer button under the last
    answer would: answers.AT), when the answer shown last was for where the writer said they
    are and `words` name no country; None otherwise, or while a question waits."""
    if ctx.last_answer is None or state.step is not None or state.pending_topic:
        return None
    if ctx.last_answer == ELSEWHERE:
        return _elsewhere(words, state, topic)
    action, _, value = ctx.last_answer.partition(":")
    named = pending.from_button(value) if action == AT else None
    if named is None or named.country is None or named.writer_in != named.country:
        return None
    said = places.mentioned(words) if words else places.Mentioned()
    if said.country is not None:
        return None
    origin = said.origin or named.origin
    return replace(named, topic=topic, origin=origin if origin != state.origin else None)


# elsewhere.NAME, the reply to "i am in saudi" said alone (round 24B), as Context.last_answer
# holds it (follow_up.PERSON_NEXT); named here, not imported: elsewhere.py reads this module.
ELSEWHERE = "elsewhere"


def _elsewhere(words: str, state: UserState, topic: str) -> Pending | None:
    """Right after "i am in saudi" said alone, words that name no place are for no country's
    numbers or offices: "embassy phone" got the embassy in Bangkok from a profile in
    Thailand (round 24B), a tap on Going home Thailand's answer. The profile is not changed."""
    if words and (
        places.mentioned(words).country or places.own_home_place(words) or places.home_named(words)
    ):
        return None
    if state.country is not None and state.country == state.origin:
        return None  # from home: a question before going (places._there)
    # The writer is there: the answers after this one are for no country too, as for a
    # covered place said a moment ago (writer_in, above).
    return Pending(topic, None, "other", "other")


def elsewhere_before(words: str, state: UserState, ctx: Context) -> bool:
    """Whether `words` are the first answered for a country the content does not cover that
    the person said they are in a moment ago (`carried`): the line that our sources know
    nothing there is said once, not above every answer after it."""
    if ctx.last_answer != ELSEWHERE:
        return False
    there = carried(words, state, ctx)
    return there is not None and there.country == "other"


def for_place(state: UserState, named: Pending | None) -> UserState:
    """`state` as an answer for `named` reads it (its nationality and place)."""
    return named.for_answer(state) if named is not None else state
