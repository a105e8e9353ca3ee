"""Numbers in national format shown for a country the writer is not in (explore10 x10a,
finding F4): a person in Myanmar writing about a friend locked in a factory in Thailand read
"Call for help now" with Thailand's 1300 and Issara's 1800 line, then "Call one of the numbers
shown", and nothing said that these work only when dialled inside Thailand. The directory
keeps such numbers in national format (no "+", docs/content-format.md); under the contacts,
one line now says so when the writer is not known to be in that country (the profile's
place, or the place their own words name; not a place named for someone else)."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said

from bot.dialogue.events import ButtonPress, Text
from bot.dialogue.triage import urgent_answer
from bot.values import NluResult, UserState

FRIEND = "My friend is locked in a factory in Thailand, the boss took her passport"
INSIDE_TH = "Numbers without + work only inside Thailand."


def typed(words: str, topic: str, lang: str = "en") -> Text:
    return Text(words, lang, None, NluResult(topic, 0.9, (), (topic,)))


def person(origin: str | None = "MM", country: str | None = "MM", lang: str = "en") -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


def test_at_home_writing_about_a_friend_in_thailand_says_where_the_numbers_work(real):
    shown = said(run(real, person(), typed(FRIEND, "emergency_help")))
    assert "☎ 1300" in shown and INSIDE_TH in shown
    # Right under the numbers, before "Call one of the numbers shown".
    assert shown.index(INSIDE_TH) < shown.index("Call one of the numbers shown")


def test_said_once_for_one_country(real):
    shown = said(run(real, person(), typed(FRIEND, "emergency_help")))
    assert shown.count("Numbers without +") == 1


def test_in_thailand_nothing_is_added(real):
    shown = said(run(real, person(country="TH"), typed(FRIEND, "emergency_help")))
    assert "☎ 1300" in shown and "Numbers without +" not in shown


def test_a_place_the_writer_names_for_themselves_is_where_they_are(real):
    # The profile says Thailand; "I am in Malaysia" is where the writer is now: 999 there.
    words = "I am in Malaysia. help me, boss locked me in room"
    shown = said(run(real, person(country="TH"), typed(words, "emergency_help")))
    assert "☎ 999" in shown and "Numbers without +" not in shown


def test_a_place_skipped_and_a_thai_line_shown(real):
    # Place skipped: the Issara line (a Thai toll-free number) is shown under "Myanmar:".
    shown = said(run(real, person(country=None), ButtonPress("topic:job_scams_trafficking")))
    assert "☎ 1800 010 180" in shown and INSIDE_TH in shown


def test_international_numbers_get_no_line(real):
    # At home, a tap for Thailand: the embassy's numbers all start with "+".
    state = person()
    first = run(real, state, ButtonPress("topic:embassy_contact"))
    tapped = said(run(real, first.state, ButtonPress("here:TH:embassy_contact")))
    assert "☎ +66" in tapped and "Numbers without +" not in tapped


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_line_is_translated(real, lang):
    shown = said(run(real, person(lang=lang), typed(FRIEND, "emergency_help", lang)))
    assert "1300" in shown and "Numbers without +" not in shown
    english = said(run(real, person(), typed(FRIEND, "emergency_help")))
    # One line more than the answer without it, in the person's language.
    home = said(run(real, person(country="TH", lang=lang), typed(FRIEND, "emergency_help", lang)))
    assert len(shown.splitlines()) == len(home.splitlines()) + 2
    assert INSIDE_TH in english


def test_the_numbers_given_first_in_the_middle_of_something_say_it_too(real):
    # triage.urgent_answer: danger words at any step (the form, a question) get the numbers.
    shown = "\n".join(reply.text for reply in urgent_answer(FRIEND, person(), real))
    assert "☎ 1300" in shown and INSIDE_TH in shown


def test_any_answer_for_a_friends_place_says_it(real):
    # menu.answer: a topic typed with the friend's place (going home from Thailand: 1546).
    words = "My friend in Thailand wants to go home, how?"
    shown = said(run(real, person(), typed(words, "return_home")))
    assert "☎ 1546" in shown and INSIDE_TH in shown
