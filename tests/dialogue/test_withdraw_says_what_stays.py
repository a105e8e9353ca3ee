"""Withdraw's question says what stays (exploratory test 10): after a withdrawal the
caseworker can still open the case and read the person's words (a name, a passport number)
until retention deletes them, 90 days later. Someone who withdraws because they are scared
("stop it") believed them gone; the question now says so, and the way to delete them now."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import in_language, run, said, settled, tr

from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView

CASE = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20")
STAYS = (
    "They can still read what you wrote for {days} days; then it is deleted. To delete it "
    "now: /delete_my_data (this deletes all your data)."
)


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_the_withdraw_question_says_the_words_stay_and_how_to_delete_them(ctx, lang):
    with_case = replace(ctx, cases=(CASE,), retention_days=90)
    asked = said(run(with_case, settled(lang), ButtonPress("wd:ABC234")))
    line = in_language(lang, STAYS).format(days=tr(lang).number(90))
    assert line in asked and "/delete_my_data" in asked
