"""What people write right after an answer (exploratory round 13A,
docs/exploratory/round13-after-answer.md): a follow-up the NLU reads as the very answer just
shown, sadness and no place to sleep, "what?" alone, "ok la", and a place named after an
answer for another place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, said, settled

from bot.dialogue import engine
from bot.dialogue.events import Text

WAGES = read_as("my boss not pay me 2 month", "unpaid_wages", 0.95)
ABOVE = (
    "My answer about “{topic}” is just above: that is what I know. A person from a "
    "partner organisation can tell you more."
)


@pytest.fixture
def ctx(real: engine.Context) -> engine.Context:
    return real


def after(ctx: engine.Context, first, lang: str = "en", state=None) -> engine.Context:
    answered = engine.handle(replace(first, language=lang), state or settled(lang), ctx)
    assert answered.shown is not None
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_follow_up_read_as_the_answer_just_shown_is_not_sent_in_full_again(ctx, lang):
    # "and if he still not pay?" read as Unpaid wages at 0.76 (main's model): the same
    # thousand characters again, word for word.
    still = read_as("and if he still not pay?", "unpaid_wages", 0.76, lang)
    full = engine.handle(still, settled(lang), ctx)
    outcome = engine.handle(still, settled(lang), after(ctx, WAGES, lang))
    [reply] = outcome.replies
    assert "Unpaid wages" in said(full) or lang != "en"
    assert len(reply.text) < len(said(full)) / 3
    assert "just above" in reply.text or lang != "en"
    data = all_button_data(outcome)
    assert "person:unpaid_wages" in data and "topic:unpaid_wages" in data
    # Still counted as the question it is, and the answer stays the one remembered.
    assert outcome.tally is not None and outcome.tally.topic == "unpaid_wages"
    assert outcome.shown == "topic:unpaid_wages"


def test_the_answer_for_another_place_is_given_in_full(ctx):
    kl = read_as("and my boss in Kuala Lumpur not pay", "unpaid_wages", 0.9)
    outcome = engine.handle(kl, settled(), after(ctx, WAGES))
    assert "just above" not in said(outcome) and "Malaysia" in said(outcome)


def test_an_arrest_asked_again_is_always_answered_in_full(ctx):
    arrest = read_as("my brother arrested", "arrest_detention", 0.95)
    again = read_as("what if they arrest me", "arrest_detention", 0.99)
    outcome = engine.handle(again, settled(), after(ctx, arrest))
    assert "just above" not in said(outcome) and outcome.urgent


def test_without_the_answer_shortly_before_it_is_answered_in_full(ctx):
    still = read_as("and if he still not pay?", "unpaid_wages", 0.76)
    outcome = engine.handle(still, settled(), ctx)
    assert "just above" not in said(outcome)
    assert said(outcome) == said(engine.handle(WAGES, settled(), ctx))


def test_the_short_reply_is_translated(ctx):
    still = read_as("ဆက်ပြီး မပေးရင်", "unpaid_wages", 0.8, "my")
    outcome = engine.handle(still, settled("my"), after(ctx, WAGES, "my"))
    assert said(outcome).startswith(in_language("my", ABOVE).split("“")[0])


SORRY = (
    "I am sorry. You are not alone. A person from a partner organisation can listen and "
    "help you: tap “{person}”. If you are in danger now, tap “{emergency}”."
)

# What main's NLU made of them (bot ask --json, round 13A).
UPSET = [
    ("I have nowhere to sleep", "en", "goodbye", 0.84),
    ("I want to cry", "en", None, 0.5),
    ("i am so tired bro", "en", None, 0.42),
    ("ငိုချင်တယ်", "my", None, 0.74),
    ("အိပ်စရာ နေရာ မရှိဘူး", "my", None, 0.6),
    ("ကျွန်မ အရမ်း စိတ်ညစ်တယ်", "my", None, 0.4),
    ("ខ្ញុំចង់យំ", "km", None, 0.3),
    ("ខ្ញុំគ្មានកន្លែងស្នាក់នៅ", "km", "emergency_help", 0.6),
]


@pytest.mark.parametrize(("words", "lang", "read", "confidence"), UPSET)
def test_sad_or_no_place_to_sleep_gets_a_person_not_goodbye_or_cannot_help(
    ctx, words, lang, read, confidence
):
    out_of_scope = read is None and lang == "my"
    typed = read_as(words, read, confidence, lang)
    if out_of_scope:
        typed = replace(typed, nlu=replace(typed.nlu, out_of_scope=True))
    outcome = engine.handle(typed, settled(lang), after(ctx, WAGES, lang))
    [reply] = outcome.replies
    assert reply.text.startswith(in_language(lang, SORRY).split("“")[0])
    assert "Goodbye" not in reply.text and "I cannot help" not in reply.text
    data = all_button_data(outcome)
    # A person about the answer just shown, the emergency answer, that answer, the menu.
    assert data == ["person:unpaid_wages", "topic:emergency_help", "topic:unpaid_wages", "menu"]
    assert not outcome.urgent, "no numbers pushed at a sad person: one tap away"
    assert outcome.tally is not None and outcome.tally.topic == "upset"


def test_without_an_answer_before_the_person_is_about_nothing(ctx):
    outcome = engine.handle(read_as("I want to cry", None, 0.5), settled(), ctx)
    assert all_button_data(outcome) == ["person", "topic:emergency_help", "menu"]
    assert said(outcome) == SORRY.format(person="Talk to a person", emergency="Emergency help")


def test_a_question_that_says_it_too_is_read_as_a_question(ctx):
    wages = read_as("my boss not pay, I am so tired", "unpaid_wages", 0.9)
    outcome = engine.handle(wages, settled(), ctx)
    assert outcome.shown == "topic:unpaid_wages"


def test_danger_words_come_before_sadness(ctx):
    outcome = engine.handle(read_as("I want to die", "injury_health", 0.62), settled(), ctx)
    # Not the upset reply instead (since round 20A the emergency answer has its own line for
    # not wanting to live, which also says "You are not alone").
    assert outcome.urgent and "can listen and help you" not in said(outcome)
    assert said(outcome).startswith("🆘")


@pytest.mark.parametrize(
    ("words", "lang"), [("what?", "en"), ("huh??", "en"), ("ဘာလဲ", "my"), ("អី?", "km")]
)
def test_what_alone_after_an_answer_is_not_understanding_not_the_help_page(ctx, words, lang):
    # "what?" was read as the help intent at 0.99: the help page and its eight commands.
    outcome = engine.handle(
        read_as(words, "bot_help", 0.99, lang), settled(lang), after(ctx, WAGES, lang)
    )
    assert "/delete_my_data" not in said(outcome)
    data = all_button_data(outcome)
    assert data[0] == "topic:unpaid_wages" and "lang:en" in data and "person:unpaid_wages" in data


def test_what_with_a_question_is_read_as_the_question(ctx):
    outcome = engine.handle(
        read_as("what is a work permit", "visa_work_permit", 0.9), settled(), ctx
    )
    assert outcome.shown == "topic:visa_work_permit"


@pytest.mark.parametrize(
    ("words", "lang", "read"), [("ok la", "en", "unpaid_wages"), ("ល្អ", "km", None)]
)
def test_ok_said_the_local_way_is_an_ok(ctx, words, lang, read):
    # "ok la" was read as Unpaid wages at 0.91 and got that whole answer.
    outcome = engine.handle(
        read_as(words, read, 0.91, lang), settled(lang), after(ctx, WAGES, lang)
    )
    assert said(outcome) == in_language(lang, "OK. Write to me any time, or choose a topic:")


def test_a_place_named_after_an_answer_gets_that_answer_for_the_place(ctx):
    # "I'm in Malaysia" right after the answer for Thailand: the offer was Thailand's again;
    # then (round 13A) the answer for Malaysia one tap away; now (session 18) at once.
    home = read_as("i want go home but no money", "return_home", 0.9)
    where = read_as("I'm in Malaysia", None, 0.38)
    outcome = engine.handle(where, settled(), after(ctx, home))
    assert "Malaysia" in said(outcome) and "did not understand" not in said(outcome)
    assert outcome.shown is not None and outcome.shown.startswith("at:return_home@")
    assert ":MY" in outcome.shown and "now:MY" in all_button_data(outcome)


def test_no_word_of_the_sad_lists_is_a_danger_word(real):
    from bot.dialogue import triage, upset

    for entry in upset._SAID | upset._WITH:
        assert not triage.in_danger(entry, real), entry


AGAIN = "Sorry, that was not clear. Here is my question again:"


@pytest.mark.parametrize(("words", "lang"), [("what?", "en"), ("နားမလည်ဘူး", "my"), ("អី", "km")])
def test_what_typed_in_the_form_is_not_kept_as_what_happened_nor_as_the_place(ctx, words, lang):
    # "where is that office" after the arrest answer opened the form (read as Talk to a
    # person); "what?" then became what happened, and the next words the place.
    opened = engine.handle(
        read_as("where is that office", "talk_to_person", 0.65, lang), settled(lang), ctx
    )
    assert opened.state.step == "ref:description"
    what = Text(words, lang, None, None)  # the form's own words: the NLU does not read them
    asked = engine.handle(what, opened.state, ctx)
    assert asked.state.step == "ref:description"
    assert "description" not in (asked.state.form or {})
    assert said(asked).startswith(in_language(lang, AGAIN))
    story = engine.handle(Text("my brother arrested", lang, None, None), asked.state, ctx)
    assert story.state.step == "ref:place"
    at_place = engine.handle(what, story.state, ctx)
    assert at_place.state.step == "ref:place" and "place" not in (at_place.state.form or {})
    assert at_place.state.form["description"] == "my brother arrested"
