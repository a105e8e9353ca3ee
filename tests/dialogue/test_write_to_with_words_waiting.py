"""[Write to <org>] while words wait at "Send this to <org>?" (exploratory test 8, finding 3).

The caseworker asked something; the person typed "there are 5 of us" ("Send this to FED?"),
then "please help" (the numbers, the same question), pressed "Talk to a person" as the
numbers say, and there [Write to FED]: "Write your answer to the caseworker", the two
waiting messages gone, nothing said. Now the waiting words are asked about first, the same
Send and No, shown again so the person sees what "this" is; nothing goes without Send. And
a plea among them makes the case urgent when they go: the words are checked one message at
a time, as they came (the plea alone is danger; within the joined words it is not).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.dialogue import triage
from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView, RelayToStaff, UserState

REF = "ABC234"
ALPHA = "Alpha Aid (fixture)"
FIVE = "there are 5 of us"
PLEA = "please help"


def ready(lang: str = "en") -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


@pytest.fixture
def asked(ctx):
    """A person whose case ALPHA holds, its caseworker having written the day before."""
    case = CaseView(
        REF, "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26"
    )
    return replace(ctx, cases=(case,))


def waiting(ctx, lang: str = "en") -> UserState:
    """Both messages typed, waiting at "Send this to <org>?"; "Talk to a person" pressed."""
    outcome = run(ctx, ready(lang), text(FIVE, lang), text(PLEA, lang))
    assert button_data(outcome.replies[-1]) == [f"rel:{REF}", "rel:no"]
    offered = run(ctx, outcome.state, ButtonPress("person:emergency_help"))
    assert f"ans:{REF}" in all_button_data(offered)  # [Write to <org>]
    return offered.state


def test_write_to_asks_about_the_waiting_words_first(asked):
    outcome = run(asked, waiting(asked), ButtonPress(f"ans:{REF}"))
    assert not outcome.effects  # nothing goes without Send
    body = said(outcome)
    assert f"{FIVE}\n{PLEA}" in body  # what "this" is, shown again
    assert body.endswith(f"Send this to {ALPHA} about your case {REF}?")
    assert button_data(outcome.replies[-1]) == [f"rel:{REF}", "rel:no"]
    sent = run(asked, outcome.state, ButtonPress(f"rel:{REF}"))
    assert sent.effects == (RelayToStaff(REF, f"{FIVE}\n{PLEA}", urgent=True),)
    assert said(sent) == "Sent to the caseworker."


def test_no_there_answers_the_words_and_sends_nothing(asked):
    outcome = run(asked, waiting(asked), ButtonPress(f"ans:{REF}"))
    no = run(asked, outcome.state, ButtonPress("rel:no"))
    assert not no.effects
    assert no.state.form is None and no.state.step is None


def test_write_to_again_after_that_is_the_answer_step(asked):
    outcome = run(asked, waiting(asked), ButtonPress(f"ans:{REF}"))
    sent = run(asked, outcome.state, ButtonPress(f"rel:{REF}"))
    again = run(asked, sent.state, ButtonPress(f"ans:{REF}"))
    assert again.state.step == f"ans:{REF}"


def test_the_answer_button_under_the_caseworkers_message_too(asked):
    # The same button data ("ans:<ref>") as under the caseworker's message.
    typed = run(asked, ready(), text(FIVE))
    outcome = run(asked, typed.state, ButtonPress(f"ans:{REF}"))
    assert FIVE in said(outcome) and not outcome.effects
    sent = run(asked, outcome.state, ButtonPress(f"rel:{REF}"))
    assert sent.effects == (RelayToStaff(REF, FIVE),)


def test_a_plea_among_the_waiting_words_makes_the_case_urgent(asked, ctx):
    # The plea is danger only alone: within the joined words the service would not see it.
    assert triage.in_danger(PLEA, ctx) and not triage.in_danger(f"{FIVE}\n{PLEA}", ctx)
    outcome = run(asked, ready(), text(FIVE), text(PLEA))
    sent = run(asked, outcome.state, ButtonPress(f"rel:{REF}"))
    assert sent.effects == (RelayToStaff(REF, f"{FIVE}\n{PLEA}", urgent=True),)


def test_ordinary_words_do_not(asked):
    outcome = run(asked, ready(), text(FIVE), text("no payslip"))
    sent = run(asked, outcome.state, ButtonPress(f"rel:{REF}"))
    assert sent.effects == (RelayToStaff(REF, f"{FIVE}\nno payslip"),)


@pytest.mark.parametrize("lang", ["my", "km"])
def test_in_the_persons_language(asked, lang):
    outcome = run(asked, waiting(asked, lang), ButtonPress(f"ans:{REF}"))
    note = tr(lang).gettext("You wrote this. It is not sent yet:")
    assert note != "You wrote this. It is not sent yet:"
    assert said(outcome).startswith(note)


DROPPED = "Nothing was sent. I dropped what was waiting: write it again as you want it sent."


def at_send_this(ctx) -> UserState:
    outcome = run(ctx, ready(), text(FIVE))
    assert button_data(outcome.replies[-1]) == [f"rel:{REF}", "rel:no"]
    return outcome.state


def test_the_menu_at_send_this_says_the_words_were_not_sent(asked):
    # Round 8 (a point left by the Write-to fix): the menu instead of Send or No dropped the
    # waiting words without a word.
    from bot.dialogue.events import Command

    for event in (ButtonPress("menu"), Command("menu")):
        outcome = run(asked, at_send_this(asked), event)
        assert not outcome.effects
        assert outcome.replies[-1].text == DROPPED
        assert "relay_words" not in (outcome.state.form or {})


@pytest.mark.parametrize("press", ["group:at_work", "help", "topic:unpaid_wages"])
def test_a_look_elsewhere_keeps_the_words_waiting_and_says_nothing(asked, press):
    outcome = run(asked, at_send_this(asked), ButtonPress(press))
    assert DROPPED not in said(outcome)
    assert (outcome.state.form or {}).get("relay_words") == FIVE


def test_send_or_no_at_send_this_say_nothing_of_dropping(asked):
    sent = run(asked, at_send_this(asked), ButtonPress(f"rel:{REF}"))
    assert isinstance(sent.effects[0], RelayToStaff) and DROPPED not in said(sent)
    answered = run(asked, at_send_this(asked), ButtonPress("rel:no"))
    assert DROPPED not in said(answered)
