"""Which question of the form comes next: resuming where it waits (a story kept taken as
what happened), the next step after an answer, and Change with its fields.
"""

from __future__ import annotations

from bot.content.localised import topic_title
from bot.dialogue import form_question, triage
from bot.dialogue.context import Context
from bot.dialogue.form_left import SET_ASIDE
from bot.dialogue.form_state import FIELDS, KEPT, fills_form, first_unanswered
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import (
    MAX_TEXT,
    ask_contact,
    ask_contact_value,
    ask_description,
    ask_place,
    ask_topic,
    ask_urgency,
    cancel_row,
    cut_note,
    stale,
)
from bot.dialogue.referral_summary import summary
from bot.values import Button, Reply, UserState


def resume(state: UserState, ctx: Context) -> Outcome:
    """The question the form waits for: its step's, or (after /menu cleared the step) the
    first one not answered yet. While "[Continue the form] [Ask this instead]" waits, that
    choice, its words kept: a voice note, a location or an old button there answers nothing
    and must not drop the question typed (form_question.py)."""
    if form_question.waits(state):
        return form_question.again(state, ctx)
    state = form_question.back_to_form(state)
    form = state.form or {}
    if not fills_form(state) and KEPT in form:
        return _kept_as_description(state, ctx)
    step = state.step if fills_form(state) else first_unanswered(form)
    if step == "ref:topic":
        return ask_topic(state, ctx)
    if step == "ref:description":
        return ask_description(state, ctx)
    if step == "ref:place":
        return ask_place(state, ctx)
    if step == "ref:contact":
        return ask_contact(state, ctx)
    if step == "ref:contact_value":
        return ask_contact_value(form.get("contact_method") or "phone", state, ctx)
    if step == "ref:urgency" and form.get("urgent") != "1":
        return ask_urgency(state, ctx)
    return summary(state.with_(form={k: v for k, v in form.items() if k != "editing"}), ctx)


def _kept_as_description(state: UserState, ctx: Context) -> Outcome:
    """A form set aside with a story kept, continued: the story is what happened (danger in
    it marks the case urgent, as at the step), the person told in one line, and the form
    goes on at its first question not answered (the summary, when it was changing it)."""
    form = {k: v for k, v in (state.form or {}).items() if k not in (KEPT, SET_ASIDE)}
    words = (state.form or {})[KEPT]
    form["description"] = words[:MAX_TEXT]
    if triage.in_danger(words, ctx):
        form["urgent"] = "1"
    tr = ctx.translator(state.language)
    note = tr.gettext("I kept your message as what happened. You can change it before sending.")
    cut = cut_note(words, tr)
    return with_note(f"{note} {cut}" if cut else note, resume(state.with_(form=form), ctx))


def next_step(state: UserState, ctx: Context, after: str) -> Outcome:
    """Go on with the form, or back to the summary when the user was changing one answer."""
    form = state.form or {}
    if form.get("editing"):
        return summary(state.with_(form={k: v for k, v in form.items() if k != "editing"}), ctx)
    following = {
        "topic": ask_description,
        "description": ask_place,
        "place": ask_contact,
        "contact": summary if form.get("urgent") == "1" else ask_urgency,
        "urgency": summary,
    }
    return following[after](state, ctx)


def change(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    labels = {
        "topic": _("Problem"),
        "description": _("Your words"),
        "place": _("Where"),
        "contact": _("Contact"),
        "urgency": _("Urgent"),
    }
    # Back to the summary and Cancel, as under every other step of the form: "Change"
    # pressed by mistake had no way back to Send but to answer a question again (round 40B).
    keyboard = (
        *((Button(labels[f], f"ref:edit:{f}"),) for f in FIELDS),
        (Button(_("Back"), "ref:resume"), *cancel_row(tr)),
    )
    text = _("What do you want to change?")
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:confirm"))


def edit(field: str, state: UserState, ctx: Context) -> Outcome:
    if field not in FIELDS or state.form is None:
        return stale(state, ctx)
    state = state.with_(form={**state.form, "editing": "1"})
    if field == "topic":
        tr = ctx.translator(state.language)
        topic = state.form.get("topic") if state.form else None
        keyboard = (
            (Button(topic_title(ctx.catalog, topic, tr.language), f"ref:topic:{topic}"),)
            if topic
            else (),
            (Button(tr.gettext("Something else"), "ref:topic:other"),),
            cancel_row(tr),
        )
        text = tr.gettext("What is the problem?")
        rows = tuple(row for row in keyboard if row)
        return Outcome((Reply(text, rows),), state.with_(step="ref:topic"))
    asks = {
        "description": ask_description,
        "place": ask_place,
        "contact": ask_contact,
        "urgency": ask_urgency,
    }
    return asks[field](state, ctx)
