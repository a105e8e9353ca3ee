"""Where they live (exploratory round 36C): a deposit kept, a landlord who copies the passport
or comes into the room, "get out tomorrow", rent; and nowhere to sleep tonight.

Before: "landlord keep my deposit 3000 baht when I move" got "I cannot help with that",
"landlord say get out tomorrow, where I sleep" "did not understand", "landlord ask to see my
passport and copy it" Lost documents, the Burmese and Khmer deposit Going home; "I have
nowhere to sleep tonight" a goodbye's line, its Khmer "did not understand". Now: the line that
our sources have no rules on renting, a person, Passport taken and Emergency help a tap away;
nowhere to sleep gets the emergency numbers."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import housing
from bot.language.zawgyi_output import unicode_to_zawgyi
from bot.values import Asked

LINE = (
    "A room, rent, a deposit or a landlord? Our sources have no checked rules on renting, "
    "deposits, eviction, or a landlord asking for or copying your passport. Keep every "
    "receipt, and write down what you paid, when, and what was said. A person from a partner "
    "organisation can tell you what applies to you: tap “{person}”. If you have nowhere "
    "to sleep tonight, or someone threatens you, tap “{emergency}”."
)


def _line(real, lang: str) -> str:
    return in_language(lang, LINE).format(
        person=tr(lang).gettext("Talk to a person"),
        emergency=topic_title(real.catalog, "emergency_help", lang),
    )


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic", "confidence"),
    [
        ("landlord keep my deposit 3000 baht when I move", "en", "TH", None, 0.96),
        ("landlord say get out tomorrow, where I sleep", "en", "TH", None, 0.44),
        ("landlord ask to see my passport and copy it", "en", "TH", "lost_documents", 0.92),
        ("landlord evict me because I late rent 1 month", "en", "MY", None, 0.4),
        ("landlord evict me because I late rent 1 month, Malaysia", "en", "MY", "unpaid_wages",
         0.83),
        # the landlord does not give back the deposit (Burmese, Zawgyi, Khmer, romanised)
        ("အိမ်ရှင်က စပေါ်ငွေ မပြန်ပေးဘူး", "my", "TH", "return_home", 0.94),
        (unicode_to_zawgyi("အိမ်ရှင်က စပေါ်ငွေ မပြန်ပေးဘူး"), "my", "TH", "return_home", 0.94),
        ("ម្ចាស់ផ្ទះមិនឲ្យប្រាក់កក់មកវិញ", "km", "TH", "return_home", 0.79),
        ("mchas phteah min oy prak kok vinh", "km", "TH", None, 0.3),
    ],
)  # fmt: skip
def test_the_reply_says_what_is_not_known(real, words, lang, country, topic, confidence):
    got = run(real, settled(lang, country), read_as(words, topic, confidence, lang))
    assert said(got).startswith(_line(real, lang))
    data = all_button_data(got)
    assert data[:3] == ["person", "topic:documents_confiscated", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, housing.NAME)


@pytest.mark.parametrize(
    "words",
    [
        "how much deposit for agency to go korea",
        "i want deposit money in bank",
        "rent a car in bangkok",
        "my boss not pay me 3 month",
    ],
)
def test_near_misses_are_not_read(words):
    assert not housing.says(words)


def test_rent_cut_from_pay_keeps_the_wages_answer(real):
    words = "rent cut from salary more than room cost"
    got = run(real, settled("en", "TH"), read_as(words, "unpaid_wages", 0.8))
    assert not said(got).startswith(_line(real, "en"))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("I have nowhere to sleep tonight", "en"),
        ("landlord say get out tonight, i have no place to sleep tonight", "en"),
        ("ဒီည အိပ်စရာနေရာ မရှိဘူး", "my"),
        ("យប់នេះខ្ញុំគ្មានកន្លែងគេង", "km"),
        ("kmean kanlaeng keng yub nis", "km"),
    ],
)
def test_nowhere_to_sleep_gets_the_emergency_numbers(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.5, lang))
    assert "🆘" in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("house owner keep maid passport", "en", "documents_confiscated"),
        ("ម្ចាស់ផ្ទះនៅសិង្ហបុរី មិនឲ្យ passport", "km", "documents_confiscated"),
        ("သူငယ်ချင်းမရဲ့ ပတ်စ်ပို့ အိမ်ရှင်က ယူထားတယ်", "my", "documents_confiscated"),
        ("ម្ចាស់ផ្ទះនៅម៉ាឡេ ជំពាក់លុយខែខ្ញុំ ៥ ខែ", "km", "unpaid_wages"),
        ("ទៅផ្ទះពីសិង្ហបុរី ម្ចាស់ផ្ទះត្រូវទិញសំបុត្រឲ្យ", "km", "return_home"),
        ("landlord keep my passport, i cannot leave", "en", "documents_confiscated"),
    ],
)
def test_a_domestic_workers_house_owner_keeps_the_answer(real, words, lang, topic):
    """The lead's read of round 36C over the NLU's examples: "house owner" (အိမ်ရှင်,
    ម្ចាស់ផ្ទះ) is also a domestic worker's employer; with nothing of a room, rent or a
    deposit, Passport taken (and its hotline), Unpaid wages, Going home stay; a passport kept
    by a landlord too."""
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    assert not housing.instead(read_as(words, topic, 0.9, lang))
    assert got.tally is not None and got.tally.topic != housing.NAME
