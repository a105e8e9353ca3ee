"""A shared phone: the chat is in Burmese, a caseworker's message waits for an answer, and a
second person writes in Khmer (exploratory test 10). They were asked, in Burmese they
cannot read, "Send this to FED about your case ...?", one press from putting their words
in someone else's case. Words in the other of the two scripts (Burmese, Khmer) are answered
as any message instead, in their language, with the one tap back ("I reply in Khmer. Tap
to change"); English, which people mix with either, is still offered."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, text

from bot.values import CaseStatus, CaseView, UserState

CASE = CaseView(
    "ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26"
)
KHMER = "ថៅកែមិនឲ្យប្រាក់ខែខ្ញុំ ២ខែ"
BURMESE = "သူဌေးက လစာ ၃ လ မပေးဘူး"


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


@pytest.mark.parametrize(("chat", "words", "lang"), [("my", KHMER, "km"), ("km", BURMESE, "my")])
def test_words_in_the_other_script_are_not_offered_to_the_caseworker(ctx, chat, words, lang):
    waiting = replace(ctx, cases=(CASE,))
    outcome = run(waiting, ready(chat), text(words, lang, topic="unpaid_wages"))
    data = all_button_data(outcome)
    assert not any(d.startswith("rel:") for d in data)
    assert f"lang:{chat}" in data  # one tap back to the chat's language
    assert outcome.state.language == lang and not outcome.effects


@pytest.mark.parametrize(
    ("chat", "words", "lang"),
    [("my", BURMESE, "my"), ("km", KHMER, "km"), ("my", "ok I will come tomorrow", "en")],
)
def test_the_chat_s_language_and_english_are_still_offered(ctx, chat, words, lang):
    waiting = replace(ctx, cases=(CASE,))
    outcome = run(waiting, ready(chat), text(words, lang))
    assert "rel:ABC234" in all_button_data(outcome)
