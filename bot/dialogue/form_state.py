"""Where a referral form stands: which steps take typed text and which take buttons, the
fields it asks, the keys it keeps in `state.form`, whether one is unfinished, and its
first question not answered yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialogue import form_question
from bot.dialogue.referral_questions import (
    MAX_TEXT,
)
from bot.values import UserState

TEXT_STEPS = ("ref:description", "ref:place", "ref:contact_value")


# Steps answered with a button. Text typed there still comes to the form first (the NLU
# reads it too): an obvious yes or no is read, a question gets "[Continue the form] [Ask
# this instead]" (form_question.py), anything else the question again.
BUTTON_STEPS = ("ref:topic", "ref:contact", "ref:urgency", "ref:confirm")


FIELDS = ("topic", "description", "place", "contact", "urgency")


DESCRIBED_AT = "described_at"  # in the form: when (UTC, ISO) the last words were sent


# The country the form's place surely names (its button, a shared location's country, or a
# typed name that says only where: places.said_place), kept apart from the words shown: a
# place like "Rayong, Thailand" (a shared location's nearest city) is not read back from text.
# The case is routed for it (referral_summary.case_country); the profile is never changed.
PLACE_COUNTRY = "place_country"


def with_place(form: Mapping[str, str], place: str, country: str | None) -> dict[str, str]:
    """`form` with the place answered (or skipped, ""), and the country it names, if any."""
    kept = {key: value for key, value in form.items() if key != PLACE_COUNTRY}
    kept["place"] = place
    if country:
        kept[PLACE_COUNTRY] = country
    return kept


# A story (typed_answers.tells_story) typed then at "Tell me what happened": what the bot had
# asked for, after a night shift. Answered as any message, and kept with the draft: continued,
# the form takes it as what happened (resume), said in one line; it goes only with Send.
KEPT = "kept_story"
KEPT_MAX = 2 * MAX_TEXT  # kept whole (a Telegram message is at most 4,096), cut when taken


def unfinished(state: UserState) -> bool:
    """Whether a form was started and neither sent nor cancelled (both clear it)."""
    return bool(state.form) and "topic" in (state.form or {})


def first_unanswered(form: Mapping[str, str]) -> str:
    # A story kept (KEPT) is what happened once the form goes on: the topic's and the
    # description's old buttons are old then, and "That button is old" resumes with it.
    if "description" not in form and KEPT not in form:
        return "ref:topic" if form.get("topic") else "ref:description"
    if "place" not in form:
        return "ref:place"
    if "contact_method" not in form:
        return "ref:contact"
    if "contact" not in form:
        return "ref:contact_value"
    if "urgent" not in form:
        return "ref:urgency"
    return "ref:confirm"


def fills_form(state: UserState) -> bool:
    """Whether the next free text comes to the form (not to flows.on_text)."""
    return (
        state.step in TEXT_STEPS or state.step in BUTTON_STEPS or state.step == form_question.STEP
    )


def keeps_words(state: UserState) -> bool:
    """Whether the next free text is the form's answer as typed (and must not go to the NLU)."""
    return state.step in TEXT_STEPS
