"""/delete_my_data from someone who has no open case: neither the question nor the "Done"
speaks of withdrawing open cases (exploratory test 10). The "Done" is the one message left in
the chat afterwards; on a shared phone it claimed cases with an organisation that never
existed."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import CaseStatus, CaseView, UserState

LANGS = ["my", "km", "en"]
ASK_WITH_CASES = (
    "Delete everything about you? Your profile and everything you wrote will be deleted, "
    "and your open cases withdrawn. This cannot be undone."
)
DONE_WITH_CASES = (
    "Done. I deleted your profile and everything you wrote, and withdrew your open cases. "
    "Send /start if you want to talk again."
)
OPEN = CaseView("C-1", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-12-01")
CLOSED = dataclasses.replace(OPEN, status=CaseStatus.CLOSED)


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def _deleted(ctx, lang: str, cases: tuple[CaseView, ...]) -> tuple[str, str]:
    with_cases = dataclasses.replace(ctx, cases=cases)
    asked = run(with_cases, ready(lang), Command("delete_my_data"))
    done = run(with_cases, asked.state, ButtonPress("del:yes"))
    return said(asked), said(done)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cases", [(), (CLOSED,)], ids=["no case", "a closed case"])
def test_without_an_open_case_no_withdrawal_is_mentioned(ctx, lang, cases):
    asked, done = _deleted(ctx, lang, cases)
    _ = tr(lang).gettext
    assert _(ASK_WITH_CASES) not in asked and _(DONE_WITH_CASES) not in done
    assert "/start" in done
    if lang != "en":  # in the person's language, not English
        assert "Done." not in done and "Delete everything" not in asked


@pytest.mark.parametrize("lang", LANGS)
def test_with_an_open_case_its_withdrawal_is_said(ctx, lang):
    asked, done = _deleted(ctx, lang, (OPEN,))
    _ = tr(lang).gettext
    assert _(ASK_WITH_CASES) in asked and _(DONE_WITH_CASES) in done
