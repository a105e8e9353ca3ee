"""The medical check and a long illness (exploratory round 31C).

"I failed the medical, agent say pay 500 and he fix it" got the work-injury answer with no
word on the money; "fomema fail, boss say i must go home next week" Malaysia's work-injury
answer with 999 first; "if I have HIV can I go work in Thailand?" the Workmen's Compensation
Fund; "I have epilepsy, i hide from employer" the emergency numbers; "i have hiv, boss make me
do blood test for work permit, will they tell boss" the visa answer; the Burmese, Zawgyi and
Khmer "I failed the medical check, the boss says go home" the injury or going-home answer;
"say sit ma aung" and "thleak pinit sokhapheap" were not understood. Our sources hold no test
list, rule or fee for these checks: the reply says so, puts treatment first, warns against
paying to "fix" a result, says what this chat shares, and offers a person."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import medical_check
from bot.values import Asked

CHECK = (
    "About the medical check for work abroad or for a work permit: our sources have no checked "
    "list of what it tests, what makes a person fail, whether it can be done again, or what it "
    "costs, in any country. Keep a copy of every paper and result you are given."
)
HOME = (
    "Told you failed and must go home? Before you sign anything or pay for a ticket, talk to a "
    "person."
)
PAY = (
    "Someone asks money to pass the check or change a result? Do not pay. Our sources know no "
    "one who can do that, and it is often a cheat."
)
OLD = (
    "Told you are too old? Our sources have no checked age limit for work abroad or for the "
    "check. Do not pay anyone to change your age or your papers."
)
ILLNESS = (
    "Living with an illness and need medicine? Keep taking it as the doctor said, and get "
    "treatment first. Our sources have no checked information on whether an illness stops a "
    "person from working abroad, where migrant workers get medicine or what it costs, or "
    "whether an employer may be told of it or send a worker home for it."
)
PRIVATE = (
    "What you write here about your health stays private: this chat tells nothing to your "
    "employer, agent, the police or immigration, and a partner organisation sees it only if "
    "you send it a case. Our sources do not say who else may see a medical result."
)
PREGNANCY = (
    "Our sources have no checked information on pregnancy tests at the check, or on what "
    "happens when one is positive."
)
DISABLED = (
    "Hurt for life after an accident, or living with a disability? Get treatment first and "
    "keep every paper from the hospital. Our sources have no checked information on help for "
    "workers with a disability."
)


def _tallied(got) -> None:
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, medical_check.NAME)


def test_money_asked_to_fix_a_failed_medical_is_warned_against(real):
    words = "I failed the medical, agent say pay 500 and he fix it"
    got = run(real, settled("en", "MM"), read_as(words, "injury_health", 0.9))
    text = said(got)
    assert text.startswith(CHECK)
    assert PAY in text
    assert "Workmen" not in text and "Injured or sick because of work" not in text
    assert all_button_data(got)[:2] == ["person", "topic:injury_health"]
    assert "topic:emergency_help" in all_button_data(got)
    _tallied(got)


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic"),
    [
        ("fomema fail, boss say i must go home next week. what i do", "en", "MY", "injury_health"),
        (
            "medical check fail, MOM say send me back. i still have loan",
            "en", "SG", "injury_health",
        ),
        ("ဆေးစစ်တာ မအောင်လို့ အလုပ်ရှင်က ပြန်ခိုင်းတယ် ဘာလုပ်ရမလဲ", "my", "TH", "injury_health"),
        ("ေဆးစစ္တာ မေအာင္လို႔ ျပန္ခိုင္းတယ္", "my", "MY", "injury_health"),  # Zawgyi
        ("ខ្ញុំធ្លាក់ការពិនិត្យសុខភាព ថៅកែឱ្យខ្ញុំត្រឡប់ទៅផ្ទះ", "km", "TH", "return_home"),
        ("say sit ma aung loh pyan khine tal, bal lo lote ya ma lal", "my", "TH", None),
        ("khnhom thleak pinit sokhapheap, thaokae aoy tov srok vinh", "km", "MY", None),
    ],
)  # fmt: skip
def test_a_failed_check_and_sent_home_says_what_is_not_known_and_a_person(
    real, words, lang, country, topic
):
    got = run(real, settled(lang, country), read_as(words, topic, 0.9 if topic else 0.3, lang))
    text = said(got)
    assert text.startswith(in_language(lang, CHECK))
    assert in_language(lang, HOME) in text
    assert "999" not in text  # no emergency number first for a failed check
    assert all_button_data(got)[0] == "person"
    _tallied(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("if I have HIV can I go work in Thailand?", "en", "injury_health"),
        (
            "I had TB before, 3 year ago, now finish medicine. can i still go korea?",
            "en", "injury_health",
        ),
        (
            "I have epilepsy, i hide from employer. if they know they cancel my permit?",
            "en", "emergency_help",
        ),
        (
            "i feel very sad long time, cannot sleep, doctor say depression. "
            "can i get medicine without boss know",
            "en", "injury_health",
        ),
        (
            "i have hiv, boss make me do blood test for work permit, will they tell boss",
            "en", "visa_work_permit",
        ),
        ("HIV ရှိရင် မလေးရှားကို အလုပ်သွားလို့ရလား", "my", "legal_channels"),
        ("បើខ្ញុំមានមេរោគអេដស៍ អាចទៅធ្វើការនៅថៃបានទេ", "km", "documents_needed"),
    ],
)  # fmt: skip
def test_a_long_illness_gets_treatment_first_and_privacy(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.8, lang))
    text = said(got)
    assert in_language(lang, ILLNESS) in text
    assert in_language(lang, PRIVATE) in text
    assert "1300" not in text and "Workmen" not in text
    _tallied(got)


def test_a_pregnancy_test_at_the_check_says_what_is_not_known(real):
    words = "domestic worker, every 6 month pregnancy test, if positive what happen"
    got = run(real, settled("en", "SG"), read_as(words, None, 0.3))
    text = said(got)
    assert text.startswith(CHECK) and PREGNANCY in text
    _tallied(got)


def test_too_old_for_the_medical(real):
    words = "agent say i am too old, 45 year, cannot pass medical. true?"
    got = run(real, settled("en", "MY"), read_as(words, "injury_health", 0.7))
    assert OLD in said(got)
    _tallied(got)


def test_a_disability_goes_before_the_injury_answer(real):
    words = (
        "after accident my leg not good, i walk with stick. boss not give job, "
        "can i get compensation"
    )
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.99))
    text = said(got)
    assert text.startswith(DISABLED)
    assert "Workmen's Compensation Fund" in text  # the answer read, under the line


def test_after_the_danger_numbers_the_illness_line(real):
    words = "high blood pressure, doctor say must take medicine, boss not let me go clinic"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.99))
    text = said(got)
    # "not let me go" is a danger word: the numbers first, the line after them
    assert text.index("1300") < text.index(ILLNESS)


@pytest.mark.parametrize(
    "words",
    [
        "my boss check my phone every day",
        "how to check my work permit is real",
        "i want go to clinic for fever, can i go without passport",
        "they say sit down and wait",
        "boss say i must go home, no work",
        "my phone is too old",
        "i am pregnant, will they send me home?",
        "teaching aids for school",
        "my friend has a seizure now, not breathing",
        "police seizure my motorbike, what to do",
        "my mother has cancer at home, i want go back to see her",
    ],
)
def test_near_misses_are_not_read(words):
    assert not medical_check.instead(read_as(words, None, 0.3))


THAILAND = (
    "In Thailand, a Cabinet decision of 11 November 2025 named a medical check and health "
    "insurance, with the work-permit fee, for Lao, Myanmar and Vietnamese workers. What "
    "applies to you now is not known to us."
)


def test_in_thailand_the_one_sourced_line_and_the_visa_answer_a_tap_away(real):
    words = "how much medical check for pink card, where to do"
    got = run(real, settled("en", "TH"), read_as(words, "documents_needed", 0.7))
    text = said(got)
    assert text.startswith(CHECK) and THAILAND in text
    assert "topic:visa_work_permit" in all_button_data(got)
    elsewhere = said(run(real, settled("en", "MY"), read_as(words, "documents_needed", 0.7)))
    assert THAILAND not in elsewhere  # the decision is Thailand's
