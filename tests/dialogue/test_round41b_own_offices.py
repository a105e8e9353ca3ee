"""Cambodia's own offices and fees, asked about (exploratory round 41B).

"call 1297 what they do", "លេខ 1297 ជួយអ្វីខ្លះ" and "how much passport cost in Phnom Penh"
got "Sorry, I did not understand"; "passport tlai ponman" Documents you need, which names no
fee. Now what our reference says of 1297 (August 2025: job registration for returning workers,
the Telegram group), that whether it takes complaints is not known, and for a passport's cost
that our sources do not say; Talk to a person first. Never a fee."""

from __future__ import annotations

import re

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import own_offices
from bot.values import Asked

LINE = (
    "1297 is the hotline of Cambodia's Ministry of Labour. News from August 2025 says it "
    "registers workers who come home and look for a job, with a Telegram group "
    "“Job Search – MLVT”. It is a short number: call it from inside Cambodia.\n\n"
    "Our sources do not say whether 1297 takes complaints, or what else it does. "
    "To ask a person: tap “{person}”."
)
PRICE = (
    "Our sources do not say what a passport costs or how long it takes, so I cannot "
    "tell you a price. To ask a person who may know: tap “{person}”."
)
NOT_1297 = "Our sources do not say whether 1297 takes complaints"
NO_PRICE = "Our sources do not say what a passport costs"


def shown(lang: str, msgid: str) -> str:
    return in_language(lang, msgid).format(person=in_language(lang, "Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang", "intent"),
    [
        ("call 1297 what they do", "en", None),
        ("1297 is for what", "en", None),
        ("លេខ 1297 ជួយអ្វីខ្លះ", "km", None),
        ("1297 jouy avey", "km", None),
    ],
)
def test_1297_asked_gets_what_is_known_with_its_date(real, words, lang, intent):
    got = run(real, settled(lang, "KH"), read_as(words, intent, 0.4, lang))
    text = said(got)
    assert shown(lang, LINE) in text
    if lang == "en":
        assert "August 2025" in text and "Job Search – MLVT" in text
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, own_offices.LINE_1297)


@pytest.mark.parametrize(
    ("words", "lang", "intent"),
    [
        ("how much passport cost in Phnom Penh", "en", None),
        ("passport fee how many dollar", "en", "recruitment_fees"),
        ("passport tlai ponman", "km", None),
        ("ធ្វើលិខិតឆ្លងដែនអស់ប៉ុន្មាន", "km", None),
    ],
)
def test_a_passport_cost_gets_our_sources_do_not_say_and_no_fee(real, words, lang, intent):
    got = run(real, settled(lang, "KH"), read_as(words, intent, 0.6, lang))
    text = said(got)
    assert shown(lang, PRICE) in text
    assert not re.search(r"\d+\s*(?:\$|usd|dollar|riel)", text.lower())
    assert all_button_data(got)[0] == "person"


@pytest.mark.parametrize(
    "words",
    [
        "agent say passport cost 500 dollar ok?",  # an agent's fee: fee_asked.py
        "boss keep my passport, how much to get back",  # a passport kept
        "i paid 1297 baht for the bus",  # an amount, not the line
        "my passport expire, what to do",  # no cost asked
        "is call 1297 free",  # a call's cost: calling_line.py
    ],
)
def test_near_misses_are_not_read(real, words):
    got = run(real, settled("en", "KH"), read_as(words, None, 0.3))
    text = said(got)
    assert NOT_1297 not in text
    assert NO_PRICE not in text


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("passport tlai ponman", "documents_needed"),
        ("job passport how much and where", "documents_needed"),
        ("bat passport oh luy ponman tver thmey", "lost_documents"),
        ("ថ្លៃ passport ថ្លៃ visa ថ្លៃក្រុមហ៊ុន សរុបប៉ុន្មាន", "recruitment_fees"),
    ],
)
def test_an_answer_that_holds_the_passport_or_the_fees_stays(words, topic):
    """The lead's read of round 41B over the NLU's examples: Documents you need already says
    "Your first passport: where to apply, and the cost, not found by us. Ask a person.", with
    the rest of the papers; a lost passport keeps Lost documents' steps; the passport, visa and
    company fees in all keep Agency fees' sourced fees."""
    assert not own_offices.asks_passport_cost(read_as(words, topic, 0.8, "km"))
