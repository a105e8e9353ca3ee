"""Which language a person's own command menu takes (Answer.menu, set by the Telegram
adapter: bot/telegram/chat_menu.py): the one they chose or switched to, only when it
changes, and none of their own after /delete_my_data."""

from __future__ import annotations

import asyncio

from referral_helpers import Harness

from bot.dialogue.events import ButtonPress, Command, Event
from bot.values import FORGET_MENU

UID = "tg:731904690"


def menu_after(harness: Harness, event: Event) -> str | None:
    return asyncio.run(harness.service.answer(UID, event)).menu


def test_the_menu_follows_each_change_of_language_and_is_forgotten_with_the_data(
    harness: Harness,
):
    assert menu_after(harness, Command("start")) is None  # no language yet
    assert menu_after(harness, ButtonPress("lang:km")) == "km"  # the first choice
    assert menu_after(harness, ButtonPress("origin:KH")) is None
    assert menu_after(harness, Command("language")) is None
    assert menu_after(harness, ButtonPress("lang:my:zawgyi")) == "my"
    assert menu_after(harness, ButtonPress("lang:my")) is None  # the script only: no change
    assert menu_after(harness, ButtonPress("lang:en")) == "en"
    assert menu_after(harness, Command("delete_my_data")) is None
    assert menu_after(harness, ButtonPress("del:yes")) == FORGET_MENU


def test_the_menus_commands_are_the_start_up_menus_in_that_language(harness: Harness):
    menus = harness.service.command_menus()
    for language in ("my", "km", "en"):
        assert harness.service.command_menu(language) == menus[language]
    assert menus["my"] != menus["en"]


def test_the_menu_follows_a_switch_by_writing_and_the_switch_offers_tap_back(harness: Harness):
    menu_after(harness, Command("start"))
    assert menu_after(harness, ButtonPress("lang:en")) == "en"
    menu_after(harness, ButtonPress("origin:MM"))
    menu_after(harness, ButtonPress("country:TH"))
    answer = asyncio.run(harness.service.answer_text(UID, "မင်္ဂလာပါ"))
    assert answer.menu == "my"
    offer = [b.data for reply in answer.replies for row in reply.buttons for b in row]
    assert "lang:en" in offer  # the one tap back, which moves the menu back too
    assert menu_after(harness, ButtonPress("lang:en")) == "en"
