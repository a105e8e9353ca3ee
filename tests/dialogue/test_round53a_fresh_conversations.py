"""Round 53A (whole conversations written fresh, after the first answer).

After the unpaid-wages or domestic-work answer, before pressing "Talk to a person", people
asked who would learn of it: "i dont want my employer to know" and "will my boss know" got
Change employer, "what will you share" "did not understand", "who will see my message" "I
cannot help with that". They get who sees what (own_data's answer, content/safety/
own_words.yml). Said with a problem of its own ("i dont want my boss to know i am pregnant")
or about a complaint ("will my boss know if i complain", complaint_fears.py), they keep their
answers; near-misses on other topics too."""

from __future__ import annotations

import pytest
from dialogue_helpers import button_data, run, said, tr
from test_own_data_words import NOTHING_TO_POLICE, ready, typed


@pytest.mark.parametrize(
    ("words", "language", "topic", "confidence"),
    [
        ("i dont want my employer to know", "en", "change_employer", 0.48),
        ("will my boss know", "en", "change_employer", 0.57),
        ("will my boss know?", "en", "change_employer", 0.57),
        ("i dont want my boss to know please", "en", "complaint_channels", 0.4),
        ("dont tell my boss", "en", "emergency_help", 0.5),
        ("what will you share", "en", None, 0.0),
        ("what do you share with them", "en", "bot_help", 0.93),
        ("who will see my message", "en", None, 0.0),
        ("who will read my story?", "en", None, 0.0),
        ("kom oy thaokae deng", "km", "documents_confiscated", 0.5),
        ("သူဌေး မသိစေချင်ဘူး", "my", None, 0.0),
        ("ဘာတွေ မျှဝေမလဲ", "my", None, 0.0),
        ("ខ្ញុំមិនចង់ឲ្យថៅកែដឹងទេ", "km", "complaint_channels", 0.6),
        ("តើអ្នកនឹងចែករំលែកអ្វីខ្លះ", "km", None, 0.0),
    ],
)
def test_who_will_know_after_an_answer_gets_who_sees_what(real, words, language, topic, confidence):
    first = run(real, ready(language), typed("my boss not pay me 2 month", "unpaid_wages", 0.95))
    got = run(real, first.state, typed(words, topic, confidence))
    assert said(got).startswith(tr(language).gettext(NOTHING_TO_POLICE))
    assert button_data(got.replies[0]) == ["mine:privacy", "person", "mine:delete", "menu"]
    assert not got.urgent and not got.effects


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("i dont want my boss to know i am pregnant", "injury_health", 0.8),
        ("will my boss know if i complain", "complaint_channels", 0.8),
        ("who will see my payslip", "unpaid_wages", 0.6),
        ("what is shared room rules", "housing", 0.5),
        ("what you share on facebook is dangerous?", None, 0.0),
        ("ကိုယ်ဝန်ရှိတာ သူဌေး မသိစေချင်ဘူး", "injury_health", 0.8),
        ("ខ្ញុំមិនចង់ឲ្យថៅកែដឹងថាខ្ញុំមានផ្ទៃពោះ", "injury_health", 0.8),
    ],
)
def test_near_misses_keep_their_answers(real, words, topic, confidence):
    got = run(real, ready(), typed(words, topic, confidence))
    assert not said(got).startswith(NOTHING_TO_POLICE)


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("ေခါင္းက ေသြးေတြထြက္ေနတယ္ သူငယ္ခ်င္း ျပဳတ္က်တယ္", "my"),  # Zawgyi
        ("သူငယ်ချင်း အလုပ်ထဲမှာ ပြုတ်ကျပြီး ခေါင်းက သွေးတွေထွက်နေတယ်", "my"),
        ("ឈាមចេញពីក្បាលគាត់", "km"),
    ],
)
def test_blood_from_the_head_in_script_gets_treatment_first(real, words, language):
    from bot.dialogue import work_conditions

    got = run(real, ready(language), typed(words, "injury_health", 0.9))
    assert work_conditions.harmed(typed(words, None, 0.0).text)
    note = tr(language).gettext(
        "Fainted, not breathing, burned or cut? Get treatment first: take the person "
        "to the nearest hospital or clinic now. Then write down when and how it "
        "happened and who saw it, and keep hospital papers and receipts."
    )
    assert note in said(got)


@pytest.mark.parametrize("words", ["ခေါင်းမှာ သွေးထွက်နေတယ်", "មិត្តខ្ញុំធ្លាក់ពីលើ ក្បាលហូរឈាម"])
def test_blood_from_the_head_is_harm_where_the_numbers_come_first(words):
    """Read as danger (the numbers first, as before); harm needing treatment all the same."""
    from bot.dialogue import work_conditions

    assert work_conditions.harmed(typed(words, None, 0.0).text)


@pytest.mark.parametrize(
    "words",
    ["သွေးစစ်ဖို့ ဘယ်မှာ သွားရမလဲ", "ခေါင်းကိုက်တယ် ဆေးဘယ်မှာ ဝယ်ရမလဲ", "ក្បាលឈឺ ទិញថ្នាំនៅឯណា"],
)
def test_a_blood_test_or_a_headache_is_no_harm(words):
    from bot.dialogue import work_conditions

    assert not work_conditions.harmed(typed(words, None, 0.0).text)
