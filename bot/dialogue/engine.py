"""The dialogue engine: (event, user state) -> replies and the new state.

Pure: no Telegram, no SQL, no HTTP. The service does the I/O around it (normalising text,
asking the NLU, loading and saving state), so every conversation is testable in milliseconds
and the console and Telegram share one brain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from bot.content.topics import SUBGROUPS, TOPIC_GROUPS, TOPIC_IDS
from bot.dialogue import (
    alerts,
    answers,
    flows,
    follow_up,
    form_question,
    media,
    menu,
    my_cases,
    my_data,
    old_send,
    onboarding,
    referral_form,
    referral_questions,
    relay,
    repeats,
    replied,
    said_before,
    shared_location,
    tally,
    triage,
    typed_answers,
)
from bot.dialogue.answers import AT, HERE
from bot.dialogue.context import Context
from bot.dialogue.events import (
    ButtonPress,
    Command,
    Edited,
    Event,
    GroupMessage,
    Location,
    Media,
    Text,
    typed_words,
)
from bot.dialogue.outcome import Outcome, with_note
from bot.once import one_message
from bot.values import DeleteMyData, RelayToStaff, Reply, UserState, WithdrawCase

__all__ = ["Context", "expects_text", "handle", "nlu_reads"]


def expects_text(state: UserState) -> bool:
    """Whether the next free text belongs to a form or a caseworker (not to flows.on_text)."""
    return referral_form.fills_form(state) or my_cases.writes_answer(state)


def nlu_reads(state: UserState, at: dt.datetime | None = None) -> bool:
    """Whether the NLU reads the next free text: the service asks this before reading text.
    Not the form's own words at a text step, nor an answer to a caseworker; at the form's
    button steps it does, as the text may be a question (referral_form, form_question).
    `at`: when the text was sent; a form left long before it is not continued by typing
    (referral_form.left_long_ago), so its text is read as any question."""
    if referral_form.left_long_ago(state, at):
        return True
    return not (referral_form.keeps_words(state) or my_cases.writes_answer(state))


def handle(event: Event, state: UserState, ctx: Context) -> Outcome:
    """Answer one event. Never raises on user input: every path ends in a reply, and danger
    in anything the person typed puts the emergency numbers first (triage.py)."""
    with one_message():  # the readings every reader makes of it, once (bot/once.py)
        return _answer(event, state, replied.context_for(event, ctx))


def _answer(event: Event, state: UserState, ctx: Context) -> Outcome:
    if repeats.resent(event, state, ctx):  # the same question again, within a minute
        return repeats.answered_above(state, ctx)
    tapped = typed_answers.place_tapped(event, state)
    if tapped is not None and not triage.in_danger(typed_words(event), ctx):
        # A country typed (or its flag) right after "Where are you now? Tap your country"
        # under an answer: that tap (explore6). Only right after it: the step goes now.
        event = ButtonPress(tapped)
    outcome = _handle(event, menu.where_passed(state), ctx)
    return menu.where_waits(outcome)


def _handle(event: Event, state: UserState, ctx: Context) -> Outcome:
    if onboarding.greeted_in_latin(event, state):  # "mingalaba" first: which script? (23B)
        return onboarding.start(state, ctx)
    if (chosen := onboarding.typed_language(event, state)) is not None:
        event = ButtonPress(chosen)  # "Myanmar" typed at "Choose a language"
    state = onboarding.language_asked_before(state, event)
    if isinstance(event, Edited):
        return _on_edit(event, state, ctx)
    if isinstance(event, Media) and (words := media.words_of(event, state, ctx)) is not None:
        # A caption is words the person typed: answered as typed (media.py).
        if media.asks_real(event, words, state):  # "is this real?" (round 21C)
            return media.real_or_not(event, words, handle(words, state, ctx), state, ctx)
        return media.noted(event, handle(words, state, ctx), state, ctx)
    before, at = state, _time_of(event, ctx)
    if isinstance(event, Text) and referral_form.left_long_ago(state, at):
        # A form not touched for hours is not continued by typing: the text is answered as
        # any message, the draft kept and offered after the answer (referral_form.py).
        state = referral_form.set_aside(state, event.text)
    if (pressed := form_question.typed_choice(event, state, ctx)) is not None:
        event = ButtonPress(pressed)  # a label of [Continue the form] [Ask this instead]
    if relay.typed_no(event, state):
        event = ButtonPress(relay.NO)  # "no" typed at "Send this to <org>?": its No
    relayed = _relayed(event, state, ctx)
    read_by_flows = isinstance(event, Text) and not expects_text(state) and not relayed
    outcome = _dispatch(event, state, ctx, relayed)
    if relayed and isinstance(event, Text) and relay.answers_now(event, state, ctx):
        # An emergency or an arrest kept for "Send this to <org>?" was answered at once:
        # counted (and sent first) as the free text it is.
        read_by_flows = True
    if form_question.urgent(event, outcome.state):
        # An emergency or an arrest asked in the middle of the form: answered now, the draft
        # kept; counted (and sent first) as the free text it is.
        outcome, read_by_flows = _ask_instead(outcome.state, ctx), True
    outcome = alerts.offer_passed(state, outcome)
    if outcome.state.step == relay.STEP and _withdrew(outcome):
        # Withdraw pressed under "Send this to <org>?" (its line for "stop" offers it) and
        # confirmed: the words are not sent, and later words are no longer offered to a case
        # that is gone ("Choose the case" with none to choose, round 25A).
        outcome = replace(outcome, state=outcome.state.with_(step=None))
    if outcome.state.step != relay.STEP:  # words for a caseworker wait only for Send or No
        if relay.waits(state) and _drops_relay_words(event, outcome):
            # The menu, a command or another button instead of Send or No: the words are
            # not sent, and the person is told so (nothing written is lost unsaid).
            note = ctx.translator(outcome.state.language).gettext(
                "Nothing was sent. I dropped what was waiting: write it again as you want it sent."
            )
            outcome = replace(outcome, replies=(*outcome.replies, Reply(note)))
        outcome = replace(outcome, state=relay.forget(outcome.state))
    if outcome.state.step != form_question.STEP:  # a question in the form, only for its choice
        outcome = replace(outcome, state=form_question.forget(outcome.state))
    typed = "" if read_by_flows else typed_words(event)  # flows.on_text checks its own
    outcome = triage.numbers_first(typed, outcome, ctx)
    counted = tally.of(event, state, read_by_flows, outcome, ctx)
    urgent = tally.is_urgent(counted)
    if urgent or answers.shows_numbers(outcome.replies):
        outcome = alerts.held_back(before, outcome, ctx)
    if not isinstance(event, Command):  # /privacy at a question shows not the question
        outcome = _draft_offered(outcome, ctx)
        outcome = replace(outcome, state=referral_form.touched(outcome.state, at))
    shown = follow_up.shown(event, state, outcome.state, counted, ctx)
    also = follow_up.also(event, state, shown, ctx)
    return replace(outcome, tally=counted, urgent=urgent, shown=shown, also=also)


def _draft_offered(outcome: Outcome, ctx: Context) -> Outcome:
    """After the answer to a text that set a form left long ago aside: "You have an unfinished
    request" [Continue it] [Delete it], last (after the numbers too). Not when the answer
    resumed the form ("talk to a person" typed), nor under "Send this to <org>?" (a way out
    of it): then with the next answer."""
    state = outcome.state
    if not referral_form.line_due(state) or expects_text(state) or state.step == relay.STEP:
        return outcome
    line = referral_form.unfinished_line(state, ctx)
    return replace(outcome, replies=(*outcome.replies, line), state=referral_form.line_shown(state))


def _withdrew(outcome: Outcome) -> bool:
    return any(isinstance(effect, WithdrawCase) for effect in outcome.effects)


def _drops_relay_words(event: Event, outcome: Outcome) -> bool:
    """Whether words waiting at "Send this to <org>?" go unsent by this event: not its Send
    or No (they answer for the words themselves), nor an erasure (its farewell says it)."""
    if isinstance(event, ButtonPress) and event.data.startswith("rel:"):
        return False
    return not any(isinstance(effect, (RelayToStaff, DeleteMyData)) for effect in outcome.effects)


def _time_of(event: Event, ctx: Context) -> dt.datetime | None:
    """When the person did this: the message's date when the channel gives it, else now."""
    sent_at = event.sent_at if isinstance(event, (Text, Media)) else None
    return sent_at or ctx.now


