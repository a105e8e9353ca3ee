"""Live messages (issue 14's case cards): outbox rows of one slot edit the message the slot
last left in their chat, a refused edit becomes a new message, and where the message is
survives in live_messages; the PTB edit function against the fake Telegram server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from outbox_helpers import FakeClock, FakeSend, fake_sender, rows
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot

from bot.outbox.errors import Moved
from bot.outbox.queue import enqueue
from bot.outbox.sender import OutboxSender
from bot.storage.crypto import CryptoBox
from bot.storage.models import LiveMessage
from bot.telegram.sender import telegram_edit
from bot.values import Button, Keyboard
from tests.fakes import FakeTelegram

TOKEN = "123:TEST"
SLOT = "case:ABC234:card"


class Edits:
    """An edit function that records its calls; `moved_to_new` plays a deleted message."""

    def __init__(self, send: FakeSend) -> None:
        self.send = send
        self.calls: list[tuple[int, int, str]] = []
        self.moved_to_new = False

    async def __call__(self, chat_id: int, message_id: int, text: str, buttons: Keyboard) -> int:
        self.calls.append((chat_id, message_id, text))
        if self.moved_to_new:
            return await self.send(chat_id, text, buttons)
        return message_id


def put(sessions: sessionmaker[Session], box: CryptoBox, key: str, chat: int, slot: str | None):
    with sessions.begin() as session:
        enqueue(session, box, idem_key=key, chat_id=chat, text=key, slot=slot)


async def drain(sender: OutboxSender) -> int:
    """Until nothing is due (one row per chat per pass: a chat's rows go in order)."""
    total = 0
    while sent := await sender.drain_once():
        total += sent
    return total


def live(sessions: sessionmaker[Session]) -> list[tuple[str, int, int]]:
    with sessions() as session:
        found = session.scalars(select(LiveMessage).order_by(LiveMessage.chat_id)).all()
        return [(m.slot, m.chat_id, m.message_id) for m in found]


async def test_a_slots_rows_edit_its_message_and_a_refused_edit_moves_it(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend
):
    edits = Edits(send)
    sender = fake_sender(engine, box, send, send.clock, edit=edits, per_chat_interval_s=0)  # type: ignore[arg-type]
    put(sessions, box, "new", -100, SLOT)
    put(sessions, box, "plain", -100, None)  # not live: always a message of its own
    assert await drain(sender) == 2
    assert send.texts_to(-100) == ["new", "plain"] and edits.calls == []
    assert live(sessions) == [(SLOT, -100, 1)]

    put(sessions, box, "accepted", -100, SLOT)
    put(sessions, box, "other chat", -200, SLOT)  # the slot's first message in that chat
    send.clock.advance(5)
    assert await drain(sender) == 2
    assert edits.calls == [(-100, 1, "accepted")]
    assert send.texts_to(-200) == ["other chat"]

    edits.moved_to_new = True  # deleted in the group: the edit sends a new card
    put(sessions, box, "closed", -100, SLOT)
    send.clock.advance(5)
    await drain(sender)
    assert edits.calls[-1] == (-100, 1, "closed") and send.texts_to(-100)[-1] == "closed"
    new_id = len(send.delivered)
    assert live(sessions) == [(SLOT, -200, 3), (SLOT, -100, new_id)]
    edits.moved_to_new = False
    put(sessions, box, "again", -100, SLOT)
    send.clock.advance(5)
    await drain(sender)
    assert edits.calls[-1] == (-100, new_id, "again"), "the next edit goes to the new card"
    assert [row.status for row in rows(sessions)] == ["sent"] * 6


async def test_without_an_edit_function_every_version_is_sent(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    send = FakeSend(clock)
    sender = fake_sender(engine, box, send, clock, per_chat_interval_s=0)
    put(sessions, box, "v1", -100, SLOT)
    put(sessions, box, "v2", -100, SLOT)
    await drain(sender)
    clock.advance(5)
    await drain(sender)
    assert send.texts_to(-100) == ["v1", "v2"]


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram(TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{tg.url}/bot") as plain:
        yield plain


async def test_telegram_edit_edits_in_place_or_sends_anew(tg: FakeTelegram, bot: Bot):
    tg.user(42)
    first = await bot.send_message(42, "New case")
    edit = telegram_edit(bot)
    keyboard = ((Button("Reply", "cs:rep:1:x"),),)
    assert await edit(42, first.message_id, "Accepted", keyboard) == first.message_id
    [card] = tg.messages_to(42)
    assert (card.text, card.labels, card.history) == ("Accepted", ["Reply"], ["New case"])
    # The same again: Telegram's "not modified" is no failure.
    assert await edit(42, first.message_id, "Accepted", keyboard) == first.message_id
    # Closed: no buttons left.
    assert await edit(42, first.message_id, "Closed", ()) == first.message_id
    assert card.buttons == ()
    card.deleted = True  # someone deleted it: a new message carries the state
    again = await edit(42, first.message_id, "Closed", ())
    assert again != first.message_id and tg.messages_to(42)[-1].text == "Closed"


async def test_telegram_edit_in_a_migrated_group_says_where_it_went(tg: FakeTelegram, bot: Bot):
    tg.migrate_group(-5, -1005)
    with pytest.raises(Moved) as moved:
        await telegram_edit(bot)(-5, 1, "Accepted", ())
    assert moved.value.new_chat_id == -1005
