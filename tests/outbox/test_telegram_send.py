"""The PTB send function against the fake Telegram server, and the outbox end to end on it:
PTB's real Bot (rate-limited like the Application's), 30% of sends failing with 500 or 429."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from outbox_helpers import rows
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    NetworkError,
    TelegramError,
    TimedOut,
)
from telegram.error import RetryAfter as PtbRetryAfter
from telegram.ext import AIORateLimiter, ExtBot

from bot.outbox.errors import (
    Blocked,
    Moved,
    NoRights,
    Permanent,
    RetryAfter,
    SendError,
    Transient,
)
from bot.outbox.queue import enqueue
from bot.outbox.sender import OutboxSender
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory
from bot.telegram.sender import outbox_error, telegram_send
from bot.values import Button
from tests.fakes import NO_ANSWER, FakeTelegram

TOKEN = "123:TEST"
HANG_GUARD_S = 600  # a stuck test ends; a slow machine still passes
# PTB's own RetryAfter reads its deprecated int attribute when it is built.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram(TOKEN) as fake:
        yield fake


@pytest.fixture
async def app_bot(tg: FakeTelegram) -> AsyncIterator[ExtBot[AIORateLimiter]]:
    """Built like the Application's bot: AIORateLimiter(max_retries=3)."""
    bot = ExtBot(
        TOKEN,
        base_url=f"{tg.url}/bot",
        base_file_url=f"{tg.url}/file/bot",
        rate_limiter=AIORateLimiter(max_retries=3),
    )
    async with bot:
        yield bot


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: PtbRetryAfter(7), RetryAfter),
        (TimedOut, Transient),
        (lambda: NetworkError("Bad Gateway"), Transient),
        (lambda: Conflict("terminated by other getUpdates"), Transient),
        (lambda: BadRequest("Chat not found"), Permanent),
        (
            lambda: Forbidden("Forbidden: bot was blocked by the user"),
            Blocked,
        ),  # a Permanent that also ends alerts (issue 15)
        (lambda: ChatMigrated(-100123), Moved),
        # Only admins may post in the group: a 400, and no my_chat_member (round 9).
        (lambda: BadRequest("Not enough rights to send text messages to the chat"), NoRights),
        (lambda: BadRequest("Have no rights to send a message"), NoRights),
        (lambda: BadRequest("CHAT_WRITE_FORBIDDEN"), NoRights),
        (lambda: BadRequest("Message is too long"), Permanent),
    ],
)
def test_ptb_errors_map_to_outbox_errors(
    make: Callable[[], TelegramError], expected: type[SendError]
):
    error = make()
    mapped = outbox_error(error)
    assert type(mapped) is expected
    assert str(error) not in str(mapped)  # Telegram's description is not carried along
    if isinstance(mapped, Moved):  # the new chat id is what the sender needs
        assert mapped.new_chat_id == -100123


@pytest.mark.parametrize(("env", "given", "seconds"), [("false", 7, 7.0), ("true", 2.5, 2.5)])
def test_retry_after_is_seconds_as_a_float_whether_int_or_timedelta(
    monkeypatch: pytest.MonkeyPatch, env: str, given: float, seconds: float
):
    monkeypatch.setenv("PTB_TIMEDELTA", env)
    error = PtbRetryAfter(dt.timedelta(seconds=given))
    mapped = outbox_error(error)
    assert isinstance(mapped, RetryAfter) and mapped.seconds == seconds


async def test_text_and_buttons_reach_the_chat(tg: FakeTelegram, app_bot: ExtBot[AIORateLimiter]):
    tg.user(42)
    keyboard = ((Button("Accept", "case:A1:accept"), Button("Decline", "case:A1:decline")),)
    send = telegram_send(app_bot)
    message_id = await send(42, "New case A1", keyboard)
    [seen] = await tg.wait_for_messages(42, 1, timeout=2)
    assert (seen.message_id, seen.text) == (message_id, "New case A1")
    assert seen.data == ["case:A1:accept", "case:A1:decline"]


