"""Staff words follow where they are read (exploratory test 9, finding 10): a refusal to a
button pressed in an inbox, or in private on a case of one's own organisation (round 17A),
is in that organisation's staff language, not the presser's Telegram app language; /start
for a member of organisations with different staff languages gives each organisation's line
in its own language, and the rest in the one of theirs their app uses."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

NOK = 7601


def thai_case(harness: Harness) -> Case:
    """A case at DELTA (Thai staff interface), accepted there by Nok, also of ALPHA."""
    harness.join_named("ALPHA", NOK, "Nok")
    return harness.thai_held_case("tg:6101", NOK)


def press(harness: Harness, chat_id: int, action: str, case: Case, language: str) -> str:
    data = harness.service.kit.buttons.button("x", action, case.id).data
    [said] = harness.desk.button(NOK, chat_id, data, language, "Nok")
    assert said.alert
    return said.text


def test_a_refusal_in_a_thai_inbox_is_in_thai_whatever_the_app_language(harness: Harness):
    case = thai_case(harness)
    text = press(harness, ORG_CHAT["DELTA"], "acc", case, "en")
    assert text == f"เคส {case.ref} มีผู้รับแล้ว"


def test_a_refusal_in_an_english_inbox_is_in_english_for_a_thai_app(harness: Harness):
    case = thai_case(harness)
    text = press(harness, ORG_CHAT["ALPHA"], "acc", case, "th")
    assert text == f"Case {case.ref} is already accepted.", "ALPHA's staff read English"


def test_in_a_caseworkers_own_chat_the_cases_staff_language_is_used(harness: Harness):
    """Round 17A: it was the app language, while the case's card there is in its
    organisation's staff language (a Thai caseworker with an English app read both)."""
    case = thai_case(harness)
    assert press(harness, NOK, "acc", case, "en") == f"เคส {case.ref} มีผู้รับแล้ว"


def test_a_two_organisation_caseworker_reads_each_organisations_line_in_its_language(
    harness: Harness,
):
    thai_case(harness)
    [english] = harness.desk.staff_help(NOK, NOK, "en")
    lines = english.text.split("\n")
    assert lines[0] == "You are caseworker for Alpha Aid (fixture)."
    assert lines[1].startswith("คุณ") and "Delta House (fixture)" in lines[1]
    assert lines[2].startswith("New cases arrive"), "the rest in the app's language"
    [thai] = harness.desk.staff_help(NOK, NOK, "th")
    lines = thai.text.split("\n")
    assert lines[0] == "You are caseworker for Alpha Aid (fixture)."
    assert lines[1].startswith("คุณ")
    assert "New cases arrive" not in thai.text and "Accept" not in thai.text
    [neither] = harness.desk.staff_help(NOK, NOK, "ru")
    assert neither.text.split("\n")[2].startswith("New cases arrive"), "the first one's"
