"""A photo or file asked about: "is this real?" (exploratory round 21C). The NLU read the
few words alone: "did not understand" in English, Lost documents for ပတ်စ်ပို့ အစစ်လား
(passport real?). The bot cannot see what was attached, and cannot tell whether a paper is
real: it says so, and whom to ask before paying, signing or giving a passport. More words
are answered as typed, with that line first; danger keeps the numbers first."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import Media, Text
from bot.language import normalise
from bot.values import NluResult, UserState

CANNOT_TELL = (
    "I cannot tell from a photo or a file whether a paper is real. Before you pay, sign or "
    "give your passport because of it, ask a person from a partner organisation: tap "
    "“{person}”."
)
NOT_KEPT = "I read only your words, not what you attached. I do not keep it."


def ready(language: str = "en") -> UserState:
    return UserState(language=language, origin="MM", country="TH", profile_asked=True)


def reading(words: str, topic: str | None) -> Text:
    """The caption as the service reads it, with the NLU's reading (the explorer's)."""
    normalised = normalise(words)
    nlu = NluResult(topic, 0.9, ((topic, 0.9),) if topic else (), (topic,) if topic else ())
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


def cannot_tell(language: str) -> str:
    lang = tr(language)
    return lang.gettext(CANNOT_TELL).format(person=lang.gettext("Talk to a person"))


@pytest.mark.parametrize("kind", ["photo", "document"])
@pytest.mark.parametrize(
    ("caption", "language", "topic", "not_said"),
    [
        ("is this real?", "en", None, "did not understand"),
        ("legit?", "en", None, "did not understand"),
        ("real or fake", "en", None, "did not understand"),
        ("ပတ်စ်ပို့ အစစ်လား", "my", "lost_documents", "စာရွက်စာတမ်း ပျောက်"),
        ("ពិតទេ?", "km", None, "ខ្ញុំមិនយល់"),
    ],
)
def test_a_few_words_asking_if_it_is_real_get_that_the_bot_cannot_tell(
    real, kind, caption, language, topic, not_said
):
    got = run(real, ready(language), Media(kind, caption, reading(caption, topic)))
    assert said(got).startswith(cannot_tell(language))
    assert tr(language).gettext(NOT_KEPT) in said(got)  # and the photo is not kept
    assert not_said not in said(got)
    assert "person" in all_button_data(got)
    assert not got.urgent


def test_more_words_get_the_line_first_then_their_answer(real):
    caption = "genuine work permit from agent, he want 20000 baht for it"
    got = run(real, ready(), Media("photo", caption, reading(caption, "visa_work_permit")))
    text = said(got)
    assert text.index(cannot_tell("en")) < text.index("Visa and work permit")


def test_danger_keeps_the_numbers_first(real):
    caption = "real or fake? boss lock me in room"
    got = run(real, ready(), Media("photo", caption, reading(caption, "emergency_help")))
    assert got.urgent
    assert got.replies[0].text.startswith("🆘")


@pytest.mark.parametrize(
    "caption",
    [
        "is this correct?",  # a payslip: the sum asked about, not the paper
        "is this correct? boss take 2000 baht",
        "my passport, boss keep the real one",
        "this is my contract",
    ],
)
def test_words_that_ask_nothing_of_the_paper_being_real_get_no_line(real, caption):
    got = run(real, ready(), Media("photo", caption, reading(caption, "unpaid_wages")))
    assert cannot_tell("en") not in said(got)


def test_a_voice_note_or_the_answer_to_a_caseworker_is_not_asked_about():
    """Not a photo or file: nothing to tell real from fake; words written to a caseworker
    go as typed (my_cases.writes_answer)."""
    from bot.dialogue import media

    words = normalise("is this real?")
    text = Text(words.text, words.language, words.encoding, None)
    assert not media.asks_real(Media("voice", "is this real?"), text, ready())
    answering = ready().with_(step="ans:ABC123")
    assert not media.asks_real(Media("photo", "is this real?"), text, answering)
