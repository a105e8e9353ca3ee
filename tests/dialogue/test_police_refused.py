"""Not wanting the police, with no arrest told (round 27B left it harmful): "i dont want
police, i only want change job" after "my boss touch me" got the arrest answer, the NLU
reading the refusal as an arrest. Now: the bot tells the police nothing and the person
decides; a person first; the other problems read, not the arrest."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, run, said, settled
from dialogue_helpers import tr as translator

from bot.dialogue import police_refused
from bot.dialogue.events import Text
from bot.values import NluResult

LINE = (
    "I tell nothing to the police, and you decide whether to go to them. A person from a "
    "partner organisation can talk with you first: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "others"),
    [
        ("i dont want police, i only want change job", "en", ("change_employer",)),
        ("i dont want police", "en", ()),
        ("ရဲကို မပြောချင်ဘူး၊ အလုပ်ပဲ ပြောင်းချင်တယ်", "my", ("change_employer",)),
        ("ខ្ញុំមិនចង់ប្តឹងប៉ូលិសទេ", "km", ()),  # I do not want to report to the police
    ],
)  # fmt: skip
def test_a_refusal_of_the_police_read_as_an_arrest_is_answered_as_one(real, words, lang, others):
    ranking = (("arrest_detention", 0.91), *((o, 0.05) for o in others))
    read = NluResult("arrest_detention", 0.91, ranking, ("arrest_detention", *others))
    got = run(real, settled(lang), Text(words, lang, None, read))
    person = translator(lang).gettext("Talk to a person")
    assert said(got).startswith(in_language(lang, LINE).format(person=person))
    data = all_button_data(got)
    assert data[0].startswith("person")  # a person first
    assert not any("arrest_detention" in d for d in data)
    for other in others:
        assert any(other in d for d in data)


@pytest.mark.parametrize(
    "words",
    [
        "police took my brother, i dont want police to deport him",  # an arrest told
        "police no help me",
        "no police here, we are safe?",
    ],
)
def test_an_arrest_told_or_no_refusal_keeps_the_arrest_answer(words):
    assert not police_refused.says(words)
