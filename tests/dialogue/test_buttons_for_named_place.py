"""The buttons under an answer given for a place the words named answer for that place too
(round 11, lead): "i work in penang factory, boss not pay 2 month" from someone with no place
in the profile got Malaysia's unpaid-wages answer, but "Where to complain" under it answered
for no place, and the person had to say Malaysia again. For that answer only: the profile
stays as it was, and a country typed after the answer is not a tap for one of its topics."""

from __future__ import annotations

import re

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.content.topics import TOPIC_IDS
from bot.dialogue import answers
from bot.dialogue.events import ButtonPress
from bot.dialogue.pending import Pending
from bot.values import UserState

WHERE_TO_COMPLAIN = "complaint_channels"
INSIDE_MY = "Numbers without + work only inside Malaysia."


def person(lang: str = "en", origin: str | None = None, country: str | None = None) -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


def button_for(outcome, topic: str) -> str:
    """The data of the button under `outcome` that opens `topic`."""
    opens = re.compile(f"[a-z]+:{topic}(@.*)?")
    found = [data for data in all_button_data(outcome) if opens.fullmatch(data)]
    assert len(found) == 1, all_button_data(outcome)
    return found[0]


@pytest.mark.parametrize(
    ("words", "lang", "malaysia"),
    [
        ("i work in penang factory, boss not pay 2 month", "en", "Malaysia"),
        ("ပီနန်မှာ အလုပ်လုပ်နေတယ်။ အလုပ်ရှင်က လစာ ၂ လ မပေးဘူး", "my", "မလေးရှား"),
        ("ខ្ញុំធ្វើការនៅម៉ាឡេស៊ី ថៅកែមិនបើកប្រាក់ខែពីរខែ", "km", "ម៉ាឡេស៊ី"),
    ],
)
def test_where_to_complain_under_a_named_place_answers_for_it(real, words, lang, malaysia):
    for profile in (person(lang), person(lang, "MM", "TH")):  # no place known; another one
        shown = run(real, profile, text(words, lang, topic="unpaid_wages"))
        tapped = run(real, shown.state, ButtonPress(button_for(shown, WHERE_TO_COMPLAIN)))
        body = said(tapped)
        assert "JTKSM" in body, "Malaysia's Labour Department, as in the answer above"
        assert malaysia in body
        assert (tapped.state.origin, tapped.state.country) == (profile.origin, profile.country)


def test_a_topic_that_needs_the_nationality_asks_only_for_it(real):
    # The place is known from the words: "Where are you from?" alone, not both questions,
    # and the answer after it is for Malaysia.
    shown = run(real, person(), text("i work in penang, boss not pay", topic="unpaid_wages"))
    asked = run(real, shown.state, ButtonPress(button_for(shown, "labour_attache")))
    assert "Where are you from?" in said(asked) and "Where are you now?" not in said(asked)
    answered = run(real, asked.state, ButtonPress("origin:MM"))
    assert "Malaysia" in said(answered) and answered.state.country is None


def test_a_country_typed_after_the_answer_is_not_a_tap(real):
    # Under an answer for a named place no button is a "Where are you now?" country: a
    # country typed next is not taken as a tap for one of the answer's topics.
    words = "i work in penang factory, boss not pay 2 month"
    shown = run(real, person(), text(words, topic="unpaid_wages"))
    assert shown.state.step is None
    assert not [data for data in all_button_data(shown) if data.startswith("here:")]
    typed = run(real, shown.state, text("Thailand"))
    first = said(typed).split("\n")[0]
    assert first not in ("Where to complain", "Labour attaché", "Change employer")
    assert typed.tally is None or typed.tally.topic is None


def test_the_same_place_in_the_profile_keeps_plain_topic_buttons(real):
    words = text("i work in penang, boss not pay", "en", "unpaid_wages")
    shown = run(real, person("en", "MM", "MY"), words)
    assert f"topic:{WHERE_TO_COMPLAIN}" in all_button_data(shown)


def test_a_writer_in_the_named_place_gets_no_inside_only_line(real):
    words = "I got hurt at work in penang, boss not pay hospital"
    shown = run(real, person(), text(words, topic="injury_health"))
    tapped = run(real, shown.state, ButtonPress(button_for(shown, "social_security")))
    assert "SOCSO" in said(tapped) or "PERKESO" in said(tapped)
    assert INSIDE_MY not in said(tapped)


