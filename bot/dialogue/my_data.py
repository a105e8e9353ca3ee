"""/privacy, /delete_my_data and /clear: what the bot keeps, and how to make it forget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.dialogue import my_cases
from bot.dialogue.alerts import keep_them
from bot.dialogue.context import Context
from bot.dialogue.form_state import unfinished
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.outcome import Outcome
from bot.dialogue.referral_questions import stale
from bot.dialogue.relay import WORDS as RELAY_WORDS
from bot.i18n import LANGUAGES, Tr
from bot.values import Button, DeleteMyData, Reply, UserState

PROFILE_QUESTIONS = ("origin", "country")  # "Where are you from / now?": no words of theirs

MINE = "mine"  # the menu's "My requests and privacy", and its buttons "mine:<what>"
CLEAR = "clear"  # the farewell's /clear button: "clear:<language>[:zawgyi]" (clear_button)


def show_mine(state: UserState, ctx: Context) -> Outcome:
    """The menu's way to what /mycases, /privacy and /delete_my_data do, for someone who
    only taps buttons: a person scared after sending finds Withdraw here (exploratory test
    9, finding 9). One button in the menu, three here, so the menu stays short."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _("Your requests to a person, and what I keep about you.")
    keyboard = (
        (Button(_("My requests"), f"{MINE}:cases"),),
        (Button(_("What I keep (privacy)"), f"{MINE}:privacy"),),
        (Button(_("Delete my data"), f"{MINE}:delete"),),
        (Button(_("Menu"), "menu"),),
    )
    return Outcome((Reply(text, keyboard),), state)


def on_mine(value: str, state: UserState, ctx: Context) -> Outcome:
    """ "mine" (the submenu) and "mine:<what>": the same as the command it stands for."""
    shown: dict[str, Callable[[UserState, Context], Outcome]] = {
        "": show_mine,
        "cases": my_cases.my_cases,
        "privacy": show_privacy,
        "delete": ask_delete,
    }
    handler = shown.get(value)
    return handler(state, ctx) if handler is not None else stale(state, ctx)


