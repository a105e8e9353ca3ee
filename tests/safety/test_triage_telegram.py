"""The Telegram adapter hands a caption to the engine (answered as typed words), cut to a
bound, and keeps it out of the event's repr (what a log or a test report would print)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from telegram import Chat, Contact, Document, Message, PhotoSize, User, Video

from bot.dialogue.events import Media
from bot.telegram.convert import CAPTION_CHARS, media_event

SENT_AT = dt.datetime(2026, 12, 3, 8, 30, tzinfo=dt.UTC)
KINDS: dict[str, dict[str, Any]] = {
    "photo": {"photo": (PhotoSize("p", "pu", 90, 90),)},
    "video": {"video": Video("vi", "viu", 640, 480, 12)},
    "document": {"document": Document("d", "du", file_name="contract.pdf")},
}


def message(**attributes: Any) -> Message:
    return Message(1, SENT_AT, Chat(5001, Chat.PRIVATE), User(5001, "M", False), **attributes)


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_caption_goes_with_the_media_event(kind: str) -> None:
    event = media_event(message(caption="they beat me", **KINDS[kind]))
    assert event == Media(kind, "they beat me")


def test_no_caption_is_an_empty_one() -> None:
    assert media_event(message(**KINDS["photo"])) == Media("photo", "")


def test_a_long_caption_is_cut_and_never_shown_in_repr() -> None:
    event = media_event(message(caption="x" * 10_000, **KINDS["photo"]))
    assert isinstance(event, Media) and len(event.caption) == CAPTION_CHARS
    assert "xxx" not in repr(Media("photo", "xxx secret words"))


def test_a_shared_contact_brings_its_number_for_the_phone_step() -> None:
    """Taken only at the form's phone step (bot/dialogue/media.py); never in the repr."""
    event = media_event(message(contact=Contact("+66812223344", "Me")))
    assert isinstance(event, Media) and event.kind == "contact"
    assert event.phone == "+66812223344"
    assert "6681" not in repr(event)
