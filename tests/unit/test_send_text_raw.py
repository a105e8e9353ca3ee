"""sendMessage through PTB's post with Telegram's answer read for the id alone (issue 11:
PTB's building of a whole Message from each answer was about 4 % of the bot's CPU a
message): the same parameters on the wire as Bot.send_message, and the same id back."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import BaseRequest, RequestData

from bot.telegram.convert import send_replies
from bot.values import Button, Reply

TOKEN = "123:TEST"


class Recording(BaseRequest):
    """Keeps what each call would put on the wire; answers as Telegram does."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        params = request_data.json_parameters if request_data is not None else {}
        self.calls.append((url.rsplit("/", 1)[-1], params))
        chat = {"id": int(params.get("chat_id", 0)), "type": "private"}
        message = {"message_id": 700 + len(self.calls), "date": 0, "chat": chat}
        return 200, json.dumps({"ok": True, "result": message}).encode()


def ext_bot() -> tuple[ExtBot[Any], Recording]:
    """As bot/telegram/app.py makes it: an ExtBot behind AIORateLimiter(max_retries=0)."""
    request = Recording()
    bot = ExtBot(TOKEN, request=request, rate_limiter=AIORateLimiter(max_retries=0))
    return bot, request


REPLIES = (
    Reply("ငါ့ passport & fees = 100%\nsecond line"),
    Reply("Choose:", ((Button("Yes ✓", "y:1"), Button("No", "n:1")), (Button("Menu", "menu"),))),
    Reply("Open", ((Button("Chat", "https://t.me/SomeBot?start=x"),),)),
)


async def test_the_wire_is_send_messages_and_the_ids_come_back():
    bot, ptb = ext_bot()
    for reply in REPLIES:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(b.label, url=b.data)
                    if b.data.startswith("https://")
                    else InlineKeyboardButton(b.label, callback_data=b.data)
                    for b in row
                ]
                for row in reply.buttons
            ]
        )
        await bot.send_message(-5, reply.text, reply_markup=keyboard if reply.buttons else None)
    ours_bot, ours = ext_bot()
    ids = await send_replies(ours_bot, -5, REPLIES)
    assert ours.calls == ptb.calls
    assert [method for method, _ in ours.calls] == ["sendMessage"] * 3
    assert ids == [701, 702, 703]


async def test_no_message_object_is_built_from_telegrams_answer(
    monkeypatch: pytest.MonkeyPatch,
):
    built: list[object] = []
    de_json = Message.de_json

    def counted(data: Any, bot: Any = None) -> Any:
        built.append(data)
        return de_json(data, bot)

    monkeypatch.setattr(Message, "de_json", counted)
    bot, _ = ext_bot()
    assert await send_replies(bot, 42, REPLIES[:2]) == [701, 702]
    assert built == []
