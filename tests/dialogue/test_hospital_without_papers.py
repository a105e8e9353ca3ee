"""Sick or hurt, without papers, afraid of the hospital (exploratory round 16B): "I am sick:
if I go to hospital, will they arrest me?" in Burmese, Zawgyi, romanised Khmer and English
got the injury answer and nothing on the fear; "can I go hospital without passport, police
come?", and "police will catch me?" right after the injury answer, got the arrest answer.
Our sources do not say whether a hospital tells the police or immigration: the injury answer
now says so first and points to a person; such an arrest reading gets the injury answer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue.events import ButtonPress
from bot.values import Asked

LINE = (
    "Afraid to go to a hospital without papers? Our sources do not say whether a hospital "
    "tells the police or immigration. Badly hurt or very sick? Get treatment first: in an "
    "emergency, go to the nearest hospital. If there is time, ask a person from a partner "
    "organisation before you go: tap “{person}”."
)


def line(lang: str) -> str:
    return in_language(lang, LINE).format(person=tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("နေမကောင်းဘူး ဆေးရုံ သွားရင် ဖမ်းမလား", "my"),
        ("ေနမေကာင္းဘူး ေဆး႐ုံ သြားရင္ ဖမ္းမလား", "my"),  # Zawgyi
        ("nay ma kaung buu, sayar yone thwar yin phan ma lar", "my"),
        ("knhom chheu, ot mean passport, tov mundul pet ban te", "km"),
        ("ខ្ញុំគ្មានលិខិតឆ្លងដែន ទៅមន្ទីរពេទ្យបានទេ", "km"),
        ("i have fever 3 days, no money for doctor, i am undocumented", "en"),
    ],
)
def test_afraid_of_the_hospital_is_told_what_the_sources_do_not_say_first(real, words, lang):
    got = run(real, settled(lang), read_as(words, "injury_health", 0.9, lang))
    assert said(got).startswith(line(lang))
    plain = run(real, settled(lang), read_as("i am sick", "injury_health", 0.9, lang))
    assert said(got).endswith(said(plain))  # the answer itself unchanged


def test_an_arrest_read_in_a_question_about_the_hospital_gets_the_injury_answer(real):
    words = "can I go hospital without passport, police come?"
    got = run(real, settled(), read_as(words, "arrest_detention", 0.85))
    assert said(got).startswith(line("en"))
    assert topic_title(real.catalog, "injury_health", "en") in said(got)
    assert topic_title(real.catalog, "arrest_detention", "en") not in said(got)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.ANSWERED, "injury_health")
    assert not got.urgent


def test_police_will_catch_me_right_after_the_injury_answer_is_about_it(real):
    shown = run(real, settled(), ButtonPress("topic:injury_health"))
    after = replace(real, last_answer=shown.shown)
    got = run(after, shown.state, read_as("police will catch me?", "arrest_detention", 0.8))
    assert said(got).startswith(line("en"))
    assert "is just above" in said(got)


@pytest.mark.parametrize(
    "words", ["police arrest my brother at the hospital", "police will catch me?"]
)
def test_an_arrest_told_or_asked_about_elsewhere_keeps_the_arrest_answer(real, words):
    got = run(real, settled(), read_as(words, "arrest_detention", 0.9))
    assert said(got).startswith(topic_title(real.catalog, "arrest_detention", "en"))


@pytest.mark.parametrize("country", ["TH", "MY", "KR", "JP", "SG", "MM", None])
def test_the_line_does_not_tell_someone_hurt_to_wait_above_treatment_first(real, country):
    """Round 25C: "If you can, ask a person ... before you go" stood above an injury answer
    that says "Get treatment first": someone badly hurt, without papers, read to wait. The
    line now says treatment first too, before asking a person."""
    state = replace(settled(), country=country)
    got = said(
        run(
            real,
            state,
            read_as("i am hurt, no papers, hospital call police?", "injury_health", 0.9),
        )
    )
    line_part, answer_part = got.split(topic_title(real.catalog, "injury_health", "en"), 1)
    assert "treatment first" in answer_part.lower() or "999" in answer_part
    first, ask = line_part.lower().find("treatment first"), line_part.find("ask a person")
    assert 0 <= first < ask
