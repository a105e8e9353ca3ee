"""/start, /menu and /help from a caseworker (user testing, 2026-12-05: they got the
migrants' greeting and topics): their own help, in their organisation's language, in private
and in their inbox group; a Reply, Note or Decline waiting for their text is put aside (said;
a typed reply stays a draft), and what migrants see stays one tap away."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness, preview_button

from bot.referrals import revoking, staff
from bot.storage.models import CaseMessage

MIGRANT = "tg:5001"
INBOX = ORG_CHAT["ALPHA"]


def member(harness: Harness, org: str, tg_user_id: int, role: str = "caseworker") -> int:
    with harness.store.sessions.begin() as session:
        code = staff.create_invite(session, org, "staff", role)
    harness.desk.join(tg_user_id, code, "Aye")
    return tg_user_id


def test_a_caseworkers_start_in_private_is_their_own_help(harness: Harness):
    harness.connect_inbox("ALPHA")
    aye = member(harness, "ALPHA", 7001)
    [helped] = harness.desk.staff_help(aye, aye)
    assert helped.chat_id == aye
    text = helped.text
    assert text.startswith("You are caseworker for Alpha Aid (fixture).")
    for part in ("Accept: ", "Reply: ", "Note: ", "Decline: ", "Close: ", "/cases", "/cancel"):
        assert part in text, part
    assert "You see it again before it is sent." in text
    assert "/team" not in text, "admins' commands only for admins"
    assert "Choose" not in text and "language" not in text.lower(), "not the migrants' greeting"
    assert [b.data for row in helped.buttons for b in row] == ["menu", "help"]
    assert all(len(line) <= 120 for line in text.split("\n")), "short lines for a phone"


def test_the_help_says_cases_and_case_answer_in_private_too(harness: Harness):
    """/cases and /case answer in private too (exploratory test 9, staff finding 8); the
    help said "(in the inbox group)" for both."""
    aye = member(harness, "ALPHA", 7001)
    [helped] = harness.desk.staff_help(aye, aye)
    lines = helped.text.split("\n")
    assert "/cases - open cases (in private or in the inbox group)" in lines
    assert "/case ABC234 - one case and its buttons (in private or in the inbox group)" in lines


def test_an_admin_is_told_their_commands_too(harness: Harness):
    boss = member(harness, "ALPHA", 7100, "admin")
    [helped] = harness.desk.staff_help(boss, boss)
    assert helped.text.startswith("You are organisation admin for Alpha Aid (fixture).")
    assert "/team" in helped.text and "/alert <id>" in helped.text


def test_a_thai_partners_caseworker_reads_the_help_in_thai(harness: Harness):
    worker = member(harness, "DELTA", 7301)
    [helped] = harness.desk.staff_help(worker, worker)
    assert helped.text.startswith("คุณ")
    assert "Delta House (fixture)" in helped.text
    assert "New cases arrive" not in helped.text and "open cases" not in helped.text


def test_someone_who_is_not_staff_gets_the_migrants_start(harness: Harness):
    harness.connect_inbox("ALPHA")
    assert harness.desk.staff_help(5001, 5001) is None
    revoked = member(harness, "ALPHA", 7002)
    with harness.store.sessions.begin() as session:
        revoking.revoke_member(session, "ALPHA", revoked)
    assert harness.desk.staff_help(revoked, revoked) is None


def test_start_puts_a_pending_note_aside_and_says_so(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = member(harness, "ALPHA", 7001)
    harness.staff_press(aye, INBOX, "note", case.id)
    aside, helped = harness.desk.staff_help(aye, aye)
    assert aside.text == (
        f"Your note for case {case.ref} was put aside: nothing was saved. To write it, "
        "press Note on the case again."
    )
    assert helped.text.startswith("You are caseworker")
    assert harness.state(f"tg:{aye}").step is None, "their next text is not a note"


def test_menu_puts_a_typed_reply_aside_and_only_its_send_sends_it(harness: Harness):
    """It was dropped ("Cancelled. Nothing was sent."): the caseworker's words were lost,
    where a migrants' button kept them as a draft."""
    case = harness.sent_case(MIGRANT)
    aye = member(harness, "ALPHA", 7001)
    harness.staff_press(aye, INBOX, "rep", case.id)
    harness.staff_text(aye, "Come to our office on Monday.", send=False)
    before = len(harness.outbox_to(5001))
    aside, _ = harness.desk.staff_help(aye, aye)
    assert aside.text == (
        f"Your reply to case {case.ref} was put aside, not sent:\n\nCome to our office on Monday."
    )
    assert len(harness.outbox_to(5001)) == before, "nothing sent by /menu"
    assert [m.kind for m in harness.all(CaseMessage) if m.kind == "draft"] == ["draft"]
    assert harness.state(f"tg:{aye}").step is None, "their next text is not the reply"
    send = preview_button([aside], "snd")
    assert send is not None
    harness.desk.button(aye, aye, send)
    assert harness.outbox_to(5001)[-1]["text"].endswith("Come to our office on Monday.")


