"""Where did they take them, and for how long (round 25B): "where they take him" from a wife
in Myanmar got the emergency answer for Myanmar ("call the police ... where you are"), the
Khmer "គេយកគាត់ទៅណា" the 🆘 numbers again, the Burmese "ဘယ်ကို ခေါ်သွားလဲ" and "how long they
keep him" "did not understand". Our sources say nothing on where people who are arrested are
taken or for how long: the reply says so, a person first, the arrest answer one tap away;
with an arrest read surely, the line goes above the arrest answer."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import taken_where
from bot.values import Asked

LINE = (
    "Where people who are arrested are taken, and for how long they are held, is not in our "
    "sources. A person from a partner organisation may help you find out: tap “{person}” and "
    "say the country, the city and when it happened."
)


def line(lang: str) -> str:
    return in_language(lang, LINE).format(person=tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("event", "lang", "country"),
    [
        (read_as("where they take him", "emergency_help", 0.74), "en", "MM"),
        (read_as("where they take my friend", "emergency_help", 0.7), "en", "TH"),
        (read_as("they took 20 people, where they go?", "emergency_help", 0.27), "en", "TH"),
        (read_as("how long they keep him", None, 0.6), "en", "TH"),
        (read_as("ဘယ်ကို ခေါ်သွားလဲ", None, 0.32, "my"), "my", "TH"),
        (read_as("ဘယ္ကို ေခၚသြားလဲ", None, 0.3, "my"), "my", "TH"),  # Zawgyi
        (read_as("គេយកគាត់ទៅណា", "emergency_help", 0.39, "km"), "km", "TH"),
        (read_as("yok koat tov na", "emergency_help", 0.4, "km"), "km", "TH"),
    ],
)
def test_where_they_took_someone_is_told_what_the_sources_do_not_say(real, event, lang, country):
    got = run(real, settled(lang, country), event)
    assert said(got).startswith(line(lang))
    assert "🆘" not in said(got)
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:arrest_detention"] and data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, taken_where.NAME)


def test_with_an_arrest_read_the_line_goes_above_the_arrest_answer(real):
    event = read_as("where is my husband now, police took him", "arrest_detention", 0.97)
    got = run(real, settled("en", "TH"), event)
    assert said(got).startswith(line("en"))
    assert "Arrested, detained or facing deportation" in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "where they keep my passport",
        "how long they keep my passport",
        "where can i take my exam",
        "where to send money home",
        "i was arrested before, where to go for help",
        "boss take my money, where to complain",
        "where is the immigration office",
    ],
)
def test_other_wheres_are_not_asked_where_someone_was_taken(words):
    assert not taken_where.says(words)
