""" "i change my mind, i dont want complain anymore" right after sending a case (exploratory
round 15A, F6) was read by the NLU as Change employer (0.99) and got that answer, with the
embassy's numbers; the person wanted their case back. It now gets what "cancel my complaint"
got: each open case's Withdraw and Delete my data, both asking once more (own_data.py).
Matched from content/safety/own_words.yml (the real content)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import button_data, read_as, run, said, settled, tr

from bot.values import CaseStatus, CaseView

NOT_PASSED_ON = "I did not pass this message on to anyone."


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i change my mind, i dont want complain anymore", "en"),
        ("I changed my mind", "en"),
        ("i dont want to complain anymore", "en"),
        ("စိတ်ပြောင်းသွားပြီ မတိုင်တော့ဘူး", "my"),  # changed my mind, won't complain
        ("ខ្ញុំប្តូរចិត្តហើយ មិនប្តឹងទៀតទេ", "km"),  # I changed my mind, won't complain
    ],
)
def test_changing_ones_mind_after_sending_offers_to_withdraw(real, words, lang):
    sent = CaseView("BN3KBC", "unpaid_wages", "FED", CaseStatus.NEW, "2026-11-27", False, None)
    waiting = replace(real, cases=(sent,))
    got = run(waiting, settled(lang), read_as(words, "change_employer", 0.99, lang))
    assert said(got).startswith(tr(lang).gettext(NOT_PASSED_ON))
    assert button_data(got.replies[0]) == ["wd:BN3KBC", "mine:delete", "menu"]
    assert not got.effects


@pytest.mark.parametrize("words", ["i want change my employer", "can i change my job"])
def test_changing_employer_is_still_answered(real, words):
    got = run(real, settled(), read_as(words, "change_employer", 0.99))
    assert NOT_PASSED_ON not in said(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i changed my mind, i dont want go korea, agent not return my 3000 dollar", "en"),
        ("စိတ်ပြောင်းသွားပြီ၊ မသွားတော့ဘူး၊ ပွဲစားက ပိုက်ဆံ ပြန်မပေးဘူး", "my"),
    ],
)
def test_a_story_that_changed_its_mind_about_going_is_answered_for_its_problem(real, words, lang):
    got = run(real, settled(lang), read_as(words, "recruitment_fees", 0.9, lang))
    assert not said(got).startswith(tr(lang).gettext(NOT_PASSED_ON))
