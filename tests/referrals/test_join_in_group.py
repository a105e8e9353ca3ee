"""`/join <code>` posted in a group (exploratory test 9, staff finding 1): the bot said
nothing in an inbox and the migrants' "I only talk in private chats" elsewhere, and the code
still worked for whoever in the group redeemed it first. It is now cancelled at once, the
group is told so plainly, and the organisation's admins learn it in private; the code is
never shown again."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.telegram import handlers

SHOWN = (
    "This code was shown to the group, so it no longer works. Ask your admin for a new one "
    "and send it to me in a private chat."
)
AYE, BOSS = 201, 209
OTHER_GROUP = -7777


def in_a_group(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, chat_id: int, text: str
) -> list[str]:
    """What the Telegram adapter posts for Aye's message in a group: the desk's and the
    dialogue's answers, by text."""
    posted: list[str] = []

    async def say(_context: Any, items: list[Any], _update_id: int) -> bool:
        posted.extend(item.text for item in items)
        return True

    async def deliver(_context: Any, _chat_id: int, replies: Any, *_args: Any) -> None:
        posted.extend(reply.text for reply in replies)

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "deliver", deliver)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text=text, migrate_to_chat_id=None, new_chat_members=()),
        effective_user=SimpleNamespace(id=AYE, first_name="Aye"),
        effective_chat=SimpleNamespace(id=chat_id, type="group"),
        update_id=1,
    )
    bot_data = {handlers.DESK: harness.desk, handlers.SERVICE: harness.service}
    context = SimpleNamespace(bot_data=bot_data, bot=SimpleNamespace(id=1, username="helpbot"))
    asyncio.run(handlers.on_group(update, context))  # type: ignore[arg-type]
    return posted


@pytest.mark.parametrize("chat_id", [ORG_CHAT["ALPHA"], OTHER_GROUP], ids=["inbox", "other"])
def test_a_code_posted_in_a_group_is_cancelled_and_the_group_and_admins_told(
    harness: Harness, monkeypatch, chat_id
):
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", BOSS, "Boss", role="admin")
    code = harness.invite("ALPHA", "staff")
    posted = in_a_group(harness, monkeypatch, chat_id, f"/join@helpbot {code}")
    assert posted == [SHOWN]
    assert "was cancelled" in harness.desk.join(AYE, code)[0].text, "nobody can use it now"
    [told] = harness.texts_to(BOSS)[-1:]
    assert "posted in a group" in told and "Aye (Telegram id 201)" in told
    everything = [*posted, *(row["text"] for row in harness.outbox_to(BOSS))]
    assert not any(code in text for text in everything), "the code is never shown again"


def test_a_thai_inbox_is_told_in_thai(harness: Harness, monkeypatch):
    harness.connect_inbox("DELTA")
    code = harness.invite("DELTA", "staff")
    [posted] = in_a_group(harness, monkeypatch, ORG_CHAT["DELTA"], f"/join {code}")
    assert posted != SHOWN and "/join" not in posted
    assert "ยกเลิก" in harness.desk.join(AYE, code)[0].text  # cancelled, in Thai (draft)


def test_join_without_a_live_code_in_a_group_says_where_codes_go(harness: Harness, monkeypatch):
    harness.connect_inbox("ALPHA")
    for text in ("/join", "/join 000000-000000-000000"):
        [posted] = in_a_group(harness, monkeypatch, ORG_CHAT["ALPHA"], text)
        assert "private chat" in posted and "no longer works" not in posted
