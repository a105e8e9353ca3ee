"""Fires, floods, a building or crane that fell, a boat that sank, a road accident
(exploratory round 30C).

"fire in our room, where go?", the Burmese, Zawgyi and romanised "fire, where do I go?",
"fire at the dormitory, my friend still inside" in Malaysia and "fire in my apartment japan,
what number call" got "I cannot help with that" or "did not understand"; "crane fell on
site, 2 worker under it" got Myanmar's trafficking answer; "boat sank, my husband missing"
the reply for someone abroad. Safety first, then Malaysia's 999 (the only fire and ambulance
number in our sources), or, elsewhere, that our sources hold none; a person."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import disaster
from bot.values import Asked, UserState

FIRE = (
    "Fire or flood? Get out now and go to a safe place, away from the fire, the smoke or the "
    "water. Help others only if it is safe for you."
)
ACCIDENT = (
    "An accident, someone hurt, trapped or missing? Keep yourself safe first, away from what "
    "fell, the traffic or the water. Get treatment first: take the person to the nearest "
    "hospital or clinic now."
)
NONE_HERE = (
    "Our sources have no checked fire or ambulance number for {country}. Shout for help, and "
    "ask people near you to call one."
)
AFTER = (
    "I am sorry. Is anyone hurt? Get treatment first, at the nearest hospital or clinic. Our "
    "sources have no checked information on help after a fire or flood, on replacing what was "
    "lost, or on pay when a workplace closes after it. A person from a partner organisation "
    "can help: tap “{person}”."
)
ROAD = (
    "Our sources have nothing on road accidents, insurance, or what to do when the police or "
    "the other driver ask for papers or money. Before you pay or sign anything, talk to a "
    "person."
)
COUNTRY = {"TH": "Thailand", "JP": "Japan", "SG": "Singapore", "KR": "South Korea"}


def _none_here(lang: str, country: str) -> str:
    name = tr(lang).gettext(COUNTRY[country])
    return in_language(lang, NONE_HERE).format(country=name)


@pytest.mark.parametrize(
    ("words", "lang", "country"),
    [
        ("fire in our room, where go?", "en", "TH"),
        ("fire in my apartment japan, what number call", "en", "JP"),
        ("မီးလောင်နေတယ် ဘယ်သွားရမလဲ", "my", "TH"),
        ("မီးေလာင္ေနတယ္ ဘယ္သြားရမလဲ", "my", "TH"),  # Zawgyi
        ("pleung chheh rong chakr, khnhom tov na", "km", "TH"),
        ("mee laung nay tal, bal thwar ya ma lae", "my", "TH"),
        ("ភ្លើងឆេះរោងចក្រ ខ្ញុំត្រូវទៅណា", "km", "TH"),
    ],
)  # fmt: skip
def test_a_fire_gets_out_now_and_no_number_pretended(real, words, lang, country):
    got = run(real, settled(lang, country), read_as(words, None, 0.3, lang))
    text = said(got)
    assert text.startswith(in_language(lang, FIRE))
    assert _none_here(lang, country) in text
    assert "1300" not in text and "999" not in text
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, disaster.NAME)


@pytest.mark.parametrize(
    "words", ["fire at the dormitory, my friend still inside", "flood everywhere, we on roof, help"]
)
def test_in_malaysia_999_is_given(real, words):
    got = run(real, settled("en", "MY"), read_as(words, None, 0.3))
    text = said(got)
    assert text.startswith(FIRE)
    assert "Call 999 now: the emergency number for police, ambulance and fire." in text
    assert "Emergency number 999 (Malaysia: police, ambulance, fire)" in text


def test_a_crane_on_workers_is_not_the_trafficking_answer(real):
    words = "crane fell on site, 2 worker under it, what to do"
    got = run(real, settled("en", "SG"), read_as(words, "job_scams_trafficking", 0.62))
    text = said(got)
    assert text.startswith(ACCIDENT)
    assert _none_here("en", "SG") in text
    assert "National Complaints Mechanism" not in text


def test_a_boat_that_sank_read_unsurely_as_an_arrest_gets_help_now(real):
    words = "boat sank, my husband missing"
    got = run(real, settled("en", "TH"), read_as(words, "arrest_detention", 0.6))
    assert said(got).startswith(ACCIDENT)


def test_money_asked_after_a_road_accident_says_what_is_not_known(real):
    words = "car accident, thai driver say i must pay him 20000 baht"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.9))
    text = said(got)
    assert text.startswith(ACCIDENT)
    assert ROAD in text
    assert "Workmen's Compensation Fund" in text  # the injury answer after the lines


def test_after_the_fire_sorry_and_the_answer_read(real):
    words = "everything burned, my passport too. what i do"
    got = run(real, settled("en", "TH"), read_as(words, "lost_documents", 0.92))
    text = said(got)
    line = AFTER.replace("{person}", "Talk to a person")
    assert text.startswith(line)
    assert "Lost documents" in text[len(line) :]
    assert FIRE not in text


def test_after_the_danger_numbers_the_line_says_they_are_not_a_fire_service(real):
    words = "flood in my room water very high, cannot go out"
    got = run(real, settled("en", "TH"), read_as(words, None, 0.3))
    text = said(got)
    assert text.index("1300") < text.index(FIRE)
    assert _none_here("en", "TH") in text


@pytest.mark.parametrize(
    ("words", "state"),
    [
        ("my boss fired me yesterday", settled("en", "TH")),
        ("the fire alarm in factory always ring", settled("en", "TH")),
        ("by accident i send money to wrong account", settled("en", "TH")),
        ("my phone crashed, i lost all my photos", settled("en", "TH")),
        ("i had work accident last year, can i claim compensation", settled("en", "TH")),
        ("flood at home in cambodia, my family house lost", settled("en", "TH")),
        ("boss say he will fire us if we complain", settled("en", "MY")),
        ("flood at home in cambodia, my family house lost", UserState(language="en")),
    ],
)  # fmt: skip
def test_near_misses_are_not_read(words, state: UserState):
    assert not disaster.says(words, state)


def test_a_flood_where_the_person_lives_at_home_is_read():
    assert disaster.says("flood in my village, water coming in", settled("en", "MM"))


@pytest.mark.parametrize(
    "words",
    [
        "I sleep on the roof, boss not give room",  # the lead's read: no flood
        "we sleep on the roof of the factory",
        "လက်မီးလောင်သွားတယ်",  # my hand got burned (harm at work, no fire)
    ],
)
def test_a_roof_or_a_burned_hand_is_no_fire_or_flood(words):
    assert not disaster.fire_or_flood(words)


@pytest.mark.parametrize(
    "words", ["flood everywhere, we on roof, help", "everyone is on the roof", "အိမ်မီးလောင်နေတယ်"]
)
def test_people_on_a_roof_and_a_house_on_fire_still_are(words):
    assert disaster.fire_or_flood(words)


def test_a_fire_with_the_family_inside_abroad_is_read(real):
    # the lead's read: "my family" read as a disaster at home told from abroad, so nothing
    words = "fire in our house, my family still inside"
    assert disaster.says(words, settled("en", "TH"))


@pytest.mark.parametrize(
    "words",
    ["flood in my province now", "ខេត្តខ្ញុំទឹកជំនន់ទេឥឡូវ"],  # my province: at home, as my village
)
def test_a_flood_in_ones_province_told_from_abroad_is_at_home(words):
    assert not disaster.says(words, settled("en", "TH"))


def test_papers_lost_to_a_fire_are_after_it(real):
    # lost all documents when running from the fire (Khmer), read as Lost documents
    words = "បាត់ឯកសារទាំងអស់ ពេលរត់ចេញពីភ្លើងឆេះ"
    got = run(real, settled("km", "TH"), read_as(words, "lost_documents", 0.9, "km"))
    get_out = (
        "Fire or flood? Get out now and go to a safe place, away from the fire, the smoke or the "
        "water. Help others only if it is safe for you."
    )
    assert in_language("km", get_out) != get_out
    assert not said(got).startswith(in_language("km", get_out))


@pytest.mark.parametrize(
    "words",
    [
        # asking for news of a flood somewhere: no one in it (the lead's read, from the
        # near-domain questions of the NLU's sets)
        "is there flood in mae sot now",
        "မဲဆောက်ဘက်မှာ ရေကြီးနေလား",
        "នៅបាត់ដំបងឥឡូវទឹកជំនន់ទេ",
        "ទឹកជំនន់នៅភូមិខ្ញុំ មានព័ត៌មានទេ",
        "work accident in malaysia who pays",  # the injury answer's question
    ],
)
def test_news_of_a_flood_and_a_work_accident_claim_are_not_read(words):
    assert not disaster.says(words, settled("en", "TH"))


@pytest.mark.parametrize(
    "words",
    ["အလုပ်ထဲမှာ မီးလောင်ခံရတယ်", "a lote mhar mi laung tl"],  # burned at work
)
def test_a_burn_read_surely_as_an_injury_keeps_the_injury_answer_first(real, words):
    got = run(real, settled("my", "TH"), read_as(words, "injury_health", 0.95, "my"))
    plain = run(real, settled("my", "TH"), read_as("injured", "injury_health", 0.95, "my"))
    assert said(got).split("\n")[0] == said(plain).split("\n")[0]


def test_papers_read_surely_as_lost_in_a_flood_are_after_it(real):
    got = run(real, settled("en", "TH"), read_as("lost documents in flood", "lost_documents", 0.9))
    assert said(got).startswith("I am sorry. Is anyone hurt?")
