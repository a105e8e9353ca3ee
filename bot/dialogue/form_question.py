"""A question typed in the middle of the "Talk to a person" form.

At a step answered with a button ("Is it urgent?", "How should the organisation contact
you?", the summary), words that answer nothing there but ask something the bot answers
("where is the embassy in Bangkok") got the form's question again: the person had to press
Cancel or a topic before being answered. Now they get a choice, [Continue the form] [Ask
this instead]. The draft stays as it was either way ("Talk to a person" resumes it); "Ask
this instead" answers the words as any question (engine.py). The words, and what the NLU
read of them, wait in the form (stored encrypted) only while the choice is open: any other
action forgets them. They are never logged. What the NLU reads as an emergency or an arrest
(with no danger keyword: those keep the form, the numbers first) is answered at once, as
"Ask this instead" would: waiting for a tap costs most there.

What answers nothing at the choice keeps the words and gets the choice again: a voice note,
a photo or a location (media.py, shared_location.py: the form "resumes" at the choice), an
old button. An edit of the waiting question itself (Telegram's message id) is the question
as it reads now: it replaces the waiting words, as typing it again would have. An edit of
an older message (an answer of the form, a question answered before) changes nothing that
went, and drops nothing: the note, then the choice again, the words still waiting. Where the
channel gives no message ids, an edit is taken as of an older message: words are not lost.
"""

from __future__ import annotations

from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text, reading_of, text_from
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import MAX_TEXT
from bot.dialogue.triage import sure_urgent_words
from bot.dialogue.typed_answers import long_enough, same_words
from bot.values import Button, Reply, UserState

STEP = "ref:asked"  # "[Continue the form] [Ask this instead]" waits for a press
WORDS = "asked_words"  # the words typed, in the form (encrypted) until the choice
READING = "asked_nlu"  # what the NLU read of them, to answer them on "Ask this instead"
AT = "asked_at"  # the form's step they were typed at, where "Continue the form" goes back
MESSAGE = "asked_id"  # the id of the message they came in (Text.message_id), for its edit
CONTINUE = "ref:resume"
ASK = "ref:ask"
KEYS = (WORDS, READING, AT, MESSAGE)


def offer(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Keep the words with the draft and ask whether to go on with the form or ask them."""
    form = {
        **(state.form or {}),
        WORDS: event.text.strip()[:MAX_TEXT],
        READING: reading_of(event),
        AT: state.step or "",
    }
    if event.message_id is not None:
        form[MESSAGE] = str(event.message_id)
    else:
        form.pop(MESSAGE, None)
    return again(state.with_(step=STEP, form=form), ctx)


def again(state: UserState, ctx: Context) -> Outcome:
    """The choice, for the words waiting in `state` (kept as they are)."""
    _ = ctx.translator(state.language).gettext
    text = _("You are filling in the form to talk to a person. Nothing is sent yet.")
    keyboard = (
        (Button(_("Continue the form"), CONTINUE),),
        (Button(_("Ask this instead"), ASK),),
    )
    return Outcome((Reply(text, keyboard),), state)


def waits(state: UserState) -> bool:
    """Whether the choice is open, its words waiting."""
    return state.step == STEP and bool((state.form or {}).get(WORDS))


def edits_question(event: Text, state: UserState) -> bool:
    """Whether `event` (an edit) changes the very message whose words wait for the choice.
    Unknown ids (a channel without them): no."""
    kept = (state.form or {}).get(MESSAGE)
    return waits(state) and event.message_id is not None and kept == str(event.message_id)


def edited(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The waiting question, edited: the words as they read now wait instead (and what the
    NLU reads of them now), at the same step of the form; the person is told."""
    note = ctx.translator(state.language).gettext(
        "I changed the question that waits to your edited words."
    )
    return with_note(note, offer(event, back_to_form(state), ctx))


def typed_choice(event: Event, state: UserState, ctx: Context) -> str | None:
    """The choice's button (CONTINUE or ASK) whose label was typed instead of pressed while
    the choice waits: it is that press, never new words replacing the waiting question."""
    if state.step != STEP or not isinstance(event, Text):
        return None
    _ = ctx.translator(state.language).gettext
    for label, data in ((_("Continue the form"), CONTINUE), (_("Ask this instead"), ASK)):
        if same_words(event.text, label):
            return data
    return None


def urgent(event: Event, state: UserState) -> bool:
    """Whether the choice was just offered (`state`) for words the NLU surely read as an
    emergency or an arrest (triage.sure_urgent_words: a few words only when very sure):
    answered at once instead (engine.py). Unsure, the person gets the choice like any
    question."""
    return state.step == STEP and isinstance(event, Text) and sure_urgent_words(event)


def asked(state: UserState) -> Text | None:
    """The words waiting for "Ask this instead", as they came (None: no choice is open)."""
    if not waits(state):
        return None
    form = state.form or {}
    return text_from(form[WORDS], form.get(READING, ""))


def story_waiting(state: UserState) -> Text | None:
    """The words waiting at the choice when they are what happened: typed at "Is your
    problem about ...?" before any description, long enough to be a story (ending in a
    question, or they would have been kept at once). None otherwise."""
    words = asked(state)
    form = state.form or {}
    if words is None or form.get(AT) != "ref:topic" or "description" in form:
        return None
    return words if long_enough(words.text) else None


def back_to_form(state: UserState) -> UserState:
    """At the choice: the form at the step the words were typed at, without them. Else the
    state as it is."""
    if state.step != STEP:
        return state
    return forget(state).with_(step=(state.form or {}).get(AT) or None)


def forget(state: UserState) -> UserState:
    """The state without the waiting words: kept only while the choice is open."""
    form = state.form or {}
    if not any(key in form for key in KEYS):
        return state
    return state.with_(form={k: v for k, v in form.items() if k not in KEYS} or None)
