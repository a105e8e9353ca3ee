"""Someone at home asking about going abroad names the country they want to go to, not where
they are (round 13B, before leaving). A Cambodian in her village asking about a Facebook
job in Thailand read "In Thailand: call the Ministry of Labour hotline 1506, press 2" (a Thai
hotline for Thais going abroad) instead of Cambodia's answer; "MOU thai luy ponman" (how
much for the MOU to Thailand?) showed the Cambodian embassy in Bangkok. Only the topics of
going abroad safely: an at-work topic (visa and work permit) keeps the place named."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said, text

from bot.dialogue import before_leaving
from bot.values import UserState


def at_home(lang: str, origin: str) -> UserState:
    return UserState(language=lang, origin=origin, country=origin, profile_asked=True)


def test_a_facebook_job_in_thailand_asked_from_cambodia_gets_cambodias_answer(real):
    words = "facebook job thailand 15000 baht a month no passport need, is true?"
    outcome = run(real, at_home("en", "KH"), text(words, "en", topic="job_scams_trafficking"))
    body = said(outcome)
    assert "In Thailand:" not in body
    assert "press 2" not in body, "the Thai hotline for Thais going abroad"
    assert "National Police hotline" in body
    assert (outcome.state.origin, outcome.state.country) == ("KH", "KH")


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("MOU thai luy ponman", "km", "recruitment_fees"),
        ("agency in thailand is real or not?", "en", "check_agency"),
        ("ថៃ ភ្នាក់ងារ ពិតឬអត់", "km", "check_agency"),
    ],
)
def test_a_cambodian_at_home_is_not_sent_to_thailand_for_going_abroad(real, words, lang, topic):
    body = said(run(real, at_home(lang, "KH"), text(words, lang, topic=topic)))
    assert "Pracha Uthit" not in body, "the Cambodian embassy in Bangkok"
    assert "1506" not in body and "1694" not in body, "Thai hotlines"


@pytest.mark.parametrize(
    ("words", "state", "home"),
    [
        ("malaysia job agent ask 1500 dollar first", at_home("en", "KH"), True),
        ("korea EPS agent fee how much", at_home("en", "MM"), True),
        # Where the writer says they are, or someone else is: that place, as before.
        ("I am in Thailand now, agent ask money for new job", at_home("en", "KH"), False),
        ("khnhom nov thai, agency yok luy", at_home("km", "KH"), False),
        ("ខ្ញុំនៅថៃ ភ្នាក់ងារយកលុយ", at_home("km", "KH"), False),
        ("ထိုင်းမှာ ရှိတယ် ပွဲစားက ငွေတောင်းတယ်", at_home("my", "MM"), False),
        ("my daughter in thailand, fake job, cannot leave", at_home("en", "KH"), False),
        # Abroad already: the profile is not home, nothing changes.
        ("agency in thailand is real?", UserState(language="en", origin="KH", country="MY"),
         False),
    ],
)  # fmt: skip
def test_only_a_destination_named_from_home_stays_home(words, state, home):
    assert before_leaving.stays_home("check_agency", words, state) is home


def test_an_at_work_topic_keeps_the_place_named(real):
    assert not before_leaving.stays_home("unpaid_wages", "job thailand", at_home("en", "KH"))


def test_a_guess_about_going_abroad_from_home_is_for_home(real):
    """Guesses under "did not understand" carried the place named too: a tap on "Agency
    fees" after "malaysia agent money first??" answered for Malaysia."""
    words = "malaysia agent money first??"
    guesses = (("recruitment_fees", 0.4), ("unpaid_wages", 0.3))
    outcome = run(real, at_home("en", "KH"), text(words, "en", topic=None, ranking=guesses))
    data = [d for reply in outcome.replies for d in button_data(reply)]
    assert "topic:recruitment_fees" in data, "for home, not at:...:MY"
    assert any(d.startswith("at:unpaid_wages@") for d in data), "at work: the place named"


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("agency take my money 3000 dollar to go korea, how to complain", "en"),
        ("ភ្នាក់ងារយកលុយខ្ញុំ ៣០០០ ដុល្លារ ដើម្បីទៅកូរ៉េ ខ្ញុំចង់ប្តឹង", "km"),
    ],
)
def test_an_agency_problem_from_home_is_answered_for_home(real, words, lang):
    # Round 15B: "Agency problem while abroad" with the Cambodian embassy in Seoul, for a
    # Cambodian at home whose agency (at home) took the money "to go to Korea".
    body = said(run(real, at_home(lang, "KH"), text(words, lang, topic="agency_complaint")))
    assert "Seoul" not in body and "សេអ៊ូល" not in body
    assert "while abroad" not in body
    assert "LSCW" in body  # the home answer's legal aid (content/topics/agency_complaint.yml)
