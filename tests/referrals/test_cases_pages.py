"""/cases a page at a time (round 10 staff finding: 200 open cases ran to about three long
messages, hard to work on a phone). The first page holds the most pressing cases (urgent,
then the ones nobody holds, then the oldest); Next and Back, signed buttons for the
organisation's staff only, bring the other pages into the same message."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.desk.finding import PAGE_LINES
from bot.storage.models import Case
from bot.telegram import handlers

INBOX = ORG_CHAT["ALPHA"]


def many_cases(harness: Harness, count: int, urgent_every: int = 0) -> list[str]:
    harness.connect_inbox("ALPHA")
    with harness.store.sessions.begin() as session:
        rows = [
            Case(
                ref=f"R{n:05d}", uid=f"tg:{9000 + n}", org_id="ALPHA", topic="unpaid_wages",
                language="en", contact_method="bot", status="new", tried_orgs="ALPHA",
                urgent=bool(urgent_every) and n % urgent_every == urgent_every - 1,
            )
            for n in range(count)
        ]  # fmt: skip
        session.add_all(rows)
    return [row.ref for row in rows]


def refs_on(text: str) -> list[str]:
    return [
        line.removeprefix("🔴 ").removeprefix("/case_")[:6]
        for line in text.split("\n")
        if " · " in line
    ]


def labels(said: Any) -> list[str]:
    return [button.label for row in said.buttons for button in row]


def press(harness: Harness, user: int, chat: int, said: Any, label: str) -> list[Any]:
    [data] = [b.data for row in said.buttons for b in row if b.label == label]
    return harness.desk.cases_page(user, chat, data)


def test_200_open_cases_give_one_page_of_the_most_pressing_with_next(harness: Harness):
    refs = many_cases(harness, 200, urgent_every=50)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [page] = harness.desk.list_cases(INBOX, aye)
    lines = page.text.split("\n")
    assert lines[0] == "Open cases of ALPHA:"
    urgent = refs[49::50]
    assert refs_on(page.text) == urgent + [r for r in refs if r not in urgent][: PAGE_LINES - 4]
    assert lines[-2:] == [
        f"Cases 1-{PAGE_LINES} of 200.",
        f"To see one case with its buttons: /case {urgent[0]}",
    ]
    assert labels(page) == ["Next ▶"]


def test_next_and_back_page_through_every_case_once(harness: Harness):
    refs = many_cases(harness, 45)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [first] = harness.desk.list_cases(INBOX, aye)
    [second] = press(harness, aye, INBOX, first, "Next ▶")
    assert second.edit and second.chat_id == INBOX and not second.alert
    assert labels(second) == ["◀ Back", "Next ▶"]
    [third] = press(harness, aye, INBOX, second, "Next ▶")
    assert labels(third) == ["◀ Back"]
    assert "\nCases 41-45 of 45.\n" in third.text
    seen = refs_on(first.text) + refs_on(second.text) + refs_on(third.text)
    assert seen == refs
    [back] = press(harness, aye, INBOX, third, "◀ Back")
    assert back.text == second.text and back.edit


def test_a_page_pressed_after_the_list_got_shorter_shows_its_last_page(harness: Harness):
    many_cases(harness, 45)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [first] = harness.desk.list_cases(INBOX, aye)
    [second] = press(harness, aye, INBOX, first, "Next ▶")
    with harness.store.sessions.begin() as session:
        for case in session.query(Case).filter(Case.ref >= "R00010"):
            case.status = "closed"
    [stale] = press(harness, aye, INBOX, second, "Next ▶")
    assert stale.edit and not stale.alert and labels(stale) == []
    assert refs_on(stale.text) == [f"R{n:05d}" for n in range(10)]
    with harness.store.sessions.begin() as session:
        for case in session.query(Case):
            case.status = "closed"
    [empty] = press(harness, aye, INBOX, second, "Next ▶")
    assert empty.text == "No open cases." and empty.edit


def test_pages_are_for_the_organisations_staff_only_and_cannot_be_forged(harness: Harness):
    many_cases(harness, 45)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    bo = harness.join_named("BETA", 7002, "Bo")
    [first] = harness.desk.list_cases(INBOX, aye)
    only_staff = "Only staff can list cases, in their organisation's inbox."
    for user, chat in ((bo, INBOX), (bo, bo), (5001, INBOX)):
        [refused] = press(harness, user, chat, first, "Next ▶")
        assert refused.alert and refused.text == only_staff
    harness.connect_inbox("BETA")
    [elsewhere] = press(harness, aye, ORG_CHAT["BETA"], first, "Next ▶")  # ALPHA's, in BETA's
    assert elsewhere.alert and elsewhere.text == only_staff
    [data] = [b.data for row in first.buttons for b in row]
    org_page, signature = data.rsplit(":", 1)
    forged = (f"cl:BETA:1:{signature}", f"{org_page}0:{signature}", org_page, "cl:ALPHA:١:x")
    for bad in forged:
        [invalid] = harness.desk.cases_page(aye, INBOX, bad)
        assert invalid.alert and invalid.text == "This button is not valid."


def test_in_private_each_organisation_gets_its_first_page_and_its_buttons(harness: Harness):
    many_cases(harness, 25)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [first] = harness.desk.private_cases(aye, "") or []
    assert first.chat_id == aye and labels(first) == ["Next ▶"]
    [second] = press(harness, aye, aye, first, "Next ▶")
    assert second.chat_id == aye and second.edit
    assert refs_on(second.text) == [f"R{n:05d}" for n in range(20, 25)]


class FakeQuery:
    """A callback query: what the adapter edits, or why Telegram will not."""

    def __init__(self, data: str, refuse: str | None = None) -> None:
        self.data, self.refuse = data, refuse
        self.edited: list[str] = []
        self.answered: list[tuple[str | None, bool]] = []

    async def answer(self, text: str | None = None, show_alert: bool = False) -> None:
        self.answered.append((text, show_alert))

    async def edit_message_text(self, text: str, reply_markup: Any = None) -> None:
        from telegram.error import BadRequest

        if self.refuse:
            raise BadRequest(self.refuse)
        self.edited.append(text)


def pressed_in_telegram(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, user: int, query: FakeQuery
) -> list[Any]:
    """The adapter's handling of a page press in ALPHA's inbox: what it sent anew."""
    sent: list[Any] = []

    async def say(_context: Any, items: list[Any], _update_id: int) -> bool:
        sent.extend(items)
        return True

    monkeypatch.setattr(handlers, "say", say)
    update = SimpleNamespace(
        callback_query=query,
        effective_user=SimpleNamespace(id=user, language_code="en", first_name="Aye"),
        effective_chat=SimpleNamespace(id=INBOX, type="supergroup"),
        update_id=1,
    )
    context = SimpleNamespace(bot_data={handlers.DESK: harness.desk})
    asyncio.run(handlers.on_button(update, context))  # type: ignore[arg-type]
    return sent


def test_telegram_edits_the_list_in_place_or_sends_the_page_when_it_cannot(
    harness: Harness, monkeypatch
):
    many_cases(harness, 25)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [first] = harness.desk.list_cases(INBOX, aye)
    [data] = [b.data for row in first.buttons for b in row]
    query = FakeQuery(data)
    assert pressed_in_telegram(harness, monkeypatch, aye, query) == []
    [edited] = query.edited
    assert "\nCases 21-25 of 25.\n" in edited
    gone = FakeQuery(data, refuse="Message to edit not found")
    [anew] = pressed_in_telegram(harness, monkeypatch, aye, gone)
    assert anew.text == edited and anew.chat_id == INBOX
    same = FakeQuery(data, refuse="Message is not modified: specified new message content")
    assert pressed_in_telegram(harness, monkeypatch, aye, same) == [], "pressed twice"
    refused = FakeQuery(data)
    assert pressed_in_telegram(harness, monkeypatch, 5001, refused) == []
    assert refused.edited == [] and refused.answered[0][1], "an alert, nothing edited"
