"""Whatever the mix of chats and a 30% share of 500s and 429s: every row goes out exactly once,
in row order per chat, within the per-chat and global limits, never inside a flood wait."""

from __future__ import annotations

import asyncio
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outbox_helpers import FakeClock, FakeSend, clear_outbox, drain_all, fake_sender, rows
from sqlalchemy import Engine

from bot.outbox.queue import enqueue
from bot.storage.crypto import CryptoBox
from bot.storage.db import session_factory

CHATS = st.sampled_from([101, 102, 103, -500, -600])  # private chats and groups


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(chats=st.lists(CHATS, min_size=1, max_size=30), seed=st.integers(0, 2**32 - 1))
def test_random_failures_deliver_every_row_exactly_once_in_order(
    engine: Engine, box: CryptoBox, chats: list[int], seed: int
):
    clear_outbox(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for n, chat in enumerate(chats):
            enqueue(session, box, idem_key=f"m{n}", chat_id=chat, text=f"{chat}/{n}")
    clock = FakeClock()
    send = FakeSend(clock, fail_ratio=0.3, seed=seed, retry_after=2.0)
    options = {"base_backoff_s": 0.5, "max_backoff_s": 8.0}
    sender = fake_sender(engine, box, send, clock, **options)
    asyncio.run(drain_all(sender, clock, sessions))
    sender.close()

    assert sorted(text for _, text, _ in send.delivered) == sorted(
        f"{chat}/{n}" for n, chat in enumerate(chats)
    )
    for chat in set(chats):
        expected = [f"{chat}/{n}" for n, c in enumerate(chats) if c == chat]
        assert send.texts_to(chat) == expected
        times = [call.at for call in send.calls if call.chat_id == chat]
        assert all(b - a >= 1.0 - 1e-9 for a, b in pairwise(times))
    times = [call.at for call in send.calls]
    assert all(b - a >= 0.04 - 1e-9 for a, b in pairwise(times))
    assert send.violations == 0
    stored = rows(sessions)
    assert {row.status for row in stored} == {"sent"}
    calls_per_text: dict[str, int] = {}
    for call in send.calls:
        if call.outcome != "RetryAfter":  # a flood wait is not a failed attempt
            calls_per_text[call.text] = calls_per_text.get(call.text, 0) + 1
    for row, n in zip(stored, range(len(chats)), strict=True):
        assert row.attempts == calls_per_text[f"{chats[n]}/{n}"]  # one call per attempt
