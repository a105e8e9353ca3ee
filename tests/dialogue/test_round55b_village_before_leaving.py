"""Round 55B (prospective migrants in a village, before leaving).

A mother at home in Myanmar wrote "သမီး ၁၆ နှစ် ရှိပြီ ထိုင်းမှာ အိမ်အကူ အလုပ် ရှိတယ်လို့
ပြောတယ် လွှတ်ရမလား" (my daughter is 16, they say there is a maid's job in Thailand, should I
send her?) and got Thailand's agency answer with Thai hotlines, nothing on her age: the age
was written child-then-years ("သမီး ၁၆ နှစ်"), which young.py did not read (nor the Khmer
"កូនស្រីខ្ញុំ ១៦ ឆ្នាំ"). A broker's advertisement pasted from home ("... no passport needed, go
by car through border, pay 500000 kyat first") got the fees answer, not the no-passport
warning crossing.py gives to "cross river ... no passport": "through border" and "passport
not needed" were not read. Near-misses keep their answers.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import crossing, young
from bot.values import UserState

AGE_LINE = (
    "Under 18, or told to change an age? Our sources have no checked information on the age "
    "needed to work abroad, or on rules for workers under 18. Do not let anyone change an age "
    "or papers, and do not pay, before you talk to a person. A person from a partner "
    "organisation can help: tap “{person}”. In danger now? Tap “{emergency}”."
)
CROSSING = (
    "Crossing the border without a passport? Read the warning below. Do not pay or go "
    "before you talk to a person: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "country"),
    [
        (
            "သမီး ၁၆ နှစ် ရှိပြီ ထိုင်းမှာ အိမ်အကူ အလုပ် ရှိတယ်လို့ ပြောတယ် လွှတ်ရမလား",
            "my",
            "agency_complaint",
            "MM",
        ),
        ("သမီး ၁၆ ႏွစ္ ရွိၿပီ ထိုင္းမွာ အလုပ္ ရွိတယ္တဲ့", "my", None, "MM"),  # Zawgyi
        ("ကျွန်မ သား ၁၅နှစ် မလေးရှား သွားချင်တယ်", "my", "legal_channels", "MM"),
        ("កូនស្រីខ្ញុំ ១៦ ឆ្នាំ គេថាមានការងារនៅថៃ", "km", "agency_complaint", "KH"),
        ("ប្អូនស្រី 15 ឆ្នាំ ចង់ទៅធ្វើការនៅម៉ាឡេស៊ី", "km", None, "KH"),
    ],
)
def test_a_child_then_years_is_read_as_an_age(real, words, lang, topic, country):
    assert young.says(words)
    got = run(real, settled(lang, country), read_as(words, topic, 0.7, lang))
    emergency = topic_title(real.catalog, "emergency_help", lang)
    line = in_language(lang, AGE_LINE).format(
        person=tr(lang).gettext("Talk to a person"), emergency=emergency
    )
    assert said(got).startswith(line)
    assert "1506" not in said(got) and "1300" not in said(got)  # no Thai hotline at home


@pytest.mark.parametrize(
    "words",
    [
        "ထိုင်းမှာ ၁၆ နှစ် နေခဲ့တယ် အခု ပြန်လာပြီ",  # 16 years in Thailand
        "ခါးနာတာ ၁၅ နှစ် ရှိပြီ",  # back pain for 15 years
        "အလုပ်သမား ၁၅ နှစ် လုပ်ခဲ့တယ်",  # worked 15 years
        "ខ្ញុំធ្វើការនៅថៃ ១៥ ឆ្នាំ",  # I worked in Thailand 15 years
        "កូន ៣ នាក់ នៅផ្ទះ",  # 3 children at home
        "သမီး ၂၀ နှစ် ရှိပြီ",  # daughter is 20
        "ကလေး ၂ နှစ်",  # a child of 2 (no work)
    ],
)
def test_years_that_are_no_child_s_age_are_not_read(words):
    assert not young.says(words)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        (
            "JOB IN MALAYSIA FACTORY salary 2500RM free visa free ticket no passport needed, "
            "go by car through border, pay 500000 kyat first. contact Ko Aung",
            "recruitment_fees",
        ),
        ("agent say passport not needed, we go over the border at night", None),
        ("broker: passport no need, car take you across the border", "agency_complaint"),
    ],
)
def test_a_broker_offer_through_the_border_without_a_passport_gets_the_warning(real, words, topic):
    assert crossing.says(words)
    home = UserState(language="en", origin="MM", country="MM", profile_asked=True)
    got = run(real, home, read_as(words, topic, 0.7, "en"))
    assert said(got).startswith(CROSSING.split("{")[0])
    assert "A broker says you need no passport? Do not pay." in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "i go through border with my passport, how long visa",
        "passport not needed for training class?",  # no crossing
        "we cross the border at mae sot checkpoint, passport ok",
    ],
)
def test_near_misses_are_no_crossing_without_papers(words):
    assert not crossing.says(words)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("malaysia ko thwar chin tal pwe sar ka paing san ma pyaw bu", "my"),
        ("korea ko thwar chin tal, bal lo lote ya ma lae", "my"),
        ("chong tov korea, trov ka luy ponman", "km"),
        ("i want go thailand work how", "en"),
    ],
)
def test_going_to_a_country_read_as_an_unsure_embassy_gets_the_legal_way(real, words, lang):
    # Round 55B: the embassy's answer ("you are at home, you do not need the embassy" and
    # "is the person abroad? tap their country") to someone at home asking how to go.
    origin = "KH" if lang == "km" else "MM"
    home = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    got = run(real, home, read_as(words, "embassy_contact", 0.25, lang))
    assert got.tally is not None and got.tally.topic == "legal_channels"
    title = topic_title(real.catalog, "legal_channels", lang)
    assert said(got).startswith(title)


@pytest.mark.parametrize(
    ("words", "confidence"),
    [
        ("korea thwar chin, than yone phone number", 0.3),  # the embassy named
        ("i want go japan, embassy where", 0.3),
        ("my son go korea last year", 0.3),  # someone else's
        ("malaysia ko thwar chin tal", 0.8),  # the NLU sure enough
    ],
)
def test_the_embassy_read_stays_where_it_may_be_meant(real, words, confidence):
    home = UserState(language="en", origin="MM", country="MM", profile_asked=True)
    got = run(real, home, read_as(words, "embassy_contact", confidence, "en"))
    assert got.tally is None or got.tally.topic != "legal_channels"


@pytest.mark.parametrize(
    "words",
    [
        "korea ko thwar chin tal, သံရုံး ဖုန်းနံပါတ်",
        "korea ko thwar chin tal, သံ႐ုံး ဖုန္းနံပါတ္",  # Zawgyi
        "chong tov korea, ស្ថានទូត",
    ],
)
def test_the_embassy_named_in_script_keeps_the_embassy(words):
    from bot.dialogue import going_to

    assert not going_to.unsure_embassy("embassy_contact", 0.25, words)
    assert going_to.unsure_embassy("embassy_contact", 0.25, words.split(",")[0])
