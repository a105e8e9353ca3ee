"""Telegram's command menu (the "/" button) for people: set at start-up in each language,
and never in the way when Telegram refuses it (exploratory test 9, finding 9: a person who
only taps buttons found /mycases, /privacy and /delete_my_data only in /help's text)."""

from __future__ import annotations

import pytest

from tests.e2e.driver import Oracle, Person
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e
PRIVATE = "all_private_chats"
PEOPLES = {"menu", "mycases", "privacy", "delete_my_data", "clear", "language", "help"}


def menu_of(tg: FakeTelegram, language: str) -> dict[str, str]:
    call = tg.wait_for_call_sync(
        "setMyCommands", where=lambda call: (call.params.get("language_code") or "") == language
    )
    assert call.params["scope"] == {"type": PRIVATE}, "people's chats only, not the inboxes"
    return {c["command"]: c["description"] for c in tg.command_menus[(PRIVATE, language)]}


def test_the_command_menu_is_set_in_each_language_with_the_peoples_commands(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle
) -> None:
    default, english = menu_of(tg, ""), menu_of(tg, "en")
    assert default == english, "an app in another language gets English"
    assert english.keys() >= PEOPLES
    assert not {"cases", "team", "alert", "invite"} & english.keys(), "no caseworker commands"
    assert english["mycases"] == "My requests: see or withdraw"
    for language in ("my", "km"):
        menu = menu_of(tg, language)
        assert menu.keys() == english.keys()
        assert menu["mycases"] == oracle.tr(language).gettext("My requests: see or withdraw")
        assert menu["mycases"] != english["mycases"], f"{language}: translated"


async def test_the_menu_button_leads_to_the_cases_privacy_and_deletion(person: Person) -> None:
    await person.onboard("my", "MM", "TH")
    await person.command("menu")
    await person.press("mine")
    await person.press("mine:cases")
    await person.command("menu")
    await person.press("mine")
    await person.press("mine:delete")
    assert person.keyboard().button("del:yes")
