"""Round 40A: this session's new lines read on a small phone (about 30 characters a line).

Before: a worker whose father died and who asked "can I go for the funeral and come back" read
"(re-entry)" in the English, "(ပြန်ဝင်ခွင့်)" in the Burmese and "(ការចូលវិញ)" in the Khmer, a word
a village reader does not know, and the deposit line said twice that our sources have nothing
("no checked rules ... in any country, so we cannot say what is allowed where you are"): 17
lines on a small phone before the person. Now: the same facts, plainer and shorter, with the
"our sources" sentence and the way to a person kept."""

from __future__ import annotations

import textwrap

import pytest
from dialogue_helpers import read_as, run, said, settled


def _lines(text: str) -> int:
    return sum(len(textwrap.wrap(part, 30)) for part in text.split("\n") if part)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("father died, can I go for the funeral and come back", "en", "injury_health", 0.39),
        ("အမေ နေမကောင်းဘူး ဆေးရုံတက်နေတယ် အိမ်ပြန်ရမယ် ပြန်လာလို့ရလား", "my", "injury_health", 0.9),
        ("ឪពុកខ្ញុំស្លាប់ ខ្ញុំចង់ទៅបុណ្យសព ហើយត្រលប់មកវិញ", "km", "return_home", 0.68),
    ],
)  # fmt: skip
def test_going_home_for_family_has_no_jargon_and_keeps_the_person(
    real, words, lang, topic, confidence
):
    reply = said(run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang)))
    for jargon in ("re-entry", "(ပြန်ဝင်ခွင့်)", "(ការចូលវိញ)"):
        assert jargon not in reply
    # the "our sources" sentence, no promise, and the way to a person stay
    if lang == "en":
        assert "Our sources have no checked information on leave" in reply
        assert "Nobody can promise it" in reply
        assert "in writing if you can" in reply
        assert "Talk to a person" in reply
    elif lang == "my":
        assert "မရှိပါ" in reply and "ကတိမပေးနိုင်ပါ" in reply
    else:
        assert "ប្រភពរបស់យើងគ្មានព័ត៌មាន" in reply and "គ្មាននរណាអាចសន្យាបានទេ" in reply


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("landlord keep my deposit 3000 baht when I move", "en", None, 0.96),
        ("အိမ်ရှင်က စပေါ်ငွေ မပြန်ပေးဘူး", "my", "return_home", 0.94),
        ("ម្ចាស់ផ្ទះមិនឲ្យប្រាក់កក់មកវិញ", "km", "return_home", 0.79),
    ],
)
def test_the_deposit_line_says_once_what_is_not_known(real, words, lang, topic, confidence):
    reply = said(run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang)))
    line = reply.split("\n\n")[0]
    for twice in (
        "so we cannot say what is allowed",
        "ဘာခွင့်ပြုလဲ မပြောနိုင်ပါဘူး",
        "ដូច្នេះយើងមិនអាចប្រាប់ថាអ្វីត្រូវបានអនុញ្ញាត",
    ):
        assert twice not in line
    if lang == "en":
        # 17 lines before; Burmese code points overstate the width, so English is measured
        assert _lines(line) <= 15
        assert "Our sources have no checked rules on renting" in line
        assert "nowhere to sleep tonight" in line
        assert "Talk to a person" in line
    elif lang == "my":
        assert "စည်းမျဉ်း မရှိပါဘူး" in line and "ဒီည အိပ်စရာနေရာ" in line
    else:
        assert "ប្រភពរបស់យើងគ្មានច្បាប់" in line and "គ្មានកន្លែងគេង" in line
