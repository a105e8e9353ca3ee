"""No passport yet, wanting to go (session 27, the lead's play, bot/dialogue/no_passport.py).

"i want to go thailand but i have no passport" got Lost documents, "kjom chong tov thai tae ot
mean passport" (romanised Khmer) and its Burmese Passport taken ("Your employer or broker
keeps your passport?"), the Khmer the embassy's answer: answers for a worker abroad whose
passport was kept or lost. Someone at home with no passport yet gets Documents you need, with
Going abroad legally one tap away. A passport kept, lost or run out, and going home without
one, keep their answers."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said

from bot.dialogue import instead, no_passport
from bot.values import UserState

AT_HOME = UserState(language="en", origin="MM", country="MM", profile_asked=True)
TITLES = {"en": "Documents you need", "my": "လိုအပ်တဲ့ စာရွက်စာတမ်းတွေ", "km": "ឯកសារដែលត្រូវការ"}


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("i want to go thailand but i have no passport", "en", "lost_documents"),
        ("no passport, how to go malaysia", "en", "lost_documents"),
        ("i dont have passport yet, can i go work in korea?", "en", "documents_confiscated"),
        ("kjom chong tov thai tae ot mean passport", "km", "documents_confiscated"),
        ("ကျွန်တော် ထိုင်းသွားချင်တယ် ပတ်စပို့ မရှိဘူး", "my", "documents_confiscated"),
        ("ខ្ញុំចង់ទៅថៃ តែអត់មានលិខិតឆ្លងដែន", "km", "embassy_contact"),
        ("thai ko thwar chin tal, passport ma shi bu", "my", "documents_confiscated"),
        (None, "en", None),  # no reading at all
    ],
)  # fmt: skip
def test_no_passport_yet_and_wanting_to_go_gets_the_documents_needed(real, words, lang, topic):
    words = words or "how can i go abroad to work, i have no passport"
    state = AT_HOME.with_(language=lang)
    got = run(real, state, read_as(words, topic, 0.61, lang))
    text = said(got)
    assert TITLES[lang] in text
    assert "topic:legal_channels" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("i have no passport now, boss took it, i want to go home", "documents_confiscated"),
        ("i lost my passport, i want to go to malaysia again", "lost_documents"),
        ("my passport expired, no passport now, how can i go work in thailand", "embassy_contact"),
        ("lay lar pyi ko pyan chin tal, passport ma shi bu", "documents_confiscated"),
        ("i want to go home but i have no passport", "lost_documents"),
        ("agent keep my passport, i want to go work other place", "documents_confiscated"),
        ("i want to go thailand, how much is the passport fee", "documents_needed"),
    ],
)
def test_a_passport_kept_lost_or_going_home_keeps_its_answer(words, topic):
    assert not no_passport.instead_of(topic, words)


def test_an_emergency_or_an_arrest_is_never_replaced(real):
    words = "i want to go thailand but i have no passport"
    assert instead.read("lost_documents", words, 0.6, real).topic == no_passport.DOCUMENTS
    for topic in ("emergency_help", "arrest_detention", "unpaid_wages"):
        assert instead.read(topic, words, 0.6, real).topic == topic
