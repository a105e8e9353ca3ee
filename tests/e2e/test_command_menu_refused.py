"""Telegram refusing the command menu at start-up (or the network down then) stops
nothing: the bot answers as ever, without the "/" menu (bot/telegram/app.py); nor does it
refusing a person's own menu when they choose a language (bot/telegram/chat_menu.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.driver import Person
from tests.fakes import FakeTelegram

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        fake.fail_sends(1.0, codes=(500,), methods=frozenset({"setmycommands"}))
        yield fake


async def test_the_bot_answers_although_the_command_menu_was_refused(
    tg: FakeTelegram, person: Person
) -> None:
    await person.onboard("km", "KH", "TH")
    # The person's own menu, in the language chosen, refused too: nothing else changes.
    chat = {"type": "chat", "chat_id": person.user_id}
    await tg.wait_for_call("setMyCommands", where=lambda call: call.params.get("scope") == chat)
    await person.command("mycases")
    refused = [call for call in tg.errors() if call.method == "setMyCommands"]
    assert refused and not tg.command_menus
    assert any(call.params.get("scope") == chat for call in refused)
