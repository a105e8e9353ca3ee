"""Round 11 (jargon): the answers name things by the words migrants use for them, beside the
official name. "MOU 2 year finish, can renew 2 more?" got the Thai visa answer, which never
said MOU though the reference sheet gives the MOU permit's 2 + 2 years (with its source, as
in `recruitment_fees`); English said "Certificates of Identity" and "national verification"
where migrants say CI and NV (the Burmese and Khmer texts already gave "(CI)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_catalog

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "my", "km")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT / "content")


def test_the_thai_visa_answers_name_mou_workers_with_the_source(catalog):
    topic = catalog.topics["visa_work_permit"]
    thai = [variant for variant in topic.answers if variant.when.country == "TH"]
    assert len(thai) == 3
    assert "th-mou-10mile" in {source.id for source in topic.sources}
    for variant in thai:
        assert "th-mou-10mile" in variant.sources
        for language in LANGUAGES:
            text = getattr(variant.text, language)
            assert "MOU" in text, (variant.when, language)
    english = {variant.text.en for variant in thai}
    assert all("2 years, and can be extended for 2 more" in text for text in english)


@pytest.mark.parametrize(
    ("official", "known_as"),
    [
        ("Certificates of Identity", "(CI)"),
        ("national verification", "(NV)"),
    ],
)
def test_english_gives_the_short_name_beside_the_official_one(catalog, official, known_as):
    texts = [
        variant.text.en
        for topic in catalog.topics.values()
        for variant in topic.answers
        if official in variant.text.en
    ]
    assert texts
    assert all(f"{official} {known_as}" in text for text in texts)


def test_burmese_and_khmer_say_nv_where_english_does(catalog):
    for topic in catalog.topics.values():
        for variant in topic.answers:
            if "national verification (NV)" in variant.text.en:
                assert "(NV)" in variant.text.my and "(NV)" in variant.text.km


AFRAID = {
    "en": "If you have no papers or are afraid, talk to a support organisation first.",
    "my": "စာရွက်စာတမ်း မရှိရင် (သို့) ကြောက်နေရင် အကူအညီပေးတဲ့ အဖွဲ့အစည်းနဲ့ အရင် တိုင်ပင်ပါ။",
    "km": "បើអ្នកគ្មានឯកសារ ឬភ័យខ្លាច សូមពិគ្រោះជាមួយអង្គការជួយពលករជាមុនសិន។",
}


def test_the_visa_answer_abroad_says_to_talk_to_a_support_organisation_first(catalog):
    # "E-9 finish, stay illegal, scared" and "now PATI, what to do" get this answer; in
    # South Korea its first contact is the Immigration Contact Center. Other answers (Lost
    # documents, Unpaid wages) already said it; this one did not.
    abroad = [
        variant
        for variant in catalog.topics["visa_work_permit"].answers
        if variant.when.country in ("TH", "MY", "KR", "JP", "SG")
    ]
    assert len(abroad) == 7
    for variant in abroad:
        for language in LANGUAGES:
            assert AFRAID[language] in getattr(variant.text, language), (variant.when, language)
