""" "I don't want to give my name" (exploratory round 15A, F3): a worker afraid to complain
got "Sorry, I did not understand" with unrelated guesses (Lost ID, Work at home), in
English, Burmese, Khmer and romanised Burmese, and in the form, at "How should the
organisation contact you?", "Please press one of the buttons". It is a question about who
sees what: the answer says a caseworker sees what is sent "without your name or Telegram
account unless you give them" (/privacy's words, own_data.py), and in the form the question
comes again. Matched from content/safety/own_words.yml (the real content)."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, read_as, run, said, settled, text, tr

from bot.dialogue.events import ButtonPress

NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)
WITHOUT_NAME = (
    "Only if you send a case to an organisation do its caseworkers see what you wrote for it, "
    "without your name or Telegram account unless you give them."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i dont want give my name", "en"),
        ("I don't want to give my name", "en"),
        ("anonymous", "en"),
        ("do i have to give my name", "en"),
        ("နာမည် မပေးချင်ဘူး", "my"),  # I don't want to give my name
        ("ខ្ញុំមិនចង់ឲ្យឈ្មោះទេ", "km"),  # I don't want to give my name
        ("nan mae ma pay chin buu", "my"),  # romanised Burmese
    ],
)
def test_not_wanting_to_give_ones_name_gets_who_sees_what(real, words, lang):
    got = run(real, settled(lang), read_as(words, None, 0.42, lang))
    assert said(got).startswith(tr(lang).gettext(NOTHING_TO_POLICE))
    assert tr(lang).gettext(WITHOUT_NAME) in said(got)
    assert button_data(got.replies[0]) == ["mine:privacy", "person", "mine:delete", "menu"]


def test_at_how_should_they_contact_you_it_is_answered_and_asked_again(real):
    outcome = run(real, settled(), ButtonPress("person:unpaid_wages"))
    outcome = run(real, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    outcome = run(real, outcome.state, text("boss not pay me 2 month"))
    before = run(real, outcome.state, ButtonPress("ref:place:TH"))
    assert before.state.step == "ref:contact"
    got = run(real, before.state, text("i dont want give my name"))
    assert said(got).startswith(NOTHING_TO_POLICE)
    assert said(got).endswith(before.replies[-1].text)
    assert got.state.step == "ref:contact"
    assert got.state.form == before.state.form


def test_a_name_given_is_not_read_as_asking(real):
    got = run(real, settled(), read_as("my name is Aye Aye, my boss not pay", "unpaid_wages", 0.9))
    assert not said(got).startswith(NOTHING_TO_POLICE)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        (
            "agent ask my name and NRC, i dont want give my name, now he keep my passport",
            "en",
            "documents_confiscated",
        ),
        ("ပွဲစားက နာမည်တောင်းတယ်၊ နာမည်မပေးချင်ဘူး၊ ပတ်စ်ပို့ သိမ်းထားတယ်", "my", "documents_confiscated"),
    ],
)
def test_a_story_that_says_it_is_answered_for_its_problem(real, words, lang, topic):
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    assert not said(got).startswith(tr(lang).gettext(NOTHING_TO_POLICE))
