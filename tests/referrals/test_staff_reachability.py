"""Staff the bot can no longer reach, and inbox groups (exploratory test 9, findings 2-4).

2. A holder who blocked the bot: the person's message to them failed for good unseen, and
   the reminders, three days later, did not say why. Now the inbox and the admins hear that a
   message waits (not its words), a colleague may Open the case or release it, and the
   reminders say the holder cannot be reached.
3. The bot removed from an inbox group (a 403 on its rows, or Telegram's my_chat_member):
   the admins are told in private, and new cases follow the rule for an organisation with no
   inbox until the bot is back.
4. A code of another organisation in a group that is already an inbox is refused; a real
   move tells the old group and the admins, and posts the open cases' cards in the new one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from referral_helpers import ORG_CHAT, Harness, back_note, drain, lost_note, sender_for

from bot.outbox.errors import Blocked
from bot.referrals import cases, staff
from bot.storage.models import Case, Inbox, Staff, utcnow
from bot.telegram import handlers
from bot.values import Keyboard

PERSON = 731_904_778
MIGRANT = f"tg:{PERSON}"
WORKER, COLLEAGUE, ADMIN = 7101, 7102, 7109
INBOX = ORG_CHAT["ALPHA"]
NEW_GROUP = -100_777
WORDS = "Golden Fish factory in Mahachai. Boss says he will fire me tomorrow"


@dataclass
class Phones:
    """Telegram as the outbox sees it: a blocked chat refuses with 403."""

    blocked: set[int] = field(default_factory=set)
    got: list[tuple[int, str, Keyboard]] = field(default_factory=list)

    async def __call__(self, chat_id: int, text: str, buttons: Keyboard) -> int:
        if chat_id in self.blocked:
            raise Blocked("Forbidden")
        self.got.append((chat_id, text, buttons))
        return len(self.got)

    def texts_to(self, chat_id: int) -> list[str]:
        return [text for chat, text, _ in self.got if chat == chat_id]


def deliver(harness: Harness, phones: Phones) -> None:
    """The bot's sender (as bot/runtime.py builds it, no waits): every row tried until none
    is due, a 403 three times failing it for good."""
    drain(sender_for(harness, phones))


def join_admin(harness: Harness, org: str, tg_user_id: int) -> None:
    with harness.store.sessions.begin() as session:
        code = staff.create_invite(session, org, "staff", "admin")
    harness.desk.join(tg_user_id, code, "Dara")


def person_writes(harness: Harness, case: Case, words: str) -> None:
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, words)


def blocked_holder(harness: Harness, phones: Phones) -> Case:
    """Sokha (WORKER) holds ALPHA's case and has blocked the bot; the person writes."""
    _worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.join("ALPHA", COLLEAGUE)
    join_admin(harness, "ALPHA", ADMIN)
    deliver(harness, phones)
    phones.blocked.add(WORKER)
    person_writes(harness, case, WORDS)
    deliver(harness, phones)
    return case


def waits_note(ref: str) -> str:
    return (
        "caseworker no. 1 cannot be reached by the bot: they blocked it or deleted the chat. "
        f"A new message from the person in case {ref} is waiting for them. Open the case to "
        "read it, then answer, release the case or hand it over."
    )


# --- finding 2: a holder who blocked the bot ---------------------------------------------------


def test_a_message_for_a_holder_who_blocked_the_bot_is_told_to_the_inbox_and_admins(
    harness: Harness,
):
    phones = Phones()
    case = blocked_holder(harness, phones)
    assert waits_note(case.ref) in phones.texts_to(INBOX)
    assert waits_note(case.ref) in phones.texts_to(ADMIN)
    assert not any("Golden Fish" in text for text in phones.texts_to(INBOX)), "no story there"
    note = waits_note(case.ref)
    [buttons] = [b for chat, text, b in phones.got if chat == INBOX and text == note]
    assert [button.label for row in buttons for button in row] == ["Open"]
    assert harness.all(Staff)[0].unreachable_at is not None


def test_a_colleague_may_open_and_release_the_case_of_a_holder_who_cannot_be_reached(
    harness: Harness,
):
    phones = Phones()
    case = blocked_holder(harness, phones)
    [details] = harness.staff_press(COLLEAGUE, INBOX, "open", case.id)
    assert details.chat_id == COLLEAGUE and WORDS in details.text
    said = harness.staff_press(COLLEAGUE, INBOX, "rel", case.id)
    assert said[-1].text == f"You released case {case.ref}."
    assert harness.only(Case).status == "new"


def test_the_reminders_say_the_holder_cannot_be_reached(harness: Harness):
    phones = Phones()
    case = blocked_holder(harness, phones)
    harness.desk.check_deadlines(utcnow() + dt.timedelta(days=4))
    deliver(harness, phones)
    [reminder] = [text for text in phones.texts_to(INBOX) if text.startswith("Reminder")]
    held = f"/case_{case.ref}: held by caseworker no. 1, who cannot be reached by the bot;"
    assert held in reminder


