"""Asking what the bot is (session 18): "are you a real person" was read as Talk to a person
and opened the form ("A caseworker at a partner organisation can help you. First I ask a few
short questions"), and "who made this bot" typed in the form was added to the person's story
("I added this to what happened"). Said alone, these get a short answer: a bot, it tells
nobody about them, and the way to a person. A question with a problem in it is the problem's.
The words are the real content's (content/safety/own_words.yml, `about_bot`)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, settled, text, tr

from bot.dialogue.events import ButtonPress, Text
from bot.language import normalise
from bot.values import Asked, NluResult

A_BOT = (
    "I am a bot, not a person. My answers come from checked sources, and each one says when "
    "it was checked."
)
NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)


def typed(words: str, topic: str | None, confidence: float) -> Text:
    normalised = normalise(words)
    ranking = ((topic, confidence),) if topic else ()
    nlu = NluResult(topic, confidence, ranking, (topic,) if topic else ())
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # (words, the replies' language, what the NLU read, its confidence)
        ("are you a real person?", "en", "talk_to_person", 0.93),
        ("hello r u bot", "en", "bot_help", 0.7),
        ("who made this bot", "en", None, 0.3),
        ("can i trust you", "en", None, 0.4),
        ("lu a sit lar", "my", "talk_to_person", 0.6),  # romanised Burmese: a real person?
        ("ယုံလို့ရလား", "my", None, 0.3),  # can I trust (it)?
        ("tuk chet ban te bong", "km", None, 0.2),  # romanised Khmer: can I trust (it)?
        ("អ្នកជាមនុស្សមែនទេ?", "km", "talk_to_person", 0.8),  # are you a person?
    ],
)
def test_asking_what_the_bot_is_gets_a_short_true_answer(real, words, lang, topic, confidence):
    got = run(real, settled(lang), typed(words, topic, confidence))
    assert said(got).startswith(tr(lang).gettext(A_BOT)), said(got)
    assert tr(lang).gettext(NOTHING_TO_POLICE) in said(got)
    assert all_button_data(got)[:3] == ["mine:privacy", "person", "menu"]
    assert got.state.step is None  # no form opened
    assert not got.urgent and not got.effects
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "about_bot",
    )


def test_a_problem_asked_with_it_is_answered_as_the_problem(real):
    words = "are you a bot? my boss did not pay me 3 months"
    got = run(real, settled("en"), typed(words, "unpaid_wages", 0.9))
    assert A_BOT not in said(got)
    assert said(got).startswith("Unpaid wages")


def test_in_the_form_it_is_answered_and_not_added_to_the_story(real):
    outcome = run(real, settled("en"), ButtonPress("person:unpaid_wages"))
    outcome = run(real, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    outcome = run(real, outcome.state, text("boss not pay me 2 month", "en"))
    assert outcome.state.step == "ref:place"
    got = run(real, outcome.state, text("who made this bot", "en"))
    assert said(got).startswith(A_BOT)
    assert got.state.step == "ref:place"  # the question comes again
    assert (got.state.form or {}).get("description") == "boss not pay me 2 month"
    assert "I added this" not in said(got)
