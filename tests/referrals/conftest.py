from __future__ import annotations

import pytest
from referral_helpers import Harness

from bot.telegram import handlers


@pytest.fixture
def harness(engine, box) -> Harness:
    return Harness.build(engine, box)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the Telegram handlers send, by text: the desk's notes and the dialogue's
    replies (a test module may keep its own `sent`, narrower)."""
    texts: list[str] = []

    async def say(_context, items, _update_id):  # type: ignore[no-untyped-def]
        texts.extend(item.text for item in items)
        return True

    async def answer_now(_context, _chat_id, answer):  # type: ignore[no-untyped-def]
        texts.extend(reply.text for reply in answer.replies)

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "answer_now", answer_now)
    return texts
