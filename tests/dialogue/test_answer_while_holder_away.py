"""The person's words to a case whose caseworker the bot cannot reach (they blocked it or
deleted the chat: bot/referrals/reach.py), round 9 "Still open": the person read "Sent to
the caseworker." although the caseworker could not read it; the words reach their team
(the inbox and the admins are told). Now they read that their team gets it, plainly and briefly."""

from __future__ import annotations

from dataclasses import replace

from dialogue_helpers import run, said, text
from test_typed_answer_to_caseworker import case, ready

from bot.dialogue.events import ButtonPress
from bot.values import CaseView, RelayToStaff

WORDS = "they did not pay again"
AWAY = "Sent to Alpha Aid (fixture). Your caseworker may be away, so their team gets it too."


def held(away: bool) -> CaseView:
    """ALPHA holds the case; its caseworker wrote last (the day before ctx.today)."""
    return case(holder_away=away)


def test_answer_to_a_caseworker_the_bot_cannot_reach_says_their_team_was_told(ctx):
    context = replace(ctx, cases=(held(True),))
    asked = run(context, ready(), ButtonPress("ans:ABC234"))
    sent = run(context, asked.state, text(WORDS))
    assert sent.effects == (RelayToStaff("ABC234", WORDS),)
    assert said(sent) == AWAY


def test_send_pressed_on_a_typed_answer_says_the_same(ctx):
    context = replace(ctx, cases=(held(True),))
    asked = run(context, ready(), text(WORDS))
    sent = run(context, asked.state, ButtonPress("rel:ABC234"))
    assert [type(e) for e in sent.effects] == [RelayToStaff]
    assert said(sent) == AWAY


def test_a_caseworker_within_reach_is_still_the_caseworker(ctx):
    context = replace(ctx, cases=(held(False),))
    asked = run(context, ready(), ButtonPress("ans:ABC234"))
    assert said(run(context, asked.state, text(WORDS))) == "Sent to the caseworker."
