"""Myanmar's own rules on its workers abroad: the money to send home and the tax (exploratory
round 41A).

"must I send 25% of salary through bank?" and its Burmese and romanised forms got "did not
understand" or Social security; "tax for workers abroad how much" Agency fees, its Burmese
"did not understand", "a khun ma saung yin passport thet tan ma toe bu lar" Passport taken.
Now the dated rule the reference holds (September 2023, from the NUG's statement), what our
sources do not say, a person first. Near misses (a boss's tax, a prize, 25 baht sent) are
not read."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import own_rules
from bot.values import Asked

SHARE = (
    "As of September 2023, Myanmar's military government required workers abroad to send at "
    "least 25 percent of their salary home. Our source is a statement of the National Unity "
    "Government, which rejected this rule."
)
TAX = (
    "Our sources do not say how much tax a worker abroad must pay Myanmar, or how to pay it. "
    "The Myanmar embassy in Kuala Lumpur's own website says workers renewing a passport need "
    "an income-tax receipt and a work permit (undated page; check before you go)."
)
NOT_SAID = (
    "Our sources do not say whether this is still checked now, how, or what happens if you "
    "do not do it. Before you pay or send money because of it, ask a person from a partner "
    "organisation: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "msgid"),
    [
        ("must I send 25% of salary through bank?", "en", None, SHARE),
        ("i hear we must send money 25 percent by bank, true?", "en", None, SHARE),
        ("လစာ ၂၅ ရာခိုင်နှုန်း ဘဏ်ကနေ ပို့ရမလား", "my", "social_security", SHARE),
        ("la sa 25 yar khine hnone bank ka po ya mhar lar", "my", None, SHARE),
        ("tax for workers abroad how much", "en", "recruitment_fees", TAX),
        ("embassy not renew my passport because I did not pay tax", "en", "embassy_contact", TAX),
        ("ပြည်ပ အလုပ်သမား အခွန် ဘယ်လောက် ဆောင်ရမလဲ", "my", None, TAX),
        ("ျပည္ပ အလုပ္သမား အခြန္ ဘယ္ေလာက္ ေဆာင္ရမလဲ", "my", None, TAX),  # Zawgyi
        ("a khun ma saung yin passport thet tan ma toe bu lar", "my", "documents_confiscated", TAX),
    ],
)  # fmt: skip
def test_own_rules_say_what_the_sources_say_and_do_not(real, words, lang, topic, msgid):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    text = said(got)
    assert text.startswith(in_language(lang, msgid)[:40])
    assert in_language(lang, NOT_SAID).split("“")[0] in text
    assert all_button_data(got)[:2] == ["person", "topic:embassy_contact"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, own_rules.NAME)


@pytest.mark.parametrize(
    "words",
    [
        "boss deduct tax from my salary",
        "message say i won prize, must pay tax first",
        "i send 25 baht to my mother",
        "how to send money home cheap",
        "my passport expire next month",
        "25 people in my room",
    ],
)
def test_near_misses_are_not_read(words):
    assert not own_rules.remittance(words) and not own_rules.tax(words)
