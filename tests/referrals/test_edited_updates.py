"""Edited texts as the Telegram adapter receives them (PTB hands `edited_message` updates to
the same text handler as new ones; findings part 5, section 13): through handlers.on_text,
the real service, desk and database. A person's edit is never a new form answer; a staff
member's edit gets a note in their staff language, never the migrant menu, never counted."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import QuestionCount
from bot.telegram import handlers

MIGRANT_ID = 5001
MIGRANT = f"tg:{MIGRANT_ID}"


def edited(harness: Harness, user_id: int, words: str, update_id: int) -> None:
    message = SimpleNamespace(text=words, message_id=77)
    update = SimpleNamespace(
        update_id=update_id,
        edited_message=message,
        effective_message=message,
        effective_user=SimpleNamespace(id=user_id, language_code=None),
        effective_chat=SimpleNamespace(id=user_id),
    )
    context = SimpleNamespace(
        bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk}
    )
    asyncio.run(handlers.on_text(update, context))  # type: ignore[arg-type]


def test_a_persons_edited_description_is_not_the_place(harness: Harness, sent: list[str]):
    harness.service.join_seconds = 0  # the edit comes later than a burst would
    harness.profile(MIGRANT, "MM", "TH")
    harness.press(MIGRANT, "person")
    harness.say(MIGRANT, "My boss keeps my pasport")
    before = harness.state(MIGRANT)
    edited(harness, MIGRANT_ID, "My boss keeps my passport", 9001)
    assert sent and sent[0].startswith("I cannot change what was already sent.")
    after = harness.state(MIGRANT)
    assert after.step == before.step == "ref:place"
    assert after.form is not None and "place" not in after.form


def test_a_caseworkers_edited_reply_gets_a_staff_note_and_is_not_counted(
    harness: Harness, sent: list[str]
):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "How many monts?")
    counted = len(harness.all(QuestionCount))
    to_migrant = len(harness.outbox_to(MIGRANT_ID))
    edited(harness, worker, "How many months?", 9002)
    assert sent == [
        "Edits do not reach anyone: I use what you first sent. To change a reply before it "
        "goes, press Edit under it; after it went, press Reply and write again."
    ]
    assert len(harness.all(QuestionCount)) == counted  # no migrant question
    assert len(harness.outbox_to(MIGRANT_ID)) == to_migrant  # nothing more to the person


def test_an_edit_while_a_reply_is_pending_is_not_the_reply(harness: Harness, sent: list[str]):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    to_migrant = len(harness.outbox_to(MIGRANT_ID))
    edited(harness, worker, "an earlier message, corrected", 9003)
    assert sent[0].startswith("Edits do not reach anyone")
    assert len(harness.outbox_to(MIGRANT_ID)) == to_migrant
    harness.staff_text(worker, "Which district?")  # the Reply still waits for its text
    assert "Which district?" in harness.outbox_to(MIGRANT_ID)[-1]["text"]
