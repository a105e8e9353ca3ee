"""An answer that sends its reader to the embassy says, in each language, that someone with
no papers or who is afraid should talk to a support organisation first, as the Embassy
answer itself does ("Undocumented workers have often been turned away by embassies"). Round
25C: Change employer for a Myanmar worker in Thailand said "Ask for them through the
embassy", and in Malaysia "Ask the Labour Department (JTKSM) or your embassy", with no word
for a worker without papers, beside an Embassy answer that warns them off."""

from __future__ import annotations

import re

from helpers import REAL

from bot.content import load_catalog

# Advice to go to, ask or contact the embassy (English, where the content is written first).
SENDS_TO_EMBASSY = re.compile(r"\b(?:ask|contact|through|go to|call)\b[^.]*\bembass", re.I)
# The hedge, in each language (the drafts' own words).
HEDGE = {
    "en": ("afraid", "turned away"),
    "my": ("ကြောက်", "ငြင်းပယ်"),
    "km": ("ភ័យខ្លាច", "បដិសេធ"),
}


def test_every_answer_that_sends_to_the_embassy_has_the_hedge_in_each_language():
    catalog = load_catalog(REAL)
    sends = 0
    for topic in catalog.topics.values():
        for variant in topic.answers:
            english = variant.text.en
            if not SENDS_TO_EMBASSY.search(english):
                continue
            if "caseworker can help you" in english:
                continue  # a caseworker contacts it, not the person alone
            sends += 1
            for lang, words in HEDGE.items():
                assert any(word in getattr(variant.text, lang) for word in words), (
                    topic.id,
                    variant.when,
                    lang,
                )
    assert sends > 10
