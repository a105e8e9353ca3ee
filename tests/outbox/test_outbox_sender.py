"""OutboxSender against a scripted send function and a clock that moves only when told."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from itertools import pairwise

import pytest
from outbox_helpers import FakeClock, FakeSend, drain_all, fake_sender, rows
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.errors import Blocked, Permanent, RetryAfter, SendError, Transient
from bot.outbox.queue import enqueue
from bot.storage.crypto import CryptoBox
from bot.storage.models import Outbox
from bot.values import Button, Keyboard


class Forbidden(Exception):
    """Stands in for the Telegram error an adapter would chain."""


def put(sessions: sessionmaker[Session], box: CryptoBox, *messages: tuple[int, str]) -> None:
    with sessions.begin() as session:
        for chat_id, text in messages:
            enqueue(session, box, idem_key=text, chat_id=chat_id, text=text)


def as_naive_utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives naive UTC back, PostgreSQL aware: compare them alike."""
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def permanent() -> Permanent:
    error = Permanent("bot was blocked by the user")
    error.__cause__ = Forbidden()
    return error


async def test_a_row_is_sent_once_with_its_buttons_and_marked_sent(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend
):
    keyboard = ((Button("Accept", "a:1"),), (Button("ស្រាយ", "b:2"), Button("x", "y")))
    with sessions.begin() as session:
        enqueue(session, box, idem_key="k1", chat_id=-100, text="New case", buttons=keyboard)
    sender = fake_sender(engine, box, send, send.clock)
    assert await sender.drain_once() == 1
    assert await sender.drain_once() == 0
    assert send.delivered == [(-100, "New case", keyboard)]
    [row] = rows(sessions)
    assert (row.status, row.message_id, row.attempts, row.claimed_by) == ("sent", 1, 1, None)
    assert row.sent_at is not None


async def test_retry_after_defers_the_row_and_pauses_every_chat(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (1, "a"), (2, "b"))
    send = FakeSend(clock, script={"a": [RetryAfter(30)]})
    sender = fake_sender(engine, box, send, clock)
    asked_at = clock.wall()
    assert await sender.drain_once() == 0  # "a" hit the 429; "b" waits too: it is bot-wide
    first, _ = rows(sessions)
    # Telegram pacing us is not a failed attempt: the row keeps all its tries.
    assert (first.status, first.attempts, first.last_error) == ("pending", 0, "RetryAfter")
    assert as_naive_utc(first.next_attempt_at) == as_naive_utc(asked_at + dt.timedelta(seconds=30))
    clock.advance(29.9)
    assert await sender.drain_once() == 0
    assert [call.text for call in send.calls] == ["a"]
    clock.advance(0.2)
    assert await sender.drain_once() == 2
    assert [text for _, text, _ in send.delivered] == ["a", "b"]


async def test_permanent_refusals_fail_the_row_after_three_and_free_its_chat(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (5, "to a blocked chat"), (5, "next"))
    send = FakeSend(clock, script={"to a blocked chat": [permanent() for _ in range(5)]})
    sender = fake_sender(engine, box, send, clock)
    await drain_all(sender, clock, sessions)
    blocked, after = rows(sessions)
    assert [c.outcome for c in send.calls if c.text == "to a blocked chat"] == ["Permanent"] * 3
    assert (blocked.status, blocked.attempts, blocked.permanent_failures) == ("failed", 3, 3)
    assert blocked.last_error == "Permanent:Forbidden"  # class names only, never the message
    assert after.status == "sent"
    assert sender.stats.failed == 1 and sender.stats.permanent == 3


