"""Staff commands sent to the bot in private (exploratory test 9, staff finding 8): /register,
/cases and /case got the migrants' "I do not know that command." and their help. /cases and
/case now answer a caseworker in their own chat, for their organisation(s); /register says
where it goes, and the code stays usable (nobody else saw it)."""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.telegram import handlers

AYE = 201
UPDATES = itertools.count(1)
UNKNOWN = "I do not know that command."


def in_private(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, user: int, text: str
) -> list[Any]:
    """What the Telegram adapter sends for a command in `user`'s private chat: the desk's
    items and the dialogue's replies."""
    sent: list[Any] = []

    async def say(_context: Any, items: list[Any], _update_id: int) -> bool:
        sent.extend(items)
        return True

    async def answer_now(_context: Any, _chat_id: int, answer: Any) -> None:
        sent.extend(answer.replies)

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "answer_now", answer_now)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text=text, message_id=7),
        effective_user=SimpleNamespace(id=user, first_name="Aye", language_code=None),
        effective_chat=SimpleNamespace(id=user, type="private"),
        update_id=next(UPDATES),  # each once: the service answers an update only once
    )
    bot_data = {handlers.DESK: harness.desk, handlers.SERVICE: harness.service}
    asyncio.run(handlers.on_command(update, SimpleNamespace(bot_data=bot_data)))  # type: ignore[arg-type]
    return sent


def test_cases_and_case_in_private_answer_a_caseworker_for_their_organisation(
    harness: Harness, monkeypatch
):
    case = harness.sent_case("tg:5001")
    harness.join_named("ALPHA", AYE, "Aye")
    [listing] = in_private(harness, monkeypatch, AYE, "/cases")
    assert listing.chat_id == AYE
    assert listing.text.startswith("Open cases of ALPHA:") and case.ref in listing.text
    [card] = in_private(harness, monkeypatch, AYE, f"/case {case.ref.lower()}")
    assert card.chat_id == AYE and card.text.startswith(f"New case {case.ref}\n")
    assert any(button.data for row in card.buttons for button in row), "with its buttons"
    [none] = in_private(harness, monkeypatch, AYE, "/case ABCDEF")
    assert none.text == "Your organisation has no case ABCDEF."
    assert UNKNOWN not in [item.text for item in in_private(harness, monkeypatch, AYE, "/case x")]


def test_a_caseworker_of_two_organisations_gets_both_lists_each_in_its_language(
    harness: Harness, monkeypatch
):
    harness.sent_case("tg:5001")
    harness.connect_inbox("DELTA")
    harness.join_named("ALPHA", AYE, "Aye")
    harness.join_named("DELTA", AYE, "Aye")
    alpha, delta = in_private(harness, monkeypatch, AYE, "/cases")
    assert alpha.text.startswith("Open cases of ALPHA:")
    assert "DELTA" in delta.text and "Open cases" not in delta.text, "DELTA's, in Thai"


def test_a_case_of_another_organisation_is_not_shown_in_private(harness: Harness, monkeypatch):
    case = harness.sent_case("tg:5001")  # ALPHA's
    harness.connect_inbox("BETA")
    harness.join_named("BETA", AYE, "Aye")
    [none] = in_private(harness, monkeypatch, AYE, f"/case {case.ref}")
    assert none.text == f"Your organisation has no case {case.ref}."
    assert case.ref not in in_private(harness, monkeypatch, AYE, "/cases")[0].text


def test_someone_not_staff_gets_the_migrants_answer_as_before(harness: Harness, monkeypatch):
    harness.sent_case("tg:5001")
    for text in ("/cases", "/case ABCDEF", "/register", "/register 000000-000000-000000"):
        sent = in_private(harness, monkeypatch, 5002, text)
        assert sent[0].text == UNKNOWN, text


def test_register_in_private_says_where_it_goes_and_keeps_the_code(harness: Harness, monkeypatch):
    code = harness.invite("ALPHA", "inbox")
    [said] = in_private(harness, monkeypatch, 209, f"/register {code}")
    assert "in the group" in said.text and UNKNOWN not in said.text
    assert "still works" in said.text and code not in said.text
    # The code was not used: the group can still register with it.
    [registered] = harness.desk.register(ORG_CHAT["ALPHA"], code)
    assert registered.text == "This group is now the case inbox of Alpha Aid (fixture)."
