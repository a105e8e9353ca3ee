"""A form left long ago (LEFT_AFTER): when its question was last shown or answered, the
text that came then set aside (answered as any message, a story kept), and the one
line that offers the draft after it ([Continue it] [Delete it]).
"""

from __future__ import annotations

import datetime as dt

from bot.dialogue import form_question
from bot.dialogue.context import Context
from bot.dialogue.form_state import DESCRIBED_AT, KEPT, KEPT_MAX, fills_form, unfinished
from bot.dialogue.typed_answers import (
    long_enough,
)
from bot.values import Button, Reply, UserState

# A form whose question was last shown or answered this long ago is not continued by typing
# (exploratory test 7, finding 4): a question typed days later became the description, the
# next one the place, neither answered, nothing said. The text is then answered as any
# message, and one line offers the draft ("Continue it", "Delete it"): an extra tap for
# someone who comes back after a long break to answer, a question answered for everyone
# else. Three hours: longer than a break at work, shorter than a night.
LEFT_AFTER = dt.timedelta(hours=3)
TOUCHED_AT = "touched_at"  # in the form: when (UTC, ISO) its question was last shown or answered
# A form left long ago, its step cleared for a text answered as any message (set_aside): "1"
# until the line offering the draft ([Continue it] [Delete it]) is shown, with that answer or,
# when it could not come there, with the next (exploratory test 8, finding 4).
SET_ASIDE = "set_aside"


def _last_touched(state: UserState) -> dt.datetime | None:
    form = state.form or {}
    at = form.get(TOUCHED_AT) or form.get(DESCRIBED_AT)  # a draft from before TOUCHED_AT
    return _utc(dt.datetime.fromisoformat(at)) if at else None


def _utc(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def left_long_ago(state: UserState, at: dt.datetime | None) -> bool:
    """Whether the form waits at one of its steps, its question last shown or answered more
    than LEFT_AFTER before `at` (when the person wrote). Unknown times: not (as before)."""
    last = _last_touched(state) if fills_form(state) else None
    return at is not None and last is not None and _utc(at) - last > LEFT_AFTER


def touched(state: UserState, at: dt.datetime | None) -> UserState:
    """`state` with the time its form's question was shown or answered, while one waits (the
    form set aside, back in it: its line is not due any more)."""
    if at is None or not fills_form(state) or not state.form:
        return state
    form = {k: v for k, v in state.form.items() if k != SET_ASIDE}
    return state.with_(form={**form, TOUCHED_AT: at.isoformat()})


def set_aside(state: UserState, text: str) -> UserState:
    """A form left long ago, a text come: the step cleared (the text is answered as any
    message), the line offering the draft due; at "Tell me what happened", a story kept."""
    form = {**(state.form or {}), SET_ASIDE: "1"}
    # Typed where the bot asked "Tell me what happened": a story even when it ends in a
    # question ("... what can we do"), unlike one typed at a button step.
    if state.step == "ref:description" and long_enough(text):
        form[KEPT] = text.strip()[:KEPT_MAX]
    return state.with_(step=None, form=form)


def line_due(state: UserState) -> bool:
    """Whether the line offering a draft set aside is still to be shown (not while the form
    waits at a step again)."""
    form = state.form or {}
    return form.get(SET_ASIDE) == "1" and unfinished(state) and not fills_form(state)


def line_shown(state: UserState) -> UserState:
    return state.with_(form={k: v for k, v in (state.form or {}).items() if k != SET_ASIDE})


def unfinished_line(state: UserState, ctx: Context) -> Reply:
    """After a text answered instead of taken by a form left long ago: one line, the draft's
    day, and what to do with it. Kept as long as any draft (until Send, Cancel, this Delete,
    or with the profile): nothing is kept for longer because of it."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    last = _last_touched(state)
    day = tr.date(last.date()) if last else ""
    if KEPT in (state.form or {}):
        text = _(
            "You have an unfinished request from {day}. If you continue it, your message is "
            "kept in it as what happened."
        ).format(day=day)
    else:
        text = _("You have an unfinished request from {day}.").format(day=day)
    keyboard = (
        (Button(_("Continue it"), form_question.CONTINUE), Button(_("Delete it"), "ref:cancel")),
    )
    return Reply(text, keyboard)
