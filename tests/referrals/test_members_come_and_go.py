"""An organisation admin's month (round 26A): a code forwarded to the wrong person, used
twice or expired; a caseworker's phone lost. Before, the admins learnt of a new member only
from /team, a refused code said "not valid or was already used" whatever the reason, in
English to a Thai partner, and only the operator's command line could take access away:
a finder of a caseworker's phone read every case's words until the operator was reached."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.referrals import staff
from bot.storage.models import Case, Staff
from bot.storage.staff_events import StaffEvent
from bot.values import CaseStatus

INBOX = ORG_CHAT["ALPHA"]
NWE, MOE, STRANGER = 100, 101, 666


def code(harness: Harness, org: str = "ALPHA", role: str = "caseworker") -> str:
    with harness.store.sessions.begin() as session:
        return staff.create_invite(session, org, "staff", role)


def with_admin(harness: Harness) -> None:
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", NWE, "Nwe", "admin")


def test_the_admins_are_told_in_private_who_joined(harness: Harness):
    with_admin(harness)
    harness.desk.join(STRANGER, code(harness), "Stranger")
    [told] = harness.texts_to(NWE)
    assert "Stranger (Telegram id 666) joined Alpha Aid (fixture) as caseworker" in told
    assert "/remove 666" in told
    assert not harness.texts_to(STRANGER)  # the joiner is answered, not told of themselves


def test_a_used_code_tried_again_says_so_and_the_admins_learn_who_used_it(harness: Harness):
    with_admin(harness)
    moes = code(harness)
    harness.desk.join(STRANGER, moes, "Stranger")  # forwarded to the wrong person
    [said] = harness.desk.join(MOE, moes, "Moe")
    assert said.text.startswith("This code was already used. If you did not use it yourself")
    told = harness.texts_to(NWE)[-1]
    assert "Moe (Telegram id 101) tried to join Alpha Aid (fixture)" in told
    assert "Stranger (Telegram id 666) had already used" in told
    assert "/remove 666" in told


def test_the_same_person_sending_their_code_twice_alarms_no_one(harness: Harness):
    with_admin(harness)
    mine = code(harness)
    harness.desk.join(MOE, mine, "Moe")
    before = len(harness.texts_to(NWE))
    harness.desk.join(MOE, mine, "Moe")
    assert len(harness.texts_to(NWE)) == before


def test_an_expired_code_says_it_expired_in_the_partners_language(harness: Harness):
    mine = code(harness, "DELTA")
    with harness.store.sessions.begin() as session:
        invite = staff.invite_of(session, mine)
        assert invite is not None
        invite.expires_at -= dt.timedelta(days=8)
    [said] = harness.desk.join(300, mine, "Somchai")
    assert "7" in said.text and said.text != "This code is not valid or was already used."
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in said.text)  # Thai, DELTA's staff language


def test_an_unknown_code_says_no_more_than_before(harness: Harness):
    [said] = harness.desk.join(MOE, "AAAAAA-BBBBBB-CCCCCC")
    assert said.text == "This code is not valid or was already used."


def held_case(harness: Harness) -> Case:
    harness.join_named("ALPHA", MOE, "Moe")
    harness.profile("tg:9001", "KH", "TH")
    harness.fill_form("tg:9001", "unpaid_wages", "my boss owes me")
    case: Case = harness.only(Case)
    harness.staff_press(MOE, INBOX, "acc", case.id)
    return case


def test_an_admin_removes_a_lost_phones_member_from_telegram(harness: Harness):
    with_admin(harness)
    case = held_case(harness)
    from bot.team import RemoveDesk  # new in round 26A: the join tests run without it

    desk = RemoveDesk(harness.store, harness.service.kit)
    [asked] = desk.ask(NWE, NWE, "101") or []
    assert "Remove Moe (Telegram id 101) from Alpha Aid (fixture)?" in asked.text
    [[button]] = asked.buttons
    removal = desk.confirm(NWE, NWE, button.data)
    assert "can no longer act" in removal.said[0].text
    assert (removal.inbox_chat, removal.member) == (INBOX, MOE)
    [moe] = [m for m in harness.all(Staff) if m.tg_user_id == MOE]
    assert not moe.active
    assert harness.only(Case).status == CaseStatus.NEW  # back in the inbox
    assert harness.staff_press(MOE, MOE, "open", case.id)[0].text != ""  # refused, not shown
    assert "my boss owes me" not in harness.staff_press(MOE, MOE, "open", case.id)[0].text
    assert any(e.action == "member_removed" for e in harness.all(StaffEvent))
    assert desk.confirm(NWE, NWE, button.data).said[0].text.startswith("Already removed")


def test_only_an_admin_of_that_organisation_may_remove(harness: Harness):
    with_admin(harness)
    held_case(harness)
    harness.join_named("ALPHA", 102, "Hla")
    from bot.team import RemoveDesk  # new in round 26A: the join tests run without it

    desk = RemoveDesk(harness.store, harness.service.kit)
    assert desk.ask(102, 102, "101") is None  # a caseworker: answered as a stranger
    [asked] = desk.ask(NWE, NWE, "101") or []
    [[button]] = asked.buttons
    refused = desk.confirm(102, 102, button.data)  # a forwarded button, pressed by Hla
    assert refused.said[0].alert and refused.member is None
    forged = desk.confirm(NWE, NWE, button.data[:-2] + "xx")
    assert forged.said[0].alert
    assert [m.active for m in harness.all(Staff) if m.tg_user_id == MOE] == [True]
    [self_removal] = desk.ask(NWE, NWE, str(NWE)) or []
    assert "cannot remove yourself" in self_removal.text
    [stranger] = desk.ask(NWE, NWE, "555") or []
    assert "not a member" in stranger.text
    [usage] = desk.ask(NWE, NWE, "Moe") or []
    assert "/remove 123456789" in usage.text


def test_the_admins_help_names_remove(harness: Harness):
    with_admin(harness)
    [help_text] = harness.desk.staff_help(NWE, NWE) or []
    assert "/remove" in help_text.text


def test_the_telegram_button_removes_and_takes_them_out_of_the_inbox_group(harness: Harness):
    import asyncio
    from types import SimpleNamespace

    from bot.alert_desk import AlertDesk
    from bot.team import TeamDesk
    from bot.telegram import org_admin

    with_admin(harness)
    held_case(harness)
    team = TeamDesk(harness.store, harness.service.kit)
    calls: list[tuple[str, int, int]] = []
    said: list[str] = []

    async def ban(chat: int, user: int) -> None:
        calls.append(("ban", chat, user))

    async def unban(chat: int, user: int, only_if_banned: bool = False) -> None:
        calls.append(("unban", chat, user))

    async def answer(*_args: object, **_kwargs: object) -> None:
        return None

    async def say(_context: object, items: list, _update_id: int) -> bool:  # type: ignore[type-arg]
        said.extend(item.text for item in items)
        return True

    context = SimpleNamespace(
        bot_data={
            org_admin.TEAM: team,
            org_admin.ALERTS: AlertDesk(harness.store, harness.service.kit, lambda: None),  # type: ignore[arg-type, return-value]
        },
        bot=SimpleNamespace(ban_chat_member=ban, unban_chat_member=unban),
    )
    [asked] = team.remover().ask(NWE, NWE, str(MOE)) or []
    [[button]] = asked.buttons
    update = SimpleNamespace(
        callback_query=SimpleNamespace(data=button.data, answer=answer),
        effective_user=SimpleNamespace(id=NWE),
        effective_chat=SimpleNamespace(id=NWE),
        update_id=1,
    )
    asyncio.run(org_admin.button(update, context, say))  # type: ignore[arg-type]
    assert calls == [("ban", INBOX, MOE), ("unban", INBOX, MOE)]
    assert said and "can no longer act" in said[0]
