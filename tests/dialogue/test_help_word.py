""" "Help" typed alone in Burmese or Khmer, with emoji or not: the help page, as the English
"help" (user testing: "😭😭 ကူညီ", crying faces and Burmese "help", got "Sorry, I did not
understand": the NLU read the help page at 0.59, under its threshold). Only where the NLU read
nothing: never over what it reads, an emergency included, and no new danger word."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said

from bot.dialogue import triage
from bot.dialogue.events import ButtonPress, Text
from bot.reading import plain_text
from bot.values import Asked, NluResult, Tally, UserState

# What the NLU read of each (measured on the trained model: none at or over the threshold).
UNSURE = (("bot_help", 0.59), ("thanks", 0.14), ("emergency_help", 0.08))


def unread(words: str, language: str | None) -> Text:
    """As the service reads it: normalised (Zawgyi converted), the NLU unsure."""
    normalised = plain_text(words)
    nlu = NluResult(None, UNSURE[0][1], UNSURE)
    return Text(normalised.text, language, normalised.encoding, nlu)


def ready(lang: str, step: str | None = None) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True, step=step)


def help_page(ctx, state: UserState):
    """What "help" gets: the NLU reads it as bot_help (0.99)."""
    return run(ctx, state, Text("help", "en", None, NluResult("bot_help", 0.99, ())))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("😭😭 ကူညီ", "my"),
        ("ကူညီ", "my"),
        ("😭😭 ကူညီေပး", "my"),  # Zawgyi, as typed on a Zawgyi phone
        ("အကူအညီ!!", "my"),
        ("kuu nyi", "my"),
        ("😢 ku nyi", "my"),
        ("ជួយ", "km"),
        ("😭😭 ជួយ", "km"),
        ("ជំនួយ", "km"),
        ("jouy", "km"),
        ("chuoy 😭", "km"),
        ("😭😭 help", "en"),
    ],
)
@pytest.mark.parametrize("step", [None, "origin", "country"])
def test_help_typed_alone_gets_the_help_page(ctx, words, lang, step):
    state = ready(lang, step)
    outcome = run(ctx, state, unread(words, lang))
    page = help_page(ctx, state).replies
    # (Zawgyi typed: then the one-tap way back to Unicode, as for any Zawgyi message.)
    assert outcome.replies[: len(page)] == page
    assert outcome.state.with_(encoding=None) == state  # the question still waits
    assert outcome.tally == Tally(Asked.CONVERSATION, "bot_help", confidence=0.59)
    assert not outcome.urgent


@pytest.mark.parametrize(
    "words",
    # Not shouted: "help!" and "HELP" alone stay the help page ("HELP!!!" is a plea).
    ["😭😭 ကူညီ", "ကူညီ", "ကူညီပေး", "ជួយ", "kuu nyi", "jouy", "help", "Help!", "help!!", "HELP"],
)
def test_help_alone_is_no_danger_word(ctx, real, words):
    # As the English "help": "help me now", "ku nyi par" or ជួយផង are (content/safety).
    assert not triage.in_danger(words, ctx)
    assert not triage.in_danger(words, real)


def test_what_the_nlu_reads_is_kept(ctx):
    # "😭 ជួយ" is read as an emergency (0.86), "jouy" too (0.98): never lowered to the help
    # page; a message with ကူညီ in it is read as the message it is.
    emergency = Text("😭 ជួយ", "km", None, NluResult("emergency_help", 0.86, ()))
    outcome = run(ctx, ready("km"), emergency)
    assert outcome.urgent and outcome.replies != help_page(ctx, ready("km")).replies
    wages = "အလုပ်ရှင်က လစာ မပေးဘူး ကူညီပါ"
    asked = Text(wages, "my", None, NluResult("unpaid_wages", 0.9, ()))
    outcome = run(ctx, ready("my"), asked)
    assert outcome.tally == Tally(Asked.ANSWERED, "unpaid_wages", confidence=0.9)


def test_help_in_a_sentence_the_nlu_cannot_read_is_still_not_understood(ctx):
    outcome = run(ctx, ready("my"), unread("ကူညီ ဘာလုပ်ရမလဲ မသိ xyz", "my"))
    assert outcome.tally is not None and outcome.tally.asked == Asked.FALLBACK
    assert outcome.replies != help_page(ctx, ready("my")).replies
    assert said(outcome)


# A plea typed as the whole message is danger, as the English "help me please" is read
# (exploratory test 7: ကူညီပေးပါ, read by the NLU as the help page at 0.90, got the list of
# commands); inside a longer message it is a polite word.
PLEAS = [
    ("ကူညီပေးပါ", "my"),
    ("😭😭 ကူညီပေးပါ", "my"),
    ("😭😭 ကူညီေပးပါ", "my"),  # Zawgyi
    ("ကူညီပါ 🙏", "my"),
    ("ကျွန်မကို ကူညီပေးပါ", "my"),
    ("ku nyi pay par", "my"),
    ("ជួយខ្ញុំ", "km"),
    ("សូមជួយខ្ញុំ!!", "km"),
    ("som jouy khnhom", "km"),
    ("Please help me!", "en"),
    # With a polite ending, a form of address or "please" (exploratory test 8, finding 1: the
    # help page or "did not understand").
    ("ကူညီပေးပါဗျာ", "my"),
    ("ကူညီပေးပါရှင်", "my"),
    ("ကူညီပေးပါ ခင်ဗျာ", "my"),
    ("ကူညီပေးကြပါဦး", "my"),
    ("ကူညီေပးပါဗ်ာ", "my"),  # Zawgyi
    ("help me sir", "en"),
    ("help me bro", "en"),
    ("help plz", "en"),
    ("HELP!!!", "en"),
    ("ជួយអូនផង", "km"),
]


@pytest.mark.parametrize(("words", "lang"), PLEAS)
def test_a_plea_typed_alone_gets_the_emergency_numbers(real, words, lang):
    # What the NLU read of ကူညီပေးပါ: the help page, sure.
    nlu = NluResult("bot_help", 0.9, (("bot_help", 0.9),))
    normalised = plain_text(words)
    outcome = run(real, ready(lang), Text(normalised.text, lang, normalised.encoding, nlu))
    assert outcome.urgent
    assert outcome.replies != help_page(real, ready(lang)).replies
    assert "/privacy" not in said(outcome)


@pytest.mark.parametrize(
    "words",
    [
        "ဗီဇာကိစ္စ ကူညီပေးပါ",
        "ကူညီပါမလား",
        "ជួយខ្ញុំរកការងារ",
        "please help me with my visa",
        # Endings do not make a question a plea.
        "ကူညီပါမလား ခင်ဗျာ",  # "will you help, sir?"
        "ဗီဇာကိစ္စ ကူညီပေးပါ ခင်ဗျာ",
        "help me with my visa sir",
        "ជួយខ្ញុំរកការងារផងបង",  # "help me find work, brother"
    ],
)
def test_a_plea_inside_a_longer_message_is_no_alarm(real, words):
    assert not triage.in_danger(plain_text(words).text, real)


@pytest.mark.parametrize("words", ["ကူညီပေးပါဗျာ", "ကူညီပေးကြပါဦး", "help me sir"])
def test_a_plea_at_tell_me_what_happened_gets_the_numbers(real, words):
    # Exploratory test 8, finding 1: typed at the form's description it became the
    # description silently, no numbers, no urgent flag.
    state = ready("my")
    for data in ("person:unpaid_wages", "ref:topic:unpaid_wages"):
        state = run(real, state, ButtonPress(data)).state
    assert state.step == "ref:description"
    nlu = NluResult("bot_help", 0.9, (("bot_help", 0.9),))
    normalised = plain_text(words)
    outcome = run(real, state, Text(normalised.text, "my", normalised.encoding, nlu))
    assert outcome.replies[0].text.startswith("🆘") and "1300" in outcome.replies[0].text
    assert (outcome.state.form or {}).get("urgent") == "1"
