"""When the help fell short (exploratory round 35B): "I sent my problem 3 days ago nobody
answer", "the caseworker told my boss", "I don't want FED, give me another organisation",
"your bot told me the wrong number". They got "did not understand", the form at once or "I
cannot help with that". Now: an apology that neither denies the failure nor blames the
person, and a next step (the request's state, what the summary before Send shows, a person)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import fell_short
from bot.language import normalise

NOBODY = "I am sorry nobody has answered you yet. It is not your fault."
NO_PROMISE = (
    "I cannot promise when a caseworker will answer or call. If you are in danger now, call "
    "the police or an emergency number where you are."
)
HURT = "I am sorry this happened. It is not your fault."
NOT_PASSED = "I do not pass this message to that organisation or to anyone."
CANNOT_CHOOSE = (
    "In a new request, write which organisation you do not want, or that it is about your "
    "caseworker: I will not send it to them, and they are not told."
)
BEFORE_SEND = (
    "Before you send a request to a person, I show you which organisation will read it. "
    "Nothing is sent before you press Send. If you do not want that organisation, do not "
    "press Send."
)
# An organisation named: its own line in the general one's place (round 43B; the lead's read)
NAMED_FED = (
    "You wrote about Foundation for Education and Development (FED). If you press “Talk to a "
    "person”, that request will not be sent to them, and they are not told."
)
WRONG = "I am sorry. I can be wrong, and it is not your fault."
NO_REQUEST = "I see no request from you in this chat."


def typed(words: str, topic: str | None, confidence: float):  # type: ignore[no-untyped-def]
    normalised = normalise(words)
    return read_as(normalised.text, topic, confidence, normalised.language or "en")


@pytest.mark.parametrize(
    ("words", "lang", "topic", "first", "also"),
    [
        # (words, the replies' language, the NLU's reading before, first line, a line after)
        ("I sent my problem 3 days ago nobody answer", "en", None, NOBODY, NO_PROMISE),
        ("they said they will call but never", "en", "agency_complaint", NOBODY, NO_REQUEST),
        ("the organisation not help me, what I do now", "en", None, NOBODY, NO_PROMISE),
        # Burmese: the organisation does not answer me; Khmer: the organisation does not answer
        ("အဖွဲ့အစည်းက ကျွန်တော့်ကို ပြန်မဖြေဘူး", "my", None, NOBODY, NO_PROMISE),
        ("អង្គការមិនឆ្លើយតបខ្ញុំទេ", "km", "talk_to_person", NOBODY, NO_PROMISE),
        ("the caseworker told my boss", "en", "talk_to_person", HURT, NOT_PASSED),
        ("the lawyer was rude to me and laughed", "en", None, HURT, BEFORE_SEND),
        # Burmese: the staff shouted at me; Khmer: the organisation's staff shouted at me
        ("ဝန်ထမ်းက ကျွန်မကို အော်တယ်", "my", "talk_to_person", HURT, NOT_PASSED),
        ("បុគ្គលិកអង្គការស្រែកដាក់ខ្ញុំ", "km", "talk_to_person", HURT, NOT_PASSED),
        (
            "I don't want FED, give me another organisation",
            "en",
            "talk_to_person",
            NAMED_FED,
            BEFORE_SEND,
        ),
        ("khnhom chng plas angkar thmey", "km", None, CANNOT_CHOOSE, BEFORE_SEND),
        ("your bot told me the wrong number", "en", None, WRONG, "press Talk to a person"),
    ],
)
def test_help_that_fell_short_gets_sorry_and_a_next_step(real, words, lang, topic, first, also):
    got = run(real, settled(lang, "TH"), typed(words, topic, 0.8))
    text = said(got)
    assert text.startswith(in_language(lang, first)), text
    if also != "press Talk to a person":
        assert in_language(lang, also) in text, text
    # "person::not=FED" when the words name the organisation (round 43B)
    assert any(d.startswith("person") for d in all_button_data(got))
    assert got.state.step is None  # no form opened with these words
    assert got.tally is not None and got.tally.topic == fell_short.NAME


@pytest.mark.parametrize(
    "words",
    [
        "I sent money home but my mother not answer",
        "i call my brother 3 days nobody answer",
        "the hospital staff shouted at me",
        "my boss shouted at me every day",
        "I want another job",
        "they will call me tomorrow?",
        "the organisation lady asked me 2000 baht",  # a fake helper's (28B)
        "how to find an organisation that helps migrants",
    ],
)
def test_no_fell_short_read_where_none_is_told(words):
    assert fell_short.kind(words) is None


@pytest.mark.parametrize(
    "words",
    [
        "ဆိုင်က ဝန်ထမ်း ရိုင်းတယ် manager ကို တိုင်မယ်",  # the shop's staff were rude
        "စက်ရုံက ဝန်ထမ်းတွေ ငါ့ကို အော်တယ်",  # the factory's staff shout at me
        "ငွေပို့ပြီး အမေ ဖုန်းပြန်မဖြေဘူး",  # sent money, mother does not answer
        "ខ្ញុំផ្ញើលុយទៅផ្ទះ តែម្តាយមិនឆ្លើយ",  # sent money home, mother does not answer
        "បុគ្គលិកហាងជេរខ្ញុំ",  # the shop's staff scolded me
        "i send message to my husband in malaysia, he not answer 3 days",
        "I sent message to agent, he never reply, he took my money",
        "my problem is boss not pay, he never answer my call",
    ],
)
def test_other_peoples_staff_and_silence_are_not_the_help_falling_short(words):
    """The lead's read of round 35B, over the NLU's examples and a few more: a shop's or a
    factory's staff, a mother, a husband or an agent who does not answer."""
    assert fell_short.kind(words) is None
