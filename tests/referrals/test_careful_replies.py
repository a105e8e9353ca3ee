"""Round 29A: a tired caseworker's mistakes, caught in the reply's preview (said, never
blocked: Send still sends) or in their own words:

- two cases open, the reply meant for the other: another person's phone pasted into it;
- a message at 2 a.m. to someone who wrote "they check my phone, write me only in the
  morning";
- "please send a photo of your passport": photos never reach the caseworker through the
  bot, and the person who sends one is asked not to send ID photos;
- "/clsoe", "/reply 12": the migrants' "I do not know that command" and their help."""

from __future__ import annotations

import datetime as dt

import pytest
from referral_helpers import ORG_CHAT, Harness
from test_staff_commands_in_private import in_private

from bot.storage.models import Case, utcnow

INBOX = ORG_CHAT["ALPHA"]
FIRST, SECOND = "tg:2901", "tg:2902"
WORKER = 7929
OTHER_PHONE = "0812345678"
MORNING = "boss not pay 3 months. they check my phone, write me only in the morning"


def _two_cases(harness: Harness) -> tuple[Case, Case]:
    """The worker holds two cases: FIRST's (reached through the bot) and SECOND's (by
    phone, OTHER_PHONE)."""
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(FIRST, "KH", "TH")
    harness.fill_form(FIRST, "unpaid_wages", MORNING)
    harness.press_send(SECOND, harness.phone_summary(SECOND, phone=OTHER_PHONE))
    first, second = harness.all(Case)
    for case in (first, second):
        harness.staff_press(WORKER, INBOX, "acc", case.id)
    return first, second


def _preview(harness: Harness, case: Case, typed: str) -> str:
    harness.staff_press(WORKER, INBOX, "rep", case.id)
    [said] = harness.staff_text(WORKER, typed, send=False)
    return said.text


def _at(hour: int, minute: int = 10) -> dt.datetime:
    """Today (or tomorrow) at `hour`:`minute` in Bangkok (UTC+7), after now."""
    now = utcnow()
    at = now.replace(hour=(hour - 7) % 24, minute=minute, second=0, microsecond=0)
    return at if at > now else at + dt.timedelta(days=1)


@pytest.mark.parametrize("typed", [OTHER_PHONE, "+66 81 234 5678", "081-234-5678"])
def test_another_persons_phone_pasted_into_a_reply_is_flagged(harness: Harness, typed: str):
    first, second = _two_cases(harness)
    text = _preview(harness, first, f"We will call you tomorrow on {typed}, ok?")
    assert f"another person (case {second.ref}). Is this reply for case {first.ref}?" in text
    # the preview is still a preview: Send is there, nothing went
    assert f"We will call you tomorrow on {typed}, ok?" in text


def test_the_persons_own_number_or_a_hotline_says_nothing(harness: Harness):
    first, second = _two_cases(harness)
    assert "another person" not in _preview(harness, second, f"We will call {OTHER_PHONE}")
    assert "another person" not in _preview(harness, first, "Call 1506 or 02 123 4567")


def test_a_reply_at_night_where_the_person_is_says_the_hour(harness: Harness):
    first, _second = _two_cases(harness)
    harness.desk.clock = lambda: _at(2)  # type: ignore[method-assign]
    text = _preview(harness, first, "Did your boss pay you yet?")
    assert "It is 02:10 at night where the person is." in text
    assert "You can send it in the morning." in text


def test_a_reply_by_day_says_nothing_of_the_hour(harness: Harness):
    first, _second = _two_cases(harness)
    harness.desk.clock = lambda: _at(10)  # type: ignore[method-assign]
    assert "at night" not in _preview(harness, first, "Did your boss pay you yet?")


@pytest.mark.parametrize(
    "typed",
    [
        "Please send me a photo of your passport.",
        "ပတ်စပို့ ဓာတ်ပုံ ပို့ပေးပါ",  # send a photo of the passport
        "សូមផ្ញើរូបថតលិខិតឆ្លងដែន",  # please send a photo of the passport
    ],
)
def test_asking_for_a_photo_says_photos_do_not_reach_the_caseworker(harness: Harness, typed: str):
    first, _second = _two_cases(harness)
    text = _preview(harness, first, typed)
    assert "Photos and files do not reach you through the bot" in text


def test_a_reply_without_a_photo_says_nothing_of_photos(harness: Harness):
    first, _second = _two_cases(harness)
    assert "Photos" not in _preview(harness, first, "Can you tell me the name of the factory?")


def test_night_in_each_country_and_none_where_unknown():
    from bot.desk import careful

    two_am_bangkok = dt.datetime(2026, 12, 7, 19, 0, tzinfo=dt.UTC)
    assert careful.night_there("TH", two_am_bangkok) == "02:00"
    assert careful.night_there("KR", two_am_bangkok) == "04:00"
    assert careful.night_there("MM", two_am_bangkok) == "01:30"
    assert careful.night_there("other", two_am_bangkok) is None
    assert careful.night_there(None, two_am_bangkok) is None
    assert careful.night_there("TH", dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)) is None


@pytest.mark.parametrize("name", ["clsoe", "reply"])
def test_a_mistyped_command_from_staff_gets_their_help(harness: Harness, name: str):
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    said = harness.desk.unknown_command(WORKER, name)
    assert said is not None
    assert said[0].text.startswith(f"I do not know the command /{name}.")
    assert said[1].text.startswith("You are caseworker for Alpha Aid (fixture).")


def test_a_persons_command_or_someone_not_staff_is_left_to_the_dialogue(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    assert harness.desk.unknown_command(WORKER, "mycases") is None  # for themselves
    assert harness.desk.unknown_command(5001, "clsoe") is None  # a migrant


def test_the_telegram_adapter_answers_a_caseworkers_typo_with_their_help(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
):
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    said = in_private(harness, monkeypatch, WORKER, "/reply 12")
    texts = [item.text for item in said]
    assert texts[0].startswith("I do not know the command /reply.")
    assert "I do not know that command." not in texts, "not the migrants' answer"
    # a migrant's typo still gets the migrants' answer
    said = in_private(harness, monkeypatch, 5001, "/clsoe")
    assert said[0].text == "I do not know that command."
