"""Round 51A: Khmer single-problem questions the whole bot answered wrong (development set).

- Khmer "send money home, how much does it cost" (script and romanised), which the NLU reads
  as a recruitment fee not surely, got the recruitment fee answer: now "I cannot help with
  that", as sending money home is (money_home.py). With a recruiter, a company or a job
  named, or read surely, the fee answer stays.
- Khmer "my wife and I quarrel every day, advice please" (NLU: no topic) got "Are you asking
  for someone else?": a quarrel of the writer's own is no worry about someone else
  (someone_else.py). Someone missing or a quarrel with an employer still asks.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, said, settled

from bot.dialogue import engine, money_home, someone_else
from bot.language import normalise

CANNOT = (
    "I cannot help with that. I can help with working abroad safely, your rights at work, "
    "your documents and going home. Choose a topic:"
)

SOMEONE = (
    "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
    'partner organisation can help: press "Talk to a person" and say who they are, where '
    "they are and what happened. Their embassy and what to do after an arrest are below."
)

# Written for this round, not the development set's words.
HOME_FEE = [
    ("ផ្ញើលុយ ១០០០ បាត ទៅម្ដាយនៅតាកែវ ត្រូវបង់ថ្លៃប៉ុន្មាន", "km"),
    ("ចង់ផ្ញើប្រាក់ឲ្យគ្រួសារនៅស្រុក ថ្លៃសេវាប៉ុន្មាន", "km"),
    ("pnhae luy tov mday nov srok os tlai ponman", "km"),
    ("phnhaeu luy 3000 baht tov phnom penh tlai sevak ponman", "km"),
]
FEE_STAYS = [
    ("ភ្នាក់ងារឲ្យខ្ញុំផ្ញើលុយ ២០០០ ដុល្លារ ជាថ្លៃទៅកូរ៉េ", "km"),  # the agent asks it
    ("ក្រុមហ៊ុនឲ្យផ្ញើលុយ ៥០០ ដុល្លារ ទៅភ្នំពេញ មុនចេញទិដ្ឋាការ", "km"),  # company, visa
    ("agent ask pnhae luy 1500 dollar tov phnom penh", "km"),
    ("ថ្លៃទៅធ្វើការកូរ៉េ ប៉ុន្មាន", "km"),  # no sending at all
]


@pytest.mark.parametrize(("words", "lang"), HOME_FEE)
def test_sending_money_home_read_as_a_fee_is_out_of_reach(real, words, lang):
    event = read_as(normalise(words).text, "recruitment_fees", 0.82, lang)
    assert money_home.instead(event)
    got = engine.handle(event, settled(lang, "TH"), real)
    assert said(got).startswith(in_language(lang, CANNOT))


@pytest.mark.parametrize(("words", "lang"), FEE_STAYS)
def test_a_fee_to_a_recruiter_keeps_its_answer(real, words, lang):
    event = read_as(normalise(words).text, "recruitment_fees", 0.82, lang)
    assert not money_home.instead(event)


def test_a_sure_fee_reading_keeps_its_answer():
    words = "ផ្ញើលុយ ១០០០ បាត ទៅម្ដាយ ត្រូវបង់ថ្លៃប៉ុន្មាន"
    assert not money_home.instead(read_as(words, "recruitment_fees", 0.97, "km"))


OWN_QUARREL = [
    "ខ្ញុំនិងប្រពន្ធឈ្លោះគ្នារាល់យប់ រឿងផឹកស្រា ធ្វើម៉េចល្អ",
    "ប្តីខ្ញុំនិងខ្ញុំទាស់គ្នារឿងកូន សុំយោបល់",
    "prapun khnhom ning khnhom chlos knea roal thngai, som yobol",
]
STILL_SOMEONE = [
    "ប្តីខ្ញុំឈ្លោះជាមួយថៅកែ ហើយថៅកែមិនឲ្យប្រាក់ខែគាត់",  # the husband's quarrel with the boss
    "ប្រពន្ធខ្ញុំឈ្លោះគ្នាជាមួយខ្ញុំ ហើយទាក់ទងមិនបានបីថ្ងៃហើយ",  # then out of contact
    "កូនស្រីខ្ញុំនៅម៉ាឡេ មិនលើកទូរស័ព្ទ ១ សប្ដាហ៍",
]


@pytest.mark.parametrize("words", OWN_QUARREL)
def test_an_own_quarrel_is_not_for_someone_else(real, words):
    text = normalise(words).text
    assert someone_else.names_someone(text)
    assert not someone_else.worried_about(text, out_of_scope=False)
    got = engine.handle(read_as(text, None, 0.4, "km"), settled("km", "TH"), real)
    assert not said(got).startswith(in_language("km", SOMEONE)[:20])


@pytest.mark.parametrize("words", STILL_SOMEONE)
def test_someone_else_still_asked(words):
    assert someone_else.worried_about(normalise(words).text, out_of_scope=False)
