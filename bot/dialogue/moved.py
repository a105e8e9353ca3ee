"""Saying where one is now, alone, on coming back ("now I am in Penang", "moved to
Malaysia", မလေးရှားရောက်နေပြီ, ខ្ញុំនៅម៉ាឡេស៊ីហើយ), round 19B: someone whose profile said
Thailand and who came back days later from Malaysia got "Sorry, I did not understand" with
Emergency, Arrest and Embassy guesses (the Khmer one the emergency answer, 999), the
profile unchanged, and their next question Thailand's numbers.

Right after an answer, the same words answer it again for the place said
(follow_up.place_named, read first). Otherwise: that the profile's place is another, so the
answers would show its offices and numbers, and the button that keeps the new place
(menu.remember_country, as follow_up.with_save offers it): the profile is never changed
without the person's tap. Only words that say nothing but the place (places.said_place),
never a place's name typed alone (a question about it), and never the place the profile
already holds.
"""

from __future__ import annotations

from bot.dialogue import places
from bot.dialogue.context import Context
from bot.dialogue.follow_up import NOW
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.outcome import Outcome
from bot.i18n import country_names
from bot.values import COUNTRIES, Button, Reply, UserState

NAME = "moved"  # counted as a conversation (tally.py), never words


def place(text: str, state: UserState) -> str | None:
    """The country `text` says the person is in now, when it says nothing else and it is
    not the profile's."""
    if places.said_place(text) is None or places.names_only(text):
        return None
    where = places.where_now(text) or places.home_named(text)
    if where is None or where not in COUNTRIES or where == "other" or where == state.country:
        return None
    return where


def reply(where: str, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    names = country_names(tr)
    if state.country in names and state.country != "other":
        text = _(
            "You are in {country} now? Your profile still says {before}, so my answers show "
            "the offices and numbers for {before}. Tap below to change it."
        ).format(country=names[where], before=names[state.country or ""])
    else:
        text = _(
            "You are in {country} now? Tap below, and my answers show the offices and "
            "numbers for {country}."
        ).format(country=names[where])
    label = _("I am in {country} now: remember it").format(country=names[where])
    keyboard = ((Button(label, f"{NOW}:{where}"),), *menu_keyboard(tr))
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))
