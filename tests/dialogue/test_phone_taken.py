"""A phone taken or kept by the employer, an agent or "they" (session 20): "ke yok phone" and
the Khmer "the boss took my phone" got "I cannot help with that" (out of scope, 0.84 and
0.88), "boss take my phone" "I did not understand", and the Burmese "the boss keeps my phone"
Passport taken (0.96) with nothing on the phone. Our sources say nothing on it: the reply
says so, with Emergency help and a person; beside another problem read, that answer keeps
its place with the line first."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import phone_taken
from bot.dialogue.events import ButtonPress, Text
from bot.values import Asked, NluResult

LINE = (
    "Someone took or keeps your phone? Our sources have no checked information on that. If "
    "you cannot leave, or cannot call anyone, tap “{emergency}”. A person from a partner "
    "organisation can help: tap “{person}”."
)
NOTE = (
    "Someone took or keeps your phone? Our sources have no checked information on that. A "
    "person from a partner organisation can help: tap “{person}”."
)


def out_of_scope(words: str, lang: str) -> Text:
    nlu = NluResult(None, 0.84, (("out_of_scope", 0.84),), (), (), True)
    return Text(words, lang, None, nlu)


@pytest.mark.parametrize(
    ("event", "lang"),
    [
        (out_of_scope("ke yok phone", "km"), "km"),
        (out_of_scope("ថៅកែយកទូរស័ព្ទខ្ញុំ", "km"), "km"),  # the boss took my phone
        (read_as("boss take my phone", None, 0.38), "en"),
        (read_as("agent keep our phones, cannot call family", None, 0.4), "en"),
        (read_as("သူဌေးက ဖုန်းသိမ်းထားတယ်", "documents_confiscated", 0.96, "my"), "my"),
        (read_as("ေသူဌးက ဖုန္းသိမ္းထားတယ္", None, 0.3, "my"), "my"),  # Zawgyi
    ],
)
def test_a_phone_taken_is_told_what_the_sources_do_not_say(real, event, lang):
    got = run(real, settled(lang, "TH"), event)
    _ = tr(lang).gettext
    emergency = topic_title(real.catalog, "emergency_help", lang)
    line = in_language(lang, LINE).format(person=_("Talk to a person"), emergency=emergency)
    assert said(got).startswith(line)
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert "topic:documents_confiscated" not in data  # no paper was named
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, phone_taken.NAME)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("boss not pay 3 month and take my phone", "unpaid_wages"),
        ("boss keep my passport and my phone", "documents_confiscated"),
    ],
)
def test_beside_another_problem_its_answer_keeps_its_place_with_the_line_first(real, words, topic):
    got = run(real, settled("en", "TH"), read_as(words, topic, 0.9))
    note = NOTE.format(person="Talk to a person")
    plain = run(real, settled("en", "TH"), ButtonPress(f"topic:{topic}"))
    assert said(got).startswith(note)
    assert said(plain).split("\n")[0] in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "my phone stolen in bus",
        "i lost my phone",
        "boss check my phone",  # who sees this chat (own_data.py)
        "can i keep my own phone",  # a domestic worker's rules (live_in.py)
        "he take photo of my phone",
        "the agent took my phone number, he will call me",
        "boss keep my phone no",
    ],
)
def test_a_phone_lost_checked_or_asked_about_is_not_a_phone_taken(words):
    assert not phone_taken.says(words)


def test_danger_still_comes_first(real):
    got = run(real, settled("en", "TH"), read_as("they lock me in and take my phone", None, 0.3))
    assert said(got).startswith("🆘")
