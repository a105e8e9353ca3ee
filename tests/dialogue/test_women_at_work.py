"""Women at work (exploratory round 27B, docs/exploratory/round27-women-at-work.md): a
supervisor who messages at night or sends pictures was not understood, or got Fake jobs; a
room shared with men with a broken lock was not understood, or got the work-injury answer, or
the numbers with Arrest or detention and nothing said; "the supervisor touched my body" in
Burmese got the trafficking answer, in Khmer the numbers and Arrest; a friend "touched" got
the someone-else answer with Arrest; a woman who just gave birth was told "Pregnant and
worried?", and maternity leave got a birth certificate's line or nothing. Our sources hold
nothing on harassment, workers' rooms, shelters or leave after a birth: the replies say so,
believe her, and offer a person first; never Arrest or detention."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue import harmed

HARASS = (
    "This is not your fault, and you are right to tell it. Our sources have no checked "
    "information on sexual harassment at work: what the law says where you are, or how to "
    "complain without losing your job or your papers. A person from a partner organisation "
    "can talk with you first, and you decide what to do: tap “{person}”."
)
ROOM = (
    "You are right to want a safe place to sleep. Our sources have no checked information on "
    "rules for workers' rooms, or on shelters. A person from a partner organisation can help "
    "you look for a safer way: tap “{person}”."
)
HARMED = (
    "What happened is not your fault. I tell nothing to the police, and you decide whether "
    "to go to them. Our sources have no checked information on shelters, or on what the "
    "police do when a migrant reports violence. A person from a partner organisation can "
    "talk with you first: tap “{person}”."
)
HARMED_THEM = (
    "What happened is not their fault. I tell nothing to the police, and it is their choice "
    "whether to go to them. Our sources have no checked information on shelters, or on what "
    "the police do when a migrant reports violence. A person from a partner organisation can "
    "talk with you first, and with them if they want: tap “{person}”."
)
HARASS_THEM = (
    "This is not their fault, and you are right to tell it. Our sources have no checked "
    "information on sexual harassment at work: what the law says there, or how to complain "
    "without losing the job or the papers. A person from a partner organisation can talk with "
    "you first, and with them if they want: tap “{person}”."
)
AFTER_BIRTH = (
    "Just had a baby, and no leave, no pay, or told to come back to work? Our sources have no "
    "checked information on leave or pay after giving birth (maternity leave), in any "
    "country. A person from a partner organisation can help you: tap “{person}”. If you are "
    "in danger now, tap “{emergency}”."
)


def _line(msgid: str, lang: str) -> str:
    return in_language(lang, msgid).format(person=in_language(lang, "Talk to a person"))


def _no_arrest(got) -> bool:
    return not [d for d in all_button_data(got) if "arrest_detention" in d]


@pytest.mark.parametrize(
    ("words", "topic", "country", "line"),
    [
        (
            "supervisor message me every night say he love me, i not reply he angry",
            None,
            "TH",
            HARASS,
        ),
        (
            "leader always send me bad picture in facebook, i scare to go work",
            "fake_jobs",
            "MY",
            HARASS,
        ),
        (
            "my boss husband always look at me when i shower, i scared",
            "arrest_detention",
            "SG",
            HARASS,
        ),
        ("our dormitory room share with men, no lock on door, i scared at night", None, "TH", ROOM),
        ("door lock broken, man from other room come at night", "injury_health", "MY", ROOM),
    ],
)
def test_harassment_and_an_unsafe_room_are_believed_and_a_person_offered(
    real, words, topic, country, line
):
    got = run(real, settled("en", country), read_as(words, topic, 0.8))
    text = said(got)
    assert text.startswith(_line(line, "en"))
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert _no_arrest(got)


@pytest.mark.parametrize(
    ("words", "lang", "line"),
    [
        ("အဆောင်မှာ ယောက်ျားတွေနဲ့ အတူနေရတယ် တံခါးသော့ပျက်နေတယ် ညဘက် လာတယ်", "my", ROOM),
        ("បន្ទប់ស្នាក់នៅរួមជាមួយប្រុសៗ ទ្វារចាក់សោមិនបាន ខ្ញុំខ្លាចពេលយប់", "km", ROOM),
        (
            "my sister work in house, employer want her as his wife, she cannot go out",
            "en",
            HARASS_THEM,
        ),
    ],
)
def test_with_danger_words_the_line_comes_after_the_numbers_without_arrest(real, words, lang, line):
    # Round 27B: the numbers, Arrest or detention a tap away, nothing said to her.
    got = run(real, settled(lang, "TH"), read_as(words, "emergency_help", 0.8, lang))
    assert got.urgent
    assert _line(line, lang) in said(got)
    assert _no_arrest(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("ကြီးကြပ်ရေးမှူးက ညဘက် မက်ဆေ့ပို့တယ် ကိုယ့်ကိုကိုင်တယ် ပြောရင် အလုပ်ထုတ်မယ်တဲ့", "my", "fake_jobs"),
        ("មេការប៉ះខ្លួនខ្ញុំ ហើយនិយាយថាបើប្រាប់គេនឹងបណ្តេញខ្ញុំចេញពីការងារ", "km", None),
    ],
)
def test_touching_in_burmese_or_khmer_is_danger_and_spoken_to(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.8, lang))
    assert got.urgent
    assert _line(HARMED, lang) in said(got)
    assert _no_arrest(got)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_friend_touched_is_danger_and_the_line_speaks_of_her(real, lang):
    """Round 27B left it open: the line told the friend who wrote "What happened is not your
    fault ... you decide whether to go to them"."""
    words = "my friend shy to tell, her supervisor touch her body in the factory"
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.8, lang))
    assert got.urgent
    assert _line(HARMED_THEM, lang) in said(got)
    assert _line(HARMED, lang) not in said(got)
    assert _no_arrest(got)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_sister_harassed_gets_the_line_about_her(real, lang):
    words = "my sister boss message her every night, he want her as his wife"
    got = run(real, settled(lang, "TH"), read_as(words, "fake_jobs", 0.6, lang))
    assert _line(HARASS_THEM, lang) in said(got)
    assert _line(HARASS, lang) not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "my husband hit me, my friend say he beat her too",  # the writer is hit too
        "supervisor message me every night, he message her also",
    ],
)
def test_harm_to_the_writer_keeps_the_line_to_the_writer(words):
    assert not harmed.someone_else_harmed(words)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        (
            "i just give birth 2 weeks ago, boss say come back work tomorrow or no job",
            "en",
            "injury_health",
        ),
        ("after baby born no leave no salary. can i get maternity leave?", "en", "born_abroad"),
        ("how many days maternity leave in thailand", "en", None),
        ("မီးဖွားခွင့် ဘယ်နှရက် ရလဲ", "my", None),
        ("ទើបសម្រាលកូន ថៅកែឱ្យមកធ្វើការវិញ", "km", None),
    ],
)
def test_leave_after_a_birth_is_told_what_is_not_known(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.8, lang))
    emergency = topic_title(real.catalog, "emergency_help", lang)
    line = in_language(lang, AFTER_BIRTH).format(
        person=in_language(lang, "Talk to a person"), emergency=emergency
    )
    assert said(got).startswith(line)


