"""Round 45A, items left open by rounds 42A and 44B.

- "ဒီမှာပဲ" (right here, Unicode or Zawgyi), "here", "នៅទីនេះ" typed at the form's contact
  question got "You are filling in the request" (form_question): now "Through this bot", as
  the button. At "Where are you?" it got the same, or would be kept as the place: now the
  question again, plainly (form_here.py).
- "what happens if my boss find out?" at the summary got the form reminder: now that the bot
  sends nothing to an employer, who gets the request, what our sources do not say, with Send
  under it (form_boss.py).
- A short question ("how much", "bal lout lae") at "Where are you now?" asked after an answer
  (none waits) got "Please tap one of the buttons below" or the help page: now the next step,
  a person's, and the answer above (profile_waits.after_answer).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, text, tr

from bot.content.localised import topic_title
from bot.dialogue.events import ButtonPress
from bot.values import UserState

ASKED_AGAIN = "Please write the town or the country where you are, or press Skip."
FILLING = "You are filling in"


def ready(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def at(ctx, lang: str, step: str):
    """The form opened and walked with Skip and the buttons up to `step`."""
    out = run(ctx, ready(lang), ButtonPress("person"))
    prefixes = ("ref:skip:description", "ref:skip:place", "ref:contact:bot", "ref:urgent:no")
    for prefix in prefixes:
        if out.state.step == step:
            break
        data = next(d for d in all_button_data(out) if d.startswith(prefix))
        out = run(ctx, out.state, ButtonPress(data))
    assert out.state.step == step, said(out)
    return out


def typed(words: str, lang: str):
    zawgyi = "zawgyi" if "ွ" in words and "မွာ" in words else None
    return text(words, lang, encoding=zawgyi)


HERE = [
    ("my", "ဒီမှာပဲ"),
    ("my", "ဒီမွာပဲ"),  # Zawgyi
    ("en", "right here"),
    ("en", "here"),
    ("km", "នៅទីនេះ"),
    ("en", "di mhar pe"),
]


@pytest.mark.parametrize(("lang", "words"), HERE)
def test_here_at_the_contact_question_is_through_this_bot(ctx, lang, words):
    out = at(ctx, lang, "ref:contact")
    asked = run(ctx, out.state, typed(words, lang))
    assert asked.state.form is not None
    assert asked.state.form.get("contact_method") == "bot", said(asked)
    assert asked.state.step != "ref:contact"


@pytest.mark.parametrize(("lang", "words"), [*HERE, ("en", "same place")])
def test_here_at_the_place_question_asks_it_again_plainly(ctx, lang, words):
    out = at(ctx, lang, "ref:place")
    asked = run(ctx, out.state, typed(words, lang))
    assert tr(lang).gettext(ASKED_AGAIN) in said(asked), said(asked)
    assert asked.state.step == "ref:place"
    assert "place" not in (asked.state.form or {}), "nothing kept as the place"


@pytest.mark.parametrize("words", ["Mae Sot", "here in Mae Sot", "I am in Thailand"])
def test_a_place_is_still_the_place(ctx, words):
    out = at(ctx, "en", "ref:place")
    asked = run(ctx, out.state, text(words))
    assert tr("en").gettext(ASKED_AGAIN) not in said(asked)
    assert asked.state.step != "ref:place"


def test_a_number_at_the_contact_question_is_read_as_before(ctx):
    out = at(ctx, "en", "ref:contact")
    asked = run(ctx, out.state, text("here is my number 0812345678"))
    assert (asked.state.form or {}).get("contact_method") == "phone", said(asked)


BOSS = [
    ("en", "what happens if my boss find out?"),
    ("en", "if my boss know what happen"),
    ("en", "i scared boss find out"),
    ("my", "သူဌေး သိသွားရင် ဘာဖြစ်မလဲ"),
    ("km", "បើថៅកែដឹង?"),
]
BOSS_LINE = (
    "If you press Send, what the summary shows goes only to the organisations it names. Our "
    "sources do not say what they do next in your case: you can ask the caseworker here "
    "whether they will contact your employer."
)


@pytest.mark.parametrize(("lang", "words"), BOSS)
def test_boss_finding_out_at_the_summary_says_who_gets_it(ctx, lang, words):
    out = at(ctx, lang, "ref:confirm")
    send = next(d for d in all_button_data(out) if d.startswith("ref:send:"))
    asked = run(ctx, out.state, text(words, lang))
    _ = tr(lang).gettext
    assert _(BOSS_LINE) in said(asked), said(asked)
    assert _(
        "I send nothing about you to the police, immigration, an embassy or your employer."
    ) in said(asked)
    assert FILLING not in said(asked)
    assert send in all_button_data(asked)
    assert asked.state.step == "ref:confirm"
    assert asked.state.form == out.state.form


@pytest.mark.parametrize("words", ["my boss find out and he hit me", "what happens next?", "boss"])
def test_other_words_at_the_summary_are_not_this_answer(ctx, words):
    out = at(ctx, "en", "ref:confirm")
    asked = run(ctx, out.state, text(words))
    assert BOSS_LINE not in said(asked)


def test_boss_finding_out_before_the_summary_is_not_this_answer(ctx):
    out = at(ctx, "en", "ref:contact")
    asked = run(ctx, out.state, text("what happens if my boss find out?"))
    assert BOSS_LINE not in said(asked)


# --- A short question at "Where are you now?" asked after an answer (42A) ----------------

PASSPORT = "documents_confiscated"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "how much"),
        ("en", "where"),
        ("en", "bal lout lae"),
        ("km", "ប៉ុន្មាន?"),
        ("my", "ဘယ်လောက်လဲ"),
    ],
)
def test_a_short_question_after_an_answer_at_the_profile_question(real, lang, words):
    state = UserState(language=lang, origin="MM", step="country")
    out = run(real, state, read_as("my boss keep my passport", PASSPORT, 0.95, lang))
    assert out.state.step == "country", said(out)
    assert not out.state.pending_topic
    after = replace(real, last_answer=out.shown)
    asked = run(after, out.state, read_as(words, None, 0.1, lang))
    _ = tr(lang).gettext
    assert _("Please tap one of the buttons below.") not in said(asked), said(asked)
    assert _("A person from a partner organisation can tell you what to do next.") in said(asked)
    assert topic_title(real.catalog, PASSPORT, lang) in said(asked)


def test_a_place_after_an_answer_is_still_the_place(real):
    state = UserState(language="en", origin="MM", step="country")
    out = run(real, state, read_as("my boss keep my passport", PASSPORT, 0.95))
    asked = run(real, out.state, text("Thailand"))
    assert asked.state.country == "TH"


# --- A second problem in plain words the NLU did not read (44A) --------------------------


@pytest.mark.parametrize(
    ("words", "read", "offered"),
    [
        ("passport kept, broken hand", PASSPORT, "injury_health"),
        ("boss keep my passport, 3 months no salary", PASSPORT, "unpaid_wages"),
        ("broken hand at the factory, they keep my passport", "injury_health", PASSPORT),
        ("ပတ်စ်ပို့ သိမ်းထားတယ်၊ လက်ကျိုးတယ်", PASSPORT, "injury_health"),
        ("ថៅកែយកលិខិតឆ្លងដែន ហើយខ្ញុំបាក់ដៃ", PASSPORT, "injury_health"),
    ],
)
def test_a_second_problem_in_plain_words_is_offered(real, words, read, offered):
    lang = "my" if "ပ" in words else "km" if "ថ" in words else "en"
    state = UserState(language=lang, origin="MM", country="TH", profile_asked=True)
    out = run(real, state, read_as(words, read, 0.95, lang))
    assert topic_title(real.catalog, read, lang) in said(out)
    assert any(offered in d for d in all_button_data(out)), all_button_data(out)


@pytest.mark.parametrize(
    "words", ["my passport expire next month, how to renew", "i want break, too tired"]
)
def test_near_misses_offer_no_injury_nor_wages(real, words):
    state = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    out = run(real, state, read_as(words, PASSPORT, 0.95))
    data = all_button_data(out)
    assert not any("injury_health" in d or "unpaid_wages" in d for d in data), data