async def test_transient_failures_back_off_with_jitter_then_give_up(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (9, "never"))
    send = FakeSend(clock, script={"never": [Transient("500") for _ in range(10)]})
    options = {"max_attempts": 6, "base_backoff_s": 1.0, "max_backoff_s": 8.0}
    sender = fake_sender(engine, box, send, clock, **options)
    await drain_all(sender, clock, sessions, step=0.1)
    times = [call.at for call in send.calls]
    gaps = [later - earlier for earlier, later in pairwise(times)]
    ceilings = [1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(times) == 6
    for gap, ceiling in zip(gaps, ceilings, strict=True):
        assert ceiling / 2 <= gap <= ceiling + 0.15
    assert len({round(g / c, 3) for g, c in zip(gaps, ceilings, strict=True)}) > 1  # jittered
    [row] = rows(sessions)
    assert (row.status, row.attempts, row.last_error) == ("failed", 6, "Transient")


async def test_each_chat_gets_at_most_one_message_a_second_in_row_order(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, *[(chat, f"{chat}:{n}") for n in range(4) for chat in (1, -200)])
    send = FakeSend(clock)
    await drain_all(fake_sender(engine, box, send, clock), clock, sessions, step=0.1)
    for chat in (1, -200):
        assert send.texts_to(chat) == [f"{chat}:{n}" for n in range(4)]
        times = [call.at for call in send.calls if call.chat_id == chat]
        assert all(b - a >= 1.0 - 1e-9 for a, b in pairwise(times))


async def test_the_global_limit_spaces_sends_across_chats(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, *[(chat, f"to {chat}") for chat in range(1, 51)])
    send = FakeSend(clock)
    sender = fake_sender(engine, box, send, clock, global_per_s=25.0)
    assert await sender.drain_once() == 50
    times = [call.at for call in send.calls]
    assert all(b - a >= 0.04 - 1e-9 for a, b in pairwise(times))
    assert times[-1] - times[0] == pytest.approx(49 * 0.04)


async def test_a_row_that_cannot_be_decrypted_fails_without_a_send(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, send: FakeSend
):
    other = CryptoBox(["5mzgS8wH0yEY9mq0FvW0pPHQ6Gl3a4E7A2p1m0ZbYkA="])
    put(sessions, other, (3, "sealed with a removed key"))
    await fake_sender(engine, box, send, send.clock).drain_once()
    [row] = rows(sessions)
    assert (row.status, row.last_error) == ("failed", "PayloadUnreadable")
    assert send.calls == []


async def test_no_message_text_reaches_the_logs(
    engine: Engine,
    sessions: sessionmaker[Session],
    box: CryptoBox,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
):
    secrets = ["ဖမ်းဆီးခံရ help-1", "ថៅកែមិនបើកប្រាក់ help-2", "locked-inside help-3"]
    put(sessions, box, *[(n, text) for n, text in enumerate(secrets, start=1)])
    script: dict[str, list[SendError]] = {
        secrets[0]: [Transient(secrets[0])],
        secrets[1]: [permanent() for _ in range(3)],
        secrets[2]: [RetryAfter(2)],
    }
    send = FakeSend(clock, script=script)
    caplog.set_level(logging.DEBUG)
    await drain_all(fake_sender(engine, box, send, clock), clock, sessions)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Outbox row" in logged
    for text in secrets:
        for words in (text, *text.split()):
            assert words not in logged


async def test_a_send_that_hangs_times_out_and_is_retried(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (4, "into the void"))
    hung = asyncio.Event()

    async def hang(chat_id: int, text: str, buttons: Keyboard) -> int:
        await hung.wait()  # never set: a connection that neither answers nor fails
        return 0

    sender = fake_sender(engine, box, hang, clock, send_timeout_s=0.05)
    assert await sender.drain_once() == 0
    [row] = rows(sessions)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "TimeoutError")
    assert sender.stats.transient == 1


