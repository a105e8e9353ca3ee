"""The embassy's number asked for beside another problem (round 54C, the lead: "boss keep
my passport. embassy phone number?" from Johor got Passport taken, the embassy only as a
button under "You also wrote about this", though the person plainly asked for its number).

Where the words ask for the embassy's phone, number, contact or address and the answer is
another topic's, the embassy's contacts for the person's nationality and place (the
embassy answer's own contacts, content/topics/embassy_contact.yml: nothing new) come with
the answer, under its own contacts; the embassy button stays. Only where the nationality and
the country are known and the answer there holds a contact; else the button alone, as before.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue.contacts_shown import caution_legend, contacts_block, for_person
from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.once import per_message
from bot.values import UserState

EMBASSY = "embassy_contact"
# Its own answer, and the answers that put the numbers or the form first
_NOT_WITH = frozenset({EMBASSY, "emergency_help", "talk_to_person", "labour_attache"})

_ASKS = re.compile(
    r"\b(?:"
    r"(?:embassy|embassies|consulate)(?:'s|s)?\s+(?:phone|tel|telephone|hotline|contact|"
    r"number|no|address|email|e-mail)|"
    r"(?:phone|tel|telephone|number|contact|address|email)\s+(?:no\s+|number\s+)?"
    r"(?:of|for|to)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:embassy|consulate)|"
    r"(?:call|phone|contact|ring|reach)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?"
    r"(?:embassy|consulate)|"
    # romanised Burmese "than yone phone" / "than yone number", Khmer "lek sthantout"
    r"than\s*(?:yone|yon|yoan)\s+(?:phone|number|no)|(?:lek|lekh)\s+(?:sthan\s*tout|stantout)"
    r")\b",
    re.IGNORECASE,
)
_ASKS_SCRIPT = (
    # Burmese: the embassy's phone (number), the embassy's number, contact the embassy
    "သံရုံးဖုန်း",
    "သံရုံးနံပါတ်",
    "သံရုံးရဲ့ဖုန်း",
    "သံရုံးကိုဆက်သွယ်",
    "သံရုံးဆက်သွယ်",
    # Khmer: the embassy's number, phone of the embassy, contact the embassy
    "លេខស្ថានទូត",
    "លេខទូរស័ព្ទស្ថានទូត",
    "ទូរស័ព្ទស្ថានទូត",
    "ទាក់ទងស្ថានទូត",
)


@per_message
def asks(words: str) -> bool:
    """Whether `words` ask for the embassy's phone, number, contact or address."""
    return holds(words, _ASKS, _ASKS_SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), with the embassy's contacts under it where the
    words ask for them and the answer is another topic's."""
    if topic in _NOT_WITH or not outcome.replies or not asks(words):
        return outcome
    block = card(state, ctx)
    if not block:
        return outcome
    tr = ctx.translator(state.language)
    also = tr.gettext("You also wrote about this. Tap to read more:")
    first, *rest = outcome.replies
    text = first.text
    legend = caution_legend(tr)
    if legend in text:  # said once for the answer's contacts: not twice
        block = block.replace(f"\n\n{legend}", "")
    at = text.rfind(also)
    head, tail = (text, "") if at < 0 else (text[:at].rstrip(), f"\n\n{text[at:]}")
    text = f"{head}\n\n{block}{tail}"
    return replace(outcome, replies=(replace(first, text=text), *rest))


def card(state: UserState, ctx: Context) -> str:
    """ "Your embassy:" and the embassy answer's contacts for the person's nationality and
    place ("" where either is not known or the answer there holds none)."""
    origin, country = state.origin, state.country
    if origin in (None, "other") or country in (None, "other", origin):
        return ""
    catalog = ctx.catalog
    if catalog.topic(EMBASSY) is None:
        return ""
    try:
        variant = catalog.answer(EMBASSY, origin, country)
    except KeyError:
        return ""
    tr = ctx.translator(state.language)
    contacts = for_person(catalog.contacts(variant), origin, country, tr.language)
    if not contacts:
        return ""
    title = tr.gettext("Your embassy:")
    return f"{title}\n\n{contacts_block(catalog, contacts, tr, origin)}"
