"""Emergency words, privacy commands and the urgent referral, in all three languages."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress, Command
from bot.values import CaseStatus, CaseView, DeleteMyData, UserState

LANGS = ["my", "km", "en"]


def ready(lang: str, country: str | None = "TH") -> UserState:
    return UserState(language=lang, origin="MM", country=country, profile_asked=True)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "they locked me in the room"),
        ("en", "my boss beat me"),
        ("my", "အလုပ်ရှင်က ငါ့ကိုရိုက်နှက်တယ်"),
        ("km", "ថៅកែវាយខ្ញុំ"),
        ("km", "គេមិនឲ្យចេញពីផ្ទះ"),
    ],
)
def test_danger_words_put_the_emergency_numbers_first(ctx, lang, words):
    # Even when the NLU is down, and whatever it thought the topic was.
    for nlu_down in (True, False):
        outcome = run(ctx, ready(lang), text(words, lang, topic="unpaid_wages", nlu_down=nlu_down))
        body = said(outcome)
        assert body.startswith("🆘"), body
        assert body.index("191") < body.index("FIXTURE")
        assert "person:emergency_help" in all_button_data(outcome)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("words", "topic"),
    [("🆘", None), ("🆘🆘🆘", None), ("🚨", None), ("🚨\ufe0f", None), ("help 🆘", "bot_help")],
)
def test_the_sos_and_siren_symbols_are_danger_even_beside_help(ctx, lang, words, topic):
    # Before: "Sorry, I did not understand" for the symbols alone, the /help page beside "help".
    outcome = run(ctx, ready(lang), text(words, lang, topic=topic))
    body = said(outcome)
    assert body.startswith("🆘"), body
    assert "person:emergency_help" in all_button_data(outcome)


@pytest.mark.parametrize("words", ["‼️‼️", "URGENT HIRING‼️ factory work"])
def test_double_exclamation_alone_is_no_danger(ctx, words):
    outcome = run(ctx, ready("en"), text(words, "en", topic="unpaid_wages"))
    assert not said(outcome).startswith("🆘")


@pytest.mark.parametrize("words", ["I ate grapes", "take a photo ဓာတ်ပုံရိုက်တယ်", "វាយតម្លៃ"])
def test_harmless_look_alikes_do_not_raise_the_alarm(ctx, words):
    outcome = run(ctx, ready("en"), text(words, "en", topic="unpaid_wages"))
    assert not said(outcome).startswith("🆘")


def test_when_the_nlu_found_another_topic_its_answer_follows_the_numbers(ctx):
    outcome = run(ctx, ready("en"), text("boss beat me and did not pay", topic="unpaid_wages"))
    body = said(outcome)
    assert body.index("FIXTURE emergency answer.") < body.index("FIXTURE wages answer")


def test_an_emergency_referral_is_urgent_without_asking(ctx):
    outcome = run(
        ctx,
        ready("en"),
        ButtonPress("person:emergency_help"),
        ButtonPress("ref:topic:emergency_help"),
        text("locked in a room", "en", nlu_down=True),
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:contact:bot"),
    )
    assert outcome.state.step == "ref:confirm"
    assert "Urgent: yes" in said(outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_privacy_says_what_is_kept_and_how_to_delete(ctx, lang):
    body = said(run(ctx, ready(lang), Command("privacy")))
    assert "/delete_my_data" in body and "/clear" in body and tr(lang).number(90) in body


@pytest.mark.parametrize("lang", LANGS)
def test_delete_my_data_asks_first_then_forgets(ctx, lang):
    asked = run(ctx, ready(lang), Command("delete_my_data"))
    assert "del:yes" in all_button_data(asked) and not asked.effects
    no = run(ctx, asked.state, ButtonPress("del:no"))
    assert not no.effects
    done = run(ctx, asked.state, ButtonPress("del:yes"))
    assert done.effects == (DeleteMyData(),)
    assert done.state == UserState()
    assert tr(lang).gettext("Send /start if you want to talk again.").split()[0] in said(
        done
    ) or said(done)


CASE = CaseView("C-1", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-12-01")
RECEIVED = "What a caseworker already received stays in their Telegram."
CHAT_TOO = "Our messages in this chat from the last 48 hours are deleted too."
CHAT_DELETED = (
    "I also deleted our messages in this chat from the last 48 hours. To delete older ones: "
    "press and hold a message, then Delete."
)
REMOVE_CHAT = "To remove this chat from your list: press and hold it, then Delete."


@pytest.mark.parametrize("lang", LANGS)
def test_privacy_says_what_a_caseworker_received_stays_with_them(ctx, lang):
    # Before: "deletes everything about you", more than the bot can do.
    assert tr(lang).gettext(RECEIVED) in said(run(ctx, ready(lang), Command("privacy")))


@pytest.mark.parametrize("lang", LANGS)
def test_on_telegram_deletion_says_what_it_does_to_the_chat(ctx, lang):
    # Before: the chat stayed on the phone, unmentioned (and /clear after it had no ids).
    telegram = dataclasses.replace(ctx, clears_chat=True, cases=(CASE,))
    asked = run(telegram, ready(lang), Command("delete_my_data"))
    assert tr(lang).gettext(CHAT_TOO) in said(asked)
    done = said(run(telegram, asked.state, ButtonPress("del:yes")))
    for line in (CHAT_DELETED, REMOVE_CHAT, RECEIVED):
        assert tr(lang).gettext(line) in done, line
    # Where the chat cannot be deleted (the console), and with no case: not claimed.
    plain = said(run(ctx, asked.state, ButtonPress("del:yes")))
    assert tr(lang).gettext(CHAT_DELETED) not in plain and tr(lang).gettext(RECEIVED) not in plain
    assert tr(lang).gettext(CHAT_TOO) not in said(run(ctx, ready(lang), Command("delete_my_data")))


def test_clear_outside_telegram_explains(ctx):
    assert "/clear" in said(run(ctx, ready("en"), Command("clear")))
