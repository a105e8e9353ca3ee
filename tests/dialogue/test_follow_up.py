"""A question right after an answer that the bot cannot read alone ("how much it cost and
how long?" after Lost ID; round 12, G4): the answer shown last is offered again, first, and
"Talk to a person" carries its topic (bot/dialogue/follow_up.py). The engine says which
answer each event showed (Outcome.shown); the service keeps it a few minutes in memory and
hands it back as Context.last_answer (tests/referrals/test_follow_up_to_service.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import (
    all_button_data,
    button_data,
    in_language,
    read_as,
    run,
    said,
    settled,
)

from bot.content.localised import topic_title
from bot.dialogue import engine, follow_up
from bot.dialogue.events import ButtonPress, Command, Text
from bot.nlu import NluResult
from bot.values import UserState

LINE = "Is it about “{topic}”? Tap it to see that answer again, or talk to a person about it."
# Not read, and not only words about the answer ("how much it cost and how long?" now gets
# the answer pointed to, tests/dialogue/test_asks_about_answer.py): offered again.
COST = read_as("and the other one, same same?", None, 0.2)
DOCS = read_as("i lost my ID card", "lost_documents", 0.93)


@pytest.fixture
def ctx(real: engine.Context) -> engine.Context:
    """The real catalog: the answers offered again are the curated ones."""
    return real


def out_of_scope(words: str, lang: str = "en") -> Text:
    return Text(words, lang, None, NluResult(None, 0.6, (), (), out_of_scope=True))


def after(ctx: engine.Context, first: Text, lang: str = "en") -> engine.Context:
    """The context of the next message, as the service makes it after `first` was answered."""
    answered = engine.handle(replace(first, language=lang), settled(lang), ctx)
    assert answered.shown is not None
    return replace(ctx, last_answer=answered.shown)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_question_not_understood_right_after_an_answer_offers_it_again(ctx, lang):
    outcome = engine.handle(replace(COST, language=lang), settled(lang), after(ctx, DOCS, lang))
    [reply] = outcome.replies
    title = topic_title(ctx.catalog, "lost_documents", lang)
    assert reply.buttons[0][0].label == title
    assert button_data(reply)[0] == "topic:lost_documents"
    assert "person:lost_documents" in button_data(reply)
    assert "person" not in button_data(reply), "one Talk to a person, about the answer"
    assert reply.text.endswith(in_language(lang, LINE).format(topic=title))
    # The button shows that answer again.
    again = engine.handle(ButtonPress(button_data(reply)[0]), outcome.state, ctx)
    assert said(again) == said(engine.handle(DOCS, settled(), ctx)) or lang != "en"
    assert again.shown == "topic:lost_documents"


def test_without_an_answer_shortly_before_nothing_is_offered(ctx):
    outcome = engine.handle(COST, settled(), ctx)
    assert "topic:lost_documents" not in all_button_data(outcome)
    assert "see that answer again" not in said(outcome)
    assert "person" in all_button_data(outcome)


def test_a_guess_the_same_as_the_answer_is_not_shown_twice(ctx):
    guessed = Text("how much?", "en", None, NluResult(None, 0.3, (("lost_documents", 0.3),)))
    outcome = engine.handle(guessed, settled(), after(ctx, DOCS))
    assert all_button_data(outcome).count("topic:lost_documents") == 1


def test_the_second_miss_offers_the_answer_and_a_person_about_it(ctx):
    missed = settled().with_(misses=1)
    outcome = engine.handle(COST, missed, after(ctx, DOCS))
    data = all_button_data(outcome)
    assert data[0] == "topic:lost_documents" and "person:lost_documents" in data
    assert "I still do not understand" in said(outcome)


def test_out_of_scope_right_after_an_answer_keeps_the_menu_and_offers_the_answer(ctx):
    pension = read_as("can I get my pension back", "social_security", 0.9)
    outcome = engine.handle(
        out_of_scope("can I get it after I am in Myanmar?"), settled(), after(ctx, pension)
    )
    data = all_button_data(outcome)
    assert data[0] == "topic:social_security"
    assert "I cannot help with that" in said(outcome)
    assert "group:at_work" in data and "person:social_security" in data


def test_help_read_right_after_an_answer_offers_it_too(ctx):
    broker = read_as("the broker wants more money", "recruitment_fees", 0.9)
    what = read_as("what can I do?", "bot_help", 0.8)
    helped = engine.handle(what, settled(), after(ctx, broker))
    assert all_button_data(helped)[0] == "topic:recruitment_fees"
    # Not the commands (round 14C: tests/dialogue/test_what_now_after_answer.py).
    assert "/menu" not in said(helped) and "person:recruitment_fees" in all_button_data(helped)
    # /help itself is the help page only.
    command = engine.handle(
        Command("help"), settled(), replace(ctx, last_answer="topic:recruitment_fees")
    )
    assert "topic:recruitment_fees" not in all_button_data(command)


def test_a_question_read_surely_is_answered_as_itself(ctx):
    wages = read_as("my boss does not pay me", "unpaid_wages", 0.95)
    outcome = engine.handle(wages, settled(), after(ctx, DOCS))
    assert "see that answer again" not in said(outcome)
    assert outcome.shown == "topic:unpaid_wages"


def test_an_answer_for_a_place_the_words_named_is_offered_for_that_place(ctx):
    # A person in Thailand asks about Malaysia: the offer answers for Malaysia again.
    kl = read_as("my boss in Kuala Lumpur keeps my passport", "documents_confiscated", 0.9)
    answered = engine.handle(kl, settled(), ctx)
    assert answered.shown is not None and answered.shown.startswith("at:")
    assert follow_up.topic_of(answered.shown) == "documents_confiscated"
    outcome = engine.handle(COST, answered.state, replace(ctx, last_answer=answered.shown))
    first = all_button_data(outcome)[0]
    assert first == answered.shown
    assert said(engine.handle(ButtonPress(first), outcome.state, ctx)) == said(answered)


def test_the_answer_that_waited_for_the_profile_is_the_one_remembered(ctx):
    new = UserState(language="en")
    asked = engine.handle(read_as("where is my embassy", "embassy_contact", 0.9), new, ctx)
    assert asked.shown is None, "the questions first: nothing shown yet"
    origin = run(ctx, asked.state, ButtonPress("origin:MM"))
    country = engine.handle(ButtonPress("country:TH"), origin.state, ctx)
    assert "mbassy" in said(country) and country.shown == "topic:embassy_contact"


def test_danger_words_remember_the_emergency_answer(ctx):
    danger = engine.handle(read_as("help they beat me", None, 0.1), settled(), ctx)
    assert danger.shown == "topic:emergency_help"


@pytest.mark.parametrize(
    "data", [None, "", "menu", "topic:nothing", "at:nothing@MM:TH:", "at:garbage", "person:x"]
)
def test_data_none_of_ours_offers_nothing(ctx, data):
    outcome = engine.handle(COST, settled(), replace(ctx, last_answer=data))
    assert "see that answer again" not in said(outcome)
    assert follow_up.topic_of(data) is None