def _on_edit(event: Edited, state: UserState, ctx: Context) -> Outcome:
    """A text changed after it was sent. A message that went to a caseworker (the service
    knows it by its id: event.relayed) stays as it went: the person is told so, and how to
    take something back (tell the caseworker, or withdraw). While "Send this to <org>?"
    waits, nothing has gone: the waiting words are dropped, never sent as they were (the
    edit may take a phone number back), and the person is asked to write them again. The
    question waiting for the form's "[Continue the form] [Ask this instead]", edited, waits
    as it reads now; an edit of another message there keeps it waiting (form_question.py).
    In the form, what went stays (Change on the summary). While Answer waits for its words,
    the edit is not them: the question again. Elsewhere it is answered as the question it
    now asks: people fix a typo the bot may have misread. Danger in it gets the numbers first
    either way; never counted (the question was counted when it came)."""
    _ = ctx.translator(state.language).gettext
    read_by_flows = False
    if event.relayed:
        note = _(
            "I cannot change what was already sent: the caseworker keeps your message as you "
            "first sent it. To take something back, write to them here, or withdraw the case "
            "with /mycases."
        )
        outcome = Outcome((Reply(note),), state)
    elif relay.waits(state):
        # Nothing went yet: what the person took back by editing must not go with Send.
        note = _(
            "Nothing was sent. I dropped what was waiting: write it again as you want it sent."
        )
        outcome = Outcome((Reply(note),), relay.forget(state).with_(step=None))
    elif form_question.edits_question(event.text, state):
        # The question waiting for "[Continue the form] [Ask this instead]", changed: it
        # waits as it reads now (an emergency or an arrest surely read: answered at once).
        outcome = form_question.edited(event.text, state, ctx)
        if form_question.urgent(event.text, outcome.state):
            outcome, read_by_flows = _ask_instead(outcome.state, ctx), True
    elif referral_form.fills_form(state):
        note = _(
            "I cannot change what was already sent. To change an answer of the form, press "
            "Change on the summary."
        )
        outcome = with_note(note, referral_form.resume(state, ctx))
    elif my_cases.writes_answer(state):
        # The edited message is not the answer (that is the next one written): nothing of it
        # goes to the caseworker, and the answer still waits.
        note = _("Edited messages do not go to the caseworker.")
        outcome = with_note(note, my_cases.ask_answer_again(state, ctx))
    else:
        outcome, read_by_flows = flows.on_text(event.text, state, ctx), True
    typed = "" if read_by_flows else event.text.text  # flows.on_text checks its own
    outcome = triage.numbers_first(typed, outcome, ctx)
    counted = tally.of(event.text, state, read_by_flows, outcome, ctx)
    return replace(outcome, tally=None, urgent=tally.is_urgent(counted))


