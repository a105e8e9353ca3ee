"""Despair, thoughts of ending one's life, and a friend who may hurt themselves (exploratory
round 20A, docs/exploratory/round20-despair-violence.md): "better to die" and "maybe better i
die" got "I cannot help with that"; "I want to kill myself" got the emergency answer, which
speaks of trafficking reports and a safe place, with Arrest or detention and Passport taken
a tap away and no word to the person; "he drink and cut his hand" got Arrest or detention.
Now: the numbers, a sorry (or, for a friend, stay with them), that our sources have no
counselling line, a person; no other topic."""

from __future__ import annotations

import pytest
from dialogue_helpers import (
    all_button_data,
    button_data,
    in_language,
    read_as,
    run,
    said,
    settled,
    text,
)

from bot.content.localised import topic_title

SELF = (
    "I am very sorry you feel this way. You are not alone. If you may hurt yourself now, call "
    "the emergency number where you are, or ask someone near you to stay with you. Our "
    "sources have no checked counselling line for people who think of ending their life. A "
    "person from a partner organisation can listen: tap “{person}”."
)
OTHER = (
    "You are right to worry. If you can, stay with them and do not leave them alone. If they "
    "may hurt themselves now, call the emergency number where you are. Our sources have no "
    "checked counselling line for people who think of ending their life. A person from a "
    "partner organisation can help you: tap “{person}”."
)


def _line(msgid: str, lang: str) -> str:
    person = in_language(lang, "Talk to a person")
    return in_language(lang, msgid).format(person=person)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("better to die", "en", None),
        ("i cannot go on anymore", "en", "emergency_help"),  # the NLU's reading only (20A)
        ("so tired of living", "en", None),
        ("boss not pay, maybe better i die", "en", "unpaid_wages"),
        ("I want to kill myself", "en", "emergency_help"),
        ("i hurt myself again", "en", "injury_health"),
        ("သေတာကောင်းတယ်", "my", None),  # better to die
        ("ខ្ញុំចង់ស្លាប់", "km", "emergency_help"),  # I want to die
        ("khnhom chong slab", "en", None),  # the same, romanised
    ],
)
def test_not_wanting_to_live_is_spoken_to(real, words, lang, topic):
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    assert got.urgent
    assert _line(SELF, lang) in said(got)
    assert topic_title(real.catalog, "emergency_help", lang) in said(got)
    data = [d for reply in got.replies for d in button_data(reply)]
    assert not [d for d in data if d.startswith(("topic:", "at:"))], data
    assert any(d.startswith("person") for d in data)


@pytest.mark.parametrize(
    ("words", "topic", "country"),
    [
        ("my friend say she will die", "emergency_help", "MY"),
        ("he drink and cut his hand", "arrest_detention", "TH"),
        ("my roommate want to kill herself", "emergency_help", "SG"),
    ],
)
def test_a_friend_in_danger_is_told_to_stay_with_them(real, words, topic, country):
    got = run(real, settled("en", country), read_as(words, topic, 0.8))
    assert got.urgent
    assert _line(OTHER, "en") in said(got)
    assert _line(SELF, "en") not in said(got)
    assert topic_title(real.catalog, "arrest_detention", "en") not in said(got)


def test_without_a_place_the_line_comes_before_the_profile_questions(real):
    from bot.values import UserState

    got = run(real, UserState(language="en"), read_as("i want to end my life", None, 0.5))
    text = said(got)
    assert _line(SELF, "en") in text
    assert text.index(_line(SELF, "en")) < text.index("Where are you now?")


def test_other_danger_keeps_its_topics(real):
    words = "my husband beat me and keep my passport"
    got = run(real, settled(), read_as(words, "documents_confiscated", 0.9))
    assert _line(SELF, "en") not in said(got)
    assert topic_title(real.catalog, "documents_confiscated", "en") in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("sorry, i wrote wrong, please delete", "en", "emergency_help"),  # 🆘 before
        ("forget it", "en", None),  # "I cannot help with that" before
        ("never mind", "en", None),
        ("မေ့လိုက်ပါ", "my", None),
        ("ភ្លេចវាទៅ", "km", None),
    ],
)
def test_taking_back_what_one_wrote_gets_the_ways_to_take_it_back(real, words, lang, topic):
    # Round 20A: after telling of violence, a person who regrets it.
    got = run(real, settled(lang), read_as(words, topic, 0.77, lang))
    assert "mine:delete" in all_button_data(got) and "☎" not in said(got)
    assert got.tally is not None and got.tally.topic == "withdraw"


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("no one cares about me", "en"),
        ("nobody care", "en"),
        ("ဘယ်သူမှ ဂရုမစိုက်ဘူး", "my"),
        ("ဘယ်သူမှ ဂရုမစိုက်ဘူး ငါ မနေချင်တော့ဘူး", "my"),  # no one cares, I don't want to stay
        ("ma nay chin tot bu", "my"),
        ("គ្មាននរណាខ្វល់ពីខ្ញុំទេ", "km"),
    ],
)
def test_no_one_cares_gets_the_upset_reply(real, words, lang):
    # Round 20A: "Sorry, I did not understand", Work at home instead a tap away.
    got = run(real, settled(lang), read_as(words, None, 0.4, lang))
    plain = run(real, settled(lang), read_as("i want to cry", None, 0.2, lang))
    assert said(got) == said(plain)
    assert not got.urgent


