"""A country the content does not cover, named in a message (round 24B): "i am in china, my
husband family lock me", "in taiwan fishing boat, captain hit us", "I am in Saudi, madam take
passport", "how to go dubai for housemaid". Before, the answer came as if for the profile's
place (Thailand's 191 and 1300 to a woman locked in in China) or for home, with nothing
saying that no number, office or rule there is known to us. Now the answer says so first,
and offers a person; where the words put the writer there, the answer is for no country's
local numbers (places.elsewhere_now). Our sources have nothing on these countries: no
number is named, none guessed.
"""

from __future__ import annotations

from bot.content.localised import topic_title
from bot.dialogue import places, said_before
from bot.dialogue.context import Context
from bot.dialogue.keyboards import person_first_rows
from bot.dialogue.outcome import Outcome, with_note
from bot.values import Reply, UserState


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the line that our sources know nothing checked in the country named,
    when the words name one the content does not cover, or follow "i am in saudi" said a
    moment ago and name no other place (said_before.py)."""
    there = places.elsewhere_named(words) or said_before.elsewhere_before(words, state, ctx)
    return with_note(line(state, ctx), outcome) if there else outcome


def line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "You wrote about a country our information does not cover. Our sources have no "
        "checked numbers, offices or rules there: any number below is for another country. "
        "A person can help you look for help there: tap “Talk to a person”."
    )


NAME = said_before.ELSEWHERE  # counted as a conversation (tally.py), never words
SHOWN = ("emergency_help", "return_home")


def says(words: str) -> bool:
    """Whether `words` only say where someone is, in a country the content does not cover
    ("i am in saudi": read by the NLU as an emergency, the emergency answer and nothing on
    Saudi Arabia)."""
    return places.elsewhere_said(words)


def reply(state: UserState, ctx: Context) -> Outcome:
    """That our sources know nothing checked there; a person; Emergency help and Going home
    a tap away; the menu. The profile is not changed: the next few minutes' questions and
    taps that name no place are answered for no country (said_before.py)."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "Our information does not cover that country: our sources have no checked numbers, "
        "offices or rules there. A person can help you look for help there: tap “{person}”. "
        "In danger? Open “{emergency}”."
    ).format(
        person=tr.gettext("Talk to a person"),
        emergency=topic_title(ctx.catalog, "emergency_help", tr.language),
    )
    keyboard = person_first_rows(ctx.catalog, SHOWN, tr)
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))
