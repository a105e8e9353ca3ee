"""Issue 12 in the dialogue: several problems in one message, questions the bot has no
content for, and Burmese or Khmer typed in Latin letters."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Text
from bot.nlu import NluResult
from bot.values import UserState

LANGS = ["my", "km", "en"]


def ready(lang: str) -> UserState:
    return UserState(language=lang, profile_asked=True)


def two_problems(language: str = "en") -> Text:
    nlu = NluResult(
        "documents_confiscated",
        0.7,
        (("unpaid_wages", 0.7), ("documents_confiscated", 0.25)),
        ("documents_confiscated", "unpaid_wages"),
    )
    return Text("boss not pay 2 month and keep my passport", language, None, nlu)


@pytest.mark.parametrize("lang", LANGS)
def test_the_most_urgent_problem_is_answered_and_the_other_offered(ctx, lang):
    outcome = run(ctx, ready(lang), two_problems(lang))
    first = run(ctx, ready(lang), ButtonPress("topic:documents_confiscated"))
    assert said(outcome).startswith(said(first))  # the answer to the passport first
    # ... and the other problem offered in the same message: no second send (issue 11)
    assert len(outcome.replies) == len(first.replies)
    last = outcome.replies[-1]
    assert last.text.endswith(tr(lang).gettext("You also wrote about this. Tap to read more:"))
    topics = [data for data in button_data(last) if data.startswith("topic:")]
    assert topics[0] == "topic:unpaid_wages"  # before the related topics
    assert topics.count("topic:unpaid_wages") == 1


def test_one_problem_gets_no_extra_buttons(ctx):
    nlu = NluResult("unpaid_wages", 0.9, (("unpaid_wages", 0.9),), ("unpaid_wages",))
    outcome = run(ctx, ready("en"), Text("boss no pay", "en", None, nlu))
    also = tr("en").gettext("You also wrote about this. Tap to read more:")
    assert also not in said(outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_without_content_is_told_so_with_the_menu(ctx, lang):
    nlu = NluResult(None, 0.9, (("unpaid_wages", 0.05),), (), out_of_scope=True)
    outcome = run(ctx, ready(lang), Text("exchange rate baht to kyat today", lang, None, nlu))
    cannot = tr(lang).gettext(
        "I cannot help with that. I can help with working abroad safely, your rights at "
        "work, your documents and going home. Choose a topic:"
    )
    assert said(outcome) == cannot
    assert "group:at_work" in all_button_data(outcome)
    assert "topic:unpaid_wages" not in all_button_data(outcome)  # no guessing


def test_an_unsure_message_still_gets_the_guesses(ctx):
    nlu = NluResult(None, 0.3, (("unpaid_wages", 0.3),), ())
    outcome = run(ctx, ready("en"), Text("agent money how", "en", None, nlu))
    assert "topic:unpaid_wages" in all_button_data(outcome)


def romanised_khmer(words: str = "thaokae min ban aoy luy khnhom") -> Text:
    nlu = NluResult("unpaid_wages", 0.9, (("unpaid_wages", 0.9),), ("unpaid_wages",))
    return Text(words, "km", None, nlu, romanised=True)


def test_a_new_user_writing_romanised_khmer_gets_khmer_and_a_switch(ctx):
    outcome = run(ctx, UserState(profile_asked=True), romanised_khmer())
    assert outcome.state.language == "km"
    assert button_data(outcome.replies[-1]) == ["lang:en"]
    switched = run(ctx, outcome.state, ButtonPress("lang:en"))
    assert switched.state.language == "en"


def test_a_khmer_user_typing_latin_letters_keeps_khmer_without_a_question(ctx):
    outcome = run(ctx, ready("km"), romanised_khmer())
    assert outcome.state.language == "km"
    assert "lang:en" not in all_button_data(outcome)