def test_a_holder_who_starts_the_bot_again_holds_the_case_alone_again(harness: Harness):
    phones = Phones()
    case = blocked_holder(harness, phones)
    harness.service.came_back(f"tg:{WORKER}")  # Telegram's my_chat_member: unblocked
    assert harness.all(Staff)[0].unreachable_at is None
    [refused] = harness.staff_press(COLLEAGUE, INBOX, "open", case.id)
    assert refused.alert and WORDS not in refused.text


# --- finding 3: the bot removed from an inbox group --------------------------------------------


def member_update(harness: Harness, chat_id: int, status: str, **member: object) -> None:
    """Telegram's my_chat_member for the bot in a group, through the real handler."""
    change = SimpleNamespace(new_chat_member=SimpleNamespace(status=status, **member))
    update = SimpleNamespace(
        update_id=1,
        my_chat_member=change,
        effective_user=SimpleNamespace(id=ADMIN),
        effective_chat=SimpleNamespace(id=chat_id, type="supergroup"),
    )
    context = SimpleNamespace(
        bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk}
    )
    asyncio.run(handlers.on_member(update, context))  # type: ignore[arg-type]


def test_an_inbox_refusing_the_bot_for_good_is_told_to_the_admins_and_takes_no_new_case(
    harness: Harness,
):
    phones = Phones(blocked={INBOX})
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    deliver(harness, phones)  # the card: three 403s
    assert phones.texts_to(ADMIN) == [lost_note()], "once, in private"
    assert harness.only(Inbox).unreachable_at is not None
    other = "tg:731904779"
    harness.profile(other, "KH", "TH")
    harness.fill_form(other, "unpaid_wages", "no pay for two months")
    newest = harness.all(Case)[-1]
    assert newest.status == "waiting", "as for an organisation with no inbox"


def test_the_bot_removed_from_an_inbox_and_added_back(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    member_update(harness, INBOX, "kicked")
    assert harness.texts_to(ADMIN) == [lost_note()]
    assert harness.only(Inbox).unreachable_at is not None
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss owes me")
    assert harness.only(Case).status == "waiting"
    member_update(harness, INBOX, "member")
    assert harness.only(Inbox).unreachable_at is None
    assert harness.only(Case).status == "new", "the case that waited goes there"
    assert any(harness.only(Case).ref in row["text"] for row in harness.outbox_to(INBOX))
    assert harness.texts_to(ADMIN)[-1] == back_note()


def test_a_restricted_bot_cannot_write_in_the_inbox(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    member_update(harness, INBOX, "restricted", is_member=True, can_send_messages=False)
    assert harness.texts_to(ADMIN) == [lost_note()]
    assert harness.only(Inbox).unreachable_at is not None
    member_update(harness, INBOX, "restricted", is_member=True, can_send_messages=True)
    assert harness.only(Inbox).unreachable_at is None


def test_the_bot_leaving_a_group_that_is_no_inbox_changes_nothing(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    member_update(harness, NEW_GROUP, "left")
    assert harness.outbox_to(ADMIN) == []
    with harness.store.sessions() as session:
        assert cases.inbox_of(session, "ALPHA") == INBOX


# --- finding 4: /register in a group that is already an inbox ----------------------------------


def test_another_organisations_code_in_an_inbox_is_refused_and_still_works_elsewhere(
    harness: Harness,
):
    harness.connect_inbox("ALPHA")
    code = harness.invite("BETA", "inbox")
    [said] = harness.desk.register(INBOX, code)
    assert said.text == (
        "This group is already the case inbox of Alpha Aid (fixture), and one group serves one "
        "organisation. Send this code in the group of the organisation it is for. The code "
        "still works."
    )
    with harness.store.sessions() as session:
        assert staff.org_of_inbox(session, INBOX) == "ALPHA"
    [said] = harness.desk.register(ORG_CHAT["BETA"], code)
    assert said.text == f"This group is now the case inbox of {harness.org_name('BETA')}."


def test_a_moved_inbox_tells_the_old_group_and_the_admins_and_posts_the_open_cards(
    harness: Harness,
):
    _worker, case = harness.accepted_case(MIGRANT, WORKER)
    join_admin(harness, "ALPHA", ADMIN)
    [said] = harness.desk.register(NEW_GROUP, harness.invite("ALPHA", "inbox"))
    assert said.text == "This group is now the case inbox of Alpha Aid (fixture)."
    assert harness.texts_to(INBOX)[-1] == (
        "This group is no longer the case inbox of Alpha Aid (fixture). Its cases now arrive "
        "in another group."
    )
    assert harness.texts_to(ADMIN)[-1] == (
        "The case inbox of Alpha Aid (fixture) moved to another group. Its open cases are "
        "posted there. The old group gets no more cases."
    )
    [card] = harness.outbox_to(NEW_GROUP)
    assert card["text"].startswith(f"Case {case.ref}: accepted by")
    assert [b["label"] for row in card["buttons"] for b in row][:3] == ["Open", "Reply", "Note"]


def test_registering_the_same_group_again_moves_nothing(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    before = len(harness.outbox_to(INBOX))
    harness.connect_inbox("ALPHA")
    assert len(harness.outbox_to(INBOX)) == before
    assert harness.outbox_to(ADMIN) == []
