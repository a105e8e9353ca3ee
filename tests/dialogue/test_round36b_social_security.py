"""Social security and health insurance (exploratory round 36B): a card never given, the
hospital with the card, money cut for it, a health insurance refused or to be bought again.

Before: "boss cut 750 baht every month for social security but I have no card" and "can I
use SSO card at any hospital" got the Social security answer with nothing on the card, the cut
or the hospital; "employer take money for prakan sangkhom but never give me card" got Passport
taken; "health insurance for MOU workers, they say I must buy again" and "insurance company say
my sickness not covered" got the injury answer alone. Our sources say nothing on any of it: a
line says so, what to keep, and a person; never a rate or a right."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.language.zawgyi_output import unicode_to_zawgyi

CARD = (
    "Social security card, hospital or money cut from your pay? Our sources do not say how "
    "the card is given, which hospitals take it, how much may be cut, or what it pays for. "
    "Write down each amount cut and keep any pay slips. A person from a partner "
    "organisation can check your case: tap “{person}”."
)
INSURANCE = (
    "A health insurance question? Our sources do not say what a worker's health insurance "
    "covers, when it must be bought again, or what to do when a claim is refused. Keep the "
    "insurance card, receipts and any letter. A person from a partner organisation can "
    "check your papers: tap “{person}”."
)


def _line(msgid: str, lang: str) -> str:
    return in_language(lang, msgid).format(person=tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("boss cut 750 baht every month for social security but I have no card", "en",
         "social_security", 0.99),
        ("can I use SSO card at any hospital", "en", "social_security", 0.98),
        ("SSO card lost what to do", "en", "social_security", 0.97),
        ("can i get unemployment money from SSO, factory closed", "en", "social_security",
         0.93),
        ("employer not pay social security, hospital say I not have", "en", "injury_health",
         0.86),
        # social security cut from my pay, no card; which hospital with the card (and Zawgyi)
        ("ကျွန်တော့် လစာထဲက လူမှုဖူလုံရေး ဖြတ်တယ် ကတ် မရဘူး", "my", "social_security", 0.98),
        (unicode_to_zawgyi("လူမှုဖူလုံရေး ကတ်နဲ့ ဘယ်ဆေးရုံ သွားလို့ရလဲ"), "my",
         "social_security", 0.97),
        # the boss cuts social security money every month but I have no card
        ("ថៅកែកាត់លុយសន្តិសុខសង្គមរៀងរាល់ខែ តែខ្ញុំមិនមានកាត", "km", "social_security", 0.99),
    ],
)  # fmt: skip
def test_card_hospital_or_cut_gets_the_line_first(real, words, lang, topic, confidence):
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    assert said(got).startswith(_line(CARD, lang))
    assert any(d.startswith("person") for d in all_button_data(got))


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("employer take money for prakan sangkhom but never give me card",
         "documents_confiscated", 0.58),
        ("luu mhu phu lone yay card ma ya bu", None, 0.3),
    ],
)  # fmt: skip
def test_social_security_named_read_as_a_kept_card_or_nothing(real, words, topic, confidence):
    lang = "en" if "prakan" in words else "my"
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    text = said(got)
    assert text.startswith(_line(CARD, lang))
    assert "Social Security Fund" in text or "လူမှုဖူလုံရေး ရန်ပုံငွေ" in text
    assert "topic:social_security" not in all_button_data(got)
    if topic:
        assert f"topic:{topic}" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("health insurance for MOU workers, they say I must buy again", "en"),
        ("insurance company say my sickness not covered", "en"),
    ],
)
def test_health_insurance_gets_its_line(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, "injury_health", 0.99, lang))
    assert said(got).startswith(_line(INSURANCE, lang))


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        # no card, hospital or cut asked: the answer alone
        ("i work in thailand 5 year, pay social security, now go home myanmar, how get money",
         "social_security"),
        # Korea's insurances are the scheme's answer, not a health insurance
        ("Korea departure guarantee insurance how to claim", "social_security"),
        # near misses: other topics with a card, a hospital or a cut
        ("boss cut 500 baht for room every month", "unpaid_wages"),
        ("my employer keep my passport and work permit card", "documents_confiscated"),
        ("I sick, can I go hospital", "injury_health"),
        ("my ATM card lost", None),
    ],
)  # fmt: skip
def test_near_misses_get_no_line(real, words, topic):
    got = run(real, settled("en", "TH"), read_as(words, topic, 0.95 if topic else 0.3))
    text = said(got)
    assert _line(CARD, "en") not in text
    assert _line(INSURANCE, "en") not in text
