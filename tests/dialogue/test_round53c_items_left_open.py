"""Round 53C: items left open. An introduction with no full stop before the problem; a country
people work in, typed at "Where are you from?"; stray offers (Going home for ပြန်မပေး, "won't
give back", and Emergency help for the writer's name). Sentences written for the round, and
near-misses that must stay as they were.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, text

from bot.dialogue.events import ButtonPress
from bot.nlu import introduction
from bot.nlu.topics import ClauseReading, heard
from bot.values import UserState

# --- 1. An introduction with no full stop -------------------------------------------------


@pytest.mark.parametrize(
    ("words", "rest"),
    [
        (
            "mingalarpar kyanaw ko aung par yangon ka par boss ka passport thein tal",
            "boss ka passport thein tal",
        ),
        ("sousdey bong khnhom chmous dara nov bangkok thaokae min aoy luy", "thaokae min aoy luy"),
        (
            "hello my name is Htet from Mawlamyine working in Mahachai my employer not pay 2 month",
            "my employer not pay 2 month",
        ),
        (
            "မင်္ဂလာပါ ကျွန်တော် နာမည် ဇော်ဇော် ပါ မဲဆောက်မှာ အလုပ်လုပ်တယ် အလုပ်ရှင်က ပတ်စပို့ သိမ်းထားတယ်",
            "အလုပ်ရှင်က ပတ်စပို့ သိမ်းထားတယ်",
        ),
        (
            "ជម្រាបសួរ ខ្ញុំឈ្មោះ សុភា នៅម៉ាឡេស៊ី ថៅកែ មិនឲ្យលុយ ពីរខែហើយ",
            "ថៅកែ មិនឲ្យលុយ ពីរខែហើយ",
        ),
    ],
)
def test_an_introduction_with_no_full_stop_is_set_aside(words: str, rest: str) -> None:
    assert introduction.remainder(words) == rest


@pytest.mark.parametrize(
    "words",
    [
        # no introduction: the problem first, or a greeting without who is writing
        "my boss took my passport and he not pay me for two month what can i do now",
        "hello boss how can i send money home to my mother in yangon every month please",
        "hello please help my boss keep my passport and not pay salary two months already",
        # too short a rest after the cut
        "sousdey bong khnhom chmous dara nov bangkok jea thaokae",
        # a short message: read whole, as before
        "hello i am Zaw my boss took my passport",
    ],
)
def test_no_introduction_no_cut(words: str) -> None:
    assert introduction.remainder(words) is None


def test_a_full_stop_still_ends_the_introduction_first() -> None:
    words = "Hello, my name is Min from Dawei. My boss keeps my passport and pays me nothing."
    assert introduction.remainder(words) == "My boss keeps my passport and pays me nothing."


# --- 3. Stray offers: a clause that raises no problem of its own -------------------------


def _clause(best: str, confidence: float, words: str, tokens: int) -> ClauseReading:
    return ClauseReading(((best, confidence), ("unpaid_wages", 0.01)), False, words, tokens)


KEPT = _clause("documents_confiscated", 0.99, "ဘော့စ်က passport ယူထားတယ်", 6)


@pytest.mark.parametrize(
    "clause",
    [
        _clause("return_home", 0.77, "ပြန်မပေးဘူး", 4),  # won't give (it) back
        _clause("return_home", 0.6, "ပြန်ပေးဖို့ ငြင်းတယ်", 5),  # refuses to give back
        _clause("return_home", 0.55, "pyan ma pay buu", 4),
        _clause("emergency_help", 0.38, "ကျွန်မနာမည် မြင့်မြင့်ပါ ထိုင်းမှာ", 5),  # my name is ...
        _clause("emergency_help", 0.4, "my name is Sokha in Rayong", 6),
        _clause("emergency_help", 0.33, "khnhom chmous dara nov bangkok", 5),
    ],
)
def test_a_clause_that_raises_no_problem_is_no_witness(clause: ClauseReading) -> None:
    assert list(heard((KEPT, clause))) == [KEPT]


@pytest.mark.parametrize(
    "clause",
    [
        _clause("return_home", 0.8, "အိမ်ပြန်ချင်တယ်", 4),  # I want to go home
        _clause("return_home", 0.7, "ပြန်မပေးဘူး အိမ်ပြန်ချင်တယ်", 6),  # won't give back, want home
        _clause("return_home", 0.7, "ein pyan chin tal", 4),
        # a name clause read surely, or a long one: it holds more than the name
        _clause("emergency_help", 0.9, "my name is Zaw they lock me in", 7),
        _clause("emergency_help", 0.4, "my name is Zaw the boss beat me and lock the door now", 12),
        _clause("emergency_help", 0.4, "please help me now", 4),  # no name
    ],
)
def test_a_clause_with_its_own_problem_still_witnesses(clause: ClauseReading) -> None:
    assert list(heard((KEPT, clause))) == [KEPT, clause]


# --- 2. A country people work in, typed at "Where are you from?" -------------------------


@pytest.mark.parametrize(
    ("words", "lang", "place"),
    [
        ("Thailand", "en", "TH"),
        ("thai", "en", "TH"),
        ("malaysia", "en", "MY"),
        ("ထိုင်း", "my", "TH"),
        ("ថៃ", "km", "TH"),
    ],
)
def test_a_country_typed_at_where_from_is_where_the_person_is(ctx, words, lang, place) -> None:
    state = UserState(language=lang, step="origin")
    told = run(ctx, state, text(words, lang, "change_language"))
    assert told.state.country == place
    assert told.state.step == "origin"
    assert "origin:MM" in all_button_data(told)
    after = run(ctx, told.state, ButtonPress("origin:MM"))
    assert after.state.origin == "MM" and after.state.country == place
    assert "country:TH" not in all_button_data(after)  # not asked again


def test_the_answer_waiting_is_for_the_country_typed(ctx) -> None:
    state = UserState(language="en", step="origin", pending_topic="unpaid_wages")
    told = run(ctx, state, text("Thailand", "en", "change_language"))
    after = run(ctx, told.state, ButtonPress("origin:MM"))
    assert "workers in Thailand" in said(after)  # the wages answer for Thailand
    assert "country:TH" not in all_button_data(after)


@pytest.mark.parametrize(
    ("words", "origin"),
    [("Myanmar", "MM"), ("ខ្មែរ", "KH")],  # where from, typed: as before
)
def test_a_home_country_typed_at_where_from_is_still_the_origin(ctx, words, origin) -> None:
    state = UserState(language="en", step="origin")
    outcome = run(ctx, state, text(words, "en", "change_language"))
    assert outcome.state.origin == origin
    assert "country:TH" in all_button_data(outcome)  # then "Where are you now?"


def test_profile_still_asks_both_questions(ctx) -> None:
    # /profile asks both afresh: a profile's earlier country is no typed answer
    state = UserState(language="en", origin="MM", country="MY", profile_asked=True, step="origin")
    outcome = run(ctx, state, ButtonPress("origin:MM"))
    assert "country:TH" in all_button_data(outcome)


def test_a_question_naming_a_country_is_no_answer(ctx) -> None:
    state = UserState(language="en", step="origin")
    outcome = run(ctx, state, text("thailand embassy phone number", "en", "embassy_contact"))
    assert outcome.state.country is None
