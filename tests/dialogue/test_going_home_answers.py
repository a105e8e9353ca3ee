"""Going home, as round 12 played it (docs/exploratory/round12-going-home.md)."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.i18n import LANGUAGES
from bot.values import UserState

AFRAID = {
    "en": "If you have no papers or are afraid, talk to a support organisation first.",
    "my": "စာရွက်စာတမ်း မရှိရင် (သို့) ကြောက်နေရင် အကူအညီပေးတဲ့ အဖွဲ့အစည်းနဲ့ အရင် တိုင်ပင်ပါ။",
    "km": "បើអ្នកគ្មានឯកសារ ឬភ័យខ្លាច សូមពិគ្រោះជាមួយអង្គការជួយពលករជាមុនសិន។",
}


def test_going_home_from_abroad_says_to_talk_to_a_support_organisation_first(real):
    # "no passport, overstay 3 year, want go back myanmar" (Malaysia) reached Going home,
    # which sends the undocumented to the Immigration Department and the embassy; in Korea
    # its contacts are the Immigration Contact Center. The visa answers say this (round 11).
    abroad = [
        variant
        for variant in real.catalog.topics["return_home"].answers
        if variant.when.country in ("TH", "MY", "KR", "JP", "SG")
    ]
    assert len(abroad) == 6
    for variant in abroad:
        for language in LANGUAGES:
            assert AFRAID[language] in getattr(variant.text, language), (variant.when, language)


@pytest.mark.parametrize(("origin", "line", "other"), [("KH", "1800 010 181", "1800 010 180")])
def test_a_cambodian_leaving_thailand_gets_issaras_khmer_line(real, origin, line, other):
    state = UserState(language="km", origin=origin, country="TH", profile_asked=True)
    body = said(run(real, state, text("ចង់ត្រឡប់ទៅស្រុកវិញ", "km", topic="return_home")))
    assert line in body, "Issara's 24-hour line in Khmer, not only its web site"
    assert other not in body


CENTRES = {"en": "Sisophon", "my": "ဆီဆိုဖွန်", "km": "សិរីសោភ័ណ"}
BELOW = {"en": "(below)", "my": "(အောက်မှာ)", "km": "(ខាងក្រោម)"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_jobs_after_return_in_cambodia_names_the_centres_it_cannot_show(real, lang):
    # "Migrant resource centres (below) may help" stood above the Ministry's hotline alone:
    # the centres' entries have no phone nor web site, so none is shown below.
    state = UserState(language=lang, origin="KH", country="KH", profile_asked=True)
    body = said(run(real, state, text("need job", lang, topic="reintegration_jobs")))
    centres = next(line for line in body.splitlines() if CENTRES[lang] in line)
    assert BELOW[lang] not in centres
