"""A person who blocks the bot (or deletes the chat) while a caseworker writes to them
(user testing, 2026-12-05: the caseworker's question failed after three 403s, unseen; the
caseworker was told only "Sent", and when the person came back nothing showed it).

Now the caseworker who wrote is told once a blocking, a Send while it lasts says the reply
waits, and the messages go out (in order, once) when the person comes back: unblocking the
bot or writing to it. Never for a case that ended meanwhile, nor after erasure."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from dataclasses import dataclass, field

from referral_helpers import ORG_CHAT, Harness, drain, preview_button, sender_for
from sqlalchemy import select, update

from bot.dialogue.events import ButtonPress, Command, Event
from bot.outbox.errors import Blocked
from bot.outbox.queue import OutboxStatus
from bot.outbox.sender import OutboxSender
from bot.referrals import retention
from bot.storage.models import Case, CaseEvent, Outbox, utcnow
from bot.values import Answer, Keyboard

PERSON = 731_904_777
MIGRANT = f"tg:{PERSON}"
WORKER = 7101
INBOX = ORG_CHAT["ALPHA"]
UPDATES = itertools.count(900_000)


@dataclass
class Phones:
    """Telegram as the outbox sees it: a person who blocked the bot refuses with 403."""

    blocked: set[int] = field(default_factory=set)
    got: list[tuple[int, str]] = field(default_factory=list)

    async def __call__(self, chat_id: int, text: str, buttons: Keyboard) -> int:
        if chat_id in self.blocked:
            raise Blocked("Forbidden")
        self.got.append((chat_id, text))
        return len(self.got)

    def texts_to(self, chat_id: int) -> list[str]:
        return [text for chat, text in self.got if chat == chat_id]


def accepted(harness: Harness) -> Case:
    harness.accepted_case(MIGRANT, WORKER)
    return harness.only(Case)


def reply(harness: Harness, case: Case, words: str) -> str:
    """The caseworker presses Reply, writes `words`, and presses Send: what Send says."""
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    shown = harness.staff_text(WORKER, words, send=False)
    data = preview_button(shown, "snd")
    assert data is not None
    [said] = harness.desk.button(WORKER, WORKER, data)
    return said.text


def person_sends(harness: Harness, event: Event) -> Answer:
    """An update from the person, answered as the Telegram adapter does (held replies)."""
    update_id = next(UPDATES)
    return asyncio.run(harness.service.answer(MIGRANT, event, update_id, PERSON))


def note(ref: str) -> str:
    return (
        f"Case {ref}: the person has blocked the bot or deleted the chat, so your message did "
        "not reach them. They will get it if they come back."
    )


def blocked_with_two_replies(harness: Harness, phones: Phones, sender: OutboxSender) -> Case:
    case = accepted(harness)
    drain(sender)  # the card, "accepted": the person still reads the bot
    phones.blocked.add(PERSON)
    assert reply(harness, case, "Are you safe? Which factory?") == (
        f"Sent to the person in case {case.ref}."
    )
    drain(sender)
    return case


def test_the_caseworker_hears_once_that_the_person_blocked_the_bot(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = blocked_with_two_replies(harness, phones, sender)
    assert phones.texts_to(WORKER)[-1] == note(case.ref), "told in private, in English"
    assert note(case.ref) not in phones.texts_to(INBOX)
    assert harness.only(Case).unreachable_at is not None
    # A second reply while the person still blocks the bot: Send does not say "Sent", and
    # no second note (one a blocking, not one a message).
    said = reply(harness, case, "Please answer when you can.")
    assert said == (
        f"Saved for the person in case {case.ref}, not sent: they have blocked the bot or "
        "deleted the chat. They will get it if they come back."
    )
    drain(sender)
    assert phones.texts_to(WORKER).count(note(case.ref)) == 1
    assert [e.action for e in harness.all(CaseEvent)].count("unreachable") == 1
    assert not any("safe" in text for text in phones.texts_to(PERSON))


def test_writing_again_brings_the_missed_messages_first_in_order_and_once(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = blocked_with_two_replies(harness, phones, sender)
    reply(harness, case, "Please answer when you can.")
    drain(sender)
    before = len(phones.texts_to(PERSON))
    phones.blocked.discard(PERSON)
    answer = person_sends(harness, Command("mycases"))
    # Not sent at once by the direct path, before them: queued behind them.
    assert answer.held is not None and not answer.held.direct
    drain(sender)
    got = phones.texts_to(PERSON)[before:]
    assert len(got) == 3, got
    assert got[0].endswith("Are you safe? Which factory?")
    assert got[1].endswith("Please answer when you can.")
    assert case.ref in got[2] and "Which factory" not in got[2], "then the answer to /mycases"
    assert harness.only(Case).unreachable_at is None
    answer = person_sends(harness, Command("mycases"))
    assert answer.held is not None and answer.held.direct, "as any answer: nothing waits"
    drain(sender)
    assert len(phones.texts_to(PERSON)) == before + 4, "the missed messages went once"
    statuses = {row.status for row in harness.all(Outbox) if row.chat_id == PERSON}
    assert statuses <= {OutboxStatus.SENT}, statuses


def test_unblocking_alone_brings_the_missed_messages(harness: Harness):
    """Telegram's my_chat_member (bot/telegram/handlers.py on_member) calls came_back."""
    phones = Phones()
    sender = sender_for(harness, phones)
    blocked_with_two_replies(harness, phones, sender)
    phones.blocked.discard(PERSON)
    assert harness.service.came_back(MIGRANT) == 1
    assert harness.service.came_back(MIGRANT) == 0, "a second signal sends nothing again"
    drain(sender)
    assert phones.texts_to(PERSON)[-1].endswith("Are you safe? Which factory?")
    assert sum("Which factory" in text for text in phones.texts_to(PERSON)) == 1


