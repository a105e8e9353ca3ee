"""Round 42C: readers that misfired, left open by rounds 39A, 39B, 40A and 41C
(docs/exploratory/round42-readers-left-open.md)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue import employer_gone, far_away, hospital_fears, no_passport
from bot.dialogue.events import Text
from bot.values import NluResult

HOSPITAL = "Afraid to go to a hospital without papers?"
GONE = "Your workplace closed, or your employer ran away"


def _read(words: str, topics: tuple[str, ...], confidence: float) -> Text:
    ranking = tuple((topic, confidence) for topic in topics)
    return Text(words, "en", None, NluResult(topics[0], confidence, ranking, topics))


def test_no_passport_to_work_is_no_fear_of_a_hospital(real):
    """41C: "I have no passport yet, can I still work", read as Injury or illness, got the
    line on a hospital telling the police; now Documents you need."""
    words = "I have no passport yet, can I still work"
    got = run(real, settled(), _read(words, ("injury_health", "documents_needed"), 0.9))
    assert HOSPITAL not in said(got)
    assert no_passport.instead_of("injury_health", words)


@pytest.mark.parametrize(
    "words",
    [
        "i am sick but no passport, will hospital call police",
        "no passport, my leg hurt, will they arrest me?",
        "ဆေးရုံသွားရင် ဖမ်းမလား",
    ],
)
def test_the_hospital_line_stays_for_the_hurt_and_sick(real, words):
    got = run(real, settled(), read_as(words, "injury_health", 0.9))
    assert HOSPITAL in said(got)
    assert not no_passport.instead_of("injury_health", words)


@pytest.mark.parametrize(
    "words",
    [
        "boss closed the factory and run away",
        "my boss closed the shop and gone",
        "employer shut the company, no pay 2 month",
    ],
)
def test_boss_closed_the_place_unsure_emergency_gets_the_line(real, words):
    """41C: "boss closed the factory and run away", read as an emergency at 0.52, got the
    emergency numbers; now the employer-gone line over Unpaid wages."""
    got = run(real, settled(), read_as(words, "emergency_help", 0.52))
    assert said(got).startswith(GONE)


def test_a_sure_emergency_or_a_danger_word_keeps_the_numbers_first(real):
    words = "boss closed the factory and run away"
    sure = run(real, settled(), read_as(words, "emergency_help", 0.9))
    assert not said(sure).startswith(GONE)
    danger = "boss closed the factory, he locked us in, help"
    got = run(real, settled(), read_as(danger, "emergency_help", 0.5))
    assert not said(got).startswith(GONE)


@pytest.mark.parametrize(
    "words",
    ["boss closed the factory on sunday", "shop close at 10", "boss close the door"],
)
def test_closing_times_are_no_employer_gone(words):
    assert not employer_gone.says(words)


def test_overdose_offers_no_unpaid_wages(real):
    """41C: "took too much drug" was also read as Unpaid wages (its "took"), offered under
    the overdose answer."""
    words = "my friend took too much drug, he not wake up"
    got = run(real, settled(), _read(words, ("unpaid_wages",), 0.5))
    assert said(got).startswith("Someone took something")
    assert "topic:unpaid_wages" not in " ".join(all_button_data(got))
    assert hospital_fears.ill("he is sick") and not hospital_fears.ill("can i still work")


FAR = "Far from an office, no transport or little signal?"
ROOM = "A room, rent, a deposit or a landlord?"


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang"),
    [
        ("I live far, no office near", "emergency_help", 0.54, "en"),
        ("i live very far, no labour office near", None, 0.3, "en"),
        ("ខ្ញុំនៅឆ្ងាយ គ្មានការិយាល័យនៅជិត", None, 0.56, "km"),
    ],
)  # fmt: skip
def test_far_from_an_office_gets_where_to_complain(real, words, topic, confidence, lang):
    """41C: "I live far, no office near", read as an emergency at 0.54, got the numbers."""
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    text = said(got)
    assert text.startswith(FAR) if lang == "en" else far_away.says(words)
    assert not text.startswith(topic_title(real.catalog, "emergency_help", lang))
    assert topic_title(real.catalog, "complaint_channels", lang) in text


def test_far_with_a_danger_word_keeps_the_numbers(real):
    got = run(
        real,
        settled(),
        read_as("I live far, no office near, boss lock us in", "emergency_help", 0.5),
    )
    assert not said(got).startswith(FAR)


@pytest.mark.parametrize(
    "words", ["sleep on the floor in my room, 10 people", "we sleep 10 people one room floor"]
)
def test_a_crowded_room_is_no_domestic_workers_question(real, words):
    """39A: "sleep on the floor in my room, 10 people" got the line for a domestic worker in
    the employer's house; now the line on a room."""
    got = run(real, settled(), read_as(words, None, 0.9))
    assert said(got).startswith(ROOM)


@pytest.mark.parametrize(
    "words",
    ["i sleep on the kitchen floor, no own room", "the office has 10 people", "room 10 baht"],
)
def test_near_misses_of_a_crowded_room(words):
    from bot.dialogue import housing

    assert not housing.says(words)


def test_khmer_boss_closed_the_factory_gets_the_line(real):
    words = "ថៅកែបិទរោងចក្រ ហើយរត់បាត់"
    got = run(real, settled("km"), read_as(words, "change_employer", 0.9, "km"))
    title = topic_title(real.catalog, "change_employer", "km")
    assert employer_gone.says(words)
    assert not said(got).startswith(title) and title in said(got)


def test_an_overdose_behind_a_locked_door_gets_the_first_step_with_the_numbers(real):
    """39A: "took too much drug in the compound, door locked" (danger words) got the
    emergency numbers alone; now the overdose answer's first step after them."""
    words = "my friend took too much drug in the compound, door locked, he not wake up"
    got = run(real, settled(), read_as(words, "emergency_help", 0.46))
    text = said(got)
    assert text.startswith("🆘 Call for help now")  # the numbers first, in Thailand
    assert text.count("Get medical help now") == 1


@pytest.mark.parametrize(
    "words",
    [
        "ရုံးမရှိတဲ့ အေးဂျင့် ယုံလို့ရလား",  # an agent with no office, can I trust it?
        "គេប្រាប់ថាជាក្រុមហ៊ុនធំ ប៉ុន្តែអត់មានការិយាល័យ",  # a big company, but no office
        "i live far from my family",
    ],
)
def test_an_agent_without_an_office_is_not_far_away(words):
    assert not far_away.says(words)
