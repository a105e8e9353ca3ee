"""Saying where one is now, alone, on coming back ("now I am in Penang", "moved to
Malaysia", မလေးရှားရောက်နေပြီ, ខ្ញុំនៅម៉ាឡេស៊ីហើយ), round 19B: someone whose profile said
Thailand and who came back days later from Malaysia got "Sorry, I did not understand" with
Emergency, Arrest and Embassy guesses (the Khmer one the emergency answer, 999), the
profile unchanged, and their next question Thailand's numbers.

Right after an answer, the same words answer it again for the place said, with a button
that keeps it (follow_up.place_named, read first: the place may be for that question only).
Otherwise the words say nothing but where the person is now, and are kept as /profile's
answer would be (menu.remember_country), said plainly, with one tap back ("No, I am still
in Thailand"): a button alone left the next question answered for Thailand when not tapped.
Only words that say nothing but the place (places.said_place), never a place's name typed
alone (a question about it), and never the place the profile already holds.
"""

from __future__ import annotations

from bot.dialogue import places
from bot.dialogue.context import Context
from bot.dialogue.follow_up import NOW
from bot.dialogue.menu import remember_country
from bot.dialogue.outcome import Outcome
from bot.i18n import country_names
from bot.once import keyed
from bot.values import COUNTRIES, Button, Reply, UserState

NAME = "moved"  # counted as a conversation (tally.py), never words


@keyed(lambda text, state: (text, state.country))  # the reply's and the count's, once
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
    """The place kept as where the person is now (menu.remember_country: "You can change
    this any time with /profile", the alerts' move offered, the menu), said first, with one
    tap back to the place the profile held."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    names = country_names(tr)
    kept = remember_country(where, state, ctx)
    line = _(
        "You are in {country} now: from now on my answers show the offices and numbers "
        "for {country}."
    ).format(country=names[where])
    before = state.country
    undo: tuple[tuple[Button, ...], ...] = ()
    if before in names and before not in (None, "other"):
        label = _("No, I am still in {country}").format(country=names[before])
        undo = ((Button(label, f"{NOW}:{before}"),),)
    return Outcome((Reply(line, undo), *kept.replies), kept.state.with_(misses=0), kept.effects)