def test_a_new_blocking_is_told_again(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = blocked_with_two_replies(harness, phones, sender)
    phones.blocked.discard(PERSON)
    harness.service.came_back(MIGRANT)
    drain(sender)
    phones.blocked.add(PERSON)
    reply(harness, case, "One more question.")
    drain(sender)
    assert phones.texts_to(WORKER).count(note(case.ref)) == 2


def test_nothing_goes_for_a_case_closed_while_the_person_was_away(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = blocked_with_two_replies(harness, phones, sender)
    harness.close(WORKER, WORKER, case.id)  # Close, Resolved
    assert harness.only(Case).status == "closed"
    drain(sender)
    before = len(phones.texts_to(PERSON))
    phones.blocked.discard(PERSON)
    person_sends(harness, Command("mycases"))
    drain(sender)
    got = phones.texts_to(PERSON)[before:]
    assert len(got) == 1 and "Which factory" not in got[0], got
    assert harness.only(Case).unreachable_at is None


def test_nothing_goes_for_a_case_withdrawn_by_the_update_that_brings_them_back(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    case = blocked_with_two_replies(harness, phones, sender)
    phones.blocked.discard(PERSON)
    person_sends(harness, ButtonPress(f"wd:{case.ref}:yes"))  # a withdrawal left open
    drain(sender)
    assert not any("Which factory" in text for text in phones.texts_to(PERSON))
    assert harness.only(Case).status == "withdrawn"


def test_nothing_goes_after_erasure(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    blocked_with_two_replies(harness, phones, sender)
    phones.blocked.discard(PERSON)
    person_sends(harness, ButtonPress("del:yes"))  # "delete everything", confirmed on return
    drain(sender)
    assert not any("Which factory" in text for text in phones.texts_to(PERSON))
    assert not [row for row in harness.all(Outbox) if "migrant" in row.idem_key]


def test_a_missed_message_waits_past_a_week_while_the_case_is_kept(harness: Harness):
    """The retention schedule deletes failed rows after a week; one that failed because the
    person blocked the bot waits as long as a case is kept."""
    phones = Phones()
    sender = sender_for(harness, phones)
    blocked_with_two_replies(harness, phones, sender)
    with harness.store.sessions.begin() as session:
        weeks_ago = utcnow() - dt.timedelta(days=20)
        session.execute(update(Outbox).values(created_at=weeks_ago, sent_at=weeks_ago))
        failed = session.scalars(select(Outbox.idem_key).where(Outbox.status == "failed")).all()
    assert len(failed) == 1 and ":migrant:" in failed[0]
    with harness.store.sessions.begin() as session:
        retention.purge(session, harness.service.kit, utcnow(), case_days=90, profile_days=365)
    with harness.store.sessions() as session:
        left = session.scalars(select(Outbox.idem_key)).all()
    assert left == failed, "the caseworker's question waits; the sent rows went as before"
    phones.blocked.discard(PERSON)
    harness.service.came_back(MIGRANT)
    drain(sender)
    assert phones.texts_to(PERSON)[-1].endswith("Are you safe? Which factory?")
    with harness.store.sessions.begin() as session:
        retention.purge(
            session,
            harness.service.kit,
            utcnow() + dt.timedelta(days=91),
            case_days=90,
            profile_days=365,
        )
    with harness.store.sessions() as session:
        assert session.scalars(select(Outbox.idem_key)).all() == []


def test_a_thai_speaking_organisation_is_told_in_thai(harness: Harness):
    phones = Phones()
    sender = sender_for(harness, phones)
    somchai = 7301
    case = harness.thai_held_case(MIGRANT, somchai)
    drain(sender)
    phones.blocked.add(PERSON)
    harness.staff_press(somchai, ORG_CHAT["DELTA"], "rep", case.id)
    [sent] = harness.staff_text(somchai, "ปลอดภัยไหม")
    assert sent.text == f"ส่งถึงผู้ขอความช่วยเหลือในเคส {case.ref} แล้ว"
    drain(sender)
    assert phones.texts_to(somchai)[-1] == (
        f"เคส {case.ref}: ผู้ขอความช่วยเหลือบล็อกบอทหรือลบแชทแล้ว ข้อความของคุณจึงไปไม่ถึง "
        "ถ้าเขากลับมา เขาจะได้รับข้อความนี้"
    )
    harness.staff_press(somchai, ORG_CHAT["DELTA"], "rep", case.id)
    [waits] = harness.staff_text(somchai, "ปลอดภัยไหม")
    assert waits.text.startswith(f"บันทึกไว้ให้ผู้ขอความช่วยเหลือในเคส {case.ref} แต่ยังไม่ได้ส่ง")
