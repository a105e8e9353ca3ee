"""What the anonymous counts record of one event: which question, and how it ended.

Read from the event and the engine's outcome, in the order flows.on_text decides (danger
words, then the language, then the NLU's reading). Only names the bot itself defines leave
here (topic and intent ids, never words): a guess the NLU makes up is counted as "other".
"""

from __future__ import annotations

from bot.content.topics import TOPIC_IDS, URGENT_TOPICS
from bot.dialogue import (
    after_rescue,
    at_sea,
    chat_words,
    clause_emergency,
    doubt,
    embassy_fears,
    everyday,
    follow_up,
    form_question,
    harm_said,
    heard,
    instead,
    language_to_learn,
    lone_contact,
    money_home,
    moved,
    officials_money,
    online_threats,
    own_data,
    papers_words,
    pending,
    ransom,
    relay,
    said_alone,
    someone_else,
    triage,
    two_said,
    who_to_call,
    work_conditions,
    write_down,
)
from bot.dialogue.answers import AT
from bot.dialogue.context import Context
from bot.dialogue.events import ButtonPress, Event, Text, typed_words
from bot.dialogue.flows import ACKNOWLEDGE
from bot.dialogue.organisations import named
from bot.dialogue.outcome import Outcome
from bot.dialogue.question_words import reads_as_question
from bot.dialogue.typed_answers import (
    CONVERSATION,
    asks_help,
    button_for,
    greeting,
    thanks_sign,
    wordless,
    yes_or_no,
)
from bot.i18n import LANGUAGES
from bot.values import Asked, NluResult, OpenCase, Tally, UserState

GUESSES = 3  # the NLU's best guesses kept for a question it could not answer
KNOWN_NAMES = (
    frozenset(TOPIC_IDS)
    | frozenset(CONVERSATION)
    | {ACKNOWLEDGE, lone_contact.NAME, someone_else.NAME}
    | said_alone.NAMES
    | frozenset(own_data.ASKED)
)


def known(name: str | None) -> str | None:
    """A topic or intent id the bot defines, "other" for any other name."""
    if name is None:
        return None
    return name if name in KNOWN_NAMES else "other"


def of(
    event: Event, before: UserState, free_text: bool, outcome: Outcome, ctx: Context
) -> Tally | None:
    """The tally of one event, answered from the state `before`; `free_text`: a Text the NLU
    read (not a form step or an answer to a caseworker). None for what is not a question
    (onboarding, /privacy...)."""
    opened = [effect for effect in outcome.effects if isinstance(effect, OpenCase)]
    if opened:
        return Tally(Asked.REFERRAL, known(opened[0].topic))
    if triage.in_danger(typed_words(event), ctx):
        nlu = event.nlu if isinstance(event, Text) and free_text else None
        return Tally(Asked.EMERGENCY, known(nlu.topic) if nlu else None)
    if isinstance(event, ButtonPress):
        if event.data == form_question.ASK and (asked := form_question.asked(before)):
            return _read(asked, before, outcome, ctx)  # the question typed in the form
        if event.data == relay.NO and (declined := relay.declined(before, ctx)):
            return _read(declined, before, outcome, ctx)  # No to "Send this to <org>?"
        action, _, value = event.data.partition(":")
        if action == AT and (for_place := pending.from_button(value)) is not None:
            value, action = for_place.topic, "topic"  # a topic under an answer for a named place
        return Tally(Asked.MENU, value) if action == "topic" and value in TOPIC_IDS else None
    if isinstance(event, Text) and free_text:
        return _read(event, before, outcome, ctx)
    return None


def is_urgent(tally: Tally | None) -> bool:
    """Whether the answer counted as `tally` is urgent: danger words in anything typed, or
    an emergency or an arrest read by the NLU or chosen in the menu."""
    if tally is None:
        return False
    return tally.asked == Asked.EMERGENCY or tally.topic in URGENT_TOPICS


