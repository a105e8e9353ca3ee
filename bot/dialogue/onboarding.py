"""Greeting, language choice and the short profile (where from, where now)."""

from __future__ import annotations

from bot.dialogue import pending
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text
from bot.dialogue.keyboards import (
    country_keyboard,
    language_keyboard,
    menu_keyboard,
    origin_keyboard,
    zawgyi_button,
)
from bot.dialogue.outcome import Outcome
from bot.dialogue.typed_answers import greeting_language, language_chosen
from bot.language import to_zawgyi
from bot.values import Button, Reply, UserState

EMERGENCY = "emergency_help"

# "Choose a language" waits for the next message: a language's name typed alone ("Myanmar",
# "ខ្មែរ") or a greeting in Burmese or Khmer is that button (engine.py). Typed "Myanmar" was
# read as "change language" and answered in English, the language of its letters.
LANGUAGE_STEP = "language"

# The greeting goes out before we know the user's language, so it is written in all three.
# Drafts for native review, like the catalogs (see locales/README.md).
_BURMESE_WELCOME = "မင်္ဂလာပါ။ ရွှေ့ပြောင်းလုပ်သားများအတွက် အကူအညီပေးသော ဘော့တ် (bot) ဖြစ်ပါတယ်။ ဘာသာစကား ရွေးပါ။"
WELCOME = (
    f"{_BURMESE_WELCOME}\n"
    "សួស្តី។ នេះជាបូត (bot) ជួយពលករចំណាកស្រុក។ សូមជ្រើសរើសភាសា។\n"
    "Hello. I help migrant workers with safe migration, problems at work and where to get help. "
    "Please choose a language."
)
# The Burmese line again in Zawgyi's code points, for a phone with only a Zawgyi font, which
# shows the Unicode line garbled (round 26C left it open: only the Zawgyi button was
# readable on the first screen). Not for a reader already known to use Zawgyi: their replies
# are converted whole (encode_for), and this line would be converted twice.
ZAWGYI_WELCOME = f"{WELCOME}\nZawgyi: {to_zawgyi(_BURMESE_WELCOME)}"


def welcome(state: UserState) -> str:
    """The first screen's greeting, in the three languages (and Burmese in Zawgyi too, unless
    the reader's replies are converted to Zawgyi already)."""
    return WELCOME if state.encoding == "zawgyi" else ZAWGYI_WELCOME


def start(state: UserState, ctx: Context) -> Outcome:
    if state.language is not None and state.profile_asked:
        return _welcome_back(state, ctx)
    keyboard = language_keyboard_with_zawgyi()
    return Outcome((Reply(welcome(state), keyboard),), state.with_(step=LANGUAGE_STEP))


def _welcome_back(state: UserState, ctx: Context) -> Outcome:
    """/start from someone the bot knows (Telegram's START after a cleared chat, or typed to
    begin again): the three-language greeting and the language question again made them
    choose their language once more (round 19B). A greeting and the menu in their language,
    and the other languages in one row under it (a shared phone's other person: one tap)."""
    tr = ctx.translator(state.language)
    hello = tr.gettext("Hello! How can I help you?")
    current = "lang:my:zawgyi" if state.encoding == "zawgyi" else f"lang:{state.language}"
    choices = [
        button
        for row in language_keyboard_with_zawgyi()
        for button in row
        if button.data != current
    ]
    if state.encoding == "zawgyi":  # their Burmese is Zawgyi: Unicode is the other choice
        choices = [
            Button(f"{button.label} (Unicode)", button.data) if button.data == "lang:my" else button
            for button in choices
        ]
    keyboard = (*menu_keyboard(tr), tuple(choices))
    return Outcome((Reply(hello, keyboard),), state.with_(step=None))


def language_keyboard_with_zawgyi() -> tuple[tuple[Button, ...], ...]:
    # Zawgyi users read replies re-encoded for their phones (the service converts).
    return (*language_keyboard(), (zawgyi_button(),))


def ask_language(state: UserState, ctx: Context) -> Outcome:
    """ "Choose a language." A typed name answers it too, unless another question waits (a
    step of the form: the words typed next are its answer)."""
    if state.step is None:
        state = state.with_(step=LANGUAGE_STEP)
    return language_choice(ctx.translator(state.language).gettext("Choose a language."), state)


