"""A message that is only a contact (a username, a t.me or web link, a phone number), alone or
with a few words asking whether it can be trusted (docs/user-testing.md, "Still open":
"@someagent" got "Call for help now" first). The NLU readings below are the real model's
(nlu-20261205-145223, through the bot's own rule, bot/nlu/topics.py); "@someagent"'s pair is
the reading the finding saw (today it falls 0.001 short of the threshold: not understood, with
Emergency help among the guesses). Each now gets the same short answer: the bot cannot check
them, how to check an agency, a person. Danger words and any other words keep their way."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, settled, tr
from dialogue_helpers import read_by_rule as read  # the model's readings, as the rule keeps them

from bot.values import Asked, Tally, UserState

CANNOT = (
    "I cannot check a person, an account, a phone number or a link. How to check a "
    'recruitment agency is below. Or press "Talk to a person".'
)
CALL_NOW = "Call for help now:"


ONLY_CONTACTS = [
    read(
        "@someagent",
        "en",
        ("emergency_help", "check_agency"),
        ("check_agency", 0.37),
        ("emergency_help", 0.24),
    ),
    read("@someagent", "en", (), ("check_agency", 0.367), ("emergency_help", 0.242)),
    read("https://t.me/someagent", "en", (), ("emergency_help", 0.53), ("talk_to_person", 0.36)),
    read("@kyawkyaw_agency", "en", ("agency_complaint",), ("agency_complaint", 0.82)),
    read("0812345678", "en", (), ("greet", 0.39), ("agency_complaint", 0.19)),
    read("www.jobs-malaysia.com legit?", "en", ("check_agency",), ("check_agency", 0.85)),
    read("@someagent ဒါ အဆင်ပြေလား", "my", ("check_agency",), ("check_agency", 0.93)),
    read("0812345678 ဒါ ယုံရလား", "my", ("check_agency",), ("check_agency", 0.71)),
    read("@someagent នេះពិតទេ?", "km", ("check_agency",), ("check_agency", 0.98)),
    # romanised Burmese ("is it ok?") and Khmer ("is it real?")
    read(
        "t.me/job_malaysia_2024 a sin pyay lar",
        "en",
        ("job_scams_trafficking", "reintegration_jobs"),
        ("job_scams_trafficking", 0.56),
    ),
    read("+60 12 345 6789 pit te", "en", (), ("visa_work_permit", 0.32)),
]


@pytest.mark.parametrize("event", ONLY_CONTACTS, ids=lambda event: event.text)
def test_only_a_contact_gets_what_the_bot_can_and_cannot_do(real, event):
    outcome = run(real, settled(event.language), event)
    assert said(outcome) == tr(event.language).gettext(CANNOT)
    assert tr(event.language).gettext(CALL_NOW) not in said(outcome)
    assert all_button_data(outcome) == ["topic:check_agency", "person", "menu"]
    assert outcome.tally == Tally(Asked.CONVERSATION, "lone_contact")
    assert not outcome.urgent


def test_it_comes_in_burmese_and_khmer():
    for lang in ("my", "km"):
        assert tr(lang).gettext(CANNOT) != CANNOT


def test_no_place_known_is_no_question_first(real):
    state = UserState(language="en", profile_asked=True)
    outcome = run(real, state, ONLY_CONTACTS[0])
    assert said(outcome) == CANNOT


def test_danger_words_beside_it_still_get_the_numbers_first(real):
    # ကယ်ပါ: "save me" (the NLU: emergency_help 0.99)
    event = read("@someagent ကယ်ပါ", "my", ("emergency_help",), ("emergency_help", 0.99))
    outcome = run(real, settled("my"), event)
    assert tr("my").gettext(CANNOT) not in said(outcome)
    assert outcome.urgent


@pytest.mark.parametrize(
    "event",
    [
        read(
            "my agent @someagent took my passport",
            "en",
            ("documents_confiscated", "agency_complaint"),
            ("documents_confiscated", 0.98),
        ),
        read("call me 0812345678", "en", (), ("emergency_help", 0.22), ("greet", 0.11)),
        read("3000000", "en", (), ("recruitment_fees", 0.2)),  # a price, not a number to call
    ],
    ids=lambda event: event.text,
)
def test_a_message_that_says_more_is_read_as_before(real, event):
    outcome = run(real, settled("en"), event)
    assert CANNOT not in said(outcome)