HARMED = (
    "What happened is not your fault. I tell nothing to the police, and you decide whether to "
    "go to them. Our sources have no checked information on shelters, or on what the police "
    "do when a migrant reports violence. A person from a partner organisation can talk with "
    "you first: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "country"),
    [
        ("my husband hit me, he keep my passport", "en", "documents_confiscated", "MY"),
        ("my boss rape me, i scared of police", "en", "emergency_help", "TH"),
        ("he force me. i dont want police", "en", "emergency_help", "MY"),
        ("supervisor say if i not sleep with him he fire me", "en", None, "TH"),
        ("ယောက်ျားက ရိုက်တယ် ပတ်စပို့ သူ့ဆီမှာ", "my", "emergency_help", "TH"),
        ("ប្តីខ្ញុំវាយខ្ញុំ", "km", "emergency_help", "TH"),
        ("bdey khnhom vay khnhom", "km", "emergency_help", "TH"),  # the same, romanised
        ("គាត់ធ្វើរឿងអាក្រក់ដាក់ខ្ញុំ", "km", None, "MY"),
    ],
)
def test_violence_from_a_partner_or_sexual_is_spoken_to(real, words, lang, topic, country):
    # Round 20A: the numbers and the emergency answer, Arrest or detention a tap away,
    # nothing on the police the person fears; the Khmer "did bad things to me" was not
    # understood.
    got = run(real, settled(lang, country), read_as(words, topic, 0.8, lang))
    assert got.urgent
    text = said(got)
    assert _line(HARMED, lang) in text
    assert not [d for d in all_button_data(got) if "arrest_detention" in d]
    also = in_language(lang, "You also wrote about this. Tap to read more:")
    if also in text:  # the line heads its buttons: nothing between them
        assert text.index(_line(HARMED, lang)) < text.index(also)


def test_a_boss_who_hits_gets_no_such_line(real):
    got = run(real, settled(), read_as("boss hit me and not pay salary", "unpaid_wages", 0.9))
    assert got.urgent and _line(HARMED, "en") not in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "line"),
    [
        ("i am so tired, i want to die, nobody help me", "en", SELF),
        ("ខ្ញុំចង់ស្លាប់", "km", SELF),
        ("my friend say she will die", "en", OTHER),
        ("my husband hit me, i dont want police", "en", HARMED),
    ],
)
def test_in_the_form_and_to_a_caseworker_they_are_spoken_to_too(real, words, lang, line):
    # Round 21A: typed as what happened in the form (or to a caseworker: the same numbers
    # before the relay's question), the emergency answer alone, Arrest or detention and
    # Passport taken a tap away, no word to the person.
    from bot.dialogue.events import ButtonPress

    opened = run(
        real,
        settled(lang),
        ButtonPress("person:emergency_help"),
        ButtonPress("ref:topic:emergency_help"),
    )
    assert opened.state.step == "ref:description"
    got = run(real, opened.state, text(words, lang))
    assert got.state.step == "ref:place"  # the form goes on, its words kept
    assert (got.state.form or {}).get("urgent") == "1"
    assert _line(line, lang) in said(got)
    shown = [d for d in all_button_data(got) if d.startswith(("topic:", "at:"))]
    assert not [d for d in shown if "arrest_detention" in d], shown
    if line is not HARMED:
        assert not shown, shown


@pytest.mark.parametrize(
    ("words", "reading"),
    [
        ("I cannot go on", "emergency_help"),
        ("i cant go on...", None),
        ("i am so tired of everything", None),
        ("Im tired of it all 😔", "goodbye"),
    ],
)
def test_cannot_go_on_said_alone_gets_the_numbers_and_the_line(real, words, reading):
    """Round 20A: "I cannot go on" got the emergency answer by the NLU's reading only,
    without the line for not wanting to live; "i am so tired of everything" got "did not
    understand". Said alone, they are danger: the numbers, then the line."""
    got = run(real, settled("en"), read_as(words, reading, 0.5))
    assert said(got).startswith("🆘")
    assert _line(SELF, "en") in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "i cannot go on leave this month, boss say no",
        "tired of everything at this job, how to change employer",
    ],
)
def test_cannot_go_on_inside_a_question_is_no_such_line(real, words):
    got = run(real, settled("en"), read_as(words, "change_employer", 0.9))
    assert _line(SELF, "en") not in said(got)
