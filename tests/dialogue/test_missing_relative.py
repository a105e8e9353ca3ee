"""A relative or a friend missing or out of contact, read by the NLU as lost documents
(docs/user-testing.md, round 10: "my friend is missing in malaysia" got Lost documents at
0.87, "missing" read as a lost document). Such a message, when it names the person and no
document, now gets the someone-else answer (a caseworker, their embassy, the arrest answer),
for the country it names. A lost passport, the writer's or a friend's, keeps Lost documents.
The readings are the real model's (nlu-20261205-145223) unless said otherwise."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_by_rule, run, said, settled, tr

from bot.dialogue.events import Text
from bot.values import Asked

OFFER = (
    "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
    'partner organisation can help: press "Talk to a person" and say who they are, where '
    "they are and what happened. Their embassy and what to do after an arrest are below."
)
LOST = "lost_documents"


def read(words: str, lang: str, confidence: float, *others: str) -> Text:
    return read_by_rule(words, lang, (LOST, *others), (LOST, confidence))


MISSING = [
    read("my friend is missing in malaysia", "en", 0.87, "emergency_help"),
    read("my friend missing malaysia", "en", 0.96),
    read("my friend lost contact in malaysia", "en", 0.96),
    # "my friend is gone missing in Malaysia"; "my daughter went missing in Malaysia"
    read("ကျွန်တော့်သူငယ်ချင်း မလေးရှားမှာ ပျောက်နေတယ်", "my", 0.64),
    read("ကျွန်မသမီး မလေးရှားမှာ ပျောက်သွားတယ်", "my", 0.88),
    # "my friend disappeared in Malaysia"
    read("មិត្តភក្តិខ្ញុំបាត់ខ្លួននៅម៉ាឡេស៊ី", "km", 0.66, "emergency_help"),
    # romanised Khmer, "my daughter disappeared in Malaysia": the NLU's best reading is lost
    # documents, at 0.30 today (under the threshold); read here as if it were sure
    read("kon srey bat khluon nov malaysia", "en", 0.9),
]


@pytest.mark.parametrize("event", MISSING, ids=lambda event: event.text)
def test_someone_missing_gets_what_the_bot_can_do_for_them(real, event):
    outcome = run(real, settled(event.language, country="MM"), event)
    assert said(outcome) == tr(event.language).gettext(OFFER)
    # The person is in Malaysia: that country's embassy and arrest answer.
    assert all_button_data(outcome)[:2] == ["at:embassy_contact@:MY:", "at:arrest_detention@:MY:"]
    assert outcome.tally is not None and outcome.tally.asked != Asked.ANSWERED


LOST_PAPERS = [
    read("I lost my passport", "en", 1.0),
    read("my friend lost his passport", "en", 1.0),
    read("my friend is missing in malaysia, he lost his passport", "en", 1.0),
    read("my sister is missing her documents", "en", 0.82),
    # "my older brother lost his passport"; "my younger brother lost his passport"
    read("ကျွန်တော့်အစ်ကို ပတ်စပို့ ပျောက်သွားတယ်", "my", 1.0),
    read("ប្អូនប្រុសខ្ញុំបាត់លិខិតឆ្លងដែន", "km", 0.98),
]


@pytest.mark.parametrize("event", LOST_PAPERS, ids=lambda event: event.text)
def test_lost_papers_keep_lost_documents(real, event):
    outcome = run(real, settled(event.language, country="MM"), event)
    assert said(outcome) != tr(event.language).gettext(OFFER)
    assert outcome.tally is not None and outcome.tally.topic == LOST


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # a mother at home in Myanmar: my daughter in Malaysia, I cannot call her for a month
        ("thami malaysia mhar, phone set ma ya tar 1 la shi pe", "my", "unpaid_wages", 0.78),
        ("my daughter work maid in malaysia, 2 month cannot reach her", "en", "unpaid_wages", 0.6),
    ],
)
def test_a_relative_out_of_contact_from_home_gets_the_someone_else_answer(
    real, words, lang, topic, confidence
):
    # Round 18A: Unpaid wages for Malaysia with the Malaysian Labour Department's number.
    text = read_by_rule(words, lang, (topic,), (topic, confidence))
    got = run(real, settled(lang, "MM"), text)
    assert "8000 8000" not in said(got)
    assert said(got).startswith(tr(lang).gettext(OFFER))
    assert got.tally is not None and got.tally.asked == Asked.CONVERSATION


def test_abroad_or_sure_the_reading_keeps_its_answer(real):
    words = "my daughter work maid in malaysia, 2 month cannot reach her"
    abroad = run(
        real,
        settled("en", "MY"),
        read_by_rule(words, "en", ("unpaid_wages",), ("unpaid_wages", 0.6)),
    )
    assert not said(abroad).startswith(OFFER)
    sure = run(
        real,
        settled("en", "MM"),
        read_by_rule(words, "en", ("unpaid_wages",), ("unpaid_wages", 0.97)),
    )
    assert not said(sure).startswith(OFFER)
