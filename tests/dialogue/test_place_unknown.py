"""Answers for someone who skipped "Where are you now?" (explore5 finding 22): an answer whose
offices abroad are in several countries listed all of them, every Myanmar embassy with every
phone (1,750-1,980 characters, four screens on a small phone). It now shows its general part
and the offices at home, and asks "Where are you now?" with a button for each country it has
offices in; a tap shows that country's, for that answer only."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, tr

from bot.content.topics import TOPIC_IDS
from bot.dialogue.events import ButtonPress, Text
from bot.reading import plain_text
from bot.storage.models import User
from bot.values import NluResult, UserState

LANGS = ["my", "km", "en"]
EMBASSY_CITIES = ["Kuala Lumpur", "Seoul", "Tokyo", "Singapore 257996", "Bangkok 10500"]
ABROAD = ["TH", "MY", "KR", "JP", "SG"]


def skipped(lang: str, origin: str | None = "MM") -> UserState:
    return UserState(language=lang, origin=origin, country=None, profile_asked=True)


def asked(real, state: UserState, topic: str):
    """The answer to `topic`; a topic that needs the place asks "Where are you now?" again
    first (only that: where from is known), and it is skipped again (menu.answer)."""
    outcome = run(real, state, ButtonPress(f"topic:{topic}"))
    if outcome.state.step == "country":
        outcome = run(real, outcome.state, ButtonPress("country:skip"))
    return outcome


def where_now(lang: str) -> str:
    _ = tr(lang).gettext
    return f"{_('Where are you now?')} {_('Tap your country to see the offices there.')}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("topic", "origin", "home_phone"),
    [
        ("agency_complaint", "MM", "+95 67 430 183"),  # the Department of Labour at home
        ("reintegration_id", "MM", None),
        ("check_agency", "KH", None),  # asks "Where are you now?" again first
        ("return_home", "KH", None),
    ],
)
def test_with_the_place_skipped_the_offices_abroad_wait_for_a_tap(
    real, lang, topic, origin, home_phone
):
    outcome = asked(real, skipped(lang, origin), topic)
    text = said(outcome)
    assert not any(city in text for city in EMBASSY_CITIES)
    assert where_now(lang) in text
    assert len(text) < 1400  # was 1,584 to 1,980
    if home_phone:
        assert home_phone in text  # offices at home serve them wherever they are
    data = all_button_data(outcome)
    assert [d for d in data if d.startswith("here:")] == [f"here:{c}:{topic}" for c in ABROAD]
    assert f"person:{topic}" in data and "menu" in data
    assert outcome.state.country is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_tapped_country_shows_its_offices_and_keeps_the_profile(real, lang):
    outcome = run(real, skipped(lang), ButtonPress("here:MY:agency_complaint"))
    text = said(outcome)
    assert "Kuala Lumpur" in text and "+60 3 4251 4455" in text
    assert "Seoul" not in text and "Tokyo" not in text
    assert "+95 67 430 183" in text  # and the office at home, as for anyone in Malaysia
    assert where_now(lang) not in text
    assert not any(d.startswith("here:") for d in all_button_data(outcome))
    # For this answer only: the person chose not to say where they are.
    assert outcome.state.country is None


def test_with_the_place_known_the_answer_is_as_before(real):
    outcome = run(real, skipped("en").with_(country="MY"), ButtonPress("topic:agency_complaint"))
    assert "Kuala Lumpur" in said(outcome)
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


def test_offices_in_one_country_abroad_are_still_shown(real):
    # Nothing to choose between: with one country abroad (or none), the answer is as before.
    outcome = run(real, skipped("en", origin=None), ButtonPress("topic:agency_complaint"))
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("origin", [None, "MM", "KH"])
def test_a_problem_at_work_with_no_place_offers_the_countries_it_has_answers_for(
    real, lang, origin
):
    """Round 23B: "boss not pay 3 month" as a first message (no place known) got the general
    answer with the ministries at home only; the offices where the person works were
    nowhere. Now "Where are you now?" with the five countries the topic answers for; a tap
    is that country's answer (Malaysia's labour department)."""
    state = UserState(language=lang, origin=origin)
    words = {"en": "boss not pay 3 month", "my": "လစာ ၃ လ မပေးဘူး", "km": "ថៅកែមិនបើកលុយ ៣ ខែ"}
    nlu = NluResult("unpaid_wages", 0.9, (("unpaid_wages", 0.9),), ("unpaid_wages",))
    outcome = run(real, state, Text(words[lang], lang, None, nlu))
    assert where_now(lang) in said(outcome)
    here = [d for d in all_button_data(outcome) if d.startswith("here:")]
    assert here == [f"here:{code}:unpaid_wages" for code in ABROAD]
    tapped = run(real, outcome.state, ButtonPress("here:MY:unpaid_wages"))
    assert "JTKSM" in said(tapped)
    assert tapped.state.country is None  # for this answer only


@pytest.mark.parametrize("topic", ["emergency_help", "arrest_detention", "job_scams_trafficking"])
def test_the_urgent_answers_are_not_changed(real, topic):
    # They ask for the place themselves, after the answer that fits anyone.
    outcome = asked(real, skipped("en"), topic)
    assert where_now("en") not in said(outcome)
    assert not any(d.startswith("here:") for d in all_button_data(outcome))


@pytest.mark.parametrize(
    "data", ["here:XX:agency_complaint", "here:other:agency_complaint", "here:MY:nope", "here:"]
)
def test_a_forged_or_broken_place_button_gets_the_menu(real, data):
    outcome = run(real, skipped("en"), ButtonPress(data))
    assert tr("en").gettext("That button is old or not valid any more. Here is the menu.") in (
        said(outcome)
    )


# --- explore6: a country typed (or its flag) instead of tapped under that line ----------------


def typed(words: str, language: str | None = "en", topic: str | None = None) -> Text:
    """A message as the NLU may read a place's name: nothing, change_language, a topic."""
    return Text(words, language, None, NluResult(topic, 0.6 if topic else 0.1, ()))


