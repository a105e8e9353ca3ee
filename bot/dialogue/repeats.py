"""The same question sent again within a minute (a bad connection resends it, or an
impatient tap): "I answered this just above", with the buttons, instead of the whole answer
again (exploratory test 9, finding 10: five sends, five answers of 1,066 characters).

Never for danger: danger words, or an emergency or an arrest the NLU read, get the whole
answer, the numbers first, every time. Only a question the bot answered as such: not the
form's words, an answer to a caseworker, nor a text while a question waits (its step).
The service tells whether the text is the same as the last (Context.repeated): a text that
differs is always answered.
"""

from __future__ import annotations

from bot.content.topics import URGENT_TOPICS
from bot.dialogue import my_cases, referral_form, triage
from bot.dialogue.answers import HERE_STEP
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text
from bot.dialogue.keyboards import footer
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState


def resent(event: Event, state: UserState, ctx: Context) -> bool:
    if not (ctx.repeated and isinstance(event, Text)) or state.language is None:
        return False
    if referral_form.fills_form(state) or my_cases.writes_answer(state):
        return False
    if state.step is not None and not state.step.startswith(HERE_STEP):
        return False  # a question waits for this text (yes or no, Send or No, a place)
    if event.nlu is not None and event.nlu.topic in URGENT_TOPICS:
        return False
    if triage.help_after_danger(event.text, ctx):
        return False  # "help", "help" in a raid: the numbers each time, as danger words
    return not triage.in_danger(event.text, ctx)


def answered_above(state: UserState, ctx: Context) -> Outcome:
    """The short note, and the way to a person and the menu; nothing else changes (the
    answer's own step, "Where are you now?", still waits), nothing is counted again."""
    tr = ctx.translator(state.language)
    text = tr.gettext("I answered this just above: scroll up to read it.")
    return Outcome((Reply(text, (footer(tr),)),), state)
