"""A key word typed alone (session 19): ပွဲစား and "pwe sar" (broker) were read as Goodbye,
ပတ်စပို့ (passport) and ប្តឹង (complain) not understood, and "passport" always as Lost
documents, though a person whose boss keeps it needs Passport taken. A word with several
meanings now gets "Which of these is it about?" and their topics, most urgent first; a word
with one meaning gets its answer (a debt alone has its own reply: round 18B). A sentence
around the word is the NLU's, as before."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.values import Asked

WHICH = "Which of these is it about?"
PASSPORT = ["documents_confiscated", "lost_documents", "embassy_contact", "documents_needed"]
BROKER = ["agency_complaint", "recruitment_fees", "check_agency"]


def topics(outcome) -> list[str]:
    return [d.split(":")[1] for d in all_button_data(outcome) if d.startswith("topic:")]


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence", "meant"),
    [
        # (words, the replies' language, what the NLU read, its confidence, the topics offered)
        ("passport", "en", "lost_documents", 0.94, PASSPORT),
        ("my passport?", "en", "lost_documents", 0.9, PASSPORT),
        ("ပတ်စပို့", "my", None, 0.59, PASSPORT),
        ("លិខិតឆ្លងដែន", "km", None, 0.32, PASSPORT),
        ("ပွဲစား", "my", "goodbye", 0.66, BROKER),  # broker
        ("pwe sar", "my", "goodbye", 0.61, BROKER),
        ("ပွဲစားကိစ္စ", "my", None, 0.4, BROKER),  # the broker matter
        ("broker problem", "en", "agency_complaint", 0.98, BROKER),
        ("police", "en", "arrest_detention", 1.0, ["emergency_help", "arrest_detention"]),
        ("ប៉ូលីស", "km", None, 0.41, ["emergency_help", "arrest_detention"]),
    ],
)
def test_a_word_of_several_meanings_asks_which(real, words, lang, topic, confidence, meant):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got) == in_language(lang, WHICH)
    assert topics(got) == meant, "most urgent first"
    assert all_button_data(got)[-2:] == ["person", "menu"]
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "lone_word",
    )


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence", "meant"),
    [
        ("ប្តឹង", "km", None, 0.77, "complaint_channels"),  # complain
        ("ខ្ញុំចង់ប្តឹង", "km", None, 0.5, "complaint_channels"),  # I want to complain
    ],
)
def test_a_word_of_one_meaning_gets_its_answer(real, words, lang, topic, confidence, meant):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert WHICH not in said(got)
    assert said(got).startswith(topic_title(real.catalog, meant, lang))


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("my passport is lost", "lost_documents"),
        ("boss keep my passport", "documents_confiscated"),
        ("broker take my money 3000 dollar", "recruitment_fees"),
        ("police stop me on the road, what i do", "arrest_detention"),
    ],
)
def test_a_sentence_around_the_word_is_read_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.95))
    assert WHICH not in said(got)
    assert said(got).startswith(topic_title(real.catalog, topic, "en"))