async def test_a_429_is_one_http_call_even_through_the_rate_limited_bot(
    tg: FakeTelegram, app_bot: ExtBot[AIORateLimiter]
):
    tg.user(42)
    tg.fail_sends(1.0, codes=(429,), retry_after=3, limit=1)
    with pytest.raises(RetryAfter) as raised:
        await telegram_send(app_bot)(42, "hello", ())
    assert raised.value.seconds == 3.0
    assert len(tg.calls_to("sendMessage")) == 1  # AIORateLimiter did not retry it


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("blocked", Permanent),
        ("unknown chat", Permanent),
        ("only admins post", NoRights),
        ("500", Transient),
        ("no answer", Transient),
    ],
)
async def test_refusals_from_the_server_map_to_outbox_errors(
    tg: FakeTelegram, app_bot: ExtBot[AIORateLimiter], setup: str, expected: type[SendError]
):
    chat = {"unknown chat": 404, "only admins post": -1001}.get(setup, 42)
    tg.user(42)
    if setup == "only admins post":
        tg.group_message(-1001, 42, "hello", chat_type="supergroup")
        tg.mute_bot_in(-1001)
    if setup == "blocked":
        tg.block_bot(42)
    if setup == "500":
        tg.fail_sends(1.0, codes=(500,))
    if setup == "no answer":  # held, then the connection drops
        tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=0.2)
    with pytest.raises(expected):
        await telegram_send(app_bot)(chat, "hello", ())


async def test_a_plain_bot_is_used_as_it_is(tg: FakeTelegram):
    tg.user(42)
    async with Bot(TOKEN, base_url=f"{tg.url}/bot") as bot:
        assert await telegram_send(bot)(42, "hi", ()) == tg.messages_to(42)[0].message_id


async def test_outbox_delivers_everything_exactly_once_through_faults(
    engine: Engine, box: CryptoBox, tg: FakeTelegram, app_bot: ExtBot[AIORateLimiter]
):
    chats = [1000 + n for n in range(10)]
    for chat in chats:
        tg.user(chat)
    texts = {chat: [f"case {chat}-{n}" for n in range(3)] for chat in chats}
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for n in range(3):
            for chat in chats:
                enqueue(session, box, idem_key=f"k{chat}-{n}", chat_id=chat, text=texts[chat][n])
    plan = tg.fail_sends(0.3, codes=(500, 429), retry_after=1, seed=11)
    sender = OutboxSender(
        sessions, box, telegram_send(app_bot), base_backoff_s=0.2, max_backoff_s=2.0
    )
    stop = asyncio.Event()
    task = asyncio.create_task(sender.run(stop, idle_s=0.1))
    # No time limit (the machine may be busy): the sender must keep going and, with 30% of
    # sends failing, need at most a few attempts a row. The timeout only stops a hang.
    async with asyncio.timeout(HANG_GUARD_S):
        while sender.stats.sent < 30:
            assert not task.done(), "the sender stopped before the outbox was empty"
            assert len(tg.calls_to("sendMessage")) <= 30 * 12, (
                "attempts without end: the sender is looping"
            )
            await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(task, 10)

    for chat in chats:
        assert [m.text for m in tg.messages_to(chat)] == texts[chat]  # once each, in order
    assert plan.violations == 0  # nothing was sent inside a flood wait
    calls = tg.calls_to("sendMessage")
    assert len(calls) == 30 + len(plan.injected)  # one HTTP call per attempt, no hidden retries
    assert {code for _, code in plan.injected} == {500, 429}
    ours, full = duplicate_windows(sender, tg, {chat: chat for chat in chats}, sessions)
    # Every send's 'sent' commit came after Telegram's answer (the window's size is a figure,
    # printed below, not a pass mark).
    assert len(ours) == 30 and min(ours) >= 0
    print(
        f"\n[{engine.dialect.name}] duplicate window over {len(ours)} sends, in ms: "
        f"send returned -> 'sent' committed p50 {_ms(ours, 0.5)} p99 {_ms(ours, 0.99)} "
        f"max {_ms(ours, 1)}; server stored the message -> committed p50 {_ms(full, 0.5)} "
        f"p99 {_ms(full, 0.99)} max {_ms(full, 1)}"
    )


def duplicate_windows(
    sender: OutboxSender, tg: FakeTelegram, chats: dict[int, int], sessions: sessionmaker[Session]
) -> tuple[list[float], list[float]]:
    """How long each message existed at 'Telegram' while its row was not yet 'sent': from
    our side (send returned) and from the server's (message stored), in seconds."""
    stored = {
        (int(call.params["chat_id"]), call.params["text"]): call.at
        for call in tg.calls_to("sendMessage")
        if call.status == 200
    }
    chat_of = {row.id: row.chat_id for row in rows(sessions)}
    text_of = {(m.chat_id, m.message_id): m.text for c in chats for m in tg.messages_to(c)}
    ours, full = [], []
    for row_id, message_id, returned, committed in sender.stats.windows:
        chat = chat_of[row_id]
        ours.append(committed - returned)
        full.append(committed - stored[(chat, text_of[(chat, message_id)])])
    return sorted(ours), sorted(full)


def _ms(values: list[float], q: float) -> str:
    return f"{values[min(len(values) - 1, round(q * (len(values) - 1)))] * 1000:.2f}"
