"""Telegram's message dates and ids, through handlers.on_text / on_other, the real service and
database (docs/user-testing.md, "Still open"): the description's join window measures when
messages were sent, not when they are handled (a backlog joined or split them wrongly); at
the form's "[Continue the form] [Ask this instead]", a voice note or an edit dropped the
question typed, and an edit of that question now replaces it."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import Harness
from telegram import Chat, Message, User, Voice

from bot import reading
from bot.dialogue import form_question
from bot.dialogue.events import Media
from bot.telegram import convert, handlers
from bot.telegram.convert import media_event
from bot.values import NluResult

MIGRANT_ID = 5301
MIGRANT = f"tg:{MIGRANT_ID}"
T0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
QUESTION = "where is the embassy in Bangkok"


@dataclass
class EmbassyNlu:
    """Reads every text as a question about the embassy, or the wages when it says "pay"."""

    async def parse(self, text: str) -> NluResult:
        topic = "unpaid_wages" if "pay" in text else "embassy_contact"
        return NluResult(topic, 0.9, ((topic, 0.9),))


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    async def answer_now(_context, _chat_id, answer):  # type: ignore[no-untyped-def]
        texts.extend(reply.text for reply in answer.replies)

    monkeypatch.setattr(handlers, "answer_now", answer_now)
    return texts


def update(harness: Harness, update_id: int, message: Any, edited: bool = False) -> Any:
    chat = SimpleNamespace(id=MIGRANT_ID, type="private")
    return SimpleNamespace(
        update_id=update_id,
        message=None if edited else message,
        edited_message=message if edited else None,
        effective_message=message,
        effective_user=SimpleNamespace(id=MIGRANT_ID, first_name="A", language_code=None),
        effective_chat=chat,
    ), SimpleNamespace(bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk})


def typed(harness: Harness, words: str, message_id: int, sent_s: float, edited=False) -> None:
    date = T0 + dt.timedelta(seconds=sent_s)
    message = SimpleNamespace(text=words, message_id=message_id, date=date)
    asyncio.run(handlers.on_text(*update(harness, 9000 + message_id * 2 + edited, message, edited)))


def voice(harness: Harness, message_id: int, caption: str | None = None, sent_s: float = 0) -> None:
    message = SimpleNamespace(
        message_id=message_id,
        date=T0 + dt.timedelta(seconds=sent_s),
        voice=object(),
        caption=caption,
        location=None,
        venue=None,
        contact=None,
    )
    asyncio.run(handlers.on_other(*update(harness, 9000 + message_id * 2, message)))


def described(harness: Harness) -> None:
    harness.profile(MIGRANT, "MM", "TH")
    harness.press(MIGRANT, "person:unpaid_wages")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    typed(harness, "my boss", 30, 0)


def test_messages_sent_a_minute_apart_are_not_joined_when_handled_together(
    harness: Harness, sent: list[str]
):
    described(harness)
    typed(harness, "the farm near the river", 31, 60)  # a backlog: handled at once after
    form = harness.state(MIGRANT).form or {}
    assert form.get("place") == "the farm near the river" and form["description"] == "my boss"


def test_messages_sent_together_are_joined_when_handled_apart(
    harness: Harness, sent: list[str], monkeypatch: pytest.MonkeyPatch
):
    described(harness)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=40)
    monkeypatch.setattr(reading, "utcnow", lambda: later)  # a slow machine, a backlog
    typed(harness, "did not pay me", 31, 1)
    assert sent[-1].startswith("I added this to what happened.")
    form = harness.state(MIGRANT).form or {}
    assert form["description"] == "my boss\ndid not pay me" and "place" not in form


def test_a_caption_sent_with_the_description_joins_it_when_handled_late(
    harness: Harness, sent: list[str], monkeypatch: pytest.MonkeyPatch
):
    described(harness)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=40)
    monkeypatch.setattr(reading, "utcnow", lambda: later)
    voice(harness, 31, caption="he shouts at me", sent_s=2)
    form = harness.state(MIGRANT).form or {}
    assert form["description"] == "my boss\nhe shouts at me" and "place" not in form


def test_the_adapter_takes_telegrams_date_in_utc() -> None:
    chat, user = Chat(MIGRANT_ID, Chat.PRIVATE), User(MIGRANT_ID, "A", False)
    bangkok = dt.timezone(dt.timedelta(hours=7))
    local = Message(1, T0.astimezone(bangkok), chat, user, voice=Voice("v", "vu", 3))
    event = media_event(local)
    assert isinstance(event, Media) and event.sent_at == T0
    assert event.sent_at is not None and event.sent_at.utcoffset() == dt.timedelta(0)
    naive = SimpleNamespace(date=T0.replace(tzinfo=None))
    assert convert.sent_at(naive) == T0  # type: ignore[arg-type]


def at_choice(harness: Harness) -> None:
    harness.service.nlu = EmbassyNlu()
    harness.service.join_seconds = 0
    described(harness)
    harness.press(MIGRANT, "ref:skip:place")
    typed(harness, QUESTION, 41, 30)
    assert harness.state(MIGRANT).step == form_question.STEP


def test_a_voice_note_at_the_choice_keeps_the_question(harness: Harness, sent: list[str]):
    at_choice(harness)
    voice(harness, 42)
    assert sent[-1].startswith("I cannot listen to voice messages yet.")
    assert harness.state(MIGRANT).step == form_question.STEP
    answer = harness.press(MIGRANT, form_question.ASK)
    assert "FIXTURE general embassy answer." in "\n".join(r.text for r in answer)


def test_an_edit_of_the_waiting_question_replaces_it(harness: Harness, sent: list[str]):
    at_choice(harness)
    typed(harness, "my boss did not pay me 3 months", 41, 30, edited=True)
    assert sent[-1].startswith("I changed the question that waits to your edited words.")
    answer = "\n".join(r.text for r in harness.press(MIGRANT, form_question.ASK))
    assert "embassy" not in answer and "wages" in answer


def test_an_edit_of_the_description_at_the_choice_keeps_the_question(
    harness: Harness, sent: list[str]
):
    at_choice(harness)
    typed(harness, "my boss did not pay", 30, 0, edited=True)
    assert sent[-1].startswith("I cannot change what was already sent.")
    state = harness.state(MIGRANT)
    assert state.step == form_question.STEP and state.form["description"] == "my boss"
    answer = harness.press(MIGRANT, form_question.ASK)
    assert "FIXTURE general embassy answer." in "\n".join(r.text for r in answer)
