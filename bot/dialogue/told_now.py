"""Where the person is now, typed at "Where are you from?" (round 53C, round 52B's open item).

Someone asked where they are from after a problem, with the answer's own "Where are you now?
Tap your country" line above it, typed "Thailand" (or "ထိုင်း", "ថៃ", "malaysia"): the bot
said "Please tap one of the buttons below" and asked again. A country people work in (not one
of "Where are you from?"'s buttons, Myanmar and Cambodia) typed alone answers where they are
now: the answer waiting is for it, and "Where are you from?" is the one question still asked.
No new words are kept: the place goes where the button "Where are you now?" would put it.
"""

from __future__ import annotations

from bot.dialogue import pending
from bot.dialogue.context import Context
from bot.dialogue.keyboards import origin_keyboard
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

ACTION = "now"
# The countries people work in, on "Where are you now?"'s buttons (not home, not "other").
WORKED_IN = ("TH", "MY", "KR", "JP", "SG")


def button(place: str | None) -> str | None:
    """The typed answer's action for `place` typed at "Where are you from?"; None when it is
    no country people work in."""
    return f"{ACTION}:{place}" if place in WORKED_IN else None


def before_origin(state: UserState) -> bool:
    """Whether where the person is now was typed at the first "Where are you from?" (not
    /profile's, which asks both afresh): "Where are you now?" is not asked after it."""
    return state.step == "origin" and not state.profile_asked and state.country in WORKED_IN


def told(value: str, state: UserState, ctx: Context) -> Outcome:
    """`value` (where the person is now) kept as the profile's place and for the answer
    waiting; "Where are you from?" asked again, alone."""
    if value not in WORKED_IN:
        value = ""
    state = state.with_(country=value or state.country)
    waits = pending.waiting(state)
    if waits is not None and value:
        kept = pending.Pending(waits.topic, waits.origin, value, waits.writer_in)
        state = state.with_(pending_topic=kept.stored())
    tr = ctx.translator(state.language)
    intro = tr.gettext("One short question, so my answer fits you. You can skip it.")
    question = tr.gettext("Where are you from?")
    return Outcome(
        (Reply(f"{intro}\n\n{question}", origin_keyboard(tr)),), state.with_(step="origin")
    )
