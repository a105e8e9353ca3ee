"""Afraid of what a complaint brings (exploratory round 15A, F5): "will my boss know if i
complain?", "I have no visa can I complain", their Burmese, Khmer and romanised forms, read
by the NLU as Where to complain (0.99), got the list of channels and nothing on the question;
"will police come if I complain?" right after it, "My answer ... is just above". Our sources
do not say whether a complaint reaches the employer, the police or immigration: the answer
now says so first and points to a person, and is otherwise the same."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.dialogue.events import ButtonPress

LINE = (
    "Is it safe for you to complain? Our sources do not say whether your employer, the police "
    "or immigration are told. Before you complain, ask a person from a partner organisation: "
    "tap “{person}”."
)


def line(lang: str) -> str:
    t = tr(lang)
    return t.gettext(LINE).format(person=t.gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("will my boss know if i complain?", "en", "complaint_channels"),
        ("I have no visa can I complain", "en", "complaint_channels"),
        ("if i complain my agent, will police come?", "en", "agency_complaint"),
        ("boss not pay 3 month, if i report will he know", "en", "unpaid_wages"),
        ("အလုပ်ရှင်ကို တိုင်ချင်တယ်။ သူသိမှာလား", "my", "complaint_channels"),
        ("အလုပ္ရွင္ကို တိုင္ရင္ သူသိမွာလား", "my", "complaint_channels"),  # Zawgyi
        ("ខ្ញុំចង់ប្តឹងថៅកែ តើគាត់ដឹងទេ", "km", "complaint_channels"),
        ("a lote shin ko tine chin tal, thu thi ma lar", "my", "complaint_channels"),
    ],
)
def test_afraid_to_complain_is_told_what_the_sources_do_not_say_first(real, words, lang, topic):
    got = run(real, settled(lang), read_as(words, topic, 0.99, lang))
    assert said(got).startswith(line(lang))
    assert "person" in all_button_data(got) or any(
        d.startswith("person") for d in all_button_data(got)
    )
    plain = run(
        real, settled(lang), read_as("i have this problem", topic, 0.99, lang)
    )  # no "where" (47B)
    assert said(got).endswith(said(plain))  # the answer itself unchanged


def test_asked_right_after_the_answer_it_comes_with_just_above(real):
    shown = run(real, settled(), ButtonPress("topic:complaint_channels"))
    after = replace(real, last_answer=shown.shown)
    got = run(
        after, shown.state, read_as("will police come if I complain?", "complaint_channels", 0.99)
    )
    assert said(got).startswith(line("en"))
    assert "is just above" in said(got)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("where to complain", "complaint_channels"),
        ("boss not pay me 2 month", "unpaid_wages"),
        ("I have no visa, how to get one", "visa_work_permit"),
    ],
)
def test_other_questions_get_the_answer_alone(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.99))
    assert not said(got).startswith(line("en"))


# --- F10: a complaint made for someone else ---------------------------------------------------

FOR_ANOTHER = (
    "A partner organisation can take a case for someone else: tap “{person}” and say who it "
    "is about and where they are. Whether the offices take a complaint from someone else, our "
    "sources do not say."
)


def for_another_line(lang: str) -> str:
    t = tr(lang)
    return t.gettext(FOR_ANOTHER).format(person=t.gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("can my friend complain for me", "en"),
        ("my friend want complain his boss but he scare. can i complain for him?", "en"),
        (
            "mitt knhom pdeng jumnous ban te",
            "km",
        ),  # romanised Khmer: can my friend complain for me?
        ("သူငယ်ချင်းက ကိုယ်စား တိုင်လို့ရလား", "my"),  # can a friend complain on my behalf?
        ("មិត្តខ្ញុំអាចប្តឹងជំនួសខ្ញុំបានទេ", "km"),  # can my friend complain for me?
    ],
)
def test_a_complaint_for_someone_else_is_told_a_case_can_be_for_them(real, words, lang):
    got = run(real, settled(lang), read_as(words, "complaint_channels", 0.99, lang))
    assert for_another_line(lang) in said(got)
    plain = run(real, settled(lang), read_as("where to complain", "complaint_channels", 0.99, lang))
    assert said(got).endswith(said(plain))


def test_asked_right_after_the_answer_it_comes_with_just_above_too(real):
    shown = run(real, settled(), ButtonPress("topic:complaint_channels"))
    after = replace(real, last_answer=shown.shown)
    words = read_as("can my friend complain for me", "complaint_channels", 0.99)
    got = run(after, shown.state, words)
    assert said(got).startswith(for_another_line("en"))
    assert "is just above" in said(got)


def test_afraid_and_for_someone_else_gets_both_lines(real):
    words = "my friend is domestic worker, she scared to complain. can i report for her?"
    got = run(real, settled(), read_as(words, "complaint_channels", 0.99))
    assert said(got).startswith(line("en"))
    assert for_another_line("en") in said(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("if I complain will police arrest me", "en"),  # read as an arrest at 0.82 (15A)
        ("if i report boss, police come?", "en"),
        ("if i go to labour office will police arrest me", "en"),  # arrest at 0.99
        ("တိုင်ရင် ရဲဖမ်းမလား", "my"),  # if I complain, will the police arrest me?
        ("បើខ្ញុំប្តឹង ប៉ូលិសនឹងមកទេ", "km"),  # if I complain, will the police come?
    ],
)
def test_a_fear_of_complaining_read_as_an_arrest_gets_where_to_complain(real, words, lang):
    got = run(real, settled(lang), read_as(words, "arrest_detention", 0.82, lang))
    assert said(got).startswith(line(lang))
    plain = run(real, settled(lang), ButtonPress("topic:complaint_channels"))
    assert said(plain).split("\n")[0] in said(got)  # the answer's title
    assert "topic:arrest_detention" in all_button_data(got)  # the arrest one tap away
    assert got.tally is not None and got.tally.topic == "complaint_channels"


@pytest.mark.parametrize(
    "words",
    ["i complained and they arrest me", "police arrest me because i complain", "will police come"],
)
def test_an_arrest_told_keeps_the_arrest_answer(real, words):
    got = run(real, settled(), read_as(words, "arrest_detention", 0.9))
    plain = run(real, settled(), ButtonPress("topic:arrest_detention"))
    assert said(got).split("\n")[0] == said(plain).split("\n")[0]


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        # round 27B: read as Passport taken (0.64) and answered as if the passport was kept
        ("if i report supervisor, he will cancel my visa?", "documents_confiscated", 0.64),
        ("if we complain boss will send us back?", "visa_work_permit", 0.7),
        ("if i report the agent, will he know?", None, 0.3),
    ],
)
def test_a_fear_of_complaining_read_unsurely_as_another_problem_gets_where_to_complain(
    real, words, topic, confidence
):
    got = run(real, settled(), read_as(words, topic, confidence))
    assert said(got).startswith(line("en"))
    plain = run(real, settled(), ButtonPress("topic:complaint_channels"))
    assert said(plain).split("\n")[0] in said(got)
    assert got.tally is not None and got.tally.topic == "complaint_channels"


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        # a loss reported to the police is no complaint
        ("if i report my passport lost, will police arrest me?", "arrest_detention", 0.61),
        ("if i report my passport lost, will they send me back?", "lost_documents", 0.7),
        # sure readings, and the emergency, keep their answers
        ("if i report him he will fire me, he keeps my passport", "documents_confiscated", 0.97),
        ("if i report they will kill me, help", "emergency_help", 0.6),
    ],
)
def test_other_readings_of_a_weighed_complaint_keep_their_answer(real, words, topic, confidence):
    got = run(real, settled(), read_as(words, topic, confidence))
    plain = run(real, settled(), ButtonPress(f"topic:{topic}"))
    assert said(plain).split("\n")[0] in said(got)
    assert got.tally is not None and got.tally.topic == topic
