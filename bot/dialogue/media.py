"""Anything sent that is not text: a photo, video, file, voice note, sticker, contact...

The bot never opens, forwards or keeps the thing sent. What the person typed with it (a
caption) is text they wrote: the service reads it as it reads typed text (its language and
Burmese encoding, the NLU; Telegram's emergency lane looks at it too), and the engine answers
it as the same words typed (`words_of`), danger first, with one line saying that what was
attached was not read nor kept (`noted`). In the "Answer" step to a caseworker the caption
is the answer. A contact shared at the form's phone step, or in the "Answer" step, is the
number, as if typed.

Anything else gets a short reply for its kind, then the question that waits for an answer
(a profile question, the form's step, the answer to a caseworker) again; else the menu.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import heard, my_cases, referral_form
from bot.dialogue.context import Context
from bot.dialogue.events import Media, Text
from bot.dialogue.keyboards import country_keyboard, footer, menu_keyboard, origin_keyboard
from bot.dialogue.lexicon import holds, plain_words
from bot.dialogue.onboarding import start
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import cancel_row
from bot.dialogue.typed_answers import PROFILE_STEPS
from bot.i18n import Tr
from bot.language import normalise
from bot.values import RelayToStaff, Reply, UserState

LISTENED = ("voice", "audio", "video_note")
# Is this paper real? A photo or file asked about (exploratory round 21C): "is this real?",
# "real or fake", "legit?", "genuine", "fake"; Burmese အစစ်လား (real?), အတုလား (fake?); Khmer
# ពិតទេ (true?), ពិតឬក្លែង (real or fake), ក្លែងក្លាយទេ (fake?). Not "is this correct?" on a
# payslip, nor "boss keep the real one": those ask or say something else. Drafts for a native
# speaker at a partner organisation.
_REAL_LATIN = re.compile(
    r"\b(?:is (?:it |this |that )?(?:real|true|genuine|legit|original)\b|"
    r"(?:real|true|genuine|legit|original)\s*\?|real or (?:fake|not)\b|"
    r"fake or (?:real|not)\b|legit\b|genuine\b|fake\b|a sit lar|asit lar|a tu lar)"
)
_REAL_SCRIPT = (
    "အစစ်လား",
    "အစစ်ဟုတ်",
    "အတုလား",
    "အတုဟုတ်",
    "ពិតទេ",
    "ពិតមែនទេ",
    "ពិតឬក្លែង",
    "ពិតឬអត់",
    "ក្លែងក្លាយទេ",
    "ក្លែងទេ",
)
# "is this real?" and a few words more ("passport real?") ask about the thing attached
# alone; with more, the words say something of their own, answered as typed (heard.py's
# measure of a claim).
_ASKED_ALONE = 5
LOOKED_AT = ("photo", "document", "video")
PHONE_STEP = "ref:contact_value"


def words_of(event: Media, state: UserState, ctx: Context) -> Text | None:
    """What to answer as if the person had typed it: the caption (as the service read it, or
    normalised here when it did not), or at the form's phone step a shared contact's number.
    None: nothing typed, or a caption that only names the document attached ("this is my
    passport": content/safety/own_words.yml), which is no problem to answer ("Passport
    taken" was) but a photo to warn about (exploratory test 9, finding 8). In the Answer
    step the caption is the answer, whatever it says."""
    if event.kind == "contact" and event.phone and my_cases.writes_answer(state):
        return _plain(event.phone, event)  # an answer to a caseworker: "my boss's number"
    if event.kind == "contact" and event.phone and _asks_phone(state) and not event.others:
        return _plain(event.phone, event)  # the form's phone step: the person's own card
    if not event.caption.strip():
        return None
    typed = event.reading if event.reading is not None else _plain(event.caption, event)
    if (
        event.kind in LOOKED_AT
        and not my_cases.writes_answer(state)
        and ctx.catalog.names_attachment(typed.text)  # as read: Zawgyi made Unicode
    ):
        return None
    return typed if typed.text.strip() else None


def asks_real(event: Media, words: Text, state: UserState) -> bool:
    """Whether a photo's or file's words ask whether it is real ("is this real?", "agent
    send me this, legit?", ပတ်စ်ပို့ အစစ်လား): the bot cannot see it, and even a person can
    rarely tell a paper from its photo. Not in the Answer step: there the words go as typed."""
    if event.kind not in LOOKED_AT or my_cases.writes_answer(state):
        return False
    text = words.text
    return holds(text, _REAL_LATIN, _REAL_SCRIPT)


def real_or_not(
    event: Media, words: Text, outcome: Outcome, before: UserState, ctx: Context
) -> Outcome:
    """A photo or file asked about: first that the bot cannot tell whether it is real, and
    whom to ask before paying, signing or handing over a passport. Asked in a few words
    ("is this real?"), that line alone (the NLU's reading of them answered another question:
    Lost documents, "did not understand"), the question waiting asked again; with more, or
    danger in them, the answer to them follows (the emergency numbers first)."""
    _ = ctx.translator(before.language).gettext
    line = _(
        "I cannot tell from a photo or a file whether a paper is real. Before you pay, sign "
        "or give your passport because of it, ask a person from a partner organisation: "
        "tap “{person}”."
    ).format(person=_("Talk to a person"))
    short = len(plain_words(words.text).split()) < _ASKED_ALONE
    if short and not outcome.urgent and not referral_form.fills_form(before):
        waiting = _question(before, ctx)
        privacy = _attached(event, before, ctx)
        if waiting is not None:
            return with_note(f"{line}\n{privacy}", waiting)
        tr = ctx.translator(before.language)
        return Outcome((Reply(f"{line}\n{privacy}", (footer(tr),)),), before.with_(misses=0))
    if heard.says(words.text) or words.forwarded:  # its line says as much above: not twice
        return noted(event, outcome, before, ctx)
    return noted(event, outcome, before, ctx, above=line)


def noted(
    event: Media, outcome: Outcome, before: UserState, ctx: Context, above: str = ""
) -> Outcome:
    """The answer to a caption, with the line that what was attached was neither read nor
    kept (to the caseworker: not sent), after the emergency answer when there is danger;
    `above`, a line above it."""
    language = outcome.state.language
    if event.kind == "contact" or language is None or not outcome.replies:
        return outcome  # a number at the phone step; or the greeting: a language first
    _ = ctx.translator(language).gettext
    relayed = any(isinstance(effect, RelayToStaff) for effect in outcome.effects)
    if my_cases.writes_answer(before) and relayed:
        # Under "Sent to the caseworker." (my_cases.answer_text's one reply, the last).
        *first, sent = outcome.replies
        note = _("What you attached did not go: the caseworker gets only your words.")
        sent = Reply(f"{sent.text}\n{note}", sent.buttons, sent.venue)
        return replace(outcome, replies=(*first, sent))
    note = _attached(event, outcome.state, ctx)
    note = f"{above}\n{note}" if above else note
    # Danger puts the emergency numbers first; the note never comes before them.
    at = 1 if outcome.urgent else 0
    replies = (*outcome.replies[:at], Reply(note), *outcome.replies[at:])
    return replace(outcome, replies=replies)


def _attached(event: Media, state: UserState, ctx: Context) -> str:
    """That what was attached was neither read nor kept; for a photo or file, the warning the
    same photo gets without words, and how to take it off the phone: it stays in the chat,
    on a phone others may look at (finding 8)."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    note = _("I read only your words, not what you attached. I do not keep it.")
    if event.kind in LOOKED_AT:
        note += "\n" + _("Please do not send photos of your ID or documents.")
        note += "\n" + _remove_it(tr)
    return note


def on_media(event: Media, state: UserState, ctx: Context) -> Outcome:
    """Nothing typed with it: what the bot can do with this kind, then the question that
    waits, with its buttons; else the menu."""
    if state.language is None:
        return start(state, ctx)
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if my_cases.writes_answer(state):  # the step stays: the next words are the answer
        text = _("The caseworker cannot see photos or hear voice notes. Please write it here.")
        return Outcome((Reply(text, (cancel_row(tr),)),), state)
    waiting = _question(state, ctx)
    if waiting is not None and event.kind == "contact" and _asks_phone(state):
        # Someone else's card at "Write the phone number the organisation may call": the
        # caseworker would call an agent or a broker (round 21C). Their own number, typed.
        note = _("This card is someone else's number. Please write your own number.")
        return with_note(note, waiting)
    if waiting is not None:
        return with_note(_what_i_cannot(event.kind, tr), waiting)
    return Outcome((Reply(_with_menu(event.kind, tr), menu_keyboard(tr)),), state)


def _question(state: UserState, ctx: Context) -> Outcome | None:
    """The question waiting for an answer, asked again; None when none waits."""
    if referral_form.fills_form(state):
        return referral_form.resume(state, ctx)
    if state.step in PROFILE_STEPS:
        tr = ctx.translator(state.language)
        if state.step == "origin":
            question, keyboard = tr.gettext("Where are you from?"), origin_keyboard(tr)
        else:
            question, keyboard = tr.gettext("Where are you now?"), country_keyboard(tr)
        return Outcome((Reply(question, keyboard),), state)
    return None


def _what_i_cannot(kind: str, tr: Tr) -> str:
    """One line for the kind, where a question follows."""
    _ = tr.gettext
    if kind in LISTENED:
        # Many who send voice notes cannot type (round 21C): the buttons need no typing.
        cannot = _("I cannot listen to voice messages yet.")
        return f"{cannot}\n{_('You can also use the buttons: you do not need to type.')}"
    if kind in LOOKED_AT:
        # Photos of documents put people at risk; the bot keeps nothing it is sent.
        text = _(
            "I cannot read photos or files, and I do not keep them. Please do not send "
            "photos of your ID or documents."
        )
        return f"{text}\n{_remove_it(tr)}"
    if kind == "contact":
        return _("I do not need anyone's phone number.")
    return _("I can only read text.")


def _remove_it(tr: Tr) -> str:
    """How to take what was sent off the phone (/clear: bot/telegram/handlers.clear_chat
    deletes the chat's messages of the last 48 hours, the person's own included)."""
    return tr.gettext(
        "To remove it from this chat, press and hold it, then Delete. Or send /clear: it "
        "deletes our messages from the last 48 hours."
    )


def _with_menu(kind: str, tr: Tr) -> str:
    """The reply for the kind, where the menu follows."""
    if kind in LISTENED:
        # Not "Write your question" to someone who may not write (round 21C): a person who
        # can call them, as by_voice.py says to "i cant read".
        call = tr.gettext(
            "A caseworker at a support organisation can call you: press “Talk to a "
            "person”, then “I give a phone number”."
        )
        return f"{_what_i_cannot(kind, tr)}\n{call}"
    more = tr.gettext("Write your question, or use the menu.")
    return f"{_what_i_cannot(kind, tr)} {more}"


def _asks_phone(state: UserState) -> bool:
    return state.step == PHONE_STEP and (state.form or {}).get("contact_method") == "phone"


def _plain(raw: str, event: Media) -> Text:
    normalised = normalise(raw)
    return Text(
        normalised.text,
        normalised.language,
        normalised.encoding,
        None,
        normalised.romanised,
        sent_at=event.sent_at,
        forwarded=event.forwarded,
    )
