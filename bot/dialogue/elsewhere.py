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

from bot.dialogue import places
from bot.dialogue.context import Context
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the line that our sources know nothing checked in the country named,
    when the words name one the content does not cover."""
    return with_note(line(state, ctx), outcome) if places.elsewhere_named(words) else outcome


def line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "You wrote about a country our information does not cover. Our sources have no "
        "checked numbers, offices or rules there: any number below is for another country. "
        "A person can help you look for help there: tap “Talk to a person”."
    )
