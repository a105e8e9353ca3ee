""" "They check my phone" (exploratory round 16A, F1): someone held in a scam compound wrote
"they check my phone", "ဖုန်း စစ်တယ်" (they check the phone), "they check phone every night":
"I cannot help with that" with the menu; "they check my phone what if they see this" got
Check an agency (the NLU read "check", 0.90); "is this chat saved?" the bot's help. Nothing
said that anyone who holds the phone can read this chat, nor that /clear deletes it. Now
they get who sees what (own_data.py, /privacy's words), which says both. With danger words
in the same message ("they beat me, they check my phone"), the emergency numbers first,
then who sees what; in a story the NLU reads a problem in, that answer first, then who sees
what. A relative's story about "his phone" is read as before, and so are the words in the
form and to a caseworker who waits for an answer: there it is information for the
caseworker ("write me only in the morning"), kept as it was before. Matched from
content/safety/own_words.yml (the real content)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import button_data, read_as, run, said, settled, tr

from bot.dialogue import relay
from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView

NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)
PHONE = (
    "Anyone who holds your phone can read this chat. /clear deletes our messages "
    "from the last 48 hours."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang"),
    [
        ("they check my phone", None, 0.73, "en"),
        ("they check phone every night", None, 0.58, "en"),
        ("they check my phone what if they see this", "check_agency", 0.90, "en"),
        ("boss check our phone, they read my messages", None, 0.5, "en"),
        ("is this chat saved?", "bot_help", 0.84, "en"),
        ("ဖုန်း စစ်တယ်", None, 0.92, "my"),  # they check the phone
        ("သူတို့ ဖုန်းစစ်တယ်", None, 0.5, "my"),  # they check the phone
        ("គេឆែកទូរស័ព្ទខ្ញុំរាល់យប់", None, 0.5, "km"),  # they check my phone every night
        ("phone sit tal", None, 0.4, "my"),  # romanised Burmese: they check the phone
        ("ke chek tursap khnhom", None, 0.4, "km"),  # romanised Khmer: they check my phone
    ],
)
def test_a_checked_phone_gets_who_sees_what_and_clear(real, words, topic, confidence, lang):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got).startswith(tr(lang).gettext(NOTHING_TO_POLICE))
    assert tr(lang).gettext(PHONE) in said(got)
    assert button_data(got.replies[0]) == ["mine:privacy", "person", "mine:delete", "menu"]


def test_danger_words_come_first_then_who_sees_what(real):
    got = run(real, settled(), read_as("they beat me, they check my phone", None, 0.5))
    assert "1300" in got.replies[0].text  # Thailand's 24-hour hotline, first
    assert got.replies[-1].text.startswith(NOTHING_TO_POLICE)
    assert PHONE in got.replies[-1].text


def test_in_a_story_the_problem_is_answered_first_then_who_sees_what(real):
    words = "agent take my passport and dont give back, they check my phone every night"
    got = run(real, settled(), read_as(words, "documents_confiscated", 0.95))
    assert got.replies[0].text.startswith("Passport taken")
    assert got.replies[-1].text.startswith(NOTHING_TO_POLICE)
    assert PHONE in got.replies[-1].text


def test_a_relatives_story_about_his_phone_is_answered_as_before(real):
    words = (
        "my cousin went to thailand for job at casino, now they take him to myawaddy, "
        "he must scam 12 hours, they want 4000 usd, his phone check, what we do"
    )
    got = run(real, settled(), read_as(words, "job_scams_trafficking", 0.9))
    assert got.replies[0].text.startswith("Fake jobs and trafficking")
    assert PHONE not in said(got)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("police check my passport on the road", "arrest_detention"),
        ("how to check my phone number for the agency", "check_agency"),
        ("they beat me", None),
    ],
)
def test_other_checks_are_read_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.9))
    assert PHONE not in said(got)


def test_to_a_caseworker_who_waits_for_an_answer_it_is_offered_as_before(real):
    case = CaseView(
        "987JMA", "unpaid_wages", "FED", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26"
    )
    waiting = replace(real, cases=(case,))
    words = "they check my phone every night, write me only in the morning"
    got = run(waiting, settled(), read_as(words, None, 0.4))
    assert got.state.step == relay.STEP  # "Send this to FED?": their words, their tap
    assert words in (got.state.form or {}).values()


def test_in_the_form_it_is_kept_as_what_happened(real):
    opened = run(real, settled(), ButtonPress("person:unpaid_wages"))
    asked = run(real, opened.state, ButtonPress("ref:topic:unpaid_wages"))
    got = run(real, asked.state, read_as("they check my phone", None, 0.7))
    assert got.state.step != asked.state.step  # the next question: the words were kept
    assert "they check my phone" in (got.state.form or {}).values()
