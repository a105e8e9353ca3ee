"""The form's buttons ("ref:<action>[:<value>]"): each counted only at its own question,
an old one answered with the question the form waits for; Send and Cancel of the right
summary only.
"""

from __future__ import annotations

from bot.dialogue import form_question
from bot.dialogue.context import Context
from bot.dialogue.form_state import (
    DESCRIBED_AT,
    fills_form,
    first_unanswered,
    unfinished,
    with_place,
)
from bot.dialogue.form_steps import change, edit, next_step, resume
from bot.dialogue.form_story import story_at_topic
from bot.dialogue.keyboards import country_names
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import (
    ask_contact_value,
    cancel,
    stale,
)
from bot.dialogue.referral_summary import send
from bot.values import UserState


def on_button(value: str, state: UserState, ctx: Context) -> Outcome:
    """Buttons "ref:<action>[:<value>]" of the form. Pressed while "[Continue the form]
    [Ask this instead]" waits (the form's own buttons above it too): back in the form. A
    story that waits there, typed at "Is your problem about ...?", is kept as what happened
    on "Continue the form" (form_story.py)."""
    story = form_question.story_waiting(state) if value == "resume" else None
    state = _described_long_ago(form_question.back_to_form(state))
    if story is not None:
        return story_at_topic(story, state, ctx, joins_more=False)
    action, _, arg = value.partition(":")
    if action == "cancel":
        if arg and unfinished(state) and (state.form or {}).get("ref") != arg:
            # The Cancel of another summary (a case sent already, still in the chat): the
            # form open now is not the one it was for, and stays.
            note = ctx.translator(state.language).gettext("That button is old.")
            return with_note(note, resume(state, ctx))
        return cancel(state, ctx, arg)
    if action == "send":
        if _sent_before(arg, state, ctx):
            # The Send of an earlier case's summary, still in the chat and looking the same:
            # that case went already; the new request stays, waiting for its own Send.
            note = ctx.translator(state.language).gettext(
                "Case {ref} was already sent. Your new request is not sent yet: it waits "
                "for its own Send."
            )
            return with_note(note.format(ref=arg), resume(state, ctx))
        return send(arg, state, ctx)
    if state.form is None:
        return stale(state, ctx)
    if not _at_its_step(action, arg, state):
        # A button of an earlier question (every keyboard stays in the chat): it would
        # erase or skip an answer of this form. The question the form waits for, again.
        note = ctx.translator(state.language).gettext("That button is old.")
        return with_note(note, resume(state, ctx))
    form = dict(state.form)
    if action == "topic":
        form["topic"] = arg if arg in ctx.catalog.topics else ""
        return next_step(state.with_(form=form), ctx, "topic")
    if action == "skip" and arg == "place":
        return next_step(state.with_(form=with_place(form, "", None)), ctx, "place")
    if action == "skip" and arg == "description":
        form[arg] = ""
        return next_step(state.with_(form=form), ctx, arg)
    if action == "place" and arg:
        name = country_names(ctx.translator(state.language)).get(arg, "")
        form = with_place(form, name, arg if name and arg != "other" else None)
        return next_step(state.with_(form=form), ctx, "place")
    if action == "contact" and arg == "bot":
        form.update(contact_method="bot", contact="")
        return next_step(state.with_(form=form), ctx, "contact")
    if action == "contact" and arg in ("phone", "telegram"):
        return ask_contact_value(arg, state, ctx)
    if action == "urgent" and arg in ("yes", "no"):
        form["urgent"] = "1" if arg == "yes" else ""
        return next_step(state.with_(form=form), ctx, "urgency")
    if action == "resume":  # "Continue the form"
        return resume(state, ctx)
    if action == "change":
        return change(state, ctx)
    if action == "edit":
        return edit(arg, state, ctx)
    return stale(state, ctx)


# The steps at which each of the form's buttons counts (Change and its fields: the
# summary's). The contact question's buttons also while its phone number or username is
# asked, right under it: the person changed their mind about the way.
BUTTON_STEP: dict[str, tuple[str, ...]] = {
    "topic": ("ref:topic",),
    "place": ("ref:place",),
    "contact": ("ref:contact", "ref:contact_value"),
    "urgent": ("ref:urgency",),
    "change": ("ref:confirm",),
    "edit": ("ref:confirm",),
}


def _at_its_step(action: str, arg: str, state: UserState) -> bool:
    """Whether a form button is one of the question the form waits for (its step's, or
    after /menu or a topic left the form, the first question not answered: the one "Talk to
    a person" resumes). "Continue the form" resumes at any step."""
    if action == "resume":
        return True
    steps = (f"ref:{arg}",) if action == "skip" else BUTTON_STEP.get(action, ())
    waits = state.step if fills_form(state) else first_unanswered(state.form or {})
    return waits in steps


def _sent_before(ref: str, state: UserState, ctx: Context) -> bool:
    """Whether `ref` is a case sent already while another request is being filled in."""
    sent = any(case.ref == ref for case in ctx.cases)
    return sent and unfinished(state) and (state.form or {}).get("ref") != ref


def _described_long_ago(state: UserState) -> UserState:
    """The form without the time of its description: a button pressed ends the window in
    which messages are added to it."""
    form = state.form or {}
    if DESCRIBED_AT not in form:
        return state
    return state.with_(form={k: v for k, v in form.items() if k != DESCRIBED_AT})