async def test_a_long_flood_wait_never_gives_a_row_up(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    put(sessions, box, (1, "a"))
    send = FakeSend(clock, script={"a": [RetryAfter(1)] * 20})  # more waits than max_attempts
    sender = fake_sender(engine, box, send, clock)
    for _ in range(25):
        await sender.drain_once()
        clock.advance(1.1)
    [row] = rows(sessions)
    assert (row.status, row.attempts) == ("sent", 1)
    assert [call.outcome for call in send.calls].count("RetryAfter") == 20


async def test_a_broadcasts_429_pauses_broadcasts_only_and_a_persons_429_pauses_all(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    """Issue 15: a person asking during a broadcast is answered within a second, so a flood
    wait met by an alert holds the alerts, not the person's reply; a 429 on a person's own
    reply still holds everything (nothing is sent into a flood wait it met itself)."""
    with sessions.begin() as session:
        for n in (1, 2):
            enqueue(session, box, idem_key=f"al{n}", chat_id=n, text=f"alert {n}", priority=1)
    send = FakeSend(clock, script={"alert 1": [RetryAfter(5)], "reply 2": [RetryAfter(5)]})
    sender = fake_sender(engine, box, send, clock)
    assert await sender.drain_once() == 0  # alert 1 met the 429; alert 2 waits for it
    put(sessions, box, (3, "reply 1"))
    assert await sender.drain_once() == 1
    assert [text for _, text, _ in send.delivered] == ["reply 1"]  # the alerts still wait
    clock.advance(5.1)
    assert await sender.drain_once() == 2
    put(sessions, box, (4, "reply 2"))
    with sessions.begin() as session:
        enqueue(session, box, idem_key="al3", chat_id=5, text="alert 3", priority=1)
    assert await sender.drain_once() == 0  # the person's 429 holds the alert as well
    clock.advance(5.1)
    assert await sender.drain_once() == 2
    assert [text for _, text, _ in send.delivered][-2:] == ["reply 2", "alert 3"]


async def test_a_row_failed_for_good_by_403s_tells_the_undelivered_hook_once_in_its_commit(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    """Only a refusal by a person who blocked the bot (Blocked), and only when the row is
    given up: not each refusal, not a 400. The hook writes in the failure's transaction
    (bot/referrals/unreachable.py tells the caseworker there)."""
    put(sessions, box, (5, "blocked"), (6, "bad request"))
    send = FakeSend(
        clock,
        script={
            "blocked": [Blocked("Forbidden") for _ in range(5)],
            "bad request": [Permanent("BadRequest") for _ in range(5)],
        },
    )
    told: list[tuple[int, str]] = []

    def undelivered(session: Session, row_id: int) -> None:
        row = session.get(Outbox, row_id)
        assert row is not None and row.status == "failed", "the failure is in the same commit"
        told.append((row.chat_id, row.idem_key))
        enqueue(session, box, idem_key=f"note:{row_id}", chat_id=77, text="a note")

    sender = fake_sender(engine, box, send, clock, undelivered=undelivered)  # type: ignore[arg-type]
    await drain_all(sender, clock, sessions)
    assert told == [(5, "blocked")]
    by_key = {row.idem_key: row.status for row in rows(sessions)}
    assert by_key["blocked"] == by_key["bad request"] == "failed"
    assert [text for chat, text, _ in send.delivered if chat == 77] == ["a note"]


async def test_a_failing_undelivered_hook_still_leaves_the_row_failed(
    engine: Engine, sessions: sessionmaker[Session], box: CryptoBox, clock: FakeClock
):
    """A hook that breaks must not undo the failure: the row would go back to 'sending',
    be taken again after the lease, refused again, for ever."""
    put(sessions, box, (5, "blocked"))
    send = FakeSend(clock, script={"blocked": [Blocked("Forbidden") for _ in range(5)]})

    def undelivered(session: Session, row_id: int) -> None:
        enqueue(session, box, idem_key="half-written", chat_id=77, text="a note")
        session.flush()
        raise RuntimeError("the hook broke")

    sender = fake_sender(engine, box, send, clock, undelivered=undelivered)  # type: ignore[arg-type]
    await drain_all(sender, clock, sessions)
    assert [(row.idem_key, row.status) for row in rows(sessions)] == [("blocked", "failed")]
    assert [call.outcome for call in send.calls] == ["Blocked"] * 3
