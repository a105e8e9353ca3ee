"""/privacy and the form on names, phone numbers and ID numbers (exploratory round 10,
finding 11): /privacy said "Not your name, username or phone number" while a number or a
username given at "How should the organisation contact you?" is kept with the case; and
"Tell me what happened" did not suggest leaving out a passport number, which the
caseworker then read on the card."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import UserState

ID_LINE = "Leave out ID and passport numbers."
KEPT = (
    "What I keep, and who can see it:\n"
    "- A number Telegram gives your account, so that I can answer you. Your name, username "
    "or phone number: only if you give them for a case.\n"
    "- Your language, and your answers to 'where are you from' and 'where are you now'."
)


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="KH", country="TH", profile_asked=True)


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_privacy_no_longer_denies_keeping_a_number_given_for_a_case(ctx, lang):
    english = said(run(ctx, ready("en"), Command("privacy")))
    assert "Not your name" not in english
    # The line about the account number says when a name or phone number is kept.
    [line] = [line for line in english.splitlines() if "phone number" in line]
    assert "only if you give them for a case" in line
    body = said(run(ctx, ready(lang), Command("privacy")))
    assert tr(lang).gettext(KEPT) in body
    if lang != "en":
        assert tr(lang).gettext(KEPT) != KEPT  # translated


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_the_story_question_asks_to_leave_out_id_numbers(ctx, lang):
    opened = run(ctx, ready(lang), ButtonPress("person:unpaid_wages"))
    asked = run(ctx, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    assert asked.state.step == "ref:description"
    line = tr(lang).gettext(ID_LINE)
    assert line in said(asked)
    if lang != "en":
        assert line != ID_LINE  # translated
