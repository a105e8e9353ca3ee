"""Asking whether anyone is there, said alone (session 18): "anyone there?" was read as Talk
to a person and opened the form, "please reply" as a language change ("Choose a language"),
and in the form "hello??" typed at "Tell me what happened" became what happened, with every
"please reply" after it added to it. Now: here, and with a request open, who answers it and
where; in the form, the question again with nothing kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, text, tr

from bot.dialogue.events import ButtonPress
from bot.values import Asked, CaseStatus, CaseView

HERE = "I am here, and I answer at once."
WRITE = "Write your question, or choose a topic."


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # (words, the replies' language, what the NLU read, its confidence)
        ("please reply", "en", "change_language", 0.62),
        ("anyone there?", "en", "talk_to_person", 0.81),
        ("hello?? anyone there", "en", "greet", 0.7),
        ("why no answer", "en", None, 0.3),
        ("ဖြေပါဦး", "my", None, 0.2),  # answer, please
        ("ឆ្លើយមកផង បង", "km", None, 0.2),  # answer, please
        ("chleuy mok", "km", None, 0.2),  # romanised Khmer
    ],
)
def test_asking_if_anyone_is_there_gets_here_and_the_menu(real, words, lang, topic, confidence):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got) == tr(lang).gettext(HERE) + "\n\n" + tr(lang).gettext(WRITE)
    assert "person" in all_button_data(got) and "mine" in all_button_data(got)  # the menu
    assert got.state.step is None and got.state.language == lang
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "still_there",
    )


def test_with_a_request_open_it_says_who_answers_it(real):
    new = CaseView("9QY52Z", "unpaid_wages", "FED", CaseStatus.NEW, "2026-11-26")
    old = replace(new, ref="7AB12C", created_on="2026-11-01", status=CaseStatus.CLOSED)
    waiting = replace(real, cases=(old, new))
    got = run(waiting, settled(), read_as("please reply", None, 0.3))
    assert said(got).startswith("I am here. Your request 9QY52Z is with ")
    assert "Their caseworker answers you in this chat" in said(got)


def test_a_question_with_it_is_read_as_before(real):
    got = run(real, settled(), read_as("please reply, my boss not pay me", "unpaid_wages", 0.9))
    assert said(got).startswith("Unpaid wages")


def at_description(ctx):
    outcome = run(ctx, settled(), ButtonPress("person:unpaid_wages"))
    outcome = run(ctx, outcome.state, ButtonPress("ref:topic:unpaid_wages"))
    assert outcome.state.step == "ref:description"
    return outcome


@pytest.mark.parametrize("words", ["hello??", "Hello sir!", "please reply", "mingalaba"])
def test_in_the_form_it_is_not_what_happened(real, words):
    before = at_description(real)
    got = run(real, before.state, text(words))
    assert got.state.step == "ref:description"
    assert "description" not in (got.state.form or {})
    assert said(got).startswith(HERE) and said(got).endswith(before.replies[-1].text)


def test_right_after_the_story_it_is_not_added_to_it(real):
    story = run(real, at_description(real).state, text("boss not pay me 2 month"))
    assert story.state.step == "ref:place"
    got = run(real, story.state, text("please reply"))  # within the seconds a burst joins
    assert (got.state.form or {})["description"] == "boss not pay me 2 month"
    assert got.state.step == "ref:place" and "I added this" not in said(got)


def test_a_request_no_organisation_can_receive_yet_is_said_to_wait(real):
    # Round 17A: "Their caseworker answers you in this chat" about a case whose organisation
    # has no inbox connected: no caseworker can see it.
    waiting = CaseView("9QY52Z", "unpaid_wages", "FED", CaseStatus.WAITING, "2026-11-26")
    got = run(replace(real, cases=(waiting,)), settled(), read_as("anyone there?", None, 0.3))
    assert "still waiting for an organisation" in said(got)
    assert "caseworker answers" not in said(got)