def show_privacy(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    # A phone number or username given at "How should the organisation contact you?" is
    # kept with the case: "Not your phone number" read as a contradiction (round 10).
    kept = _(
        "What I keep, and who can see it:\n"
        "- A number Telegram gives your account, so that I can answer you. Your name, username "
        "or phone number: only if you give them for a case.\n"
        "- Your language, and your answers to 'where are you from' and 'where are you now'."
    )
    if ctx.keep_unanswered_days:
        questions = _(
            "- I do not keep your photos or files, or questions I can answer. Questions I "
            "cannot answer are kept for {days} days, encrypted, so that my editors can write "
            "new answers. They do not see who asked."
        ).format(days=tr.number(ctx.keep_unanswered_days))
    else:
        questions = _("- I do not keep your questions, photos or files.")
    cases = _(
        "- If you send a case to an organisation: what you wrote for it, and your messages "
        "with the caseworker. They are stored encrypted. Only that organisation's caseworkers "
        "see them, without your name or Telegram account unless you give them.\n"
        "- Messages of closed cases are deleted after {days} days. Profiles not used for "
        "{profile_days} days are deleted."
    ).format(days=tr.number(ctx.retention_days), profile_days=tr.number(ctx.profile_days))
    # A draft keeps its words in the profile until Send or Cancel (form_left.py offers it
    # again weeks later): said, as what a sent case keeps is (exploratory test 10).
    cases += "\n" + _(
        "- A request you started and did not send: what you wrote in it, stored encrypted, "
        "until you send it, cancel it, or your profile is deleted."
    )
    counted = _(
        "- I count questions without keeping who asked: per day, language, where people "
        "are from and where they are now, the topic, and how I answered. The counts cannot "
        "show who you are."
    )
    commands = _(
        "/delete_my_data deletes everything about you now.\n"
        "/clear deletes our messages in this chat from the last 48 hours, if someone else "
        "may look at your phone."
    )
    alerts = _(
        "If you subscribe to alerts: where you are from, where you are now and the topics you "
        "chose, until you stop them with /stop or /delete_my_data."
    )
    # Retention deletes them with the profile: an alert read is not a message from the person.
    alerts += "\n" + keep_them(tr, ctx.profile_days)
    # What the bot cannot delete: its copies in a caseworker's own Telegram.
    commands += "\n" + _("What a caseworker already received stays in their Telegram.")
    text = "\n".join((kept, questions, cases, counted)) + "\n\n" + alerts + "\n\n" + commands
    return Outcome((Reply(text, menu_keyboard(tr)),), state)


def ask_delete(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if _has_open_case(ctx):
        text = _(
            "Delete everything about you? Your profile and everything you wrote will be "
            "deleted, and your open cases withdrawn. This cannot be undone."
        )
    else:
        text = _(
            "Delete everything about you? Your profile and everything you wrote will be "
            "deleted. This cannot be undone."
        )
    if ctx.subscription is not None:
        text += "\n" + _("Your alerts stop too.")
    if ctx.clears_chat:
        text += "\n" + _("Our messages in this chat from the last 48 hours are deleted too.")
    # The minute it was asked, so that its Yes pressed weeks later by mistake (an old
    # message scrolled past) deletes nothing (round 31A's still open).
    yes = "del:yes" if ctx.now is None else f"del:yes:{_minute(ctx.now)}"
    keyboard = ((Button(_("Yes, delete everything"), yes), Button(_("No"), "menu")),)
    return Outcome((Reply(text, keyboard),), state)


# How long the question's Yes deletes: time to read it, not weeks.
FRESH_MINUTES = 30


def _minute(now: dt.datetime) -> int:
    return int(now.timestamp() // 60)


def _fresh(value: str, ctx: Context) -> bool | None:
    """Whether a Yes (`value`: "yes", or "yes:<minute asked>") still deletes: True, False for
    one asked too long ago, None for data that is no Yes of ours."""
    if value == "yes":
        return True  # asked before the minute was written, or with no clock
    asked = value.removeprefix("yes:")
    if asked == value or not asked.isascii() or not asked.isdigit() or len(asked) > 12:
        return None
    if ctx.now is None:
        return True
    waited = _minute(ctx.now) - int(asked)
    return -5 <= waited <= FRESH_MINUTES


def delete(value: str, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    fresh = _fresh(value, ctx)
    if fresh is False:
        text = tr.gettext(
            "That button is old, so nothing was deleted. To delete everything about you, "
            "send /delete_my_data again."
        )
        return Outcome((Reply(text, menu_keyboard(tr)),), state)
    if not fresh:
        return Outcome((Reply(tr.gettext("Nothing was deleted."), menu_keyboard(tr)),), state)
    _ = tr.gettext
    # The one message left in the chat afterwards: it names cases only when there were open
    # ones (on a shared phone it claimed cases that never existed: exploratory test 10).
    if _has_open_case(ctx):
        text = _(
            "Done. I deleted your profile and everything you wrote, and withdrew your open "
            "cases. Send /start if you want to talk again."
        )
    else:
        text = _(
            "Done. I deleted your profile and everything you wrote. "
            "Send /start if you want to talk again."
        )
    if ctx.clears_chat:  # the channel deletes them before this is sent (Answer.wiped)
        text += "\n\n" + _(
            "I also deleted our messages in this chat from the last 48 hours. To delete older "
            "ones: press and hold a message, then Delete."
        )
        # The bot cannot remove the chat from the person's list (the same line as /clear's).
        text += "\n" + _("To remove this chat from your list: press and hold it, then Delete.")
    if ctx.cases:
        text += "\n" + _("What a caseworker already received stays in their Telegram.")
    keyboard: tuple[tuple[Button, ...], ...] = ((start_again_button(state, tr),),)
    if ctx.clears_chat:
        keyboard = ((clear_button(state, tr),), *keyboard)
    return Outcome((Reply(text, keyboard),), UserState(), (DeleteMyData(),))


def start_again_button(state: UserState, tr: Tr) -> Button:
    """The farewell's way on for someone who only taps (round 38C): it said "Send /start"
    and had no button, a dead end for a person who cannot type. The button is the language
    button of the language the farewell is written in ("lang:<language>[:zawgyi]", as
    clear_button's data): pressing it begins again, its profile questions in that language.
    Nothing is kept: the language lives only in the button on the person's own message."""
    script = ":zawgyi" if state.language == "my" and state.encoding == "zawgyi" else ""
    return Button(tr.gettext("Start again"), f"lang:{state.language or 'en'}{script}")


def clear_button(state: UserState, tr: Tr) -> Button:
    """/clear on the farewell, its data saying the person's language and script: after the
    erasure the bot knows neither, nor may it keep them, and a typed /clear has no words to
    read them from (its note comes in the three languages). The button is on the person's
    own message, in the language its text shows already: nothing new is kept anywhere."""
    script = ":zawgyi" if state.language == "my" and state.encoding == "zawgyi" else ""
    data = f"{CLEAR}:{state.language or ''}{script}"
    return Button(tr.gettext("Delete our chat (last 48 hours)"), data)


def reader_of(value: str) -> UserState:
    """The language and script a farewell's /clear button carries (clear_button), as a
    state to translate and encode with; none for anything else (old or forged data)."""
    language, _, script = value.partition(":")
    if language not in LANGUAGES:
        return UserState()
    zawgyi = language == "my" and script == "zawgyi"
    return UserState(language=language, encoding="zawgyi" if zawgyi else None)


def on_clear(value: str, state: UserState, ctx: Context) -> Outcome:
    """The farewell's /clear pressed where the channel does not delete messages itself (the
    console; Telegram's adapter clears the chat): /clear's answer, in the button's language
    when none is known."""
    reader = state if state.language else reader_of(value)
    outcome = explain_clear(reader, ctx)
    return Outcome(outcome.replies, state)


def _has_open_case(ctx: Context) -> bool:
    return any(case.open for case in ctx.cases)


def without_draft(state: UserState) -> UserState | None:
    """The state with no words of the person's waiting in it, for /clear (round 22C), or None
    when none wait: an unsent request's form (its story, place, contact) and words waiting for
    "Send this to <org>?". After /clear, whoever held the phone next could open Talk to a
    person, press Skip and Through this bot, and read the person's own words in the summary
    ("This is exactly what will be sent"), kept up to a year. A question it was at goes with
    them; a profile question and a caseworker's pending action are not the person's words."""
    form = state.form or {}
    if not (unfinished(state) or form.get(RELAY_WORDS)):
        return None
    step = None if state.step not in PROFILE_QUESTIONS else state.step
    return state.with_(form=None, step=step)


def explain_clear(state: UserState, ctx: Context) -> Outcome:
    """Telegram handles /clear itself (it deletes messages, and the unsent request's words:
    BotService.forget_draft); elsewhere (the console) the request's words go as there, and
    the reply says so (round 42A: the summary's old Send, pressed after /clear, sent the
    request the person had asked to forget)."""
    tr = ctx.translator(state.language)
    text = tr.gettext("On Telegram, /clear deletes our messages from the last 48 hours.")
    cleared = without_draft(state)
    if cleared is not None:
        text += "\n" + tr.gettext(
            "I deleted your request that was not sent, with your words. Nothing was sent."
        )
        state = cleared
    return Outcome((Reply(text, menu_keyboard(tr)),), state)
