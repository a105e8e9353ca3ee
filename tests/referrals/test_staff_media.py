"""A caseworker's photo or file while their Reply waits (explore6, finding 8): through
handlers.on_other, the real service, desk and database. Only text reaches the person: the
caseworker is told so in their organisation's language, the caption is not answered as a
migrant's question, and the Reply still waits for its text."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import QuestionCount
from bot.telegram import handlers

MIGRANT_ID = 5001
MIGRANT = f"tg:{MIGRANT_ID}"
THAI = "รูปภาพและไฟล์จะไม่ถูกส่งถึงผู้ขอความช่วยเหลือ กรุณาเขียนคำตอบเป็นข้อความ"
THAI_NOTE = "รูปภาพและไฟล์จะไม่ถูกเก็บไว้ที่นี่ กรุณาเขียนเป็นข้อความ"
NOTE = "Photos and files are not sent to the person. Write your reply as text."


def photo(harness: Harness, user_id: int, caption: str, update_id: int) -> None:
    message = SimpleNamespace(
        message_id=78, photo=[object()], caption=caption, location=None, venue=None, contact=None
    )
    update = SimpleNamespace(
        update_id=update_id,
        edited_message=None,
        message=message,
        effective_message=message,
        effective_user=SimpleNamespace(id=user_id, first_name="W"),
        effective_chat=SimpleNamespace(id=user_id, type="private"),
    )
    context = SimpleNamespace(
        bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk}
    )
    asyncio.run(handlers.on_other(update, context))  # type: ignore[arg-type]


CAPTION = "This is the complaint form. Fill it in and bring your passport copy."


def test_a_captioned_photo_as_the_reply_is_not_a_migrants_question(
    harness: Harness, sent: list[str]
):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    counted = len(harness.all(QuestionCount))
    to_migrant = len(harness.outbox_to(MIGRANT_ID))
    photo(harness, worker, CAPTION, 9101)
    assert sent == [NOTE]
    assert len(harness.all(QuestionCount)) == counted  # no migrant question
    assert len(harness.outbox_to(MIGRANT_ID)) == to_migrant  # nothing to the person
    harness.staff_text(worker, "Please bring your passport copy.")  # the Reply still waits
    assert "Please bring your passport copy." in harness.outbox_to(MIGRANT_ID)[-1]["text"]


def test_a_thai_speaking_organisation_is_told_in_thai(harness: Harness, sent: list[str]):
    somchai = 7301
    case = harness.thai_held_case(MIGRANT, somchai)
    harness.staff_press(somchai, ORG_CHAT["DELTA"], "rep", case.id)
    photo(harness, somchai, "", 9102)
    assert sent == [THAI]
    harness.staff_press(somchai, ORG_CHAT["DELTA"], "note", case.id)
    photo(harness, somchai, "a note", 9103)
    assert sent[-1] == THAI_NOTE
