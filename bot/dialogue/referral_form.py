"""The migrant's side of a referral: what the user answers, in which order, and changing
an answer (the questions are in referral_questions.py, the summary and Send, the only way a
case leaves, in referral_summary.py).

Text typed at a text step ("Tell me what happened", "Where are you?", the phone number) is
the answer, never read by the NLU. At a button step, a typed yes or no answers; a question
gets the choice of form_question.py; a story typed at "Is your problem about ...?" is the
description (typed_answers.tells_story); anything else, the question again.

This module starts or resumes a form and is the one the rest of the dialogue imports; the
form itself is in form_state.py (its steps and keys), form_steps.py (the next question,
Change), form_buttons.py, form_typed.py (typed text) and form_left.py (a form left long ago).
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.topics import TOPIC_IDS
from bot.dialogue import form_question, outside_complaint, work_conditions
from bot.dialogue.context import Context
from bot.dialogue.form_buttons import on_button
from bot.dialogue.form_left import (
    LEFT_AFTER,
    TOUCHED_AT,
    left_long_ago,
    line_due,
    line_shown,
    set_aside,
    touched,
    unfinished_line,
)
from bot.dialogue.form_state import FIELDS, fills_form, keeps_words, unfinished
from bot.dialogue.form_steps import next_step, resume
from bot.dialogue.form_typed import JOIN_SECONDS, on_text
from bot.dialogue.my_cases import held_first
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import open_form
from bot.values import UserState

# "person:<topic>:urgent": the button under treatment first (work_conditions.urgent_person)
URGENT = work_conditions.URGENT

__all__ = [
    "FIELDS",
    "JOIN_SECONDS",
    "LEFT_AFTER",
    "TOUCHED_AT",
    "fills_form",
    "keeps_words",
    "left_long_ago",
    "line_due",
    "line_shown",
    "next_step",
    "on_button",
    "on_person",
    "on_text",
    "resume",
    "set_aside",
    "start",
    "touched",
    "unfinished",
    "unfinished_line",
]


def on_person(value: str, state: UserState, ctx: Context) -> Outcome:
    """The "Talk to a person" buttons: "person[:<topic>]", and "person:<topic>:new", a new
    request although an organisation holds a case of the person's (my_cases.held_first)."""
    topic, _sep, new = value.partition(":")
    # "person:<topic>:not=FED": from a complaint about FED typed outside the form (round
    # 43B); the form keeps only the ids, and its route leaves them out
    avoid = outside_complaint.from_button(new, ctx)
    anyway = new == "new" or bool(avoid)
    outcome = start(topic if topic in TOPIC_IDS else None, state, ctx, anyway=anyway)
    if new == URGENT and outcome.state.form is not None:
        # under treatment first (work_conditions.urgent_person, round 55A): harm that needs
        # treatment now reaches the organisation marked urgent, its topic kept, not asked
        form = {**outcome.state.form, "urgent": "1"}
        outcome = replace(outcome, state=outcome.state.with_(form=form))
    if avoid and outcome.state.form is not None:
        form = outside_complaint.keep(dict(outcome.state.form), avoid)
        outcome = replace(outcome, state=outcome.state.with_(form=form))
    return outcome


def start(topic: str | None, state: UserState, ctx: Context, *, anyway: bool = False) -> Outcome:
    """'Talk to a person' (pressed or typed): a new form, or, while one is unfinished, that
    form where the person stopped: what they wrote is never thrown away. Pressed from the
    emergency block ("person:emergency_help"), it also marks the form urgent. With a case an
    organisation holds, that case first (its caseworker is one tap away), unless `anyway`."""
    if not unfinished(state):
        held = None if anyway else held_first(topic, state, ctx)
        return held or open_form(topic, state, ctx)
    form = dict(state.form or {})
    if topic == "emergency_help":
        form["urgent"] = "1"
    state = state.with_(form=form, misses=0)
    note = ctx.translator(state.language).gettext(
        "Your request is not sent yet. Here is where you stopped:"
    )
    # Pressed while "[Continue the form] [Ask this instead]" waits: the form is the choice.
    return with_note(note, resume(form_question.back_to_form(state), ctx))
