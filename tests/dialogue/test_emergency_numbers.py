"""Someone in danger gets numbers they can call now, where they are (bot/dialogue/flows.py
`emergency`, bot/dialogue/triage.py, `Catalog.emergency_contacts`), on the real content:

- the place the message names counts ("I am in Malaysia, help me"), profile or not;
- where the place is unknown, the answer that fits anyone comes at once, then "Where are
  you now?", then the numbers for that place;
- "Call for help now" holds police/emergency numbers and lines marked 24-hour/urgent only:
  never an immigration service or an office-hours line (a frightened, undocumented person
  must not be sent to immigration first);
- the lines in it are the person's own: a Cambodian is not shown the Burmese-language line,
  nor told that the Khmer line "does not speak your language";
- the message's other problems are still offered.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.dialogue import engine
from bot.dialogue.events import ButtonPress, Text
from bot.values import NluResult, UserState

LOCKED = "I am in Malaysia. help me, boss locked me in room"


def typed(words: str, *topics: str, lang: str = "en") -> Text:
    """Free text as the NLU read it (`topics`, the answer first)."""
    return Text(words, lang, None, NluResult(topics[0] if topics else None, 0.9, (), topics))


def call_now(outcome: engine.Outcome) -> str:
    """The "Call for help now" block: the first reply, up to the answer's title."""
    first = outcome.replies[0].text
    assert first.startswith("🆘"), first[:120]
    return first.split("Emergency help")[0]


def test_a_new_user_naming_the_country_gets_its_numbers_at_once(real):
    outcome = run(real, UserState(language="en"), typed(LOCKED, "emergency_help"))
    assert "999" in call_now(outcome)
    assert outcome.state.country is None  # the profile is not changed by a place named


def test_the_place_named_wins_over_the_profile(real):
    # Someone whose profile says Thailand and who writes from Malaysia needs Malaysia's 999.
    state = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    outcome = run(real, state, typed(LOCKED, "emergency_help"))
    block = call_now(outcome)
    assert "999" in block and "1300" not in block


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_place_unknown_asks_where_then_gives_the_numbers(real, lang):
    state = UserState(language=lang)
    words = "help me they lock me in room"
    first = run(real, state, typed(words, "emergency_help", lang=lang))
    body = said(first)
    assert "1300" not in body  # no place, no numbers guessed
    assert first.state.pending_topic == "emergency_help"
    assert all_button_data(first)[0] == "person:emergency_help"  # a person first
    # Round 23B: "Where are you from?" came first, the numbers two taps later. In danger,
    # "Where are you now?" alone: the numbers with the next tap.
    assert first.state.step == "country"
    assert tr(lang).gettext("Where are you now?") in body
    assert tr(lang).gettext("Where are you from?") not in body
    done = run(real, first.state, ButtonPress("country:TH"))
    assert "1300" in said(done) and said(done).startswith("🆘")
    assert done.state.step is None and done.state.pending_topic is None


@pytest.mark.parametrize(
    ("country", "never"),
    [
        ("KR", "1345"),  # the Immigration Contact Center
        ("JP", "0570-013904"),  # the immigration information centre, weekdays
        ("TH", "1506"),  # the Ministry of Labour's office-hours line
        ("TH", "1694"),  # weekdays 08:30-16:30
        ("KH", "1297"),  # job registration
    ],
)
def test_call_now_holds_no_immigration_or_office_hours_line(real, country, never):
    state = UserState(language="en", origin="MM", country=country, profile_asked=True)
    outcome = run(real, state, ButtonPress("topic:emergency_help"))
    assert never not in outcome.replies[0].text.split("Emergency help")[0]


def test_every_call_now_entry_is_an_emergency_or_urgent_line(real):
    for country in ("TH", "MY", "KR", "JP", "SG", "KH", "MM"):
        for entry in real.catalog.emergency_contacts(country):
            assert entry.kind == "emergency" or entry.urgent, entry.id
            assert "immigration" not in entry.id, entry.id


@pytest.mark.parametrize("lang", ["en", "km"])
def test_a_cambodian_sees_the_khmer_line_as_theirs(real, lang):
    state = UserState(language=lang, origin="KH", country="TH", profile_asked=True)
    outcome = run(real, state, ButtonPress("topic:emergency_help"))
    block = outcome.replies[0].text.split(tr(lang).gettext("Emergency help"))[0]
    khmer_line = real.catalog.entries["cso-issara-helpline-kh"].phones[0]
    burmese_line = real.catalog.entries["cso-issara-helpline-mm"].phones[0]
    assert khmer_line in block and burmese_line not in block
    assert (
        tr(lang).gettext("Does not speak your language. Speaks: {languages}.").split("{")[0]
        not in block
    )


def test_danger_with_other_problems_still_offers_them(real):
    state = UserState(language="en", origin="KH", country="TH", profile_asked=True)
    words = "agency take my passport and boss hit me and no pay 2 month, i want go home"
    outcome = run(real, state, typed(words, "documents_confiscated", "unpaid_wages", "return_home"))
    assert outcome.replies[0].text.startswith("🆘")
    buttons = all_button_data(outcome)
    assert "topic:unpaid_wages" in buttons and "topic:return_home" in buttons
    assert tr("en").gettext("You also wrote about this. Tap to read more:") in said(outcome)


def test_danger_read_as_an_emergency_offers_the_other_problems_too(real):
    state = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    outcome = run(real, state, typed("boss hit me and no pay", "emergency_help", "unpaid_wages"))
    assert "topic:unpaid_wages" in all_button_data(outcome)
