"""Round 55A (items left open: a medical emergency's urgency, harm in the past, doubled names).

Round 54B: "my friend fainted, not breathing" got treatment first and the injury answer,
whose "Talk to a person" opened the form on Injury and asked whether it is urgent. Round
54A: harm of the past or of every day ("chest pain last month, can i claim", "smoke choking
us every day") got "Get treatment first". Rounds 53B / 54A: "kyaw kyaw no money", "thin
thin lost passport" (a doubled name in lower case) were answered in Burmese."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said
from test_own_data_words import ready, typed

from bot.dialogue import embassy_asked, work_conditions
from bot.dialogue.events import ButtonPress
from bot.language import normalise
from bot.language.romanised import romanised_language
from bot.values import UserState

TREATMENT = "Get treatment first: take the person to the nearest hospital or clinic now."


def test_talk_to_a_person_under_treatment_first_reaches_the_organisation_urgent(real):
    got = run(real, ready(), typed("my friend fainted, not breathing", "injury_health", 0.79))
    assert TREATMENT in said(got)
    assert "person:injury_health:urgent" in all_button_data(got)
    form = run(real, got.state, ButtonPress("person:injury_health:urgent"))
    assert (form.state.form or {}).get("urgent") == "1"
    assert (form.state.form or {}).get("topic") == "injury_health"  # the topic stays honest
    assert "Is your problem about" in said(form)


def test_the_injury_answer_without_harm_now_asks_whether_it_is_urgent(real):
    got = run(real, ready(), typed("i hurt my back at work, can i claim", "injury_health", 0.95))
    assert TREATMENT not in said(got)
    assert not any(d.endswith(":urgent") for d in all_button_data(got))
    form = run(real, got.state, ButtonPress("person:injury_health"))
    assert "urgent" not in (form.state.form or {})


def test_a_plain_person_button_is_not_marked_urgent(real):
    form = run(real, ready(), ButtonPress("person:injury_health"))
    assert "urgent" not in (form.state.form or {})


@pytest.mark.parametrize(
    "words",
    [
        "chest pain last month, can i claim",
        "i had a seizure two years ago, can i still go to korea",
        "smoke choking us every day",
        "my friend fainted last year in the heat, can he get compensation",
        "i fell from the ladder 3 months ago, boss not pay hospital",
    ],
)
def test_harm_in_the_past_or_every_day_is_not_harm_now(words):
    assert work_conditions.harmed(words)  # harm is still told (the injury answer stays)
    assert not work_conditions.harmed_now(words)


@pytest.mark.parametrize(
    "words",
    [
        "he had a seizure, he is not waking",
        "my friend fainted, not breathing",
        "my friend fainted last week, now he is not breathing",
        "he had a seizure two years ago, now he is not breathing",
        "chest pain now, cannot breathe",
    ],
)
def test_harm_now_keeps_treatment_first(words):
    assert work_conditions.harmed_now(words)


def test_chest_pain_last_month_gets_the_injury_answer_without_treatment_first(real):
    got = run(real, ready(), typed("chest pain last month, can i claim", "injury_health", 0.98))
    assert TREATMENT not in said(got)
    assert "Injur" in said(got)


def test_a_seizure_now_still_gets_treatment_first(real):
    got = run(real, ready(), typed("he had a seizure, he is not waking", "injury_health", 0.9))
    assert said(got).startswith("Fainted, not breathing")


@pytest.mark.parametrize(
    "words",
    ["thin thin lost passport", "kyaw kyaw no money", "moe moe boss keep passport"],
)
def test_a_doubled_name_in_lower_case_is_not_burmese(words):
    assert romanised_language(words) is None
    assert normalise(words).language == "en"


@pytest.mark.parametrize(
    "words",
    ["kyaw kyaw lal", "ma thin thin passport pyout tal", "nay nay kg lar", "lat ma ya buu"],
)
def test_romanised_burmese_with_a_doubled_word_is_still_burmese(words):
    assert romanised_language(words) == "my"


# Round 54C (the lead): "boss keep my passport. embassy phone number?" from Johor showed the
# embassy only as a button. The directory's Kuala Lumpur embassy (content/directory).
KL_EMBASSY = "myanmarembassykl.org"


def in_malaysia() -> UserState:
    return UserState(language="en", origin="MM", country="MY", profile_asked=True)


@pytest.mark.parametrize(
    "words",
    [
        "boss keep my passport. embassy phone number?",
        "employer hold my passport, how to contact the embassy",
        "boss keep passport, need number of myanmar embassy",
        "သူဌေးက ပတ်စပို့ သိမ်းထားတယ် သံရုံးဖုန်းနံပါတ် ပေးပါ",
    ],
)
def test_the_embassys_number_asked_beside_a_passport_kept_is_shown(real, words):
    got = run(real, in_malaysia(), typed(words, "documents_confiscated", 0.84))
    text = said(got)
    assert "Passport taken" in text or "ပတ်စပို့" in text
    assert KL_EMBASSY in text
    assert "topic:embassy_contact" in " ".join(all_button_data(got))  # the button stays
    assert text.count("= not confirmed") <= 1


@pytest.mark.parametrize(
    "words",
    [
        "boss keep my passport",
        "boss keep my passport, i am afraid of the embassy",  # no number asked for
        "boss keep my passport, my phone number is new",
    ],
)
def test_a_passport_kept_without_asking_for_the_embassy_shows_no_embassy_card(real, words):
    got = run(real, in_malaysia(), typed(words, "documents_confiscated", 0.9))
    assert KL_EMBASSY not in said(got)


def test_without_a_known_place_the_embassy_stays_a_button(real):
    state = UserState(language="en", origin="MM", country=None, profile_asked=True)
    got = run(
        real,
        state,
        typed("boss keep my passport. embassy phone number?", "documents_confiscated", 0.84),
    )
    assert KL_EMBASSY not in said(got)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("embassy phone number?", True),
        ("how to call the cambodian embassy", True),
        ("embassy's address please", True),
        ("លេខទូរស័ព្ទស្ថានទូត", True),
        ("i went to the embassy yesterday", False),
        ("my phone number changed", False),
        ("embassy staff was rude", False),
    ],
)
def test_asking_for_the_embassys_contact(words, expected):
    assert embassy_asked.asks(words) is expected
