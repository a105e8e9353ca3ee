"""Round 11 (jargon): a worker's papers named in the corridor's words, where the NLU found no
topic, get the visa and work-permit answer instead of "did not understand"
(bot/dialogue/papers_words.py). The real content."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue.papers_words import names_papers
from bot.values import Asked, NluResult, UserState


def in_place(language: str, origin: str, country: str) -> UserState:
    return UserState(language=language, origin=origin, country=country, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "language", "origin", "country", "title", "place_line"),
    [
        # Seen in round 11: the NLU found no topic in these.
        ("ကျွန်တော့် PLKS ကုန်သွားပြီ", "my", "MM", "MY", "ဗီဇာ နှင့် အလုပ်ပါမစ်", "PLKS"),
        ("PATI ဖြစ်နေတယ် ဘယ်လိုလုပ်ရမလဲ", "my", "MM", "MY", "ဗီဇာ နှင့် အလုပ်ပါမစ်", "PLKS"),
        ("bat chom puu khnhom bat, tver yang mech", "km", "KH", "TH", "ទិដ្ឋាការ", "ថៃ"),
        (
            "boss say send me back, WP cancel, i still have loan",
            "en",
            "MM",
            "SG",
            "Visa and work permit",
            "In Singapore",
        ),
    ],
)
def test_papers_named_get_the_visa_answer_for_the_place(
    real, words, language, origin, country, title, place_line
):
    outcome = run(real, in_place(language, origin, country), text(words, language, topic=None))
    body = said(outcome)
    assert title in body and place_line in body
    assert "did not understand" not in body
    assert outcome.tally is not None and outcome.tally.asked == Asked.ANSWERED
    assert outcome.tally.topic == "visa_work_permit"


def test_without_papers_named_it_is_still_not_understood(real):
    outcome = run(real, in_place("en", "MM", "TH"), text("asdf qwer zxcv", topic=None))
    assert "did not understand" in said(outcome)


def test_a_topic_the_nlu_found_is_kept(real):
    outcome = run(
        real, in_place("en", "MM", "TH"), text("my pink card lost", topic="lost_documents")
    )
    assert said(outcome).startswith("Lost documents")


def test_out_of_scope_is_left_as_it_was(real):
    event = text("visa for my holiday in japan", topic=None)
    assert event.nlu is not None
    event = dataclasses.replace(event, nlu=dataclasses.replace(event.nlu, out_of_scope=True))
    outcome = run(real, in_place("en", "MM", "TH"), event)
    assert "Visa and work permit" not in said(outcome)


def test_danger_words_still_come_first(real):
    outcome = run(real, in_place("en", "MM", "TH"), text("help me, no permit, locked in room"))
    assert said(outcome).startswith("🆘")


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("my PLKS finish", True),
        ("plks habis", True),
        ("E-9 visa", True),
        ("ginou jisshu ကနေ tokutei ginou ပြောင်းချင်တယ်", True),
        ("ប័ណ្ណផ្កាឈូកផុតកំណត់", True),
        ("ပန်းရောင်ကတ် ပျောက်", True),
        ("my MOU finish", True),
        ("mou", False),  # capitals only: a syllable in romanised Burmese
        ("ci ci", False),
        ("the permitted hours", False),  # a whole word only
        ("hello how are you", False),
    ],
)
def test_the_words(words, named):
    assert names_papers(words) is named


@pytest.mark.parametrize(
    ("words", "ranking", "title", "topic"),
    [
        # Under the threshold, the NLU still tells a kept card from a lost one: its first
        # papers topic is answered (round 11's review: "keeps my pink card" got the visa
        # answer and Passport taken only as a related topic).
        (
            "my boss keeps my pink card and says xyzzy",
            (("documents_confiscated", 0.31), ("made_up", 0.2)),
            "Passport taken",
            "documents_confiscated",
        ),
        (
            "pink card lost at market, what now",
            (("arrest_detention", 0.4), ("lost_documents", 0.3), ("visa_work_permit", 0.2)),
            "Lost documents",
            "lost_documents",
        ),
        ("WP cancel, i still have loan", (("recruitment_fees", 0.4),), "Visa", "visa_work_permit"),
    ],
)
def test_the_papers_answer_is_the_one_the_nlu_ranks_first(real, words, ranking, title, topic):
    event = dataclasses.replace(
        text(words, "en", topic=None), nlu=NluResult(None, ranking[0][1], ranking)
    )
    outcome = run(real, in_place("en", "MM", "TH"), event)
    assert said(outcome).startswith(title)
    assert outcome.tally is not None and outcome.tally.topic == topic