def _relayed(event: Event, state: UserState, ctx: Context) -> bool:
    """Whether this text gets "Send this to <org>?" (relay.py) instead of flows.on_text. What
    flows.on_text answers (free text, read by the NLU, checked for danger there, counted as a
    question) is neither this, a form step nor an answer to a caseworker: the engine checks
    those for danger, and they are no question to the bot."""
    return isinstance(event, Text) and not expects_text(state) and relay.offers(event, state, ctx)


def _dispatch(event: Event, state: UserState, ctx: Context, relayed: bool) -> Outcome:
    if isinstance(event, Command):
        return on_command(event, state, ctx)
    if isinstance(event, ButtonPress):
        return on_button(event.data, state, ctx)
    if isinstance(event, Text):
        if my_cases.writes_answer(state):
            return my_cases.answer_text(event.text, state, ctx, event.message_id)
        if referral_form.fills_form(state):
            return referral_form.on_text(event, state, ctx)
        if relayed:
            return relay.offer(event, state, ctx)
        return flows.on_text(event, state, ctx)
    if isinstance(event, Location):
        return shared_location.on_location(event, state, ctx)
    if isinstance(event, Media):
        return media.on_media(event, state, ctx)
    if isinstance(event, GroupMessage):
        return flows.on_group(event.bot_username, state, ctx)
    return menu.show_menu(state, ctx)


# The commands a person may send (on_command); any other is unknown. The desk answers an
# unknown one from staff with their own help (round 29A: "/clsoe", "/reply 12").
COMMANDS = (
    "start", "language", "profile", "menu", "help", "mycases", "cancel", "privacy",
    "delete_my_data", "clear", "alerts", "stop",
)  # fmt: skip


def on_command(command: Command, state: UserState, ctx: Context) -> Outcome:
    handlers: dict[str, Callable[[UserState, Context], Outcome]] = {
        "start": onboarding.start,
        "language": onboarding.ask_language,
        "profile": onboarding.ask_profile,
        "menu": menu.show_menu,
        "help": menu.show_help,
        "mycases": my_cases.my_cases,
        "cancel": referral_questions.cancel,
        "privacy": my_data.show_privacy,
        "delete_my_data": my_data.ask_delete,
        "clear": my_data.explain_clear,
        "alerts": alerts.show_alerts,
        "stop": alerts.stop,
    }
    assert set(handlers) == set(COMMANDS)
    handler = handlers.get(command.name)
    if handler is None:
        return menu.unknown_command(state, ctx)
    return handler(state, ctx)


