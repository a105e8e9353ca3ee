"""A live location (explore5, finding 14): Telegram sends each new position as an edit of
the shared location's message. It was answered once; the moves are neither answered nor
counted against the flood limit, so a person driven somewhere can still write for help."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Chat, Message, Update, User
from telegram import Location as TgLocation
from telegram.ext import ApplicationHandlerStop

from bot.flood import FloodGuard
from bot.telegram import admission, handlers

SENT_AT = dt.datetime(2026, 12, 5, 8, 30, tzinfo=dt.UTC)
PERSON = User(5001, "Migrant", is_bot=False)
LIMIT = 3


def moved(update_id: int) -> Update:
    position = TgLocation(longitude=100.50, latitude=13.70 + update_id / 1000, live_period=900)
    edited_at = SENT_AT + dt.timedelta(seconds=2 * update_id)
    chat = Chat(5001, Chat.PRIVATE)
    message = Message(7, SENT_AT, chat, from_user=PERSON, location=position, edit_date=edited_at)
    return Update(update_id, edited_message=message)


def context() -> Any:
    # No service: an update that got past the check would need it, and fail.
    guard = FloodGuard(LIMIT)
    return SimpleNamespace(bot_data={admission.FLOOD: guard, admission.GROUP_FLOOD: guard})


async def test_moves_of_a_live_location_are_dropped_before_the_flood_count():
    ctx = context()
    for update_id in range(1, 16):  # fifteen positions, two seconds apart
        with pytest.raises(ApplicationHandlerStop):
            await admission.guard(moved(update_id), ctx)
    assert ctx.bot_data[admission.UNMARKED] == set(range(1, 16))
    assert ctx.bot_data[admission.FLOOD].check("tg:5001") == "ok"  # the limit is untouched


async def test_a_move_reaching_the_handler_is_not_answered():
    await handlers.on_other(moved(1), context())  # no service asked, nothing sent


def test_a_first_shared_location_is_no_move():
    position = TgLocation(longitude=100.5, latitude=13.7, live_period=900)
    first = Message(7, SENT_AT, Chat(5001, Chat.PRIVATE), from_user=PERSON, location=position)
    assert not handlers.moved_location(Update(1, message=first))
    assert handlers.moved_location(moved(2))
