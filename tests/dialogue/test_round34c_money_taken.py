"""Money sent home that was taken or never arrived, savings stolen (exploratory round 34C).

"the man i pay to send money cheat me, what can i do", "I sent money by hundi 2 weeks ago,
family not received yet", the Burmese "the hundi broker took the money and disappeared" and the
Khmer "the money-sending agent took my money and ran away" got "I cannot help with that" or an
agency problem about a job; "my savings in room stolen by roommate" got Unpaid wages. Our
sources say nothing on transfer services nor on getting such money back: the line says so,
says it is not their fault, what to keep, and offers a person. "which is cheapest way send
money to myanmar" keeps the out-of-scope line (money_home.py)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import money_taken
from bot.language import to_zawgyi

FIRST = "Someone took your money, or it never arrived? That is not your fault."
CANNOT = (
    "I cannot help with that. I can help with working abroad safely, your rights at work, your "
    "documents and going home. Choose a topic:"
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("the man i pay to send money cheat me, what can i do", "en", None, 0.98),
        ("I sent money by hundi 2 weeks ago, family not received yet", "en", None, 0.7),
        ("i give money to agent for send home 30000 baht, he run away, phone off", "en",
         "agency_complaint", 0.9),
        ("my money for send home he take and block me on facebook", "en", None, 0.92),
        ("wing money not arrive to my mother", "en", None, 0.97),
        ("my savings in room stolen by roommate 20000 baht", "en", "unpaid_wages", 0.57),
        ("agent pike san po yu pyi pyauk thwar dl", "my", "agency_complaint", 0.77),
        ("ငွေလွှဲတဲ့ ဟွန်ဒီ ပွဲစား ပိုက်ဆံယူပြီး ပျောက်သွားတယ်", "my", "agency_complaint", 0.92),
        ("ပိုက်ဆံ ပို့တာ မိသားစု မရောက်သေးဘူး", "my", "emergency_help", 0.4),
        ("ភ្នាក់ងារផ្ញើលុយយកលុយខ្ញុំហើយរត់បាត់", "km", "agency_complaint", 0.965),
        ("khnhom phnher luy tov mae tae ke rot bat", "km", None, 0.9),
    ],
)  # fmt: skip
def test_money_taken_or_lost_gets_the_line_and_a_person(real, words, lang, topic, confidence):
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    assert said(got).startswith(in_language(lang, FIRST))
    assert "I cannot help with that" not in said(got)
    assert "person" in all_button_data(got)


def test_zawgyi_is_read(real):
    words = to_zawgyi("ငွေလွှဲတဲ့သူ ပိုက်ဆံယူပြီး ပျောက်သွားတယ်")
    got = run(real, settled("my", "TH"), read_as(words, None, 0.8, "my"))
    assert said(got).startswith(in_language("my", FIRST))


@pytest.mark.parametrize(
    "words",
    [
        "which is cheapest way send money to myanmar",
        "how to send money home safely",
        "is hundi legal in thailand?",
    ],
)
def test_asking_how_to_send_keeps_the_out_of_scope_line(real, words):
    got = run(real, settled("en", "TH"), read_as(words, None, 0.9))
    assert said(got).startswith(CANNOT)


def test_a_sure_other_problem_keeps_its_answer(real):
    words = "they lock me in room, family not received money i sent"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.97))
    assert not said(got).startswith(FIRST)


@pytest.mark.parametrize(
    "words",
    [
        "boss not pay 3 month, cannot send money home",
        "agent took my passport, i want send money home",
        "loan app call all my contacts, say i am thief",
        "how to send money home to myanmar",
        "my phone was stolen",
        "ပိုက်ဆံပေးပြီး ခိုးဝင်လာတာ",
        "ခ្ញុំចង់ផ្ញើលុយទៅផ្ទះ",
        "i paid agent 20000 baht for job, he block me",
    ],
)
def test_near_misses_are_not_money_taken(words):
    assert not money_taken.says(words)


def test_money_sent_by_agent_and_not_received_is_no_longer_out_of_scope(real):
    """18B's case: was "I cannot help with that" (test_debt_and_money.py), now a person."""
    words = "I sent money by agent 2 weeks ago, family not received yet"
    got = run(real, settled("en", "TH"), read_as(words, "agency_complaint", 0.92))
    assert said(got).startswith(FIRST)


@pytest.mark.parametrize(
    "words",
    [
        "ផ្ញើលុយទៅបាត់ដំបង ប៉ុន្មានថ្ងៃដល់",  # money sent to Battambang: how many days? (the lead's read)
        "ការងារ online ឲ្យផ្ញើលុយមុនទើបចាប់ផ្ដើម បោកមែនទេ",  # a job asks money sent first: a scam?
        "online job say send money first before start, scam?",
    ],
)
def test_battambang_and_money_asked_before_a_job_are_no_money_taken(words):
    assert not money_taken.says(words)


@pytest.mark.parametrize("words", ["ផ្ញើលុយទៅផ្ទះ តែលុយបាត់", "ភ្នាក់ងារផ្ញើលុយរត់បាត់"])
def test_money_lost_in_khmer_still_is(words):
    assert money_taken.says(words)
