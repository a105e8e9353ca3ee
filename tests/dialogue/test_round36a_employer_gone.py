"""The employer gone (exploratory round 36A): a factory closed, a company bankrupt, a boss who
ran away, died or was arrested, a farm sold.

"my boss died, his wife say no money for us" and "shop close because of covid, ... visa still
6 month" got the injury answer, "boss arrested, who pay us now" the arrest answer (for the
worker), "company bankrupt, what about my work permit" Passport taken, "the owner sold the
farm, new owner say we must go" "did not understand"; where Unpaid wages was read nothing said
that our sources do not know who pays then or whether a permit stays valid. Now the line first
(never a promise), then Unpaid wages, or Change employer when the permit is asked."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled

from bot.dialogue import employer_gone
from bot.language import to_zawgyi

FIRST = "Your workplace closed, or your employer ran away, died or was arrested?"


def _line(lang: str) -> str:
    return in_language(
        lang,
        "Your workplace closed, or your employer ran away, died or was arrested? Our sources "
        "do not say who pays the wages you are owed then, or whether your permit stays "
        "valid. Write down what you are owed: the months, days and pay. Keep pay slips, your "
        "contract, photos and copies of your papers. If the company has your passport or "
        "permit, write down who has it and since when. Do not sign anything you do not "
        "understand. A person from a partner organisation can help: tap “{person}”.",
    ).split("{person}")[0]


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence", "title"),
    [
        ("my boss died, his wife say no money for us", "en", "injury_health", 0.47,
         "Unpaid wages"),
        ("shop close because of covid, we have no job, visa still 6 month", "en",
         "injury_health", 0.65, "Change employer"),
        ("boss arrested, who pay us now", "en", "arrest_detention", 0.97, "Unpaid wages"),
        ("company bankrupt, what about my work permit", "en", "documents_confiscated", 0.91,
         "Change employer"),
        ("the owner sold the farm, new owner say we must go", "en", None, 0.41,
         "Unpaid wages"),
        ("set yone pate thwar pyi, lagar ma ya", "my", "injury_health", 0.77, None),
        ("factory closed yesterday, boss run away, 2 month salary not pay", "en",
         "unpaid_wages", 0.99, "Unpaid wages"),
        ("my employer passed away, who will pay my salary", "en", "unpaid_wages", 0.99,
         "Unpaid wages"),
        ("រោងចក្របិទហើយ ថៅកែរត់បាត់ ខ្ញុំមិនទាន់បានប្រាក់ខែ២ខែ", "km", "unpaid_wages", 0.88,
         None),
        ("thaokae rot bat, ot ban luy khae 2 khae", "km", "unpaid_wages", 0.99, None),
    ],
)  # fmt: skip
def test_employer_gone_gets_the_line_first(real, words, lang, topic, confidence, title):
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    assert said(got).startswith(_line(lang))
    if title is not None:
        assert title in said(got)
    assert "Injury or illness" not in said(got)
    assert "Arrest or detention" not in said(got)


def test_zawgyi_is_read():
    assert employer_gone.says(to_zawgyi("စက်ရုံပိတ်သွားပြီ သူဌေးထွက်ပြေးသွားတယ်"))


def test_a_passport_left_with_the_agency_keeps_passport_taken(real):
    words = "agency closed its office, my passport was there"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.85))
    assert said(got).startswith(FIRST)
    assert "Passport taken" in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "shop close at 10pm, can i work there part time",
        "embassy closed on saturday?",
        "my family bankrupt because of debt",
        "boss go to bangkok, leave us alone 3 days",
        "boss not pay me 2 month",
        "my father died at home, i want to go back",
        "police arrested my friend at the market",
        "factory close at 5 pm, can i do other job after",
    ],
)
def test_near_misses_are_not_read(words):
    assert not employer_gone.says(words)


def test_on_site_with_no_food_gets_the_numbers_then_the_line(real):
    words = "construction site stopped, we live on site, no food"
    got = said(run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9)))
    assert FIRST in got
    assert got.index("1300") < got.index(FIRST)


@pytest.mark.parametrize(
    "words",
    [
        "company stop pay salary",
        "company stopped paying us 2 months",
        "my boss sold my contract to other boss",
    ],
)
def test_pay_stopped_or_a_worker_sold_is_not_the_place_gone(words):
    """The lead's read of round 36A over the NLU's examples."""
    assert not employer_gone.says(words)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("the employer ran away, no pay yet", "en"),
        ("အလုပ်ရှင် ထွက်ပြေးသွားပြီ လစာ မရသေးဘူး", "my"),  # the employer ran away, no pay yet
    ],
)
def test_an_emergency_read_by_the_nlu_carries_the_line_after_its_numbers(real, words, lang):
    """The lead's read of rounds 39A and 40A: read as an emergency with no danger word, the
    employer gone got the numbers and nothing on the wages."""
    got = run(real, settled(lang, "TH"), read_as(words, "emergency_help", 0.8, lang))
    text = said(got)
    line = _line(lang)
    assert text.count(line) == 1
    assert "☎" in text and text.index("☎") < text.index(line)  # after the numbers
