"""Young men and the conscription law (exploratory round 43C).

"is the ban on men still now?" got "I cannot help with that" and "men ban still?" the help
page: now Going abroad legally, which holds the one dated fact (May 2024, permits for men to
work abroad stopped; ask whether this still applies). Its Zawgyi form, "ယောက်ျားလေးတွေ ပြည်ပ
အလုပ်သွားခွင့် ပိတ်ထားတာ အခုထိ ရှိသေးလား" (men's permission to work abroad is shut, still?),
held ပိတ်ထား (locked up) and got the emergency answer first: a permission shut is no danger.
"come thailand through jungle for no army. police catch me send back?" got the arrest answer
(ask for the Myanmar embassy), "I left because of the army, my visa expires" the visa answer
alone, a mother's "soldiers come to take boys in our village. he is hiding" "I cannot help
with that": now the call-up reply (nothing sent to an embassy, the police or the army; a
person first). Near misses are not read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.content.catalog import load_catalog
from bot.dialogue import called_up, men_abroad
from bot.dialogue.context import Context
from bot.dialogue.triage import in_danger
from bot.i18n import translator
from bot.language.zawgyi_output import unicode_to_zawgyi

ROOT = Path(__file__).resolve().parents[2]
STOP = "In May 2024 permits to work abroad were stopped for men. Ask whether this still applies."
CALLED_UP = "Left to escape the army's call-up, or afraid of being sent back?"
SHUT = "ယောက်ျားလေးတွေ ပြည်ပ အလုပ်သွားခွင့် ပိတ်ထားတာ အခုထိ ရှိသေးလား"


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("is the ban on men still now?", None, 0.88),
        ("men ban still?", "bot_help", 0.76),
        ("is the ban on men lifted", None, 0.5),
        ("young men still not allowed to go?", None, 0.4),
    ],
)
def test_a_question_on_the_stop_for_men_gets_the_dated_stop(real, words, topic, confidence):
    got = run(real, settled("en", "MM"), read_as(words, topic, confidence))
    assert STOP in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "the men toilet is closed",
        "my boss stopped paying the men",
        "men stopped work today",
        "boss stop the men from break",
        "women can go to thailand?",
    ],
)
def test_near_misses_are_not_the_stop(words):
    assert not men_abroad.asks(words)


def test_what_you_can_do_stays_the_help_page(real):
    got = run(real, settled("en", "MM"), read_as("what can you do", "bot_help", 0.99))
    assert STOP not in said(got)


CTX = Context(
    load_catalog(ROOT / "content"),
    lambda language: translator(ROOT / "locales", language),
    dt.date.today(),
)


@pytest.mark.parametrize("words", [SHUT, unicode_to_zawgyi(SHUT), "အလုပ်သွားခွင့်ကို ပိတ်ထားတယ်"])
def test_a_permission_shut_is_no_danger(words):
    assert not in_danger(words, CTX)


@pytest.mark.parametrize("words", ["အခန်းထဲမှာ ပိတ်ထားတယ်", "သူဌေးက ပိတ်ထားတယ် ကယ်ပါ"])
def test_a_person_shut_in_is_still_danger(words):
    assert in_danger(words, CTX)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        (
            "me no passport, come thailand through jungle for no army. police catch me send back?",
            "arrest_detention",
        ),
        ("I left because of the army, my visa expires next month", "visa_work_permit"),
        (
            "I am mother. my son 18, soldiers come to take boys in our village. he is hiding. "
            "what he do",
            None,
        ),
        ("i dont want go army, can i stay in thailand", "visa_work_permit"),
        (
            "military draft letter come to my home, my mother say dont come back. what should i do",
            "return_home",
        ),
    ],
)
def test_leaving_the_army_behind_gets_the_call_up_reply(real, words, topic):
    got = run(real, settled("en", "TH"), read_as(words, topic, 0.87))
    text = said(got)
    assert text.startswith(CALLED_UP)
    assert "Myanmar Embassy" not in text


@pytest.mark.parametrize(
    "words",
    [
        "my brother work for the army canteen",
        "the soldiers took my son yesterday",
        "for no reason boss fire me",
        "because of the rain no work",
        "my contract is only a draft",
    ],
)
def test_near_misses_are_not_the_call_up(words):
    assert not called_up.called_up(words)
