"""A family at home looking for a worker abroad (round 26B, docs/exploratory/round26-family-
looking.md). A request to find them ("help find him", "can you search for my brother?") was
"I cannot help with that" when the NLU read it as out of scope, and elsewhere the someone-else
answer with no word that nobody here can search; an employer's "she ran away" got Going
abroad legally; "my son missing in malaysia" with no place in the profile the arrest answer.
The readings are the real model's (the shared server of 2026-12-07) unless said otherwise."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_by_rule, run, said, settled, tr

from bot.dialogue import someone_else
from bot.dialogue.events import Text
from bot.values import Asked, NluResult, UserState

OFFER = (
    "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
    'partner organisation can help: press "Talk to a person" and say who they are, where '
    "they are and what happened. Their embassy and what to do after an arrest are below."
)
NO_SEARCH = (
    "I cannot search for a person, and our sources name no office or service that looks for "
    "missing workers. Tell a caseworker what you know, even if it is only the town or a "
    "Facebook name."
)


def out_of_scope(words: str, lang: str = "en") -> Text:
    return Text(words, lang, None, NluResult(None, 0.99, (("out_of_scope", 0.99),), (), (), True))


def no_topic(words: str, lang: str, confidence: float) -> Text:
    return read_by_rule(words, lang, (), ("out_of_scope", confidence))


FIND = [
    # out of scope at 0.9975: "I cannot help with that"
    (out_of_scope("my son facebook name Kyaw Kyaw, last post from johor. help find him"), "MY"),
    (
        no_topic(
            "Can you search for my brother? name Ko Aung Aung, from Dawei, work in Bangkok",
            "en",
            0.21,
        ),
        "TH",
    ),
    (
        no_topic(
            "I only know my daughter is in Penang. no phone number. only facebook name. "
            "can you find her?",
            "en",
            0.46,
        ),
        "MY",
    ),
    # "please find my daughter, she is in Malaysia": emergency help at 0.61
    (
        read_by_rule(
            "ကျွန်မသမီးကို ရှာပေးပါ၊ မလေးရှားမှာ ရှိတယ်", "my", ("emergency_help",), ("emergency_help", 0.61)
        ),
        "MY",
    ),
    # "please help find my daughter, she is in Thailand"
    (no_topic("សូមជួយរកកូនស្រីខ្ញុំ នាងនៅថៃ", "km", 0.54), "TH"),
    # romanised Burmese, "please find my daughter, in Thailand": Work at home at 0.93
    (
        read_by_rule(
            "kyama thami ko shar pay par, thailand mhar",
            "en",
            ("work_at_home",),
            ("work_at_home", 0.93),
        ),
        "TH",
    ),
]


@pytest.mark.parametrize(("event", "there"), FIND, ids=lambda v: getattr(v, "text", v))
def test_a_family_asking_to_find_someone_hears_nobody_here_can_search(real, event, there):
    outcome = run(real, settled(event.language, country="MM"), event)
    lines = tr(event.language)
    assert said(outcome) == lines.gettext(NO_SEARCH) + "\n" + lines.gettext(OFFER)
    # The embassy and the arrest answer for the country the person is in, not the writer's.
    assert all_button_data(outcome)[:2] == [
        f"at:embassy_contact@:{there}:",
        f"at:arrest_detention@:{there}:",
    ]
    assert outcome.tally is not None and outcome.tally.asked == Asked.CONVERSATION


def test_an_employer_saying_she_ran_away_is_a_relative_the_family_cannot_reach(real):
    words = "my sister employer in singapore call me say she ran away. where she go?"
    event = read_by_rule(
        words, "en", ("legal_channels", "emergency_help"), ("legal_channels", 0.62)
    )
    outcome = run(real, settled("en", "MM"), event)
    assert said(outcome) == OFFER  # it was "Going abroad legally"
    assert all_button_data(outcome)[0] == "at:embassy_contact@:SG:"


def test_a_missing_son_with_no_place_in_the_profile_is_not_the_arrest_answer(real):
    # Both profile questions skipped: 0.50 arrest, then lost documents.
    event = read_by_rule(
        "my son missing in malaysia",
        "en",
        ("arrest_detention", "lost_documents"),
        ("arrest_detention", 0.4994),
        ("lost_documents", 0.3),
    )
    skipped = UserState(language="en", profile_asked=True)
    outcome = run(real, skipped, event)
    assert said(outcome) == OFFER
    assert all_button_data(outcome)[0] == "at:embassy_contact@:MY:"
    # Abroad, the reading keeps its answer (a worker's own friend arrested, as before).
    abroad = run(real, settled("en", "TH"), event)
    assert said(abroad) != OFFER


@pytest.mark.parametrize(
    "words",
    [
        "can you help my son find a job in korea",
        "find my daughter a job in thailand",
        "my son looking for work in malaysia",
        "သမီး အလုပ်ရှာနေတယ်",  # my daughter is looking for work
        "ជួយរកការងារឱ្យកូនស្រីខ្ញុំ",  # help find work for my daughter
        "my son want find job, chuoy rok kar",
    ],
)
def test_finding_work_for_them_is_no_search_for_a_person(words):
    assert not someone_else.asks_to_find(words)


def test_the_line_comes_only_when_asked_to_find(real):
    event = out_of_scope("my son in malaysia not answer phone 3 weeks")
    outcome = run(real, settled("en", "MM"), event)
    assert said(outcome) == OFFER


# "my husband works on a fishing boat, no news heard for two months": Jobs after return at
# 0.73, then emergency help; in Unicode and in Zawgyi
FISHER_WIFE = "ကျွန်မယောက်ျား ငါးဖမ်းလှေပေါ်မှာ အလုပ်လုပ်တယ် သတင်းမကြားရတာ နှစ်လရှိပြီ"
FISHER_WIFE_ZG = "ကြၽန္မေယာက္ျား ငါးဖမ္းေလွေပၚမွာ အလုပ္လုပ္တယ္ သတင္းမၾကားရတာ ႏွစ္လရွိၿပီ"


@pytest.mark.parametrize("words", [FISHER_WIFE, FISHER_WIFE_ZG])
def test_a_fishers_wife_with_no_news_gets_what_is_known_of_work_at_sea(real, words):
    event = read_by_rule(
        words, "my", ("reintegration_jobs", "emergency_help"), ("reintegration_jobs", 0.73)
    )
    outcome = run(real, settled("my", "MM"), event)
    # It was the someone-else answer: no word of the boat, the centre for fishers, the sea.
    assert tr("my").gettext(OFFER) not in said(outcome)
    assert "Stella Maris" in said(outcome)
    assert outcome.tally is not None and outcome.tally.topic == "at_sea"
