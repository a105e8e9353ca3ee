"""An agent's fee asked about (exploratory round 24C): "The agent wants 20000 baht to get me
a job. Is that normal?" got Agency fees and debt in English, the same question in Burmese or
Khmer script Agency or broker problem, and in romanised Khmer "did not understand". Now an
agent, an amount and "is it normal / ok / too much?" get Agency fees and debt in every
script, the agency problem one tap away; an agency problem without the question stays."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue import instead

FEES = ("recruitment_fees", ("agency_complaint",))


@pytest.mark.parametrize(
    ("topic", "words", "expected"),
    [
        ("agency_complaint", "ပွဲစားက အလုပ်ရဖို့ ဘတ် ၂၀၀၀၀ တောင်းတယ် ပုံမှန်လား", FEES),
        ("agency_complaint", "ပြဲစားက အလုပ္ရဖို႔ ဘတ္ ၂၀၀၀၀ ေတာင္းတယ္ ပုံမွန္လား", FEES),  # Zawgyi
        ("agency_complaint", "ភ្នាក់ងារសុំលុយ ២០០០០ បាត ដើម្បីរកការងារ ត្រឹមត្រូវទេ", FEES),
        (None, "phneak ngea som luy 20000 bat, trem trov te?", FEES),
        ("agency_complaint", "agent ask 45 lakh for korea, too much?", FEES),
        # an agency problem without the question, or no amount: as read
        ("agency_complaint", "agent took 20000 baht and run away", ("agency_complaint", ())),
        ("agency_complaint", "ပွဲစားက ငွေ ၂၀၀၀၀ ယူပြီး ပြေးသွားတယ်", ("agency_complaint", ())),
        ("agency_complaint", "agent keep my passport 2 month, is it ok?", ("agency_complaint", ())),
        # another problem the NLU found stays
        ("unpaid_wages", "agent say boss pay 9000 baht, is it normal?", ("unpaid_wages", ())),
    ],
)
def test_read(real, topic, words, expected):
    got = instead.read(topic, words, 0.8, real)
    assert (got.topic, got.also) == expected


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("ပွဲစားက အလုပ်ရဖို့ ဘတ် ၂၀၀၀၀ တောင်းတယ် ပုံမှန်လား", "my"),
        ("ភ្នាក់ងារសុំលុយ ២០០០០ បាត ដើម្បីរកការងារ ត្រឹមត្រូវទេ", "km"),
    ],
)
def test_the_fee_asked_in_script_gets_the_fees_answer(real, words, lang):
    got = run(real, settled(lang), read_as(words, "agency_complaint", 0.9, lang))
    assert said(got).startswith(topic_title(real.catalog, "recruitment_fees", lang))
    assert any("agency_complaint" in data for data in all_button_data(got))