def on_button(data: str, state: UserState, ctx: Context) -> Outcome:
    """Button presses, including ones from old keyboards or forged data: never trusted blindly."""
    if data == form_question.ASK:
        return _ask_instead(state, ctx)
    action, _, value = data.partition(":")
    sends_summary = action == "ref" and value.startswith("send:") and state.step == "ref:confirm"
    if state.language is None and action not in LANGUAGE_FREE and not sends_summary:
        # An old keyboard after "Delete my data" (the language went with the rest): "Talk to
        # a person" opened the form in English for a Khmer or Burmese reader, and every old
        # form button after it said "That button is old" in English (round 40B). The
        # three-language greeting first, as an old Menu already gets.
        return menu.stale_button(state, ctx, action)
    if action in PROFILE_STEPS and state.step != action:
        return _old_profile_button(state, ctx)
    # A language chosen in the form: its question again, in that language (menu.set_language).
    in_form = action == "lang" and referral_form.fills_form(state)
    if action not in ("ref", "person", "ans") and expects_text(state) and not in_form:
        # A topic, the menu or help pressed while the form or an answer to a caseworker waits
        # for words: the person has left it, and their next words are a question, not the
        # form's place or phone. What they wrote stays ("Talk to a person" resumes the form).
        state = state.with_(step=None)
    with_value = BUTTONS_WITH_VALUE.get(action)
    if with_value is not None:  # each checks its value itself
        return with_value(value, state, ctx)
    if action == "group" and (value in TOPIC_GROUPS or value in SUBGROUPS):
        return menu.show_group(value, state, ctx)
    if action == "topic" and value in TOPIC_IDS:
        # Tapped in the menu right after "i am in osaka": for Japan still (round 14C).
        there = said_before.carried("", state, ctx, value)
        return menu.answer(value, state.with_(misses=0), ctx, waited=there)
    if action == "menu":
        return menu.show_menu(state, ctx)
    if action == "help":
        return menu.show_help(state, ctx)
    if action == "person":
        return referral_form.on_person(value, state, ctx)
    return menu.stale_button(state, ctx)


# The buttons that work before a language is known: the language choice itself, the
# farewell's buttons, which carry their language ("lang:km", "clear:km"), and those that act
# on the person's own data when they ask it: Delete my data's Yes, a case's Withdraw (an
# explicit request is never turned into a greeting; the erasure properties found a "Yes,
# delete everything" from someone who never chose a language left a row naming them). The
# Send of a summary the person has in front of them too (on_button; the engine properties
# found a form at its summary with no language, which no channel makes today, its Send lost).
LANGUAGE_FREE = ("lang", my_data.CLEAR, "del", "wd")


# "Where are you from?" and "Where are you now?": their buttons count only while that
# question waits (its step). Pressed later (the keyboards stay in the chat, weeks), an old
# Skip or country would change the profile without the person meaning to.
PROFILE_STEPS = ("origin", "country")


def _old_profile_button(state: UserState, ctx: Context) -> Outcome:
    """A profile question's old button: nothing changes; in the form, its question again."""
    if not referral_form.fills_form(state):
        return referral_questions.stale(state, ctx)
    note = ctx.translator(state.language).gettext("That button is old.")
    return with_note(note, referral_form.resume(state, ctx))


def _ask_instead(state: UserState, ctx: Context) -> Outcome:
    """ "Ask this instead": the words typed in the form, answered as any question; the form
    is left, its draft kept ("Talk to a person" resumes it)."""
    asked = form_question.asked(state)
    if asked is None:
        return referral_questions.stale(state, ctx)
    return flows.on_text(asked, form_question.back_to_form(state).with_(step=None), ctx)


# Buttons "<action>:<value>" whose handler takes the value as it comes.
BUTTONS_WITH_VALUE: dict[str, Callable[[str, UserState, Context], Outcome]] = {
    "lang": menu.set_language,
    "origin": menu.set_origin,
    "country": menu.set_country,
    follow_up.NOW: menu.remember_country,
    HERE: menu.answer_here,
    AT: menu.answer_at,
    "ref": referral_form.on_button,
    "wd": old_send.withdraw,
    "ans": relay.write_to,
    "rel": relay.on_button,
    "del": my_data.delete,
    my_data.MINE: my_data.on_mine,
    my_data.CLEAR: my_data.on_clear,
    "al": alerts.on_button,
}
