"""A person who only taps buttons reaches their cases (Withdraw), /privacy and
/delete_my_data from the menu (exploratory test 9, finding 9: the menu never led there, and
after Send the only way to withdraw was the "/mycases" in a confirmation long scrolled away)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import CaseStatus, CaseView, UserState, WithdrawCase

LANGS = ["my", "km", "en"]
CASE = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.NEW, "2026-11-27")


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def test_the_menu_has_one_button_for_requests_and_privacy(ctx):
    data = all_button_data(run(ctx, ready("en"), Command("menu")))
    assert "mine" in data and len(data) <= 8, "one button more, the menu stays short"


@pytest.mark.parametrize("lang", LANGS)
def test_its_submenu_leads_to_cases_privacy_deletion_and_back(ctx, lang):
    outcome = run(ctx, ready(lang), Command("menu"), ButtonPress("mine"))
    assert all_button_data(outcome) == ["mine:cases", "mine:privacy", "mine:delete", "menu"]
    labels = [b.label for row in outcome.replies[0].buttons for b in row]
    assert tr(lang).gettext("Delete my data") in labels


def test_a_scared_person_withdraws_a_sent_case_by_buttons_alone(ctx):
    with_case = replace(ctx, cases=(CASE,))
    listed = run(
        with_case, ready("en"), Command("menu"), ButtonPress("mine"), ButtonPress("mine:cases")
    )
    assert "ABC234" in said(listed) and "wd:ABC234" in all_button_data(listed)
    asked = run(with_case, listed.state, ButtonPress("wd:ABC234"))
    done = run(with_case, asked.state, ButtonPress("wd:ABC234:yes"))
    assert done.effects == (WithdrawCase("ABC234"),)


@pytest.mark.parametrize(
    ("data", "command"), [("mine:privacy", "privacy"), ("mine:delete", "delete_my_data")]
)
def test_its_buttons_say_what_the_commands_say(ctx, data, command):
    pressed = run(ctx, ready("km"), ButtonPress(data))
    typed = run(ctx, ready("km"), Command(command))
    assert pressed.replies == typed.replies and not pressed.effects


def test_deletion_from_the_button_still_asks_first(ctx):
    asked = run(ctx, ready("en"), ButtonPress("mine:delete"))
    assert "del:yes" in all_button_data(asked) and not asked.effects


def test_a_forged_value_is_answered_as_an_old_button(ctx):
    outcome = run(ctx, ready("en"), ButtonPress("mine:everything"))
    assert "That button is old" in said(outcome) and not outcome.effects
