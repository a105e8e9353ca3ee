"""Text typed while the form is open: the answer at a text step, more of the description
when sent right after it (JOIN_SECONDS), and at a button step a yes or no, a button's
label, a story, a question (form_question.py) or else the question again.
"""

from __future__ import annotations

import datetime as dt

from bot.dialogue import (
    case_kinds,
    confused,
    form_boss,
    form_doubts,
    form_here,
    form_next,
    form_question,
    newest_kinds,
    still_there,
    triage,
)
from bot.dialogue.answer_words import answer_only
from bot.dialogue.contact_words import contact_given, contact_way, has_phone, latin_digits
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.form_buttons import on_button
from bot.dialogue.form_state import BUTTON_STEPS, DESCRIBED_AT, with_place
from bot.dialogue.form_steps import next_step, resume
from bot.dialogue.form_story import story_at_topic
from bot.dialogue.lexicon import plain_words
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.places import as_read, location, names_only, said_place
from bot.dialogue.question_words import reads_as_question
from bot.dialogue.referral_questions import (
    MAX_TEXT,
    ask_contact_value,
    cut_note,
    stale,
)
from bot.dialogue.typed_answers import (
    asks_something,
    plain_answer,
    same_words,
    says_send,
    says_skip,
    tells_story,
)
from bot.values import UserState

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


