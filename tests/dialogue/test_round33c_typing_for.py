"""Someone typing for another person beside them (exploratory round 33C): a neighbour, a
child for a mother, a teacher, a monk, an employer. The form's summary asked only the typist:
"I am helping my neighbour, she cannot read, her boss keeps her passport" was sent with no
word that the woman herself should agree. The summary now asks the typist to read it to
the person and to send it only if they agree."""

from __future__ import annotations

import pytest
from dialogue_helpers import form_at, in_language, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue import young
from bot.dialogue.typing_for import writes_for_other

CONSENT = (
    "If you write for someone else, read this to them. Press Send only if they agree. The "
    "organisation will answer in this chat."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("I am helping my neighbour, she cannot read, her boss keeps her passport", "en"),
        ("i am typing for my mom, she only speak khmer. boss not pay her 3 month", "en"),
        ("I am a teacher at a learning centre. a mother here, her husband was arrested", "en"),
        ("my worker has no pay from the agent for 2 months", "en"),
        ("the lady next door says her employer locks her in", "en"),
        # Burmese: I write for my neighbour, the employer keeps her passport
        ("ကျွန်တော် အိမ်နီးချင်း အတွက် ရေးပေးတာပါ။ သူ့ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်", "my"),
        # Khmer: I write on behalf of my mother; the boss has not paid her for 2 months
        ("ខ្ញុំសរសេរជំនួសម្តាយខ្ញុំ។ ថៅកែមិនបើកប្រាក់ខែគាត់ ២ខែហើយ", "km"),
    ],
)
def test_the_summary_asks_the_person_written_for_to_agree(real, words, lang):
    got = form_at(real, "ref:confirm", words, lang)
    assert in_language(lang, CONSENT) in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "my boss hits me",
        "no pay 2 months, boss owes 15000 baht",
        "I work in a factory, they keep my passport",
        "အလုပ်ရှင်က လစာမပေးဘူး",  # the employer does not pay (me)
        "ថៅកែមិនបើកប្រាក់ខែខ្ញុំ",  # the boss does not pay me
        "i help in the kitchen and they do not pay",
    ],
)
def test_no_consent_line_for_ones_own_case(real, words):
    lang = "my" if "အ" in words else "km" if "ថ" in words else "en"
    got = form_at(real, "ref:confirm", words, lang)
    assert in_language(lang, CONSENT) not in said(got)
    assert not writes_for_other(words)


AGE_LINES = (
    "Under 18, or told to change an age? Our sources have no checked information on the "
    "age needed to work abroad, or on rules for workers under 18. Do not let anyone "
    "change an age or papers, and do not pay, before you talk to a person: tap "
    "“{person}”.",
    "Under 18, or told to change an age? Our sources have no checked information on the "
    "age needed to work abroad, or on rules for workers under 18. Do not let anyone "
    "change an age or papers, and do not pay, before you talk to a person. A person from "
    "a partner organisation can help: tap “{person}”. In danger now? Tap “{emergency}”.",
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang"),
    [
        # the shared NLU's readings of these words
        (
            "i am 12 years old. my mother ask me to write. my father is sick and boss say no "
            "money for hospital",
            "injury_health",
            0.9683,
            "en",
        ),
        ("im 13, typing for my mom. boss not pay her 2 month", "unpaid_wages", 0.6, "en"),
        # Khmer: I am 12, I write on behalf of my mother; the boss has not paid her
        ("ខ្ញុំអាយុ ១២ ឆ្នាំ ខ្ញុំសរសេរជំនួសម្តាយខ្ញុំ។ ថៅកែមិនបើកប្រាក់ខែគាត់", "unpaid_wages", 0.9, "km"),
    ],
)
def test_a_child_typing_for_a_parent_is_not_told_about_workers_under_18(
    real, words, topic, confidence, lang
):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    for msgid in AGE_LINES:
        assert in_language(lang, msgid)[:30] not in said(got)
    assert topic_title(real.catalog, topic, lang) in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "i am 16 can i work in thailand",
        "my mother wants me to go work in thailand, i am 15",
        "i am 16, my mother is sick, i need a job",
    ],
)
def test_a_young_worker_still_gets_the_line_on_age(words):
    assert young.says(words)


WELCOME = (
    "You are writing for someone else? You are welcome. Write their problem in a few words, "
    "and read my answers to them."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        # the shared NLU read these as an emergency (0.86, 0.62): the numbers came
        ("I am employer", "en"),
        ("I am Thai, I am the employer", "en"),
        ("hi, i am typing for my mom", "en"),
        ("i am a teacher", "en"),
        ("ကျွန်တော် အိမ်နီးချင်းအတွက် ရေးပေးတာပါ", "my"),  # I write for my neighbour
        ("ខ្ញុំសរសេរជំនួសម្តាយខ្ញុំ", "km"),  # I write on behalf of my mother
    ],
)
def test_a_typist_who_says_who_they_are_is_welcomed_not_sent_the_numbers(real, words, lang):
    got = run(real, settled(lang), read_as(words, "emergency_help", 0.86, lang))
    assert in_language(lang, WELCOME) in said(got)
    assert "☎" not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "i am employer, my worker passport expired",
        "I am thai, boss lock me in room",
        "i am her friend. she is locked in",
        "I am helping my neighbour, she cannot read, her boss keeps her passport",
    ],
)
def test_an_introduction_with_a_problem_is_the_problems(real, words):
    got = run(real, settled(), read_as(words, "documents_confiscated", 0.9))
    assert WELCOME not in said(got)
