"""Round 38A: family in trouble at home, and the worker abroad who wants to go and come back."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import engine, home_emergency


@pytest.mark.parametrize(
    ("text", "topic", "confidence"),
    [
        # the injury answer ("Injured or sick because of work? Get treatment first")
        (
            "my mother very sick in hospital in Myanmar, I want go home, boss say if you go "
            "you lose job",
            "injury_health",
            0.86,
        ),
        # the reply for a death abroad ("bringing a body home")
        ("father died, can I go for the funeral and come back", "injury_health", 0.39),
        (
            "my father passed away, I am in Korea, E9, can I go home for funeral and come back?",
            "emergency_help",
            0.93,
        ),
        ("ឪពុកខ្ញុំស្លាប់ ខ្ញុំចង់ទៅបុណ្យសព ហើយត្រលប់មកវិញ", "return_home", 0.68),
        # "I cannot help with that"
        ("my son very sick in the village, I need money now", "out_of_scope", 0.85),
        # Lost ID after return
        ("our house burned in Myanmar, family nowhere to live", "reintegration_id", 0.88),
        # Malaysia's 999 ("klang" read as a place)
        ("ma ke khnhom chheu klang, khnhom chong tov phteah", "emergency_help", 0.81),
        (
            "amay nay ma kaung bu, ein pyan chin tal, passport boss kaing htar",
            "documents_confiscated",
            0.97,
        ),
        ("အမေ နေမကောင်းဘူး ဆေးရုံတက်နေတယ် အိမ်ပြန်ရမယ် ပြန်လာလို့ရလား", "injury_health", 0.9),
        (
            "I work in Japan technical intern, my grandmother dying, company say no leave",
            "job_scams_trafficking",
            0.46,
        ),
    ],
)
def test_family_trouble_at_home_gets_leave_and_coming_back(
    real: engine.Context, text: str, topic: str, confidence: float
) -> None:
    outcome = run(real, settled(), read_as(text, topic, confidence))
    reply = said(outcome)
    assert "leave for a family emergency" in reply
    assert "Nobody can promise it" in reply
    assert "bringing a body home" not in reply
    assert "Get treatment first" not in reply
    assert "999" not in reply
    assert "topic:return_home" in all_button_data(outcome)


def test_a_kept_passport_and_money_get_their_lines(real: engine.Context) -> None:
    text = "my mother is dying, I need money and go home tomorrow, boss keep my passport"
    outcome = run(real, settled(), read_as(text, "documents_confiscated", 0.98))
    reply = said(outcome)
    assert "If your employer keeps your passport" in reply
    assert "no lender" in reply
    assert "topic:documents_confiscated" in all_button_data(outcome)


@pytest.mark.parametrize(
    "text",
    [
        "I had accident at work, I want to go home",
        "my boss sick, I want go home",
        "I am sick, I want to go home",
        "my son want go korea, agent ask 4500000 kyat, real?",
        "my son died in Thailand factory, how bring body home",
        "my brother died in malaysia, i need money to go",
        "my husband died in korea accident, who pay",
        "my child sick, hospital in thailand not accept",
        "how send money to my mom",
        "I want to take leave for holiday",
    ],
)
def test_near_misses_are_not_read(text: str) -> None:
    assert not home_emergency.says(text)
