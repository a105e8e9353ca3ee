"""After a rescue (exploratory round 28A): "i am in shelter 5 month, when can i go home? must i
stay for court?" got "I did not understand"; "they say i must stay for court case" the arrest
answer; "the police keep my phone and passport after rescue" the rules for maids living in;
"they want me to be a witness, is it safe for my family?" the question for someone else.
Our sources have nothing on shelters, court cases, witnesses or victims' compensation: the
reply says so, that nobody here can promise a date or money, and a person first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.dialogue import after_rescue, follow_up

LINE = (
    "After a rescue: our sources do not say how long a shelter keeps you, whether you must "
    "stay for a court case, how witnesses and their families are kept safe, when the police "
    "give back what they hold, or whether you will get your pay or compensation. Nobody "
    "here can promise you a date or money. A person from a partner organisation can ask "
    "for you and tell you your choices: tap “{person}”."
)


def line(lang: str) -> str:
    _ = tr(lang).gettext
    return _(LINE).format(person=_("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("i am in shelter 5 month, when can i go home? must i stay for court?", None, "en"),
        (
            "i am in shelter in malaysia long time, they say i must stay for court case",
            "arrest_detention",
            "en",
        ),
        ("the police keep my phone and passport after rescue", "documents_confiscated", "en"),
        ("they want me to be a witness, is it safe for my family?", "arrest_detention", "en"),
        ("can i get compensation from the traffickers?", "injury_health", "en"),
        ("shelter mhar 3 la shi p, eain pyan chin tl", None, "my"),
        ("ခိုလှုံရာ စခန်းမှာ ၆ လ ရှိပြီ။ အိမ်ဘယ်တော့ ပြန်ရမလဲ", "return_home", "my"),
        ("တရားရုံးမှာ သက်သေ ထွက်ရမယ်တဲ့", "arrest_detention", "my"),
        ("ခိုလႈံရာ စခန္းမွာ ၆ လ ရွိၿပီ", "return_home", "my"),  # Zawgyi
        # the police keep the passport until the case is over; I want to go home
        ("ရဲက ပတ်စပို့ သိမ်းထားတယ်၊ အမှုပြီးမှ ပြန်ပေးမယ်တဲ့။ အိမ်ပြန်ချင်တယ်", "documents_confiscated", "my"),
        ("ខ្ញុំនៅផ្ទះសុវត្ថិភាព ពេលណាខ្ញុំអាចទៅផ្ទះវិញ", "return_home", "km"),
        ("ប៉ូលីសចង់ឱ្យខ្ញុំធ្វើជាសាក្សី", None, "km"),
    ],
)  # fmt: skip
def test_life_after_a_rescue_is_told_what_is_not_known_and_a_person(real, words, topic, lang):
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    assert said(got).startswith(line(lang))
    data = all_button_data(got)
    assert data[0].startswith("person")  # a person first
    assert "emergency_help" in data[1]  # the emergency answer a tap away


def test_after_the_numbers_when_danger_words_come_too(real):
    words = "police want me give statement against the boss, i am afraid they will hurt me"
    got = run(real, settled(), read_as(words, "arrest_detention", 0.9))
    assert got.replies[0].text.startswith("🆘")  # the danger is seen first
    assert any(line("en") in reply.text for reply in got.replies[1:])


def test_after_the_numbers_when_an_emergency_is_surely_read(real):
    words = "တရားရုံးမှာ သက်သေ ထွက်ရမယ်တဲ့ ကြောက်တယ်"  # must testify in court, afraid
    got = run(real, settled("my"), read_as(words, "emergency_help", 0.99, "my"))
    assert got.replies[0].text.startswith("🆘")  # the numbers first, as before
    assert said(got).index(line("my")) > said(got).index("1300")  # the line after them


@pytest.mark.parametrize(
    "words",
    [
        "no place to sleep, i need shelter tonight",  # a bed, not a shelter after a rescue
        "can i go to labour court for my salary",  # a wage claim
        "compensation for my hand injury at factory",  # the injury answer's
        "boss not pay my salary 3 month",
    ],
)
def test_other_messages_are_not_read_as_after_a_rescue(words):
    assert not after_rescue.says(words)


FAMILY = (
    "It is hard when someone comes back and does not talk. Our sources have no checked "
    "information on support for people after a hard time abroad, such as someone to talk "
    "to. A person from a partner organisation can talk with you about what may help her "
    "or him: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("my daughter came back from thailand, she does not talk, she cry at night", None, "en"),
        ("သမီး ျပန္လာၿပီး စကားမေျပာဘူး", "reintegration_jobs", "my"),  # Zawgyi
        ("kaun srey khnhom mok vinh, min niyay", None, "km"),
        ("កូនស្រីខ្ញុំមកវិញ មិននិយាយ", None, "km"),
    ],
)  # fmt: skip
def test_a_family_whose_child_came_back_silent_is_offered_a_person(real, words, topic, lang):
    got = run(real, settled(lang, "MM"), read_as(words, topic, 0.9, lang))
    _ = tr(lang).gettext
    assert said(got).startswith(_(FAMILY).format(person=_("Talk to a person")))
    assert all_button_data(got)[0].startswith("person")


@pytest.mark.parametrize(
    "words",
    [
        "i came back, i cannot tell anyone",  # the writer, not one of the family
        "my son came back, he cant find job",
        "when i come back can i talk to you",
    ],
)
def test_other_comings_back_are_not_read_as_silent(words):
    assert not after_rescue.family_says(words)


AGAIN = (
    "I have nothing more on that than my answer just above: our sources do not say it, and "
    "nobody here can promise you a date or money. A person from a partner organisation can "
    "ask for you: tap “Talk to a person”."
)


def test_the_name_follow_up_remembers_is_this_modules():
    assert follow_up.AFTER_RESCUE == after_rescue.NAME


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("compensation?", "injury_health"),  # the NLU's reading, Dec 2026: the injury fund
        ("and my salary?", "unpaid_wages"),
        ("how long", None),
        ("when go home", "going_home"),
    ],
)
def test_a_word_about_it_right_after_the_line_gets_a_person_not_another_topic(real, words, read):
    """Round 28A left it open: "compensation?" right after the line got the work-injury answer
    (the Workmen's Compensation Fund, as if it paid victims)."""
    told = run(
        real, settled(), read_as("i am in shelter 5 month, must i stay for court?", None, 0.3)
    )
    assert told.shown == after_rescue.NAME
    after = replace(real, last_answer=told.shown)
    got = run(after, told.state, read_as(words, read, 0.9))
    assert said(got) == AGAIN
    assert all_button_data(got)[0] == "person"


def test_the_same_word_with_no_line_above_is_read_as_before(real):
    got = run(real, settled(), read_as("compensation?", "injury_health", 0.9))
    assert said(got) != AGAIN
