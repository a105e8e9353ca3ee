"""Nowhere to sleep tonight, in Khmer with ដេក, ស្នាក់នៅ or នៅ (round 43B).

"យប់នេះខ្ញុំគ្មានកន្លែងដេក" (tonight I have no place to sleep) and "យប់នេះគ្មានកន្លែងស្នាក់នៅ"
(tonight no place to stay) got upset.py's line (a person), while "I have nowhere to sleep
tonight" and the Khmer with គេង get the emergency numbers. Now the Khmer with "tonight"
gets them too; without "tonight", and a plain question about rent, they do not."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled


@pytest.mark.parametrize(
    "words",
    [
        "យប់នេះខ្ញុំគ្មានកន្លែងដេក",
        "យប់នេះគ្មានកន្លែងស្នាក់នៅ",
        "យប់នេះ ខ្ញុំអត់មានកន្លែងនៅ",
        "ម្ចាស់ផ្ទះដេញខ្ញុំចេញ យប់នេះខ្ញុំគ្មានកន្លែងស្នាក់នៅ",
    ],
)
def test_khmer_nowhere_to_sleep_tonight_gets_the_numbers(real, words):  # type: ignore[no-untyped-def]
    got = run(real, settled("km", "TH"), read_as(words, None, 0.5, "km"))
    assert "🆘" in said(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        # no place to sleep, without tonight: a person (upset.py), as in English
        ("គ្មានកន្លែងដេក", "km"),
        # tonight I stay at my friend's house
        ("យប់នេះខ្ញុំនៅផ្ទះមិត្តភក្តិ", "km"),
        # how much is the rent for a room?
        ("ថ្លៃជួលបន្ទប់ប៉ុន្មាន", "km"),
        ("how much rent a room in mahachai", "en"),
        ("landlord say rent up next month, i need new room", "en"),
    ],
)
def test_near_misses_are_not_made_an_emergency(real, words, lang):  # type: ignore[no-untyped-def]
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.5, lang))
    assert "🆘" not in said(got)


# A complaint naming a partner that the NLU reads as nothing (round 43B): Burmese "FED's staff
# ask money", Khmer "CWCC's staff ask me money" got the complained-about organisation's card
# ("These organisations help migrant workers", its contacts).
@pytest.mark.parametrize(
    ("words", "lang", "org"),
    [
        ("FED ဝန်ထမ်းက ပိုက်ဆံတောင်းတယ်", "my", "FED"),
        ("FED ဝန်ထမ်းကို မယုံဘူး", "my", "FED"),
        ("បុគ្គលិក CWCC ទារលុយខ្ញុំ", "km", "CWCC"),
    ],
)
def test_a_complaint_naming_a_partner_is_not_its_card(real, words, lang, org):  # type: ignore[no-untyped-def]
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.3, lang))
    assert "Khao Lak" not in said(got) and "ghrefed" not in said(got)
    carried = [d for d in all_button_data(got) if d.startswith("person")]
    assert carried and all(d.endswith(f":not={org}") for d in carried)


@pytest.mark.parametrize("words", ["what is the phone number of FED", "where is CWCC office"])
def test_a_question_naming_a_partner_still_gets_its_card(real, words):  # type: ignore[no-untyped-def]
    got = run(real, settled("en", "TH"), read_as(words, None, 0.3, "en"))
    assert "These organisations help migrant workers" in said(got)
    assert not any(":not=" in d for d in all_button_data(got))