@pytest.mark.parametrize("profile", [person(), person("en", "MM", "MM")])
def test_a_relatives_place_keeps_the_inside_only_line(real, profile):
    words = "my husband hurt at work in penang, boss not pay hospital"
    shown = run(real, profile, text(words, topic="injury_health"))
    assert INSIDE_MY in said(shown)
    tapped = run(real, shown.state, ButtonPress(button_for(shown, "social_security")))
    assert INSIDE_MY in said(tapped), "the writer is not in Malaysia"
    assert (tapped.state.origin, tapped.state.country) == (profile.origin, profile.country)


@pytest.mark.parametrize(
    "data",
    [
        "at:unpaid_wages@:XX:",
        "at:no_such_topic@:MY:",
        "at:unpaid_wages@other::",
        "at:unpaid_wages@:MY:other",  # "other" is a place an answer is for, never a writer's
        "at:unpaid_wages@:MY:MY:extra",
        "at:unpaid_wages",
        "at:",
    ],
)
def test_old_or_invalid_data_gets_the_stale_button_answer(real, data):
    tapped = run(real, person(), ButtonPress(data))
    assert "That button is old or not valid any more." in said(tapped)


def test_button_data_stays_under_telegrams_64_bytes(real):
    # Telegram refuses callback data over 64 bytes: the longest codes, under every topic.
    english = tr("en")
    for topic in TOPIC_IDS:
        named = Pending(topic, "KH", "SG", "SG")
        state = person("en", "KH", "SG")
        replies = answers.answer_topic(real.catalog, topic, state, english, TOPIC_IDS, named=named)
        data = [item for reply in replies for item in button_data(reply)]
        assert any(item.startswith(f"{answers.AT}:") for item in data)
        assert all(len(item.encode()) <= 64 for item in data), data


def test_a_tap_is_counted_as_the_topic_chosen(real):
    shown = run(real, person(), text("i work in penang, boss not pay", topic="unpaid_wages"))
    tapped = run(real, shown.state, ButtonPress(button_for(shown, WHERE_TO_COMPLAIN)))
    assert tapped.tally is not None and tapped.tally.topic == WHERE_TO_COMPLAIN


def test_topics_under_a_country_tapped_at_where_are_you_now_answer_for_it(real):
    # The place skipped: "Where are you now? Tap your country" under Social security; the
    # answer for the country tapped offers Injury, which answered for no place again.
    asked = run(real, person("en", "MM"), ButtonPress("topic:social_security"))
    chosen = run(real, asked.state, ButtonPress("here:MY:social_security"))
    tapped = run(real, chosen.state, ButtonPress(button_for(chosen, "injury_health")))
    assert "Injured at work in Malaysia" in said(tapped)
    assert "Where are you now?" not in said(tapped)
    assert INSIDE_MY not in said(tapped), "the tap said where the writer is"
    assert tapped.state.country is None


def test_at_home_a_tap_for_a_relative_abroad_keeps_the_inside_only_line(real):
    # A mother in Myanmar taps Malaysia under the arrest answer, then Emergency help under it:
    # Malaysia's numbers, and those without + work only there, not where she is.
    home = person("en", "MM", "MM")
    arrest = run(real, home, ButtonPress("topic:arrest_detention"))
    abroad = run(real, arrest.state, ButtonPress("here:MY:arrest_detention"))
    tapped = run(real, abroad.state, ButtonPress(button_for(abroad, "emergency_help")))
    assert "☎ 999" in said(tapped) and INSIDE_MY in said(tapped)
    assert (tapped.state.origin, tapped.state.country) == ("MM", "MM")


def test_a_country_typed_after_the_offer_for_a_relative_is_not_a_tap(real):
    # "Are you asking for someone else?" with the embassy and arrest buttons for Malaysia
    # asks nothing: "Thailand" typed next was read as the embassy button for Thailand.
    words = "My daughter works in Malaysia. She stopped answering her phone 2 weeks ago."
    offer = run(real, person("en", "MM", "MM"), text(words))
    assert offer.state.step is None
    typed = run(real, offer.state, text("Thailand"))
    assert "Embassy" not in said(typed).split("\n")[0]


def test_the_guesses_for_words_not_understood_answer_for_the_place_named(real):
    # "Did you mean one of these?" under words that name Penang: the guess is for Malaysia.
    guessed = (("unpaid_wages", 0.4), ("complaint_channels", 0.3))
    words = text("penang factory boss problem", ranking=guessed)
    shown = run(real, person(), words)
    assert "Did you mean" in said(shown)
    tapped = run(real, shown.state, ButtonPress(button_for(shown, WHERE_TO_COMPLAIN)))
    assert "JTKSM" in said(tapped) and tapped.state.country is None
