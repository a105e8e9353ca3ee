"""Greeting, language choice and the short profile (where from, where now)."""

from __future__ import annotations

from bot.dialogue.context import Context
from bot.dialogue.keyboards import country_keyboard, language_keyboard, origin_keyboard
from bot.dialogue.outcome import Outcome
from bot.values import ORIGINS, Button, Reply, UserState

# The greeting goes out before we know the user's language, so it is written in all three.
# Drafts for native review, like the catalogs (see locales/README.md).
WELCOME = (
    "မင်္ဂလာပါ။ ရွှေ့ပြောင်းလုပ်သားများအတွက် အကူအညီပေးသော bot ဖြစ်ပါတယ်။ ဘာသာစကား ရွေးပါ။\n"
    "សួស្តី។ នេះជា bot ជួយពលករចំណាកស្រុក។ សូមជ្រើសរើសភាសា។\n"
    "Hello. I help migrant workers with safe migration, problems at work and where to get help. "
    "Please choose a language."
)


def start(state: UserState, ctx: Context) -> Outcome:
    return Outcome((Reply(WELCOME, language_keyboard_with_zawgyi()),), state.with_(step=None))


def language_keyboard_with_zawgyi() -> tuple[tuple[Button, ...], ...]:
    # Zawgyi users read replies re-encoded for their phones (the service converts).
    return (*language_keyboard(), (Button("မြန်မာ (Zawgyi)", "lang:my:zawgyi"),))


def ask_language(state: UserState, ctx: Context) -> Outcome:
    return language_choice(ctx.translator(state.language).gettext("Choose a language."), state)


def language_choice(text: str, state: UserState) -> Outcome:
    return Outcome((Reply(text, language_keyboard_with_zawgyi()),), state)


def ask_origin(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    intro = _("Two short questions, so my answers fit you. You can skip them.")
    question = _("Where are you from?")  # not inside the f-string: Babel would miss it
    text = f"{intro}\n\n{question}"
    return Outcome((Reply(text, origin_keyboard(tr)),), state.with_(step="origin"))


def set_origin(value: str, state: UserState, ctx: Context) -> Outcome:
    if value not in (*ORIGINS, "skip"):
        return ask_origin(state, ctx)
    origin = None if value == "skip" else value
    state = state.with_(origin=origin, step="country")
    tr = ctx.translator(state.language)
    text = tr.gettext("Where are you now?")
    return Outcome((Reply(text, country_keyboard(tr)),), state)
