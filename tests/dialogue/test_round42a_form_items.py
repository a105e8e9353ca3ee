"""Round 42A, items left open by rounds 38C, 40B and 41C.

- "what happens next?" typed at the form's summary (before Send) got "You are filling in
  the form to talk to a person. Nothing is sent yet." with [Continue the form] [Ask this
  instead]: not answered, and Send gone from under the reply. Now what Send does (who gets
  it, a case number, a caseworker answers in this chat, nothing before Send), with Send,
  Change and Cancel under it; in Burmese (Unicode and Zawgyi), Khmer and romanised too.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, text, tr

from bot.content.localised import topic_title
from bot.dialogue.events import ButtonPress
from bot.values import UserState

NEXT = (
    "When you press Send, what the summary shows goes to {org}, and you get a case number. A "
    "caseworker answers you here, in this chat. Nothing is sent before you press Send."
)


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def summary_of(ctx, lang: str):
    out = run(ctx, ready(lang), ButtonPress("person"))
    for prefix in ("ref:skip:description", "ref:skip:place", "ref:contact:bot", "ref:urgent:no"):
        data = next(d for d in all_button_data(out) if d.startswith(prefix))
        out = run(ctx, out.state, ButtonPress(data))
    assert any(d.startswith("ref:send:") for d in all_button_data(out)), said(out)
    return out


ASKED = [
    ("en", "what happens next?"),
    ("en", "ok then what"),
    ("en", "what happen after i send"),
    ("en", "po pyi yin bar phyit ma lae"),
    ("my", "ပို့ပြီးရင် ဘာဖြစ်မလဲ"),
    ("my", "ပြီးရင် ဘာဖြစ်မလဲ"),
    ("my", "ၿပီးရင္ ဘာျဖစ္မလဲ"),  # Zawgyi
    ("km", "ផ្ញើហើយយ៉ាងម៉េច?"),
    ("km", "bantoab mok yang mech"),
]


@pytest.mark.parametrize(("lang", "words"), ASKED)
def test_what_happens_next_at_the_summary_is_answered_with_send_under_it(ctx, lang, words):
    out = summary_of(ctx, lang)
    send = next(d for d in all_button_data(out) if d.startswith("ref:send:"))
    zawgyi = "zawgyi" if "ျ" in words else None
    asked = run(ctx, out.state, text(words, lang, encoding=zawgyi))
    head = tr(lang).gettext(NEXT).split("{org}")[0]
    assert head in said(asked), said(asked)
    assert send in all_button_data(asked), "the same Send under the answer"
    assert asked.state.step == "ref:confirm"
    assert asked.state.form == out.state.form, "nothing of the question kept"


NOT_ASKED = [
    "what happens if my boss find out",
    "what happen to my passport",
    "my boss hit me again",
]


@pytest.mark.parametrize("words", NOT_ASKED)
def test_other_words_at_the_summary_are_read_as_before(ctx, words):
    out = summary_of(ctx, "en")
    asked = run(ctx, out.state, text(words))
    assert "When you press Send, what the summary shows" not in said(asked)


def test_what_happens_next_elsewhere_in_the_form_is_not_this_answer(ctx):
    out = run(ctx, ready("en"), ButtonPress("person"))
    asked = run(ctx, out.state, text("what happens next?"))
    assert "When you press Send, what the summary shows" not in said(asked)


# --- The profile's "Where are you from?" asked while an answer waits (round 41C) -----------
#
# "boss ask me sign a thai paper" from someone who skipped the questions at /start: the
# answer waits for "Where are you from?". "what should i do" then got the help page, "how
# much" "Please tap one of the buttons below." again: the message was lost, the answer never
# came. Now a short question there is the question's Skip: the answer that waits.

CONTRACT = "employment_contract"


def waiting_for_profile(real, lang: str):
    state = UserState(language=lang)
    out = run(real, state, read_as("boss ask me sign a thai paper", CONTRACT, 0.95, lang))
    assert out.state.step == "origin", said(out)
    assert out.state.pending_topic
    return out


SHORT = [
    ("en", "what should i do"),
    ("en", "how much"),
    ("en", "where?"),
    ("my", "ဘာလုပ်ရမလဲ"),
    ("my", "ဘယ္ေလာက္လဲ"),  # Zawgyi
    ("km", "ប៉ុន្មាន?"),
    ("km", "twer avey"),
    ("en", "bal lout lae"),
]


@pytest.mark.parametrize(("lang", "words"), SHORT)
def test_a_short_question_at_the_profile_question_gets_the_answer_that_waits(real, lang, words):
    out = waiting_for_profile(real, lang)
    zawgyi = "zawgyi" if "ေ" in words and "ဘယ္" in words else None
    asked = run(
        real,
        out.state,
        read_as(words, None, 0.1, lang) if not zawgyi else text(words, lang, encoding=zawgyi),
    )
    title = topic_title(real.catalog, CONTRACT, lang)
    assert title in said(asked), said(asked)
    assert asked.state.step is None
    assert not asked.state.pending_topic
    assert tr(lang).gettext("Please tap one of the buttons below.") not in said(asked)


def test_a_place_typed_there_is_still_the_place(real):
    out = waiting_for_profile(real, "en")
    asked = run(real, out.state, text("Myanmar"))
    assert asked.state.origin == "MM"


def test_without_an_answer_waiting_the_question_stays(real):
    state = UserState(language="en", step="origin")
    asked = run(real, state, read_as("how much", None, 0.1))
    assert asked.state.step in ("origin", "country") or "Where are you" in said(asked)