def on_text(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The form's reading of free text (below); an overdose told in the form's words gets the
    overdose answer's first step before the form goes on (round 37B)."""
    outcome = _on_text(event, state, ctx)
    if _overdosed(event.text, state, ctx):
        return with_note(newest_kinds.first_step(state, ctx), outcome)
    return outcome


def _overdosed(text: str, state: UserState, ctx: Context) -> bool:
    """Whether `text`, typed at what happened or where, tells of an overdose, with no danger
    word (those get the emergency numbers first)."""
    if state.form is None or state.step not in ("ref:description", "ref:place"):
        return False
    return newest_kinds.urgent_now(text) and not triage.in_danger(text, ctx)


def _on_text(event: Text, state: UserState, ctx: Context) -> Outcome:
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
    elif (doubt := form_doubts.answer(event, state, ctx)) is not None:
        return doubt  # "is it secret?", "i change my mind": answered, nothing kept (round 15A)
    elif (after_send := form_next.answer(event, state, ctx)) is not None:
        return after_send  # "what happens next?" at the summary: what Send does (round 42A)
    elif (boss := form_boss.answer(event, state, ctx)) is not None:
        return boss  # "what happens if my boss find out?" at the summary: who gets it (45A)
    if state.step in ("ref:description", "ref:place") and case_kinds.happening_now(text, state):
        # "crane fall at site, 2 my friend under it": urgent as danger words are (round 32A:
        # it waited for a 24-hour target); asked no more, Change can undo it.
        form["urgent"] = "1"
    if _overdosed(text, state, ctx):
        # "my friend took yaba and not wake up" typed in the form: no emergency step, and
        # "Not urgent" could be pressed (round 37B): urgent, and medical help now first.
        form["urgent"] = "1"
    sent_at = event.sent_at or ctx.now
    at_words = state.step in ("ref:description", "ref:place")
    if at_words and not danger and still_there.says_in_form(text):
        # "hello??", "please reply" at "Tell me what happened": kept, it was what happened,
        # and each later one (even seconds after) added to it (session 18). "I am here", and
        # the question again; nothing kept.
        return with_note(still_there.note(state, ctx), resume(state.with_(form=form), ctx))
    if _joins_description(text.strip(), sent_at, state, ctx):
        return _add_to_description(text.strip(), sent_at, state.with_(form=form), ctx)
    if state.step in BUTTON_STEPS:
        return _typed_at_button_step(event, danger, state.with_(form=form), ctx)
    words = text.strip()[:MAX_TEXT]
    if not words and state.step != "ref:description":
        return resume(state, ctx)
    if state.step in ("ref:description", "ref:place") and confused.says(words):
        # "what?" right after "Tell me what happened" (the form opened by "where is that
        # office", read as Talk to a person): kept, it became what happened, and the next
        # words the place (round 13A). The question again, nothing kept.
        tr = ctx.translator(state.language)
        note = tr.gettext("Sorry, that was not clear. Here is my question again:")
        return with_note(note, resume(state.with_(form=form), ctx))
    if state.step == "ref:description" and answer_only(words):
        # "yes" typed after pressing "Talk to a person" is no story: kept, it became what
        # happened and the story typed next the place (round 12).
        tr = ctx.translator(state.language)
        note = tr.gettext(
            "Please tell me what happened, in a few words. If you do not want to, press Skip."
        )
        return with_note(note, resume(state.with_(form=form), ctx))
    if state.step == "ref:description":
        form["description"] = words
        if sent_at is not None:
            form[DESCRIBED_AT] = sent_at.isoformat()
        outcome = next_step(state.with_(form=form), ctx, "description")
        note = cut_note(text.strip(), ctx.translator(state.language))
        return with_note(note, outcome) if note else outcome
    if state.step == "ref:place" and not danger and form_here.says_here(words):
        # "ဒီမှာပဲ" (right here), "here", "នៅទីនេះ" got "You are filling in the request", or
        # would be the place "right here" (round 44B): the question again, plainly (45A).
        tr = ctx.translator(state.language)
        note = tr.gettext("Please write the town or the country where you are, or press Skip.")
        return with_note(note, resume(state.with_(form=form), ctx))
    if state.step == "ref:place" and not danger and _asks_not_where(event, ctx):
        # "will they call my boss?" at "Where are you?" was the place: the card read "Where:
        # will they call my boss?" and the question went unanswered (round 12). The choice
        # to ask it or go on, as at a button step; the place question comes back on Continue.
        return form_question.offer(event, state.with_(form=form), ctx)
    if state.step == "ref:place":
        # Only a place said alone ("Chiang Mai", "I am in Thailand") surely names a country:
        # "my daughter left Thailand" routes by the profile, as before (never a guess). A name
        # that is a place only read as Zawgyi ("ကြာလာလမ္ပူ") is kept as read: in Zawgyi's code
        # points it showed scrambled in the summary and to the caseworker (round 15B).
        form = with_place(form, as_read(words)[:200], said_place(words))
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
        return story_at_topic(event, state.with_(form=form), ctx)
    if state.step == "ref:contact" and not danger and (given := contact_given(text)):
        form["contact_method"], form["contact"] = given
        return next_step(state.with_(form=form), ctx, "contact")
    if state.step == "ref:contact" and not danger and form_here.says_this_chat(text):
        # "ဒီမှာပဲ" (right here), "here in chat": through this bot, as the button (44B, 45A).
        return on_button("contact:bot", state.with_(form=form), ctx)
    if not danger and (pressed := _typed_button(text, state, ctx)):
        return on_button(pressed, state, ctx)
    if not danger and _asks(event, ctx):
        return form_question.offer(event, state, ctx)
    if state.step == "ref:confirm":
        # "no wait i dont want give phone": Change is the way, and was not said (round 15A).
        sent = _("Nothing is sent yet. To send it, press Send.")
        note = " ".join((sent, _("To change something, press Change.")))
    else:
        note = _("Please press one of the buttons.")
    return with_note(note, resume(state, ctx))


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


def _asks_not_where(event: Text, ctx: Context) -> bool:
    """Whether words typed at "Where are you?" ask something and name no place the bot
    knows: a question by its words or by what the NLU read ("how long does it take", "will
    they call my boss?"). In Latin letters, three words at least: "Rayong?" is a place said
    unsure, and a place the bot does not know is still the place."""
    words = event.text.strip()
    if location(words) is not None or says_skip(words):
        return False
    if words.isascii() and len(plain_words(words).split()) < 3:
        return False
    return reads_as_question(words) or _asks(event, ctx)


def _asks(event: Text, ctx: Context) -> bool:
    """Whether words typed at a button step ask the bot something, and are not "send",
    "skip" or "talk to a person" (the form is that already)."""
    if says_send(event.text) or says_skip(event.text):
        return False
    if event.nlu is not None and event.nlu.topic == "talk_to_person":
        return False
    return asks_something(event, ctx)
