"""Working conditions and harm at work (exploratory round 29B).

"i work 14 hour every day, no day off one month, is this normal in thailand?" got the reply
on domestic workers in the employer's house though no house was named; "no toilet break,
supervisor shout at us every day" was not understood; "no drinking water at farm" in Korea
got Cambodia's trafficking answer. Our sources have no limit on hours, days off, breaks or
overtime anywhere: the reply says so, what to write down and keep, a person. The Zawgyi "my
friend fainted from the heat" got "I cannot help with that", and "my friend fainted in heat,
not breathing" the injury answer with nothing on getting help now: the injury answer, first
"take the person to the nearest hospital or clinic now"."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import work_conditions
from bot.values import Asked

LINE = (
    "Long hours, no day off, forced overtime, no break, toilet or water, shouting? Our "
    "sources have no checked rules on working hours, days off, breaks or overtime in any "
    "country, so we cannot say what is normal or allowed where you are. Write down each "
    "day: when you started and stopped, days without rest, what happened and who saw it. "
    "Keep pay slips and photos. A person from a partner organisation can tell you what "
    "applies to you: tap “{person}”."
)
HARM = (
    "Fainted, not breathing, burned or cut? Get treatment first: take the person to the "
    "nearest hospital or clinic now. Then write down when and how it happened and who saw it, "
    "and keep hospital papers and receipts."
)


def _line(lang: str) -> str:
    return in_language(lang, LINE).replace("{person}", tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic", "confidence"),
    [
        ("i work 14 hour every day, no day off one month, is this normal in thailand?", "en",
         "TH", None, 0.44),
        ("no toilet break, supervisor shout at us every day", "en", "TH", None, 0.26),
        ("no drinking water at farm, boss say drink from river", "en", "KR",
         "job_scams_trafficking", 0.44),
        ("boss shout me every day, call me stupid, is this normal in thailand?", "en", "TH",
         None, 0.3),
        ("တစ်နေ့ ၁၄ နာရီ အလုပ်လုပ်ရတယ်။ နားရက်မရှိဘူး", "my", "TH", None, 0.4),
        ("ខ្ញុំធ្វើការ ១៤ ម៉ោង មួយថ្ងៃ គ្មានថ្ងៃឈប់សម្រាក", "km", "TH", None, 0.4),
        ("thaokae oy twer ka 14 maong, ot mean thngai chhub", "km", "TH", None, 0.3),
    ],
)  # fmt: skip
def test_said_alone_the_reply_says_what_is_not_known(real, words, lang, country, topic, confidence):
    got = run(real, settled(lang, country), read_as(words, topic, confidence, lang))
    assert said(got).startswith(_line(lang))
    data = all_button_data(got)
    assert data[:3] == ["person", "topic:unpaid_wages", "topic:complaint_channels"]
    assert data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, work_conditions.NAME)


def test_a_problem_read_keeps_its_answer_with_the_line_first(real):
    words = "factory make us overtime every night, if no do boss say go home. ot no pay"
    got = run(real, settled("en", "TH"), read_as(words, "unpaid_wages", 0.86, "en"))
    text = said(got)
    assert text.startswith(_line("en"))
    assert "1546" in text and text.index("1546") > len(_line("en"))


def test_a_maid_asking_for_a_day_off_keeps_the_live_in_reply(real):
    got = run(real, settled("en", "MY"), read_as("maid have day off in malaysia?", None, 0.4))
    assert not said(got).startswith(_line("en"))
    assert "domestic workers" in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("ေနပူလြန္းလို႔ သူငယ္ခ်င္း မူးလဲသြားတယ္", "my", None),  # Zawgyi: fainted from the heat
        ("my friend fainted in heat, not breathing", "en", "injury_health"),
        ("ម៉ាស៊ីនកាត់ម្រាមដៃខ្ញុំ", "km", "injury_health"),  # a machine cut my finger
    ],
)
def test_harm_gets_the_injury_answer_with_treatment_first(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.62, lang))
    text = said(got)
    assert text.startswith(in_language(lang, HARM))
    assert got.tally is not None and got.tally.topic == "injury_health"


def test_an_unsure_emergency_reading_keeps_its_numbers(real):
    words = "forced overtime every day until 11pm"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.43, "en"))
    assert not said(got).startswith(_line("en")[:20])
    assert "1300" in said(got)


def test_never_above_the_emergency_numbers(real):
    words = "shrimp factory, 16 hour standing, no toilet, we cannot go out"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.95, "en"))
    assert not said(got).startswith(_line("en")[:20])


@pytest.mark.parametrize(
    "words",
    [
        "my boss not pay me",
        "i want to go home",
        "i work 8 hour a day, is it ok to change job",
        "maid have day off?",
        "i broke my phone",
    ],
)
def test_nothing_is_read_where_nothing_is_told(words):
    assert not work_conditions.says(words)
    assert not work_conditions.harmed(words)


@pytest.mark.parametrize(
    ("words", "lang", "confidence"),
    [
        ("တစ်နေ့ ၁၄ နာရီ အလုပ်လုပ်ရတယ်။ နားရက်မရှိဘူး", "my", 0.84),
        ("ខ្ញុំធ្វើការ ១៤ ម៉ោង មួយថ្ងៃ គ្មានថ្ងៃឈប់សម្រាក", "km", 0.9),
    ],
)
def test_hours_and_no_day_off_read_as_unpaid_wages_are_not_the_live_in_reply(
    real, words, lang, confidence
):
    got = run(real, settled(lang, "TH"), read_as(words, "unpaid_wages", confidence, lang))
    assert said(got).startswith(_line(lang))
    assert "topic:unpaid_wages" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic", "confidence"),
    [
        ("late 5 minute, company cut 1 day salary", "en", "MY", "unpaid_wages", 0.99),
        ("ថៅកែពិន័យលុយ ពេលខ្ញុំមកយឺត", "km", "TH", None, 0.37),  # the boss fines me for late
    ],
)
def test_a_fine_or_a_days_pay_cut_for_being_late_gets_the_deductions_line(
    real, words, lang, country, topic, confidence
):
    line = in_language(
        lang,
        "Money taken from your pay, for the agency, the levy, the room, papers or fines? Our "
        "sources do not say which deductions are allowed. Write down each amount and what it "
        "was for, and keep any pay slips. A person from a partner organisation can help: tap "
        "“{person}”.",
    ).format(person=tr(lang).gettext("Talk to a person"))
    got = run(real, settled(lang, country), read_as(words, topic, confidence, lang))
    assert said(got).startswith(line)


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        # session 26 (round 29B's still open): the injury answer alone
        ("boss not let us go home when sick, is it legal?", "injury_health", 0.95),
        ("supervisor dont allow me rest when i am sick", "injury_health", 0.7),
        ("no sick leave in my factory", "injury_health", 0.37),
        ("must work even when sick, boss say no work no pay", "unpaid_wages", 0.8),
    ],
)
def test_no_rest_when_sick_gets_the_line_before_the_answer(real, words, topic, confidence):
    got = run(real, settled("en", "TH"), read_as(words, topic, confidence, "en"))
    assert said(got).startswith(_line("en"))


@pytest.mark.parametrize(
    "words",
    ["i got sick at work yesterday", "my friend is sick, which hospital", "i was sick last week"],
)
def test_being_sick_alone_is_no_working_condition(words):
    assert not work_conditions.says(words)
