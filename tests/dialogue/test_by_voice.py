"""Asking to talk by phone or voice, or saying reading or typing is hard, said alone (session
18): "what is your phone number" and "i cant read well, can you send voice" got "I cannot help
with that", "can i call you" "Sorry, I did not understand". Now: the bot cannot call nor send
voice; a caseworker can call (the form's "I give a phone number"), one tap away."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.values import Asked

CANNOT = "I am a bot: I cannot call you or send voice messages."


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # (words, the replies' language, what the NLU read, its confidence)
        ("can i call you", "en", None, 0.3),
        ("what is your phone number?", "en", "out_of_scope", 0.7),
        ("i cant read well, can you send voice", "en", "out_of_scope", 0.66),
        ("please call me sir", "en", "talk_to_person", 0.6),
        ("ဖုန်းဆက်လို့ရလား", "my", None, 0.2),  # can I call?
        ("sar ma phat tat buu", "my", None, 0.2),  # romanised Burmese: I cannot read
        ("ខ្ញុំអានមិនចេះទេបង", "km", None, 0.2),  # I cannot read
    ],
)
def test_asking_to_talk_by_phone_or_voice_says_who_can_call(real, words, lang, topic, confidence):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got).startswith(tr(lang).gettext(CANNOT))
    assert tr(lang).gettext("I give a phone number") in said(got)
    assert all_button_data(got) == ["person", "menu"]
    assert got.state.step is None
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "by_voice",
    )


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("i cant read english", "change_language"),  # a language, not reading itself
        ("phone number", "embassy_contact"),  # after an answer: that office's number
        ("can i call the embassy", "embassy_contact"),
    ],
)
def test_other_questions_about_phones_are_read_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.9))
    assert CANNOT not in said(got)
