"""A border pass, or work by the day or the season across the border (exploratory round 18C):
"I cross at Poipet to work in Thailand by the day, what papers do I need?" (Khmer, romanised
Khmer), "what is border pass, how to get" and "seasonal work thailand cambodian, what paper"
got Documents you need, Cambodia's list for work abroad through an agency (contracts, OCWC
card, passport, visa), which says nothing of a border pass; a family going for the harvest
was not understood.

Our sources say only that in August 2025 Thailand gave Cambodian border-pass and seasonal
workers a six-month extension, and that in November 2025 the automatic extension for
Cambodians was suspended (the Visa and work permit answer for Cambodians in Thailand). Not
what a border pass allows, how to get one, what happens to someone caught without one, or
whether an employer may keep it. So this line comes before the answer: what is not known, a
person, and where the little that is known is. Latin words as whole words, Burmese and Khmer
inside the text (spaces ignored, Zawgyi too); ឆ្លងដែន alone is not read (លិខិតឆ្លងដែន is a
passport). Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content.localised import topic_title
from bot.dialogue import places
from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import Button, UserState

VISA = "visa_work_permit"

_LATIN = re.compile(
    r"\b(?:border pass|border passes|border card|border permit|day pass|seasonal|by the day|"
    r"cross(?:ing)?\s+(?:\S+\s+){0,3}every day|"
    # romanised Khmer: ប័ណ្ណឆ្លងដែន (border pass), តាមរដូវ (seasonal)
    r"bann chlong den|ban chlong den|banh chhlong den|ban chhlong den|banh chlong den|"
    # round 46A: "banh chhlong den khnhom hos kamnot" (my border pass expired)
    r"tam rodov|tam rodouv|chlong den real thngai|"
    r"mdong muoy thngai)\b"
)
_SCRIPT = (
    # Burmese: border pass (as the content writes it), seasonal
    "နယ်စပ်ဖြတ်ကူးခွင့်",
    "နယ်စပ်လက်မှတ်",
    "ရာသီအလိုက်",
    # Khmer: border pass (two ways), seasonal
    "ប័ណ្ណឆ្លងដែន",
    "ប័ណ្ណព្រំដែន",
    "តាមរដូវ",
    # Khmer: cross the border every day, (work) by the day
    "ឆ្លងដែនរាល់ថ្ងៃ",
    "ម្តងមួយថ្ងៃ",
)


def says(words: str) -> bool:
    """Whether `words` speak of a border pass or of work by the day or the season."""
    return holds(words, _LATIN, _SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the line on what our sources do not say about a border pass, when the
    words speak of one or of seasonal work. Never above the emergency numbers."""
    if topic == "emergency_help" or not says(words):
        return outcome
    if places.elsewhere_named(words):
        return outcome  # "australia seasonal work": no border pass (round 24B)
    _ = ctx.translator(state.language).gettext
    note = _(
        "Border pass, or work by the day or the season? Our sources have nothing checked on "
        "what a border pass allows, how to get one, what happens if you are caught without "
        "one, or whether a boss may keep it. The little we know (2025) is in “{visa}”. Ask "
        "a person before you cross or pay anyone: tap “{person}”."
    ).format(
        visa=topic_title(ctx.catalog, VISA, ctx.translator(state.language).language),
        person=_("Talk to a person"),
    )
    return with_visa_button(with_note(note, outcome), state, ctx)


def with_visa_button(outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` with a button to the answer the line names, unless one is there: under
    Documents you need, "The little we know (2025) is in "Visa and work permit"" had no
    button to it (round 25C). After the footer when the footer comes first (urgent topics),
    else first."""
    last = outcome.replies[-1]
    shown = [button.data for row in last.buttons for button in row]
    if any(data.split("@")[0] in (f"topic:{VISA}", f"at:{VISA}") for data in shown):
        return outcome
    title = topic_title(ctx.catalog, VISA, ctx.translator(state.language).language)
    row = (Button(title, f"topic:{VISA}"),)
    rows = list(last.buttons)
    at = 1 if rows and any(button.data == "menu" for button in rows[0]) else 0
    rows.insert(at, row)
    return replace(outcome, replies=(*outcome.replies[:-1], replace(last, buttons=tuple(rows))))