@pytest.mark.parametrize(
    "words",
    [
        "police come at night to our dormitory",
        "my baby was born in thailand, how to get birth certificate",
        "my boss lock my passport in his drawer",
    ],
)
def test_a_raid_a_birth_abroad_and_a_locked_passport_get_no_such_line(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "arrest_detention", 0.9))
    text = said(got)
    for msgid in (ROOM, HARASS, AFTER_BIRTH):
        assert msgid.split(":")[0][:40] not in text


@pytest.mark.parametrize(
    "words",
    [
        "i was rescued from scam compound, they forced me to scam people, will police arrest me?",
        "boss forced me to work 16 hours, i am so tired",
    ],
)
def test_forced_to_work_or_scam_gets_no_line_on_sexual_violence(real, words):
    """Round 28A: "they forced me to scam people" got, beside the scam and rescue lines, "What
    happened is not your fault ... what the police do when a migrant reports violence": "forced
    me" was read as sexual violence."""
    got = run(real, settled("en", "TH"), read_as(words, "job_scams_trafficking", 0.8))
    assert _line(HARMED, "en") not in said(got)


@pytest.mark.parametrize("words", ["he force me, i scared", "he forced me to have sex"])
def test_forced_said_of_sex_still_gets_the_line(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.8))
    assert _line(HARMED, "en") in said(got)


@pytest.mark.parametrize("words", ["sick, boss force me work", "boss forced me work when sick"])
def test_forced_to_work_in_broken_english_gets_no_line_on_sexual_violence(real, words):
    """Round 29B: "sick… boss force me to work" got "What happened is not your fault" after the
    numbers; broken English drops the "to"."""
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.8))
    assert _line(HARMED, "en") not in said(got)