def _read(event: Text, before: UserState, outcome: Outcome, ctx: Context) -> Tally | None:
    """As flows._read decides, in its order."""
    if outcome.state.language is None:  # the greeting: a language is chosen first
        return None
    if event.language is not None and event.language not in LANGUAGES:
        return Tally(Asked.OTHER_LANGUAGE)
    if button_for(event, before) is not None:
        return None  # a typed answer: as the button it stands for (a profile answer, yes/no)
    if (own := own_data.asked(event.text, ctx)) is not None:
        return Tally(Asked.CONVERSATION, own)  # who sees this; take it back: not the NLU's
    nlu = event.nlu
    if lone_contact.only_contact(event.text):
        # Answered, not unanswered: its words (a number, an account) are never kept as such.
        return Tally(Asked.CONVERSATION, lone_contact.NAME)
    if thanks_sign(event.text):  # 👍, 🙏 alone: an ok said in passing
        return Tally(Asked.CONVERSATION, ACKNOWLEDGE)
    if wordless(event.text):  # answered as not understood, whatever the NLU read into it
        return Tally(Asked.FALLBACK)
    if yes_or_no(event.text):  # "ok" said in passing (or at a profile question, asked again)
        return Tally(Asked.CONVERSATION, ACKNOWLEDGE)
    if greeting(event.text):  # a greeting typed alone: greeted, whatever the NLU read
        return Tally(Asked.CONVERSATION, "greet")
    if (chat := chat_words.said(event.text)) is not None:  # "gud mrng", "tq", "gn" alone
        return Tally(Asked.CONVERSATION, chat)
    if (alone := said_alone.first(event, before)) is not None:  # "I want to cry", "anyone there?"
        return Tally(Asked.CONVERSATION, alone.name)
    if embassy_fears.after_answer(event.text, ctx):  # "is it safe to call them?" (22A)
        return Tally(Asked.CONVERSATION, embassy_fears.NAME)
    if money_home.instead(event) or everyday.instead(event, ctx):  # "how to send money home",
        # "car insurance expire" (47C): as out of scope (flows._read)
        confidence = event.nlu.confidence if event.nlu is not None else None
        return Tally(Asked.OUT_OF_SCOPE, confidence=confidence)
    if ctx.last_answer == someone_else.NAME and ransom.pay_asked(event.text):
        return Tally(Asked.CONVERSATION, ransom.NAME)  # "should i pay them?" (flows._read)
    if online_threats.pay_asked(event.text, ctx):  # "should i pay them?" after the line (30A)
        return Tally(Asked.CONVERSATION, online_threats.NAME)
    if officials_money.pay_asked(event.text, ctx):  # "should i pay?" after the line (31B)
        return Tally(Asked.CONVERSATION, officials_money.NAME)
    if doubt.doubts(event.text, before, ctx) or doubt.number_broken(event.text, before, ctx):
        return Tally(Asked.CONVERSATION, doubt.NAME)  # "is it true?" after an answer (20B)
    if follow_up.asks_about_it(event.text, before, ctx):
        # "is it free" after an answer: what it did not say, a gap in that topic's content.
        return Tally(Asked.FALLBACK, guesses=(follow_up.topic_of(ctx.last_answer) or "",))
    if who_to_call.says(event.text):  # "who can I call?" alone: Where to complain (48A)
        return Tally(Asked.ANSWERED, who_to_call.TOPIC)
    if after_rescue.asked_again(event.text, ctx):  # "compensation?" right after the line
        return Tally(Asked.CONVERSATION, after_rescue.NAME)
    if write_down.asked(event.text, ctx):  # "what i must write down?" right after it
        return Tally(Asked.CONVERSATION, write_down.NAME)
    if own_data.free_asked(event.text):  # "is it free", no answer above: what the bot is
        return Tally(Asked.CONVERSATION, own_data.ABOUT_BOT)
    if (corrected := follow_up.place_named(event.text, before, ctx)) is not None:
        return Tally(Asked.ANSWERED, corrected[0])  # the answer just shown, for the place said
    if moved.place(event.text, before) is not None:  # "now I am in Penang": keep it? (19B)
        return Tally(Asked.CONVERSATION, moved.NAME)
    if (nlu is None or nlu.topic is None) and named(event.text, ctx.catalog):
        return Tally(Asked.ORGANISATION)  # answered by the directory, not unanswered
    if nlu is None:
        return Tally(Asked.UNAVAILABLE)
    if nlu.topic == "change_language" and language_to_learn.not_a_switch(event.text):
        # "japan language test lo lar", "sa lo ma pay buu": not understood, with guesses
        return Tally(Asked.FALLBACK, guesses=_guesses(nlu), confidence=nlu.confidence)
    if nlu.topic == "goodbye" and reads_as_question(event.text):
        # "how long it take": not understood, with guesses (flows._read)
        return Tally(Asked.FALLBACK, guesses=_guesses(nlu), confidence=nlu.confidence)
    # "if I complain, police?", "fine me 500 baht": the topic the words put in place of the
    # NLU's (instead.py), read once for the rumour rule and the answer, as flows._read does.
    read_instead = instead.read(nlu.topic, event.text, nlu.confidence, ctx).topic
    read_instead = two_said.instead(read_instead, event.text)  # a robbed passport (50C)
    read_instead = clause_emergency.instead(read_instead, nlu, TOPIC_IDS) or read_instead
    if heard.nothing_else(read_instead, event):  # "raid tomorrow, true?" (20B)
        return Tally(Asked.CONVERSATION, heard.NAME, confidence=nlu.confidence)
    if nlu.topic in CONVERSATION:
        return Tally(Asked.CONVERSATION, nlu.topic, confidence=nlu.confidence)
    missing = someone_else.missing_instead(nlu.topic, event.text, nlu.confidence, before.country)
    missing = missing and not work_conditions.harmed(event.text)  # harm told: as flows._read
    if read_instead in TOPIC_IDS and not missing:  # a missing person first, as flows._read
        return Tally(Asked.ANSWERED, read_instead, confidence=nlu.confidence)
    if nlu.topic is None and asks_help(event.text):  # the help page, as "help" read so
        return Tally(Asked.CONVERSATION, "bot_help", confidence=nlu.confidence)
    if missing and at_sea.says(event.text):  # a fisher's wife with no news, as flows._read
        return Tally(Asked.CONVERSATION, at_sea.NAME, confidence=nlu.confidence)
    if not missing and (harm := harm_said.topic(event.text)) is not None:
        return Tally(Asked.ANSWERED, harm, confidence=nlu.confidence)  # as flows._read (48C)
    if missing or someone_else.worried_about(event.text, nlu.out_of_scope):
        # Answered (a caseworker, the embassy, the arrest answer), not unanswered: a worry
        # about a missing daughter is not kept as words nobody answered.
        return Tally(Asked.CONVERSATION, someone_else.NAME, confidence=nlu.confidence)
    if papers_words.instead_of_guesses(nlu.topic, nlu.out_of_scope, event.text):
        topic = papers_words.topic_for(nlu.ranking, event.text)
        return Tally(Asked.ANSWERED, topic, confidence=nlu.confidence)
    asked = Asked.OUT_OF_SCOPE if nlu.out_of_scope else Asked.FALLBACK
    return Tally(asked, guesses=_guesses(nlu), confidence=nlu.confidence)


def _guesses(nlu: NluResult) -> tuple[str, ...]:
    names = (known(name) for name, _score in nlu.ranking[:GUESSES])
    return tuple(name for name in names if name)
