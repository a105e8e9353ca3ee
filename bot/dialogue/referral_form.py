"""The migrant's side of a referral: what the user answers, in which order, and changing
an answer (the questions are in referral_questions.py, the summary and Send, the only way a
case leaves, in referral_summary.py).

Text typed at a text step ("Tell me what happened", "Where are you?", the phone number) is
the answer, never read by the NLU. At a button step, a typed yes or no answers; a question
gets the choice of form_question.py; a story typed at "Is your problem about ...?" is the
description (typed_answers.tells_story); anything else, the question again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.content.localised import topic_title
from bot.content.topics import TOPIC_IDS
from bot.dialogue import form_question, triage
from bot.dialogue.contact_words import contact_given, contact_way, has_phone, latin_digits
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import country_names
from bot.dialogue.my_cases import held_first
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.places import location, names_only
from bot.dialogue.referral_questions import (
    MAX_TEXT,
    ask_contact,
    ask_contact_value,
    ask_description,
    ask_place,
    ask_topic,
    ask_urgency,
    cancel,
    cut_note,
    open_form,
    stale,
)
from bot.dialogue.referral_summary import send, summary
from bot.dialogue.typed_answers import (
    asks_something,
    long_enough,
    plain_answer,
    same_words,
    says_send,
    says_skip,
    tells_story,
)
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.values import Button, Reply, UserState

TEXT_STEPS = ("ref:description", "ref:place", "ref:contact_value")
# Steps answered with a button. Text typed there still comes to the form first (the NLU
# reads it too): an obvious yes or no is read, a question gets "[Continue the form] [Ask
# this instead]" (form_question.py), anything else the question again.
BUTTON_STEPS = ("ref:topic", "ref:contact", "ref:urgency", "ref:confirm")
FIELDS = ("topic", "description", "place", "contact", "urgency")
# Messages arriving this soon after the description are more of it, not the next answer:
# the Telegram app sends a text over 4,096 characters as several messages within a second,
# and people write in bursts of short messages. Six seconds was too long: a place name
# typed 3 s after the description (one short word, read and typed at once) was added to
# it, and typed again, added again. Three seconds still holds a split text and a quick
# burst; besides, at "Where are you?" words that are only names of places the bot knows
# are the place, and a text the same as one already added is never added again (the
# person is answering the question asked again). A message taken wrongly is said ("I
# added this ...") and the question asked again. Each message added starts the window again.
# The times are when the messages were sent (Telegram's dates), else when they are handled.
JOIN_SECONDS = 3
DESCRIBED_AT = "described_at"  # in the form: when (UTC, ISO) the last words were sent
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
# A story (typed_answers.tells_story) typed then at "Tell me what happened": what the bot had
# asked for, after a night shift. Answered as any message, and kept with the draft: continued,
# the form takes it as what happened (resume), said in one line; it goes only with Send.
KEPT = "kept_story"
KEPT_MAX = 2 * MAX_TEXT  # kept whole (a Telegram message is at most 4,096), cut when taken


def on_person(value: str, state: UserState, ctx: Context) -> Outcome:
    """The "Talk to a person" buttons: "person[:<topic>]", and "person:<topic>:new", a new
    request although an organisation holds a case of the person's (my_cases.held_first)."""
    topic, _sep, new = value.partition(":")
    return start(topic if topic in TOPIC_IDS else None, state, ctx, anyway=new == "new")


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


def unfinished(state: UserState) -> bool:
    """Whether a form was started and neither sent nor cancelled (both clear it)."""
    return bool(state.form) and "topic" in (state.form or {})


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
    step = state.step if fills_form(state) else _first_unanswered(form)
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


def _first_unanswered(form: Mapping[str, str]) -> str:
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
    keyboard = tuple((Button(labels[f], f"ref:edit:{f}"),) for f in FIELDS)
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


def on_button(value: str, state: UserState, ctx: Context) -> Outcome:
    """Buttons "ref:<action>[:<value>]" of the form. Pressed while "[Continue the form]
    [Ask this instead]" waits (the form's own buttons above it too): back in the form."""
    state = _described_long_ago(form_question.back_to_form(state))
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
    if action == "skip" and arg in ("description", "place"):
        form[arg] = ""
        return next_step(state.with_(form=form), ctx, arg)
    if action == "place" and arg:
        form["place"] = country_names(ctx.translator(state.language)).get(arg, "")
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
    waits = state.step if fills_form(state) else _first_unanswered(state.form or {})
    return waits in steps


def _sent_before(ref: str, state: UserState, ctx: Context) -> bool:
    """Whether `ref` is a case sent already while another request is being filled in."""
    sent = any(case.ref == ref for case in ctx.cases)
    return sent and unfinished(state) and (state.form or {}).get("ref") != ref


