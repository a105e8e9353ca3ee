"""Far from everything (exploratory round 39C, docs/exploratory/round39-far-from-everything.md):
workers on an estate, a farm, a camp or a boat, far from any office, with no transport, signal
only at times, able to write but not to talk; and workers a guard or a boss keeps in. The
readings are the shared NLU server's (2026-12-07) unless said otherwise."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, read_as, read_by_rule, run, said, settled

from bot.dialogue import far_away, places

FAR = (
    "Far from an office, no transport or little signal? You do not have to go anywhere or "
    "call first. Tap “Talk to a person” and write here when you have signal: a caseworker "
    "answers by message, and you can write short. Our sources do not say which hotlines "
    "answer messages."
)
DANGER = "If you are in danger now:"


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # "I cannot help with that" before
        ("signal only on the hill at night, how i complain", "en", None, 0.855),
        ("no phone signal at farm, only sometimes", "en", None, 0.8838),
        # "did not understand" before
        ("i cannot call, only text. where i message for help", "en", None, 0.5725),
        # Where to complain with nothing on writing instead of going
        ("i cannot go to office, too far, can i complain by message", "en",
         "complaint_channels", 0.9526),
        ("palm oil estate in sabah, nearest town 3 hours, boss has the only car. boss not pay "
         "3 month", "en", "unpaid_wages", 0.9356),
        ("in japan farm, trainee, far from station, want to complain", "en",
         "complaint_channels", 0.9015),
        # Burmese: I work on a farm, it is far from town, how do I go to the office (agency)
        ("ကျွန်တော် ခြံမှာအလုပ်လုပ်တယ်၊ မြို့နဲ့ဝေးတယ်၊ ရုံးကိုဘယ်လိုသွားရမလဲ", "my",
         "agency_complaint", 0.6708),
        # Burmese: no signal, only on the hill ("did not understand")
        ("ဖုန်းမရဘူး၊ တောင်ပေါ်မှာပဲရတယ်", "my", None, 0.2928),
        # Khmer: I work on a plantation far from town, cannot go to the office (agency)
        ("ខ្ញុំធ្វើការនៅចម្ការ ឆ្ងាយពីទីក្រុង មិនអាចទៅការិយាល័យបាន", "km",
         "agency_complaint", 0.2697),
    ],
)  # fmt: skip
def test_far_away_is_told_a_person_answers_by_message(real, words, lang, topic, confidence):
    event = read_as(words, topic, confidence, lang)
    got = run(real, settled(lang, "TH"), event)
    text = said(got)
    assert in_language(lang, FAR) in text
    assert "I cannot help with that" not in text
    assert "Sorry, I did not understand" not in text


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("we live in camp, guard not let us go out, is it ok", None, 0.4352),
        ("boss drive us to work, we cannot go anywhere alone", "injury_health", 0.7397),
    ],
)
def test_kept_in_by_a_guard_or_a_boss_gets_the_emergency_answer(real, words, topic, confidence):
    got = run(real, settled("en", "TH"), read_as(words, topic, confidence))
    text = said(got)
    assert DANGER in text
    assert "Injured or sick because of work" not in text


def test_the_line_never_goes_above_the_emergency_numbers(real):
    words = "far from town, no car, we cannot go out, guard at the gate"
    got = run(
        real, settled("en", "TH"), read_by_rule(words, "en", ("emergency_help",),
                                               ("emergency_help", 0.9))
    )  # fmt: skip
    text = said(got)
    assert text.startswith("🆘")
    assert FAR not in text


def test_a_sure_reading_keeps_its_answer(real):
    words = "far from town, sick, no car, boss not take me hospital"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.9975))
    text = said(got)
    assert text.startswith(FAR)
    assert got.shown == "topic:injury_health"


@pytest.mark.parametrize(
    "words",
    [
        "where is the labour office in bangkok",
        "my boss let us go out on sunday",
        "can i call the embassy",
        "the office is closed today",
        "i want to message my family",
        "the guard is kind to us",
        "ရုံးဘယ်မှာလဲ",  # where is the office
        "ការិយាល័យនៅឯណា",  # where is the office
    ],
)
def test_near_misses(words):
    assert not far_away.says(words)
    assert not far_away.kept_in(words)


@pytest.mark.parametrize("words", ["palm oil estate in sabah", "farm in sarawak", "kota kinabalu"])
def test_malaysian_borneo_names_malaysia(words):
    assert places.mentioned(words).country == "MY"


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        (
            "my phone keep restarting by itself since yesterday, i charged it full but still "
            "same, cannot call my family",
            "out_of_scope",
        ),
        ("no signal on my phone in the dormitory", "out_of_scope"),
        ("ကျေးရွာမှာ နေတာ သင်တန်း ဝေးတယ် ဘယ်လိုလုပ်ရမလဲ", "predeparture_training"),
    ],
)
def test_a_phones_trouble_or_a_far_training_gets_no_line(real, words, topic):
    """The lead's read of round 39C over the NLU's examples: a phone that restarts, no signal
    in the dormitory (out of scope) and a training far from the village (at home, in person)
    got the line that no office visit is needed."""
    lang = "my" if "ဝေး" in words else "en"
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    assert not far_away.says(words) or topic == "predeparture_training"
    assert got.tally is not None
    assert "Far from an office" not in said(got)
    assert "ဖုန်းလိုင်းမကောင်းလား" not in said(got)
