"""Dates in Burmese and Khmer replies are written in the person's own digits (၀-၉, ០-៩),
in one place (Tr.date); phone numbers stay in Latin digits, as people dial them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from dialogue_helpers import run, said, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import CaseStatus, CaseView, UserState

LATIN_DIGIT = re.compile(r"[0-9]")
OWN_DIGITS = {"my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩"}


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("my", "၂၀၂၆ နိုဝင်ဘာ ၂၀"),
        ("km", "២០ វិច្ឆិកា ២០២៦"),
        ("en", "November 20, 2026"),
    ],
)
def test_a_date_is_written_in_the_languages_own_digits(lang, written):
    assert tr(lang).date(dt.date(2026, 11, 20)) == written


@pytest.mark.parametrize("lang", ["my", "km"])
def test_an_answers_checked_on_date_is_in_own_digits_and_its_phones_in_latin(real, lang):
    body = said(run(real, ready(lang), ButtonPress("topic:emergency_help")))
    before, after = tr(lang).gettext("Checked on {date}.").split("{date}")
    [date] = re.findall(re.escape(before) + "(.+?)" + re.escape(after), body)
    assert not LATIN_DIGIT.search(date)
    assert any(digit in date for digit in OWN_DIGITS[lang])
    phones = [line for line in body.splitlines() if line.startswith("☎")]
    assert phones and all(LATIN_DIGIT.search(line) for line in phones)  # dialled as written


@pytest.mark.parametrize("lang", ["my", "km"])
def test_mycases_dates_are_in_own_digits(ctx, lang):
    case = CaseView("ABC234", None, "BETA", CaseStatus.WAITING, "2026-11-27")
    body = said(run(replace(ctx, cases=(case,)), ready(lang), Command("mycases")))
    [line] = [line for line in body.splitlines() if line.startswith("ABC234")]
    assert tr(lang).date(dt.date(2026, 11, 27)) in line
    assert not LATIN_DIGIT.search(line.removeprefix("ABC234"))  # the case number stays


@pytest.mark.parametrize(("lang", "days"), [("my", "၉၀"), ("km", "៩០"), ("en", "90")])
def test_privacy_counts_its_days_in_own_digits(ctx, lang, days):
    # Exploratory test 6: /privacy said "90" and "365" in Latin digits in Burmese and Khmer.
    body = said(
        run(replace(ctx, retention_days=90, profile_days=365), ready(lang), Command("privacy"))
    )
    assert days in body
    if lang != "en":
        assert "90" not in body and "365" not in body
