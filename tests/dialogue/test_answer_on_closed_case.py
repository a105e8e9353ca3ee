"""Answer under a caseworker's earlier message on a closed case (exploratory test 9, staff
finding 7): within the reopening window the words still go to the organisation that closed
it (RelayToStaff; the service tells who closed it and the inbox), and the person reads that
the case is closed, that the organisation was told, and how to ask for help again; closed
for good, "closed" and Talk to a person instead of "That button is old"."""

from __future__ import annotations

from dataclasses import replace

from dialogue_helpers import all_button_data, run, said, text
from test_typed_answer_to_caseworker import ready

from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView, RelayToStaff

WORDS = "they did not pay again"


def closed(reopenable: bool, status: CaseStatus = CaseStatus.CLOSED) -> CaseView:
    view = CaseView("ABC234", "unpaid_wages", "ALPHA", status, "2026-11-20")
    return replace(view, reopenable=reopenable)


def test_recently_closed_the_words_go_to_its_organisation(ctx):
    context = replace(ctx, cases=(closed(True),))
    asked = run(context, ready(), ButtonPress("ans:ABC234"))
    assert said(asked) == (
        "Your case ABC234 is closed. You can still write to Alpha Aid (fixture): they will be "
        "told, and may open it again. Write your message."
    )
    assert asked.state.step == "ans:ABC234" and not asked.effects
    sent = run(context, asked.state, text(WORDS))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)
    assert said(sent) == (
        "Your case ABC234 is closed. Alpha Aid (fixture) was told that you wrote, and may "
        "open it again. To ask for help again, press 'Talk to a person'."
    )
    assert "person:unpaid_wages" in all_button_data(sent) and sent.state.step is None


def test_closed_while_writing_within_the_window_still_goes(ctx):
    open_case = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20")
    asked = run(replace(ctx, cases=(open_case,)), ready(), ButtonPress("ans:ABC234"))
    sent = run(replace(ctx, cases=(closed(True),)), asked.state, text(WORDS))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)
    assert said(sent).startswith("Your case ABC234 is closed. Alpha Aid (fixture) was told")


def test_closed_for_good_says_closed_and_offers_a_person(ctx):
    for status in (CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.DECLINED):
        outcome = run(
            replace(ctx, cases=(closed(False, status),)), ready(), ButtonPress("ans:ABC234")
        )
        assert said(outcome) == (
            "Your case ABC234 is closed. To ask for help again, press 'Talk to a person'."
        )
        assert "person:unpaid_wages" in all_button_data(outcome)
        assert outcome.state.step is None and not outcome.effects


def test_not_ones_own_case_is_still_an_old_button(ctx):
    outcome = run(replace(ctx, cases=(closed(True),)), ready(), ButtonPress("ans:ZZZ999"))
    assert said(outcome) == "That button is old or not valid any more. Here is the menu."


def test_in_burmese_the_person_reads_their_own_language(ctx):
    context = replace(ctx, cases=(closed(True),))
    state = replace(ready(), language="my")
    asked = run(context, state, ButtonPress("ans:ABC234"))
    sent = run(context, asked.state, text(WORDS))
    assert "ABC234" in said(sent) and "closed" not in said(sent)