def typed_language(event: Event, state: UserState) -> str | None:
    """The language button ("lang:my", ...) that `event` stands for: a language named, or a
    Burmese or Khmer greeting, typed alone while "Choose a language" waits, or before any
    language was chosen. Else None."""
    waits = state.step == LANGUAGE_STEP or (state.language is None and state.step is None)
    if not waits or not isinstance(event, Text):
        return None
    chosen = language_chosen(event.text, zawgyi=event.encoding == "zawgyi")
    return f"lang:{chosen}" if chosen else None


def greeted_in_latin(event: Event, state: UserState) -> bool:
    """ "mingalaba", "sousdey" as a person's very first message: their language, but not the
    script they read (Latin letters are typed where no Burmese or Khmer keyboard is set up,
    and a Burmese phone may show only Zawgyi). Chosen for them, Burmese came in Unicode with
    no tap back to English (round 23B): the greeting in three languages and the choice
    instead (`start`)."""
    first = state.language is None and state.step is None
    if not first or not isinstance(event, Text) or not event.text.isascii():
        return False
    return greeting_language(event.text) is not None


def language_asked_before(state: UserState, event: Event) -> UserState:
    """The state with "Choose a language" no longer waiting: it waits for the next message
    only (typed_language reads that one first), so a language's name typed later is read as
    any words. Before any language was chosen, the answer a first message in Thai left
    waiting for the choice goes too when words come instead of a tap (flows._kept_for_after):
    they are read instead."""
    if state.step == LANGUAGE_STEP and state.language is None and isinstance(event, Text):
        return state.with_(step=None, pending_topic=None)
    return state.with_(step=None) if state.step == LANGUAGE_STEP else state


def language_choice(text: str, state: UserState) -> Outcome:
    return Outcome((Reply(text, language_keyboard_with_zawgyi()),), state)


def ask_origin(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if pending.only_origin_asked(state):  # the words named the place: one question only
        intro = _("One short question, so my answer fits you. You can skip it.")
    else:
        intro = _("Two short questions, so my answers fit you. You can skip them.")
    question = _("Where are you from?")  # not inside the f-string: Babel would miss it
    text = f"{intro}\n\n{question}"
    return Outcome((Reply(text, origin_keyboard(tr)),), state.with_(step="origin"))


def ask_profile(state: UserState, ctx: Context) -> Outcome:
    """/profile: both questions, whatever a waiting answer's words named (the person says
    where they are now themselves); the answer still follows them."""
    return ask_origin(pending.without_places(state), ctx)


def ask_missing(state: UserState, ctx: Context) -> Outcome:
    """The profile questions an answer waits for (`state.pending_topic`): only what neither
    the profile nor the words hold (pending.py). Only "Where are you now?" when where the
    person is from is known (asking it again, in danger, is one more tap before the numbers,
    and "Two short questions" would not be true); only "Where are you from?" when where they
    are is; else both. In danger (EMERGENCY), "Where are you now?" alone and first: the
    numbers for that place come with the next tap, not two taps later (round 23B); where the
    person is from is asked later, only if an answer needs it. (An arrest's answer names
    their embassy: both questions, the answer for anyone shown before them.)"""
    waits = pending.waiting(state)
    if (waits.origin if waits else None) or state.origin:
        return ask_country(state, ctx)
    if waits is not None and waits.topic == EMERGENCY and waits.country is None:
        _ = ctx.translator(state.language).gettext
        intro = _("One short question, so my answer fits you. You can skip it.")
        question = ask_country(state, ctx)
        [reply] = question.replies
        return Outcome((Reply(f"{intro}\n\n{reply.text}", reply.buttons),), question.state)
    return ask_origin(state, ctx)


def ask_country(state: UserState, ctx: Context) -> Outcome:
    text = ctx.translator(state.language).gettext("Where are you now?")
    keyboard = country_keyboard(ctx.translator(state.language))
    return Outcome((Reply(text, keyboard),), state.with_(step="country"))
