"""The general answer (for someone at home, in another country, or whose place is not known)
that says which countries it has information for names every country the topic has an answer
of its own for. Round 25C: Change employer said "We have dated information only for
Thailand" above buttons for Thailand and Malaysia, and Visa and work permit named Thailand,
Korea, Japan and Singapore but not Malaysia, whose answers (2022, May 2025; the PLKS pass)
were added later."""

from __future__ import annotations

import pytest
from helpers import REAL

from bot.content import load_catalog

NAMES = {
    "TH": {"en": "Thailand", "my": "ထိုင်း", "km": "ថៃ"},
    "MY": {"en": "Malaysia", "my": "မလေးရှား", "km": "ម៉ាឡេស៊ី"},
}


@pytest.mark.parametrize("topic_id", ["change_employer", "visa_work_permit"])
@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_the_general_answer_names_each_country_answered(topic_id, lang):
    topic = load_catalog(REAL).topic(topic_id)
    assert topic is not None
    general = next(v for v in topic.answers if v.when.origin is None and v.when.country is None)
    answered = {v.when.country for v in topic.answers if v.when.country in NAMES}
    assert answered == set(NAMES)
    for country in answered:
        assert NAMES[country][lang] in getattr(general.text, lang), (country, lang)
