"""Finding one case among many, and who can read it (exploratory test 7, findings 10 and 11):
/cases names each case's holder and the person's language, /case REF (or the reference typed
in the inbox) gives one case's card with its buttons, and the card names the language
(Zawgyi too)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

INBOX = ORG_CHAT["ALPHA"]


def khmer_case(harness: Harness, uid: str) -> Case:
    harness.connect_inbox("ALPHA")
    harness.press(uid, "lang:km")
    harness.press(uid, "origin:KH")
    harness.press(uid, "country:TH")
    harness.fill_form(uid, "unpaid_wages", "ពាក្យរបស់ខ្ញុំ")
    [case] = [c for c in harness.all(Case) if c.uid == uid]
    return case


def burmese_case(harness: Harness, uid: str, zawgyi: bool) -> Case:
    harness.connect_inbox("BETA")
    harness.press(uid, "lang:my:zawgyi" if zawgyi else "lang:my")
    harness.press(uid, "origin:MM")
    harness.press(uid, "country:TH")
    harness.fill_form(uid, "unpaid_wages", "help")
    [case] = [c for c in harness.all(Case) if c.uid == uid]
    return case


def test_the_inbox_card_and_the_details_name_the_persons_language_and_zawgyi(harness: Harness):
    khmer = khmer_case(harness, "tg:5001")
    zawgyi = burmese_case(harness, "tg:5002", zawgyi=True)
    unicode = burmese_case(harness, "tg:5003", zawgyi=False)
    assert "\nLanguage: Khmer\n" in harness.texts_to(INBOX)[0]
    beta = harness.texts_to(ORG_CHAT["BETA"])
    [zawgyi_card] = [t for t in beta if t.startswith(f"New case {zawgyi.ref}")]
    [unicode_card] = [t for t in beta if t.startswith(f"New case {unicode.ref}")]
    assert "\nLanguage: Burmese (Zawgyi)\n" in zawgyi_card
    assert "\nLanguage: Burmese\n" in unicode_card
    moe = harness.join_named("BETA", 7401, "Moe")
    [details] = harness.staff_press(moe, ORG_CHAT["BETA"], "open", zawgyi.id)
    assert "Language: Burmese (Zawgyi)" in details.text
    assert khmer.language == "km"


def test_cases_names_who_holds_each_case_and_the_language_new_ones_first(harness: Harness):
    held = khmer_case(harness, "tg:5001")
    waiting = khmer_case(harness, "tg:5002")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", held.id)
    [listing] = harness.desk.list_cases(INBOX, aye)
    lines = listing.text.split("\n")
    assert lines[0] == "Open cases of ALPHA:"
    # "/case_X": one tap shows the case with its buttons, as in the reminders (round 17A:
    # the reference was text, to be typed again after "/case " on a phone).
    assert lines[1].startswith(f"/case_{waiting.ref} · new · Khmer · ")
    assert lines[2].startswith(f"/case_{held.ref} · accepted by Aye · Khmer · ")
    assert lines[-1] == f"To see one case with its buttons: /case {waiting.ref}"


def test_case_by_reference_gives_its_card_with_buttons_to_the_inbox_staff(harness: Harness):
    case = khmer_case(harness, "tg:5001")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    for typed in (case.ref, f" {case.ref.lower()} ", f"#{case.ref}"):
        [card] = harness.desk.show_case(INBOX, aye, typed)
        assert card.chat_id == INBOX and card.text.startswith(f"New case {case.ref}\n")
        assert "Language: Khmer" in card.text
        assert [b.label for row in card.buttons for b in row] == ["Open", "Accept", "Decline"]
    accepted = harness.desk.button(aye, INBOX, card.buttons[1][0].data)
    assert accepted[0].text == f"Case {case.ref} accepted by Aye."
    [card] = harness.desk.show_case(INBOX, aye, case.ref)
    assert card.text.startswith(f"Case {case.ref}: accepted by Aye\n")


def test_case_by_reference_shows_nothing_of_other_inboxes_nor_to_others(harness: Harness):
    theirs = burmese_case(harness, "tg:5002", zawgyi=False)  # at BETA
    khmer_case(harness, "tg:5001")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    outsider = harness.join_named("BETA", 7002, "Bo")
    [none] = harness.desk.show_case(INBOX, aye, theirs.ref)
    assert none.text == f"There is no case {theirs.ref} in this inbox." and not none.buttons
    [hint] = harness.desk.show_case(INBOX, aye, "")
    assert hint.text == "Write the case's reference: /case ABC234"
    [refused] = harness.desk.show_case(INBOX, outsider, theirs.ref)
    assert refused.text == "Only staff can list cases, in their organisation's inbox."
    # A reference typed alone in the inbox: its card for staff, and silence for anything else.
    assert harness.desk.show_case(INBOX, aye, theirs.ref, quiet=True) == []
    assert harness.desk.show_case(INBOX, outsider, theirs.ref, quiet=True) == []
    assert harness.desk.show_case(INBOX, aye, "thanks", quiet=True) == []


def in_the_inbox(harness: Harness, monkeypatch: pytest.MonkeyPatch, user: int, text: str) -> list:
    """What the Telegram adapter posts for a message in ALPHA's inbox group."""
    from bot.telegram import handlers

    said: list[Any] = []

    async def say(_context: Any, items: list[Any], _update_id: int) -> bool:
        said.extend(items)
        return True

    async def no_admin(*_args: Any) -> bool:
        return False

    monkeypatch.setattr(handlers, "say", say)
    monkeypatch.setattr(handlers.org_admin, "command", no_admin)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text=text, migrate_to_chat_id=None, new_chat_members=()),
        effective_user=SimpleNamespace(id=user),
        effective_chat=SimpleNamespace(id=INBOX, type="supergroup"),
        update_id=1,
    )
    context = SimpleNamespace(bot_data={handlers.DESK: harness.desk}, bot=SimpleNamespace(id=1))
    asyncio.run(handlers.on_group(update, context))  # type: ignore[arg-type]
    return said


def test_the_inbox_group_answers_case_and_a_typed_reference(harness: Harness, monkeypatch):
    case = khmer_case(harness, "tg:5001")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    for text in (f"/case {case.ref}", f"/case@SomeBot {case.ref}", f"/cases {case.ref}", case.ref):
        [card] = in_the_inbox(harness, monkeypatch, aye, text)
        assert card.text.startswith(f"New case {case.ref}\n") and card.buttons
    [listing] = in_the_inbox(harness, monkeypatch, aye, "/cases")
    assert listing.text.startswith("Open cases of ALPHA:")
    assert in_the_inbox(harness, monkeypatch, aye, "THANKS") == [], "staff talk: quiet"
    assert in_the_inbox(harness, monkeypatch, 5001, case.ref) == [], "not staff: quiet"
