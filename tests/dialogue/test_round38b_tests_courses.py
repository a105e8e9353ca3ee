"""Language and skill tests and courses for work abroad (exploratory round 38B).

"I failed the Korean test, can I try again" got Pre-departure training, "Japanese N4 needed
for caregiver?" Documents you need, "school say study Korean 6 months then job guaranteed"
and "skill test for welder" Jobs after return, all silent on what was asked. The reference
has nothing on EPS-TOPIK, Japanese or skill tests (dates, fees, levels, retakes) nor on
courses that promise a job: the reply says so and offers a person."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import scheme_rules

LABEL = (
    "language or skill tests and courses for work abroad (dates, fees, the level needed, a "
    "retake, a job promised after a course)"
)
LINE = (
    "Our sources have no checked information on {items}. The rules differ by country and "
    "change often. Ask a person before you sign, leave or pay anyone: tap “{person}”."
)


def _line(lang: str) -> str:
    t = tr(lang)
    return (
        in_language(lang, LINE)
        .replace("{items}", t.gettext(LABEL))
        .replace("{person}", t.gettext("Talk to a person"))
    )


ASKED = [
    ("EPS-TOPIK exam when, how much", "en"),
    ("I failed the Korean test, can I try again", "en"),
    ("Japanese N4 needed for caregiver?", "en"),
    ("school say study Korean 6 months then job guaranteed", "en"),
    ("skill test for welder", "en"),
    ("japan sar thin tan kyaung 6 la paing yin alote ya mal lo pyaw", "en"),
    ("training centre ask 3000000 kyat, promise job in Japan", "en"),
    ("ကိုရီးယား စာမေးပွဲ ကျသွားတယ် ထပ်ဖြေလို့ရလား", "my"),
    ("ဂျပန် N4 လိုလား ဘယ်လောက်ကျလဲ", "my"),
    ("ဂ်ပန္စာသင္တန္း ေငြ ၃၀ သိန္း ေပးရမယ္ အလုပ္ေသခ်ာတယ္တဲ့", "my"),  # Zawgyi
    ("ខ្ញុំប្រឡងភាសាកូរ៉េធ្លាក់ អាចប្រឡងម្តងទៀតបានទេ", "km"),
]


@pytest.mark.parametrize(("words", "lang"), ASKED)
def test_said_alone_the_reply_says_tests_are_not_known(real, words, lang):
    got = run(real, settled(lang, "MM"), read_as(words, None, 0.5, lang))
    assert said(got).startswith(_line(lang))
    data = all_button_data(got)
    assert data[0] == "person" and "topic:predeparture_training" in data


@pytest.mark.parametrize(("words", "lang"), ASKED)
def test_before_a_surely_read_answer_the_line_comes_first(real, words, lang):
    got = run(real, settled(lang, "MM"), read_as(words, "predeparture_training", 0.95, lang))
    assert _line(lang) in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "where to take pre-departure training",
        "i need medical test before go malaysia",
        "my son study in school in thailand",
        "he promised to pay me on friday",
        "i work in korea 3 year, boss is korean",
        "boss not pay salary 2 month",
        "Free visa! No experience, no language test. Only pay fee first",
    ],
)
def test_near_misses_are_not_read(words):
    assert not any("tests and courses" in k.label for k in scheme_rules.kinds(words))
