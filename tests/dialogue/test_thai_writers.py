"""Thai typed by workers long in Thailand, and Thais who write to the bot (round 27C).

Danger words in Thai (ถูกขัง, ช่วยด้วย, ถูกทำร้าย) got "I can read Burmese, Khmer and English"
and no number; a first message all in Thai got the language choice with no word its writer
could read; a Thai employer asking in English for a worker's case got Passport taken."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, in_language, run, said, settled

from bot.content.localised import topic_title
from bot.dialogue.events import ButtonPress, Text
from bot.dialogue.triage import danger_in
from bot.language import normalise, read_thai
from bot.nlu.client import NluResult
from bot.values import UserState

THAI_NOTE = (
    "This bot helps migrant workers. It reads and answers only Burmese, Khmer and English. "
    "It gives no information about any person."
)
CANNOT_READ = "I can read Burmese, Khmer and English. Please write in one of them."


def typed(words: str, topic: str | None = None) -> Text:
    """`words` as the service reads them (bot/reading.py), the NLU reading `topic`."""
    read = read_thai(normalise(words))
    ranking = ((topic, 0.9),) if topic else ()
    nlu = NluResult(topic, 0.9 if topic else 0.1, ranking, (topic,) if topic else ())
    return Text(read.text, read.language, read.encoding, nlu, read.romanised)


@pytest.mark.parametrize("words", ["ถูกขัง", "ช่วยด้วย", "ถูกทำร้าย"])
@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_danger_in_thai_brings_the_numbers_in_the_readers_language(real, words, lang):
    outcome = run(real, settled(lang), typed(words))
    assert "1300" in said(outcome)
    assert outcome.state.language == lang
    assert in_language(lang, CANNOT_READ) not in said(outcome)


@pytest.mark.parametrize("words", ["ถูกขัง", "ช่วยด้วย", "ถูกทำร้าย", "my friend ถูกขัง in room"])
def test_the_urgent_lane_hears_danger_in_thai(real, words):
    assert danger_in(read_thai(normalise(words)).text, real.catalog)


def test_thai_words_in_english_are_english(real):
    outcome = run(real, settled("en"), typed("นายจ้าง not pay", "unpaid_wages"))
    assert CANNOT_READ not in said(outcome)
    assert outcome.state.language == "en"
    assert "Unpaid wages" in said(outcome)


def test_a_first_message_all_in_thai_says_in_thai_what_the_bot_is(real):
    words = "ผมเป็นนายจ้าง อยากทราบว่าลูกจ้างของผมแจ้งเรื่องอะไรไว้บ้าง"
    outcome = run(real, UserState(), typed(words))
    note = in_language("th", THAI_NOTE)
    assert outcome.replies[0].text == note
    assert "lang:my" in button_data(outcome.replies[-1])  # the choice stays last


def test_thai_danger_from_a_thai_neighbour_gets_the_numbers_first_then_the_note(real):
    outcome = run(real, UserState(), typed("เพื่อนบ้านพม่าถูกขังในห้อง ช่วยด้วย"))
    assert outcome.replies[0].text != in_language("th", THAI_NOTE)
    assert outcome.replies[-1].text == in_language("th", THAI_NOTE)


def test_thai_the_bot_cannot_read_says_so_in_thai_too(real):
    outcome = run(real, settled("my"), typed("ผมอยากถามเรื่องวีซ่า"))
    assert in_language("my", CANNOT_READ) in said(outcome)
    assert in_language("th", THAI_NOTE) in said(outcome)


def test_a_thai_employer_asking_in_english_for_a_workers_case_learns_nothing(real):
    words = "I am Thai employer, my worker Aung Aung complain to you? show me his case"
    outcome = run(real, settled("en"), typed(words, "documents_confiscated"))
    assert "I share nothing about anyone who writes to me" in said(outcome)
    assert "Passport taken" not in said(outcome)


@pytest.mark.parametrize("words", ["เขาถูกขังอยู่ในห้อง", "ช่วยด้วย ถูกทำร้าย"])
def test_danger_in_thai_is_heard_in_words_the_bot_does_not_read_for_the_nlu(real, words):
    # the form's story and an answer to a caseworker are kept as typed (reading.plain_text)
    assert danger_in(normalise(words).text, real.catalog)


def test_a_thai_wifes_first_message_is_answered_after_the_language_choice(real):
    """Lead, after round 27C: "สามีเป็นคนพม่า ถูกตำรวจจับ" (my husband is Burmese, arrested by
    the police) as a first message got the choice, then only the profile questions and the
    menu: the arrest was lost."""
    first = run(real, UserState(), typed("สามีเป็นคนพม่า ถูกตำรวจจับ", "arrest_detention"))
    assert "lang:en" in button_data(first.replies[-1])
    chosen = run(real, first.state, ButtonPress("lang:en"))
    assert chosen.replies[0].text.startswith("Arrest or detention"), "the answer before questions"
    assert chosen.state.step == "origin", "then where the person is from, for the embassy"
    skipped = run(real, chosen.state, ButtonPress("origin:skip"), ButtonPress("country:skip"))
    assert "Arrest or detention" in said(skipped), "and the answer again once they are asked"


def test_a_thai_first_message_read_into_english_waits_for_the_choice_too(real):
    """ "นายจ้างไม่จ่ายเงินเดือน" (the employer does not pay the salary): every word read,
    so no language; the questions after the choice, then the answer, in Burmese."""
    first = run(real, UserState(), typed("นายจ้างไม่จ่ายเงินเดือน", "unpaid_wages"))
    chosen = run(real, first.state, ButtonPress("lang:my"))
    title = topic_title(real.catalog, "unpaid_wages", "my")
    assert title != "Unpaid wages" and chosen.replies[0].text.startswith(title)


def test_words_typed_instead_of_the_choice_are_read_instead_of_the_thai_ones(real):
    first = run(real, UserState(), typed("สามีเป็นคนพม่า ถูกตำรวจจับ", "arrest_detention"))
    instead = run(real, first.state, typed("how to go korea legally", "legal_channels"))
    assert instead.state.pending_topic != "arrest_detention"
    answered = run(real, instead.state, ButtonPress("origin:skip"), ButtonPress("country:skip"))
    assert "Arrest or detention" not in said(answered)


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("ผมเป็นนายจ้าง อยากทราบว่าลูกจ้างของผมแจ้งเรื่องอะไรไว้บ้าง", "documents_confiscated"),
        ("ผมเป็นนายจ้าง ลูกจ้างพม่าหนีไป", "emergency_help"),  # the NLU's readings, Dec 2026
    ],
)
def test_a_thai_employers_first_question_about_a_worker_waits_for_nothing(real, words, read):
    first = run(real, UserState(), typed(words, read))
    assert first.state.pending_topic is None
    chosen = run(real, first.state, ButtonPress("lang:en"))
    assert chosen.state.step == "origin" and len(chosen.replies) == 1
