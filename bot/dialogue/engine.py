"""The dialogue engine: (event, user state) -> replies and the new state.

Pure: no Telegram, no SQL, no HTTP. The service does the I/O around it (normalising text,
asking the NLU, loading and saving state), so every conversation is testable in milliseconds
and the console and Telegram share one brain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.content import Catalog
from bot.content.topics import TOPIC_GROUPS, TOPIC_IDS
from bot.dialogue import flows, privacy, referral
from bot.dialogue.effects import CaseView
from bot.dialogue.events import (
    ButtonPress,
    Command,
    Event,
    GroupMessage,
    Location,
    Media,
    Text,
)
from bot.dialogue.replies import Outcome
from bot.dialogue.state import UserState
from bot.i18n import Tr


@dataclass(frozen=True)
class Context:
    catalog: Catalog
    translator: Callable[[str | None], Tr]
    today: dt.date
    cases: tuple[CaseView, ...] = ()  # the user's own cases, newest first
    new_ref: str = ""  # the reference a case opened by this event gets
    retention_days: int = 90  # what /privacy promises about closed cases
    connected: frozenset[str] = frozenset()  # partners whose inbox is connected to the bot


def handle(event: Event, state: UserState, ctx: Context) -> Outcome:
    """Answer one event. Never raises on user input: every path ends in a reply."""
    if isinstance(event, Command):
        return on_command(event, state, ctx)
    if isinstance(event, ButtonPress):
        return on_button(event.data, state, ctx)
    if isinstance(event, Text):
        if referral.expects_text(state):
            if (state.step or "").startswith("ans:"):
                return referral.answer_text(event.text, state, ctx)
            return referral.on_text(event.text, state, ctx)
        return flows.on_text(event, state, ctx)
    if isinstance(event, Location):
        return flows.on_location(event, state, ctx)
    if isinstance(event, Media):
        return flows.on_media(event.kind, state, ctx)
    if isinstance(event, GroupMessage):
        return flows.on_group(state, ctx)
    return flows.show_menu(state, ctx)


def on_command(command: Command, state: UserState, ctx: Context) -> Outcome:
    handlers: dict[str, Callable[[UserState, Context], Outcome]] = {
        "start": flows.start,
        "language": flows.ask_language,
        "profile": flows.ask_origin,
        "menu": flows.show_menu,
        "help": flows.show_help,
        "mycases": referral.my_cases,
        "cancel": referral.cancel,
        "privacy": privacy.show_privacy,
        "delete_my_data": privacy.ask_delete,
        "clear": privacy.explain_clear,
    }
    handler = handlers.get(command.name)
    if handler is None:
        return flows.unknown_command(state, ctx)
    return handler(state, ctx)


def on_button(data: str, state: UserState, ctx: Context) -> Outcome:
    """Button presses, including ones from old keyboards or forged data: never trusted blindly."""
    action, _, value = data.partition(":")
    if action == "lang":
        return flows.set_language(value, state, ctx)
    if action == "origin":
        return flows.set_origin(value, state, ctx)
    if action == "country":
        return flows.set_country(value, state, ctx)
    if action == "group" and value in TOPIC_GROUPS:
        return flows.show_group(value, state, ctx)
    if action == "topic" and value in TOPIC_IDS:
        return flows.answer(value, state.with_(misses=0), ctx)
    if action == "menu":
        return flows.show_menu(state, ctx)
    if action == "help":
        return flows.show_help(state, ctx)
    if action == "person":
        return referral.start(value if value in TOPIC_IDS else None, state, ctx)
    if action == "ref":
        return referral.on_button(value, state, ctx)
    if action == "wd":
        return referral.withdraw(value, state, ctx)
    if action == "ans":
        return referral.start_answer(value, state, ctx)
    if action == "del":
        return privacy.delete(value, state, ctx)
    return flows.stale_button(state, ctx)
