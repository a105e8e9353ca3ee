"""After Send: a case no organisation can receive yet is said to wait, not to be answered
soon (findings, section 15); /mycases names a case without a topic in words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue.events import ButtonPress, Command
from bot.values import CaseStatus, CaseView, OpenCase, UserState

WAITS = "It is waiting: the organisation is not connected to this bot yet."


def ready() -> UserState:  # MM in TH: the case goes to BETA (tests/fixtures/content)
    return UserState(language="en", origin="MM", country="TH", profile_asked=True)


def sent(ctx) -> str:
    events = [
        ButtonPress("person"),
        text("my boss did not pay"),
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
        ButtonPress("ref:send:ABC234"),
    ]
    outcome = run(replace(ctx, new_ref="ABC234"), ready(), *events)
    assert [type(effect) for effect in outcome.effects] == [OpenCase]
    return said(outcome)


def test_a_case_for_an_organisation_not_connected_is_said_to_wait(ctx):
    body = sent(ctx)
    assert body.startswith("Saved. Your case number is ABC234.") and WAITS in body
    assert "Sent." not in body


def test_a_case_for_a_connected_organisation_will_be_answered_here(ctx):
    body = sent(replace(ctx, connected=frozenset({"BETA"})))
    assert body.startswith("Sent. Your case number is ABC234. A caseworker will answer here")


@pytest.mark.parametrize(("status", "waits"), [("waiting", True), ("new", False)])
def test_a_second_press_of_send_says_the_same(ctx, status, waits):
    case = CaseView("ABC234", None, "BETA", CaseStatus(status), "2026-11-27")
    outcome = run(replace(ctx, cases=(case,)), ready(), ButtonPress("ref:send:ABC234"))
    assert (WAITS in said(outcome)) == waits
    assert not outcome.effects


def test_mycases_names_a_case_without_a_topic(ctx):
    case = CaseView("ABC234", None, "BETA", CaseStatus.WAITING, "2026-11-27")
    body = said(run(replace(ctx, cases=(case,)), ready(), Command("mycases")))
    assert "ABC234 · something else · waiting for an organisation" in body
