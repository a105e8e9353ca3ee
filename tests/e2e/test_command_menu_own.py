"""A person's own command menu (the "/" button) in the language they chose in the bot, not
the Telegram app's (round 9, left open: there is no Burmese or Khmer Telegram app, so a
Burmese reader saw the menu in English); deleted with /delete_my_data."""

from __future__ import annotations

import pytest

from tests.e2e.driver import REPLY_TIMEOUT_S, Oracle, Person
from tests.fakes import FakeTelegram
from tests.fakes.telegram_objects import ApiCall

pytestmark = pytest.mark.e2e


def for_chat(person: Person):
    def about(call: ApiCall) -> bool:
        return call.params.get("scope") == {"type": "chat", "chat_id": person.user_id}

    return about


async def own_menu(tg: FakeTelegram, person: Person, after: int) -> dict[str, str]:
    await tg.wait_for_call("setMyCommands", where=for_chat(person), after=after)
    menu = tg.command_menus[(f"chat:{person.user_id}", "")]
    return {c["command"]: c["description"] for c in menu}


async def test_the_chats_menu_follows_the_language_chosen_and_goes_with_the_data(
    tg: FakeTelegram, person: Person, oracle: Oracle
) -> None:
    await person.onboard("km", "KH", "TH")  # the first choice
    menu = await own_menu(tg, person, 0)
    assert menu["mycases"] == oracle.tr("km").gettext("My requests: see or withdraw")
    assert menu.keys() >= {"menu", "mycases", "privacy", "delete_my_data", "clear", "language"}

    before = len(tg.calls)
    await person.command("language")
    await person.press("lang:my")
    menu = await own_menu(tg, person, before)
    assert menu["mycases"] == oracle.tr("my").gettext("My requests: see or withdraw")

    await person.command("delete_my_data")
    before = len(tg.calls)
    tg.user_presses(person.user_id, person.keyboard(), "del:yes")
    await tg.wait_for_messages(person.user_id, 1, REPLY_TIMEOUT_S)  # the farewell
    await tg.wait_for_call("deleteMyCommands", where=for_chat(person), after=before)
    assert not [key for key in tg.command_menus if key[0] == f"chat:{person.user_id}"]
    assert not [call for call in tg.errors() if call.method.lower().endswith("mycommands")]
    person.oracle.states.pop(person.uid, None)  # the bot forgot them: /help starts afresh


async def test_a_question_in_the_same_language_changes_no_menu(
    tg: FakeTelegram, person: Person
) -> None:
    await person.onboard("km", "KH", "TH")
    await own_menu(tg, person, 0)
    before = len(tg.calls)
    await person.command("menu")
    await person.press("group:at_work")
    calls = [call for call in tg.calls[before:] if for_chat(person)(call)]
    assert not calls, "a call at every message: only a change of language sets it"


async def test_the_apps_own_language_needs_no_menu_of_the_chats(
    tg: FakeTelegram, person: Person
) -> None:
    """The app (no language_code here: English's menu) shows English already: choosing
    English costs no call; back to English after Khmer deletes the chat's Khmer menu."""
    await person.onboard("en", "MM", "TH")
    await person.command("menu")
    assert not [call for call in tg.calls if for_chat(person)(call)], "no call for English"
    await person.command("language")
    await person.press("lang:km")
    await own_menu(tg, person, 0)
    before = len(tg.calls)
    await person.command("language")
    await person.press("lang:en")
    await tg.wait_for_call("deleteMyCommands", where=for_chat(person), after=before)
    assert not [key for key in tg.command_menus if key[0] == f"chat:{person.user_id}"]
