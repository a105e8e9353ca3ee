"""Exploratory round 20C: papers running out (docs/exploratory/round20-papers-running-out.md).

"i overstay 3 year in thailand ... if i go home they catch me at border?" got Going home,
"overstay 2 years malaysia, how much fine? jail?" the arrest answer, both silent on what was
asked; the reference holds nothing on overstay fines, jail, bans or the border on leaving.
"my permit follow me?" and "agency must agree?" got Change employer, silent on both. A
passport running out, typed in a longer message, and "I want to change employer in
Malaysia" (Khmer) were not understood: now the embassy's answer and Change employer."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, text, tr

from bot.dialogue import papers_words, scheme_rules
from bot.values import Asked, UserState

LINE = (
    "Our sources have no checked information on {items}. The rules differ by country and "
    "change often. Ask a person before you sign, leave or pay anyone: tap “{person}”."
)
OVERSTAY = "fines, jail or bans for overstaying, or what happens when you leave"
MOVES = "whether your permit moves with you to a new employer, or the agency must agree"


def _line(lang: str, label: str) -> str:
    t = tr(lang)
    return (
        in_language(lang, LINE)
        .replace("{items}", t.gettext(label))
        .replace("{person}", t.gettext("Talk to a person"))
    )


def in_place(language: str, origin: str, country: str) -> UserState:
    return UserState(language=language, origin=origin, country=country, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "lang", "origin", "country", "topic", "label", "kept"),
    [
        ("i overstay 3 year in thailand, want go home. if i go home they catch me at border?",
         "en", "MM", "TH", "return_home", OVERSTAY, "1546"),
        ("overstay 2 years malaysia, how much fine? jail?", "en", "MM", "MY",
         "arrest_detention", OVERSTAY, "4251 4455"),
        ("i stay korea illegal 5 year, want go home, will they ban me to come back?", "en",
         "KH", "KR", "return_home", OVERSTAY, "1577-0071"),
        ("ထိုင်းမှာ ဗီဇာကျော်နေတာ ၂ နှစ်ရှိပြီ။ အိမ်ပြန်ချင်တယ်။ ထောင်ကျမလား", "my", "MM", "TH",
         "arrest_detention", OVERSTAY, "233 2237"),
        ("ထိုင္းမွာ ဗီဇာေက်ာ္ေနတာ ၂ ႏွစ္ရွိၿပီ", "my", "MM", "TH", "arrest_detention",
         OVERSTAY, "233 2237"),  # Zawgyi
        ("ខ្ញុំស្នាក់នៅហួសកំណត់ ១ឆ្នាំហើយ ចង់ត្រឡប់ទៅផ្ទះ តើត្រូវជាប់គុកទេ?", "km", "KH", "TH",
         "return_home", OVERSTAY, "1546"),
        ("boss closed factory, i need new employer. my permit follow me? how many days?", "en",
         "KH", "TH", "change_employer", MOVES, "60 days"),
        ("my boss is cruel, i want change employer, agency must agree?", "en", "MM", "TH",
         "change_employer", MOVES, "1694"),
    ],
)  # fmt: skip
def test_the_line_on_what_is_not_known_comes_before_the_answer(
    real, words, lang, origin, country, topic, label, kept
):
    got = run(real, in_place(lang, origin, country), read_as(words, topic, 0.9, lang))
    body = said(got)
    line = _line(lang, label)
    assert body.startswith(line)
    assert kept in body and body.index(line) < body.index(kept)


def test_never_above_the_emergency_numbers(real):
    words = "overstay 2 year, boss lock me in room, police will catch me?"
    got = run(real, in_place("en", "MM", "TH"), read_as(words, "emergency_help", 0.95))
    assert said(got).startswith("🆘")


@pytest.mark.parametrize(
    "words",
    [
        "my visa finish 2 day ago what i do",
        "i want to go home",
        "the fine for being late to work",
        "no visa fee paid by me",
        "i want change employer",
        "my permit expire next month",
    ],
)
def test_no_line_where_nothing_of_it_is_asked(words):
    assert not scheme_rules.says(words)


@pytest.mark.parametrize(
    ("words", "lang", "origin", "country", "topic", "shown"),
    [
        ("hello, i work in chiang mai 3 years in a factory, everything ok but my passport "
         "expire next month and boss say he don't help, what i do?", "en", "MM", "TH",
         "embassy_contact", "Embassy of Myanmar, Bangkok"),
        ("ပတ်စပို့ သက်တမ်း နောက်လ ကုန်မယ်", "my", "MM", "MY", "embassy_contact",
         "Jalan Ampang Hilir"),
        ("ខ្ញុំចង់ប្តូរនិយោជកនៅម៉ាឡេស៊ី តើអាចធ្វើបានទេ?", "km", "KH", "MY", "change_employer",
         "+60 3 8000 8000"),
        ("khnhom chong pdo kanleng twer ka", "km", "KH", "TH", "change_employer", "1694"),
    ],
)  # fmt: skip
def test_not_understood_before_now_answered(real, words, lang, origin, country, topic, shown):
    got = run(real, in_place(lang, origin, country), text(words, lang, topic=None))
    body = said(got)
    assert shown in body
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.ANSWERED, topic)


@pytest.mark.parametrize(
    "words", ["my passport", "passport taken by boss", "i want go home", "boss good"]
)
def test_no_answer_named_where_none_is(words):
    assert papers_words.named_topic(words) is None


def test_the_visa_answer_says_it_already_so_no_line_before_it(real):
    words = "ស្នាក់នៅហួសកំណត់ visa ពិន័យប៉ុន្មាន"  # overstay visa, how much is the fine
    got = run(real, in_place("km", "KH", "TH"), read_as(words, "visa_work_permit", 0.9, "km"))
    assert not said(got).startswith(_line("km", OVERSTAY))
    assert "យើងគ្មានព័ត៌មានដែលបានត្រួតពិនិត្យ អំពីការស្នាក់នៅហួសកំណត់ទេ។" in said(got)


def test_malaysias_going_home_tells_of_its_programme_so_no_line_before_it(real):
    words = "my brother overstay in malaysia, how can he go home?"
    got = run(real, in_place("en", "MM", "MY"), read_as(words, "return_home", 0.9))
    assert not said(got).startswith(_line("en", OVERSTAY))
    assert "RM500" in said(got)


def test_malaysias_change_employer_says_the_permit_is_tied_so_no_line_before_it(real):
    words = "boss closed factory, my permit follow me to new employer?"
    got = run(real, in_place("en", "KH", "MY"), read_as(words, "change_employer", 0.9))
    assert not said(got).startswith(_line("en", MOVES))
    assert "tied to your employer" in said(got)


def test_the_place_named_in_the_words_is_the_answers(real):
    words = "my brother overstay in malaysia, how can he go home?"
    state = UserState(language="en", origin="MM", country=None, profile_asked=True)
    got = run(real, state, read_as(words, "return_home", 0.9))
    assert not said(got).startswith(_line("en", OVERSTAY))
    assert "RM500" in said(got)
