"""A country named as a place left ("I came back from Thailand", "deported from Thailand",
"born in Thailand") or as a place to go to ("my son want go Korea") is not where the writer
is now (round 12, going home). The place a question names wins over the profile for its
answer (round 11), so a Cambodian at home who lost her ID card after coming back from
Thailand read the Cambodian embassy in Bangkok as her contact, a deported worker at home was
told to ask for the embassy in Bangkok, and a mother in Yangon checking an agency for her son
read "Agency problem while abroad" with the embassy in Seoul."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue import places
from bot.values import UserState


def person(lang: str, origin: str | None, country: str | None) -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("I came back from Thailand last week. my ID card lost, how to make new one?", "en",
         "reintegration_id"),
        ("ខ្ញុំត្រូវបានបណ្តេញចេញពីថៃ ប៉ូលិសចាប់បញ្ជូនមកវិញ ថៅកែនៅជំពាក់ប្រាក់ខែខ្ញុំ ២ខែ", "km",
         "arrest_detention"),
        ("កូនខ្ញុំកើតនៅថៃ គ្មានសំបុត្រកំណើតខ្មែរ ឥឡូវមកនៅស្រុកវិញ", "km", "reintegration_id"),
        ("i was deported from thailand, boss still owe me 2 month salary", "en",
         "arrest_detention"),
    ],
)  # fmt: skip
def test_a_cambodian_back_home_is_not_sent_to_the_embassy_in_bangkok(real, words, lang, topic):
    outcome = run(real, person(lang, "KH", "KH"), text(words, lang, topic=topic))
    body = said(outcome)
    assert "Pracha Uthit" not in body, "the embassy of the country the writer left"
    assert (outcome.state.origin, outcome.state.country) == ("KH", "KH")


def test_a_cambodian_in_thailand_who_wants_to_work_in_malaysia_keeps_bangkok(real):
    """Round 24C: the romanised Khmer reader got the Cambodian embassy in Kuala Lumpur, the
    one who wrote Khmer script the embassy in Bangkok, where both are."""
    words = "khnhom chong tov twer ka malaysia srob chbab"
    outcome = run(real, person("km", "KH", "TH"), text(words, "km", topic="legal_channels"))
    assert "Jalan U-Thant" not in said(outcome)
    assert "Pracha Uthit" in said(outcome)
    assert outcome.state.country == "TH"


def test_a_mother_at_home_checking_an_agency_for_korea_gets_the_answer_at_home(real):
    words = "my son want go korea, agent in yangon ask 4500000 kyat, say 2 month can go. real?"
    body = said(run(real, person("en", "MM", "MM"), text(words, "en", topic="agency_complaint")))
    assert "while abroad" not in body
    assert "Hannam-daero" not in body, "not the embassy in Seoul"
    assert "Agency problem, in Myanmar" in body


@pytest.mark.parametrize(
    ("words", "now"),
    [
        ("I came back from Thailand last week", None),
        ("just back from malaysia, no job", None),
        ("deported from Malaysia", None),
        ("I want to go to Korea, which agency", None),
        ("ထိုင်းကနေ ပြန်လာပြီ။ အလုပ်ရှာချင်တယ်", None),
        ("ကိုရီးယား သွားချင်တယ်", None),
        ("ကလေး စင်ကာပူမှာ မွေးတယ်", None),
        ("ខ្ញុំត្រឡប់មកពីម៉ាឡេស៊ីវិញ", None),
        ("ខ្ញុំចង់ទៅកូរ៉េ", None),
        ("khnhom mok pi thai", None),
        # Wanting to work there, as typed in round 24C.
        ("I want to work in Malaysia legally. How do I go?", None),
        ("khnhom chong tov twer ka malaysia srob chbab", None),
        ("malaysia ko taya win alote thwar lote chin tal", None),
        ("မလေးရှားကို တရားဝင် အလုပ်သွားလုပ်ချင်တယ် ဘယ်လိုလုပ်ရမလဲ", None),
        ("မေလးရွားကို တရားဝင္ အလုပ္သြားလုပ္ခ်င္တယ္ ဘယ္လိုလုပ္ရမလဲ", None),  # Zawgyi
        # Where the person is: read as before.
        ("I work in Malaysia, boss not pay", "MY"),
        ("I am in Malaysia, want to work in Singapore", "MY"),
        ("malaysia mhar alote lote tal", "MY"),
        ("I am working in Chiang Mai, boss keep my passport", "TH"),
        ("Myanmar embassy in Kuala Lumpur", "MY"),
        ("I came back from Thailand, now I work in Malaysia", "MY"),
        ("ខ្ញុំធ្វើការនៅថៃ ថៅកែយកលិខិតឆ្លងដែនខ្ញុំ", "TH"),
        ("going home next month from korea, company not pay", "KR"),
    ],
)
def test_where_the_writer_is_leaves_out_places_left_or_to_go_to(words, now):
    assert places.where_now(words) == now