def test_start_without_anything_pending_is_the_help_alone(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = member(harness, "ALPHA", 7001)
    harness.staff_press(aye, INBOX, "acc", case.id)
    [helped] = harness.desk.staff_help(aye, aye)
    assert helped.text.startswith("You are caseworker")


def test_in_the_inbox_group_staff_get_the_help_there_and_their_private_step_stays(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye = member(harness, "ALPHA", 7001)
    harness.staff_press(aye, INBOX, "rep", case.id)
    [helped] = harness.desk.staff_help(INBOX, aye)
    assert helped.chat_id == INBOX and helped.text.startswith("You are caseworker")
    assert not helped.buttons, "migrants' buttons work only in private chats"
    assert harness.state(f"tg:{aye}").step is not None
    outsider = member(harness, "BETA", 7300)
    assert harness.desk.staff_help(INBOX, outsider) is None, "another organisation's member"
    assert harness.desk.staff_help(INBOX, 5001) is None
    assert harness.desk.staff_help(-4242, aye) is None, "a group that is no inbox"


# --- the Telegram handlers route these commands to the desk first -------------------------
def routed(monkeypatch: pytest.MonkeyPatch, helped: list[Any] | None) -> list[object]:
    from bot.telegram import handlers

    said: list[object] = []

    async def say(_context: Any, items: list[Any], _update_id: int) -> bool:
        said.extend(items)
        return True

    async def respond(*_args: Any, **_kwargs: Any) -> None:
        said.append("dialogue")

    async def group_dialogue(*_args: Any) -> tuple[()]:
        said.append("group dialogue")
        return ()

    async def deliver(*_args: Any) -> None:
        return None

    async def no_admin(*_args: Any) -> bool:
        return False

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers, "respond", respond)
    monkeypatch.setattr(handlers, "deliver", deliver)
    monkeypatch.setattr(handlers.org_admin, "command", no_admin)
    monkeypatch.setattr(
        handlers, "service_of", lambda _context: SimpleNamespace(handle=group_dialogue)
    )
    return said


def fake_desk(helped: list[Any] | None, inbox: bool = True) -> SimpleNamespace:
    return SimpleNamespace(
        staff_help=lambda chat_id, user_id, language=None: helped,
        cancel=lambda user_id: [],
        is_inbox=lambda chat_id: inbox,
    )


@pytest.mark.parametrize("command", ["/start", "/menu", "/help", "/start@SomeBot"])
def test_a_private_start_or_menu_from_staff_reaches_the_desk(monkeypatch, command):
    from bot.telegram import handlers

    said = routed(monkeypatch, None)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text=command),
        effective_user=SimpleNamespace(id=7001, language_code="th"),
        effective_chat=SimpleNamespace(id=7001),
        update_id=1,
    )
    context = SimpleNamespace(bot_data={handlers.DESK: fake_desk(["staff help"])})
    asyncio.run(handlers.on_command(update, context))  # type: ignore[arg-type]
    assert said == ["staff help"]
    said.clear()
    context = SimpleNamespace(bot_data={handlers.DESK: fake_desk(None)})
    asyncio.run(handlers.on_command(update, context))  # type: ignore[arg-type]
    assert said == ["dialogue"], "anyone else: the migrants' greeting, as before"


def test_a_menu_in_the_inbox_group_from_staff_is_answered_there(monkeypatch):
    from bot.telegram import handlers

    said = routed(monkeypatch, None)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(
            text="/menu", migrate_to_chat_id=None, new_chat_members=()
        ),
        effective_user=SimpleNamespace(id=7001, language_code="th"),
        effective_chat=SimpleNamespace(id=INBOX, type="supergroup"),
        update_id=1,
    )
    context = SimpleNamespace(
        bot_data={handlers.DESK: fake_desk(["staff help"])}, bot=SimpleNamespace(id=1)
    )
    asyncio.run(handlers.on_group(update, context))  # type: ignore[arg-type]
    assert said == ["staff help"]
    said.clear()
    context.bot_data[handlers.DESK] = fake_desk(None)
    asyncio.run(handlers.on_group(update, context))  # type: ignore[arg-type]
    assert said == [], "anyone else: the inbox stays silent"