def on_text(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Free text while the form is open: the user's own words at a text step; at a button
    step, an obvious yes or no, a choice for a question, else the same question again (typed
    while that choice waits: as at the step it was offered at). Danger words anywhere mark
    the case urgent (the engine puts the emergency numbers first, triage.py)."""
    state = form_question.back_to_form(state)
    text = event.text
    if state.form is None:
        return stale(state, ctx)
    form = dict(state.form)
    danger = triage.in_danger(text, ctx)
    if danger:
        form["urgent"] = "1"  # the urgency question is then skipped; Change can undo it
    sent_at = event.sent_at or ctx.now
    if _joins_description(text.strip(), sent_at, state, ctx):
        return _add_to_description(text.strip(), sent_at, state.with_(form=form), ctx)
    if state.step in BUTTON_STEPS:
        return _typed_at_button_step(event, danger, state.with_(form=form), ctx)
    words = text.strip()[:MAX_TEXT]
    if not words and state.step != "ref:description":
        return resume(state, ctx)
    if state.step == "ref:description":
        form["description"] = words
        if sent_at is not None:
            form[DESCRIBED_AT] = sent_at.isoformat()
        outcome = next_step(state.with_(form=form), ctx, "description")
        note = cut_note(text.strip(), ctx.translator(state.language))
        return with_note(note, outcome) if note else outcome
    if state.step == "ref:place":
        form["place"] = words[:200]
        return next_step(state.with_(form=form), ctx, "place")
    if state.step == "ref:contact_value":
        if form.get("contact_method", "phone") == "phone" and not has_phone(words):
            # "help they are coming" or "12" is no number an organisation can call: asked
            # again; words in danger go with the person's own words, not into the contact.
            if danger:
                before = form.get("description", "")
                form["description"] = f"{before}\n{words}".strip()[:MAX_TEXT]
            tr = ctx.translator(state.language)
            hint = tr.gettext("That does not look like a phone number.")
            asked = ask_contact_value("phone", state.with_(form=form), ctx)
            return with_note(hint, asked)
        phone = form.get("contact_method", "phone") == "phone"
        form["contact"] = (latin_digits(words) if phone else words)[:100]
        return next_step(state.with_(form=form), ctx, "contact")
    return stale(state, ctx)


def _just_described(sent_at: dt.datetime | None, state: UserState, ctx: Context) -> bool:
    """Whether the description was sent within JOIN_SECONDS before `sent_at` (this message's
    time), with no button pressed since."""
    at = (state.form or {}).get(DESCRIBED_AT)
    if not at or sent_at is None:
        return False
    waited = (sent_at - dt.datetime.fromisoformat(at)).total_seconds()
    window = JOIN_SECONDS if ctx.join_seconds is None else ctx.join_seconds
    return 0 <= waited <= window and window > 0


def _joins_description(
    words: str, sent_at: dt.datetime | None, state: UserState, ctx: Context
) -> bool:
    """Whether these words are more of the description sent just before (JOIN_SECONDS), not
    the answer to the question after it. Never a text already in it (typed again: it is the
    answer to the question asked again), nor at "Where are you?" a text of place names only
    ("Chiang Mai"): that is the place."""
    if not words or state.step == "ref:description" or not _just_described(sent_at, state, ctx):
        return False
    if words in (state.form or {}).get("description", "").split("\n"):
        return False
    return not (state.step == "ref:place" and names_only(words) and location(words))


def _add_to_description(
    words: str, sent_at: dt.datetime | None, state: UserState, ctx: Context
) -> Outcome:
    """More of what happened, sent right after it: added to the description, the person told,
    and the question the form waits for asked again. Over MAX_TEXT, the newest words are kept
    (where the person is now and what they need come last), as the caseworker's case details
    keep the newest messages."""
    tr = ctx.translator(state.language)
    form = dict(state.form or {})
    joined = f"{form.get('description', '')}\n{words}".strip()
    form["description"] = joined[-MAX_TEXT:]
    if sent_at is not None:
        form[DESCRIBED_AT] = sent_at.isoformat()
    note = tr.gettext("I added this to what happened.")
    if len(joined) > MAX_TEXT:
        kept = tr.gettext("Your text was long: I kept the last {kept} characters.")
        note = f"{note} {kept.format(kept=MAX_TEXT)}"
    return with_note(note, resume(state.with_(form=form), ctx))


def _described_long_ago(state: UserState) -> UserState:
    """The form without the time of its description: a button pressed ends the window in
    which messages are added to it."""
    form = state.form or {}
    if DESCRIBED_AT not in form:
        return state
    return state.with_(form={k: v for k, v in form.items() if k != DESCRIBED_AT})


def _typed_at_button_step(event: Text, danger: bool, state: UserState, ctx: Context) -> Outcome:
    """Typed where a button was asked for. Never sends: at the summary, only a press of Send
    is consent. Never loses the form: a question gets the choice to ask it or go on (danger
    keeps the form: the numbers come first, then its question), anything else the question
    again, with its buttons."""
    form = dict(state.form or {})
    _ = ctx.translator(state.language).gettext
    text = event.text
    answer = plain_answer(text, urgency=state.step == "ref:urgency")
    if state.step == "ref:urgency" and (answer is not None or danger):
        form["urgent"] = "1" if answer or danger else ""
        return next_step(state.with_(form=form), ctx, "urgency")
    if state.step == "ref:topic" and answer is not None:
        form["topic"] = form.get("topic", "") if answer else ""
        return next_step(state.with_(form=form), ctx, "topic")
    if state.step == "ref:topic" and "description" not in form and tells_story(text):
        return _story_at_topic(event, state.with_(form=form), ctx)
    if state.step == "ref:contact" and not danger and (given := contact_given(text)):
        form["contact_method"], form["contact"] = given
        return next_step(state.with_(form=form), ctx, "contact")
    if not danger and (pressed := _typed_button(text, state, ctx)):
        return on_button(pressed, state, ctx)
    if not danger and _asks(event, ctx):
        return form_question.offer(event, state, ctx)
    if state.step == "ref:confirm":
        note = _("Nothing is sent yet. To send it, press Send.")
    else:
        note = _("Please press one of the buttons.")
    return with_note(note, resume(state, ctx))


def _story_at_topic(event: Text, state: UserState, ctx: Context) -> Outcome:
    """A story typed at "Is your problem about: <topic>?": the person answered with what
    happened, the next question's answer. Kept as the description, the topic as a yes, or the
    topic the story is surely about (`_story_topic`); the summary shows both, Change changes
    either, and the person is told in one line."""
    form = dict(state.form or {})
    words = event.text.strip()
    form["description"] = words[:MAX_TEXT]
    sent_at = event.sent_at or ctx.now
    if sent_at is not None:
        form[DESCRIBED_AT] = sent_at.isoformat()  # what follows at once is more of it
    offered = form.get("topic", "")
    form["topic"] = _story_topic(event, offered, ctx)
    tr = ctx.translator(state.language)
    if form["topic"] == offered:
        note = tr.gettext("I kept your message as what happened. You can change it before sending.")
    else:
        note = tr.gettext(
            "I kept your message as what happened, about: {problem}. You can change both "
            "before sending."
        ).format(problem=topic_title(ctx.catalog, form["topic"], tr.language))
    cut = cut_note(words, tr)
    outcome = next_step(state.with_(form=form), ctx, "description")
    return with_note(f"{note} {cut}" if cut else note, outcome)


def _story_topic(event: Text, offered: str, ctx: Context) -> str:
    """The topic of a story typed at "Is your problem about: <offered>?": the one offered (the
    person came from its answer), unless the NLU surely reads the story as another problem
    and finds the offered one nowhere in it ("boss lock us in the room and take our passport"
    offered Unpaid wages, exploratory test 8, #5): then the problem the bot would have
    answered first (bot/nlu/priority.py), which the caseworker reads as the case's."""
    nlu = event.nlu
    if nlu is None or nlu.confidence < DEFAULT_THRESHOLD:
        return offered
    read = nlu.topics or (nlu.topic,)
    found = [topic for topic in read if topic in TOPIC_IDS and topic in ctx.catalog.topics]
    if not found or not offered or offered in found:
        return offered
    return found[0]


def _typed_button(text: str, state: UserState, ctx: Context) -> str | None:
    """The button of the step (its "ref:" action) typed instead of pressed: its label in the
    person's language, or at the contact question the way in English words ("by phone").
    Never Send nor Cancel: consent and the end of a draft take a press."""
    if state.step == "ref:contact" and (way := contact_way(text)):
        return f"contact:{way}"
    for row in resume(state, ctx).replies[-1].buttons:
        for button in row:
            own = button.data.startswith("ref:") and not button.data.startswith("ref:cancel")
            if own and not button.data.startswith("ref:send:") and same_words(text, button.label):
                return button.data.removeprefix("ref:")
    return None


def _asks(event: Text, ctx: Context) -> bool:
    """Whether words typed at a button step ask the bot something, and are not "send",
    "skip" or "talk to a person" (the form is that already)."""
    if says_send(event.text) or says_skip(event.text):
        return False
    if event.nlu is not None and event.nlu.topic == "talk_to_person":
        return False
    return asks_something(event, ctx)


def fills_form(state: UserState) -> bool:
    """Whether the next free text comes to the form (not to flows.on_text)."""
    return (
        state.step in TEXT_STEPS or state.step in BUTTON_STEPS or state.step == form_question.STEP
    )


def keeps_words(state: UserState) -> bool:
    """Whether the next free text is the form's answer as typed (and must not go to the NLU)."""
    return state.step in TEXT_STEPS
