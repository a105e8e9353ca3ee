"""A photo of an ID document with words (exploratory test 9, finding 8): "this is my
passport" lost the "do not send photos of your ID" warning and got "Passport taken". A caption
that only names the document is no problem to answer: it gets the warning, with how to take the
photo off the chat (/clear, or press and hold it, then Delete). A caption that asks something
gets its answer, after the warning."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Media, Text
from bot.language import normalise
from bot.values import CaseStatus, CaseView, NluResult, RelayToStaff, UserState

NO_ID_PHOTOS = "Please do not send photos of your ID or documents."
REMOVE_IT = (
    "To remove it from this chat, press and hold it, then Delete. Or send /clear: it "
    "deletes our messages from the last 48 hours."
)
TAKEN = {"en": "Passport taken", "my": "ပတ်စပို့ သိမ်းခံရ", "km": "គេរក្សាលិខិតឆ្លងដែន"}


def ready(language: str = "en") -> UserState:
    return UserState(language=language, origin="MM", country="TH", profile_asked=True)


def reading(words: str, topic: str | None = "documents_confiscated") -> Text:
    """The caption as the service reads it (language, Zawgyi) with the NLU's reading (the
    explorer's: Passport taken)."""
    normalised = normalise(words)
    nlu = NluResult(topic, 0.9, ((topic, 0.9),) if topic else (), (topic,) if topic else ())
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


@pytest.mark.parametrize("kind", ["photo", "document"])
@pytest.mark.parametrize(
    ("caption", "language"),
    [
        ("this is my passport", "en"),
        ("here my ID card pls", "en"),
        ("Passport", "en"),
        ("ဒါ ကျွန်တော့် ပတ်စ်ပို့ပါ", "my"),
        ("ဒါ ကြၽန္ေတာ့္ ပတ္စ္ပို႔ပါ", "my"),  # Zawgyi
        ("នេះលិខិតឆ្លងដែនខ្ញុំ", "km"),
    ],
)
def test_a_caption_that_only_names_the_document_gets_the_warning_not_passport_taken(
    real, kind, caption, language
):
    got = run(real, ready(language), Media(kind, caption, reading(caption)))
    lang = tr(language)
    assert lang.gettext(NO_ID_PHOTOS) in said(got)
    assert lang.gettext(REMOVE_IT) in said(got)
    assert TAKEN[language] not in said(got)
    assert not got.urgent
    assert "group:at_work" in all_button_data(got)  # the menu


def test_a_caption_with_a_real_question_gets_the_warning_then_its_answer(real):
    words = "boss took my passport, this is my passport"
    got = run(real, ready(), Media("photo", words, reading(words)))
    first = got.replies[0].text
    assert NO_ID_PHOTOS in first and REMOVE_IT in first
    assert TAKEN["en"] in said(got)  # the answer to the problem, after the warning
    assert said(got).index(NO_ID_PHOTOS) < said(got).index(TAKEN["en"])


def test_a_photo_without_words_also_says_how_to_remove_it(real):
    got = run(real, ready(), Media("photo"))
    assert NO_ID_PHOTOS in said(got) and REMOVE_IT in said(got)


def test_a_document_name_at_where_are_you_from_asks_the_question_again(real):
    asking = UserState(language="en", step="origin")
    got = run(real, asking, Media("photo", "my passport", reading("my passport")))
    assert REMOVE_IT in said(got)
    assert got.state.step == "origin" and "origin:MM" in all_button_data(got)


def test_in_the_answer_step_the_caption_still_goes_to_the_caseworker(real):
    view = CaseView("ABC234", "unpaid_wages", "FED", CaseStatus.ACCEPTED, "2026-11-20", True, "")
    waiting = replace(real, cases=(view,))
    asked = run(waiting, ready(), ButtonPress("ans:ABC234"))
    got = run(waiting, asked.state, Media("photo", "this is my passport"))
    assert got.effects == (RelayToStaff("ABC234", "this is my passport"),)