@pytest.mark.parametrize(
    ("words", "language", "country"),
    [
        ("Malaysia", "en", "MY"),
        ("malaysia", "en", "MY"),
        ("Thailand", "en", "TH"),
        ("thai", "en", "TH"),
        ("Kuala Lumpur", "en", "MY"),
        ("Korea!", "en", "KR"),
        ("🇹🇭", None, "TH"),
        ("🇲🇾", None, "MY"),
        ("🇯🇵 ", None, "JP"),
        ("ထိုင်း", "my", "TH"),
        ("မလေးရှား", "my", "MY"),
        ("ម៉ាឡេស៊ី", "km", "MY"),
        ("ថៃ", "km", "TH"),
    ],
)
@pytest.mark.parametrize("read_as", [None, "change_language", "embassy_contact"])
def test_a_country_typed_after_the_line_is_its_tap(real, words, language, country, read_as):
    # Before: the name went to the NLU as a new question ("did not understand", the language
    # question, or another answer), and the offices never came.
    lang = language or "en"
    shown = asked(real, skipped(lang), "agency_complaint")
    outcome = run(real, shown.state, typed(words, language, read_as))
    tapped = run(real, shown.state, ButtonPress(f"here:{country}:agency_complaint"))
    assert outcome.replies == tapped.replies
    assert outcome.state == tapped.state
    assert outcome.state.country is None and outcome.state.step is None  # the profile kept
    assert outcome.tally is None  # as the tap it stands for: not a question


def test_a_zawgyi_country_typed_after_the_line_is_its_tap(real):
    shown = asked(real, skipped("my"), "agency_complaint")
    read = plain_text("ထိုင္း")  # Zawgyi, as the service normalises it
    assert read.encoding == "zawgyi"
    outcome = run(real, shown.state, read)
    tapped = run(real, shown.state, ButtonPress("here:TH:agency_complaint"))
    assert outcome.replies == tapped.replies


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("Malaysia embassy phone", "embassy_contact"),
        ("how to go back from Thailand", "return_home"),
        ("🇹🇭 boss did not pay", "unpaid_wages"),
    ],
)
def test_a_question_naming_a_country_after_the_line_is_answered_as_before(real, words, topic):
    shown = asked(real, skipped("en"), "agency_complaint")
    outcome = run(real, shown.state, typed(words, topic=topic))
    unasked = run(real, shown.state.with_(step=None), typed(words, topic=topic))
    assert outcome.replies == unasked.replies
    assert outcome.tally == unasked.tally


def test_a_country_typed_later_is_no_tap(real):
    shown = asked(real, skipped("en"), "agency_complaint")
    later = run(real, shown.state, ButtonPress("menu"))
    assert later.state.step is None  # the line waits for the one message after it only
    outcome = run(real, later.state, typed("Malaysia", topic="change_language"))
    assert "Kuala Lumpur" not in said(outcome)


def test_danger_with_a_flag_after_the_line_gets_the_numbers_first(real):
    shown = asked(real, skipped("en"), "agency_complaint")
    outcome = run(real, shown.state, typed("🆘 🇲🇾"))
    assert tr("en").gettext("Call for help now:") in outcome.replies[0].text
    assert "999" in outcome.replies[0].text


def test_the_step_fits_its_column():
    longest = max(len(f"here:{topic}") for topic in TOPIC_IDS)
    assert longest <= User.__table__.c.step.type.length
