"""Answers typed where the bot offered buttons: a country at the profile questions, yes or no
at the alerts offer, and "ok" said in passing (findings 9 and 10 of the exploratory test)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.content.alerts import ALERT_TOPICS
from bot.dialogue.events import ButtonPress, Command, Text
from bot.values import Asked, NluResult, Subscribe, Subscription, Tally, UserState

LANGS = ["my", "km", "en"]
ASKED_FROM = UserState(language="en", step="origin")
ASKED_WHERE = UserState(language="en", origin="MM", step="country")


def typed(words: str, language: str = "en", topic: str | None = None) -> Text:
    """A message as the NLU may read a country name: change_language, nothing, out of scope."""
    oos = topic == "out_of_scope"
    return Text(words, language, None, NluResult(None if oos else topic, 0.6, (), (), (), oos))


# --- finding 9: a country typed at the profile questions ----------------------------------


@pytest.mark.parametrize(
    ("words", "language", "origin"),
    [
        ("Myanmar", "en", "MM"),
        ("burma", "en", "MM"),
        ("myanma", "en", "MM"),
        ("Cambodia", "en", "KH"),
        ("kampuchea", "en", "KH"),
        ("မြန်မာ", "my", "MM"),
        ("ကမ္ဘောဒီးယား", "my", "KH"),
        ("ខ្មែរ", "km", "KH"),
        ("កម្ពុជា", "km", "KH"),
    ],
)
@pytest.mark.parametrize("nlu", [None, "change_language", "out_of_scope"])
def test_a_nationality_typed_at_where_from_answers_it(ctx, words, language, origin, nlu):
    outcome = run(ctx, ASKED_FROM.with_(language=language), typed(words, language, nlu))
    assert (outcome.state.origin, outcome.state.step) == (origin, "country")
    assert tr(language).gettext("Where are you now?") in said(outcome)
    assert "country:TH" in all_button_data(outcome)
    assert outcome.tally is None  # as the button it stands for: not a question


@pytest.mark.parametrize(
    ("words", "language", "country"),
    [
        ("Thailand", "en", "TH"),
        ("thai", "en", "TH"),
        ("Bangkok", "en", "TH"),
        ("Malaysia", "en", "MY"),
        ("Korea", "en", "KR"),
        ("South Korea", "en", "KR"),
        ("Myanmar", "en", "MM"),  # gone home
        ("ထိုင်း", "my", "TH"),
        ("မလေးရှား", "my", "MY"),
        ("ថៃ", "km", "TH"),
        ("កូរ៉េ", "km", "KR"),
    ],
)
def test_a_country_typed_at_where_now_answers_it(ctx, words, language, country):
    outcome = run(ctx, ASKED_WHERE.with_(language=language), typed(words, language))
    state = outcome.state
    assert (state.country, state.step, state.profile_asked) == (country, None, True)
    thanks = tr(language).gettext("Thank you. You can change this any time with /profile.")
    assert thanks in said(outcome)


def test_typed_answers_lead_to_the_answer_that_was_waiting(ctx):
    waiting = run(ctx, UserState(language="en", profile_asked=True), Command("menu"))
    asked = run(ctx, waiting.state, ButtonPress("topic:embassy_contact"))
    assert asked.state.step == "origin"
    outcome = run(ctx, asked.state, typed("Myanmar", topic="change_language"), typed("Malaysia"))
    assert "Myanmar embassy in Malaysia" in said(outcome)
    assert (outcome.state.origin, outcome.state.country) == ("MM", "MY")


def test_from_start_to_menu_typing_the_countries(ctx):
    outcome = run(
        ctx,
        UserState(),
        Command("start"),
        ButtonPress("lang:en"),
        typed("Myanmar", topic="change_language"),
        typed("Thailand"),
    )
    assert (outcome.state.origin, outcome.state.country) == ("MM", "TH")
    assert "group:at_work" in all_button_data(outcome)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("words", ["asdf qwerty", "😭😭", "ok"])
def test_words_that_are_no_country_ask_the_question_again(ctx, lang, words):
    for state, question, button in [
        (ASKED_FROM, "Where are you from?", "origin:MM"),
        (ASKED_WHERE, "Where are you now?", "country:TH"),
    ]:
        outcome = run(ctx, state.with_(language=lang), typed(words, lang))
        assert outcome.state.step == state.step
        assert tr(lang).gettext(question) in said(outcome)
        assert tr(lang).gettext("Please tap one of the buttons below.") in said(outcome)
        assert button in all_button_data(outcome)


def test_a_thai_place_is_no_answer_to_where_from(ctx):
    outcome = run(ctx, ASKED_FROM, typed("Thailand"))
    assert (outcome.state.origin, outcome.state.step) == (None, "origin")
    assert "origin:MM" in all_button_data(outcome)


# A flag typed for the country: people who cannot type its name may use its flag.
FLAGS = {"MM": "🇲🇲", "KH": "🇰🇭", "TH": "🇹🇭", "MY": "🇲🇾", "KR": "🇰🇷", "JP": "🇯🇵", "SG": "🇸🇬"}


@pytest.mark.parametrize("origin", ["MM", "KH"])
@pytest.mark.parametrize("nlu", [None, "out_of_scope"])
@pytest.mark.parametrize("around", ["{}", "{} ", "{}{}", "{}!"])
def test_a_flag_typed_at_where_from_answers_it(ctx, origin, nlu, around):
    flag = FLAGS[origin]
    outcome = run(ctx, ASKED_FROM, typed(around.format(flag, flag), topic=nlu))
    assert (outcome.state.origin, outcome.state.step) == (origin, "country")
    assert outcome.tally is None


@pytest.mark.parametrize("country", sorted(FLAGS))
@pytest.mark.parametrize("lang", LANGS)
def test_a_flag_typed_at_where_now_answers_it(ctx, country, lang):
    outcome = run(ctx, ASKED_WHERE.with_(language=lang), typed(FLAGS[country], lang))
    state = outcome.state
    assert (state.country, state.step, state.profile_asked) == (country, None, True)


def test_a_thai_flag_at_where_from_says_where_the_person_is(ctx):
    # As the word "Thailand" (round 53C): no origin, but where the person is now, kept;
    # "Where are you from?" asked again, alone (it asked again as if nothing was said).
    outcome = run(ctx, ASKED_FROM, typed(FLAGS["TH"]))
    assert (outcome.state.origin, outcome.state.step) == (None, "origin")
    assert outcome.state.country == "TH"
    assert tr("en").gettext("Please tap one of the buttons below.") not in said(outcome)


def test_flags_of_other_countries_are_no_answer(ctx):
    # 🇻🇳 (Vietnam) is none of the seven; 🇰🇲🇲🇾 (Comoros, Malaysia) holds 🇲🇲 only across
    # two flags: it is Malaysia.
    outcome = run(ctx, ASKED_WHERE, typed("🇻🇳"))
    assert (outcome.state.country, outcome.state.step) == (None, "country")
    outcome = run(ctx, ASKED_WHERE, typed("🇰🇲🇲🇾"))
    assert outcome.state.country == "MY"


def test_a_flag_in_a_question_names_the_place(ctx):
    outcome = run(ctx, ASKED_FROM, typed("🇲🇲 embassy in 🇲🇾", topic="embassy_contact"))
    assert "Myanmar embassy in Malaysia" in said(outcome)
    assert outcome.state.origin is None  # the profile is not changed by a question


def test_a_question_typed_at_a_profile_question_is_answered(ctx):
    state = ASKED_FROM.with_(origin=None, country="TH")
    outcome = run(ctx, state, typed("my boss does not pay me", topic="unpaid_wages"))
    assert "FIXTURE" in said(outcome)
    # A question naming a country is a question, answered for the place it names.
    outcome = run(ctx, ASKED_FROM, typed("Myanmar embassy in Malaysia", topic="embassy_contact"))
    assert "Myanmar embassy in Malaysia" in said(outcome)
    assert outcome.state.origin is None  # the profile is not changed by a question


@pytest.mark.parametrize("words", ["help me, I am in danger", "Myanmar, boss beat me"])
def test_danger_at_a_profile_question_gets_the_emergency_numbers_first(ctx, words):
    state = ASKED_FROM.with_(country="TH")
    outcome = run(ctx, state, typed(words, topic="change_language"))
    assert said(outcome).startswith("🆘")
    assert "FIXTURE emergency answer." in said(outcome)
    assert outcome.tally is not None and outcome.tally.asked == Asked.EMERGENCY


# --- finding 10: yes, no and ok typed ---------------------------------------------------


def offered(ctx, lang: str = "en") -> UserState:
    """The state right after the alerts offer ("Do you want a short message from me...")."""
    state = UserState(language=lang, origin="MM", country="TH", profile_asked=True)
    state = state.with_(answers_seen=2)
    outcome = run(ctx, state, text("question", lang, topic="unpaid_wages"))
    assert "al:no" in all_button_data(outcome)
    return outcome.state


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("yes", "en"),
        ("Yes!", "en"),
        ("ဟုတ်ကဲ့", "my"),
        ("hok", "my"),
        ("ចាស", "km"),
        ("បាទ", "km"),
    ],
)
def test_a_typed_yes_after_the_alerts_offer_subscribes(ctx, words, lang):
    outcome = run(ctx, offered(ctx, lang), typed(words, lang, topic="bot_help"))
    assert outcome.effects == (Subscribe(Subscription("MM", "TH", ALERT_TOPICS)),)
    assert tr(lang).gettext("Saved. I will send you an alert when the rules change.") in said(
        outcome
    )
    assert outcome.state.step is None and outcome.tally is None


@pytest.mark.parametrize(("words", "lang"), [("no", "en"), ("ဟင့်အင်း", "my"), ("ទេ", "km")])
def test_a_typed_no_after_the_alerts_offer_declines(ctx, words, lang):
    outcome = run(ctx, offered(ctx, lang), typed(words, lang))
    assert outcome.effects == ()
    declined = "OK. I will not send you alerts. Send /alerts if you change your mind."
    assert tr(lang).gettext(declined) in said(outcome)


@pytest.mark.parametrize(("words", "lang"), [("ok", "en"), ("OK 👍", "en"), ("ok ပါ", "my")])
def test_ok_after_the_alerts_offer_is_not_a_yes(ctx, words, lang):
    # A subscription keeps the chat and writes to it later: it takes a yes, not a "got it".
    outcome = run(ctx, offered(ctx, lang), typed(words, lang))
    assert outcome.effects == ()
    assert outcome.state.step is None  # the offer lapses; /alerts is always there
    assert tr(lang).gettext("OK. Write to me any time, or choose a topic:") in said(outcome)


def test_the_offer_waits_for_the_next_message_only(ctx):
    later = run(ctx, offered(ctx), ButtonPress("topic:unpaid_wages"), typed("yes"))
    assert later.effects == ()
    assert tr("en").gettext("OK. Write to me any time, or choose a topic:") in said(later)
    other = run(ctx, offered(ctx), typed("asdf"), typed("yes"))
    assert other.effects == ()


@pytest.mark.parametrize(
    ("words", "lang"),
    [("ok", "en"), ("yes", "en"), ("no", "en"), ("OK 👍", "en"), ("ok ပါ", "my"), ("ចាស", "km")],
)
@pytest.mark.parametrize("reading", ["bot_help", "out_of_scope", None])
def test_ok_yes_or_no_in_passing_is_acknowledged_kindly(ctx, words, lang, reading):
    state = UserState(language=lang, origin="MM", country="TH", profile_asked=True, misses=1)
    outcome = run(ctx, state, typed(words, lang, reading))
    body = said(outcome)
    assert tr(lang).gettext("OK. Write to me any time, or choose a topic:") in body
    assert "group:at_work" in all_button_data(outcome)
    assert tr(lang).gettext("Sorry, I did not understand. Did you mean one of these?") not in body
    assert "/help - this message" not in tr("en").gettext(body)
    assert outcome.state.misses == 0
    assert outcome.tally == Tally(Asked.CONVERSATION, "acknowledge")


@pytest.mark.parametrize("words", ["ok so what about my passport", "yes my boss", "no salary"])
def test_longer_messages_are_read_as_usual(ctx, words):
    state = UserState(language="en", origin="MM", country="TH", profile_asked=True)
    outcome = run(ctx, state, typed(words, topic="unpaid_wages"))
    assert "FIXTURE" in said(outcome)
    assert outcome.tally is not None and outcome.tally.asked == Asked.ANSWERED


# --- found in a second round of trying the bot (2026-12-05) -------------------------------


@pytest.mark.parametrize(
    ("words", "lang"), [("skip", "en"), ("no", "en"), ("ကျော်မယ်", "my"), ("រំលង", "km")]
)
def test_skip_typed_at_a_profile_question_skips_it(ctx, words, lang):
    asked = run(ctx, UserState(language=lang), ButtonPress(f"lang:{lang}"))
    assert asked.state.step == "origin"
    outcome = run(ctx, asked.state, typed(words, lang, topic="goodbye"))
    assert outcome.state.step == "country" and outcome.state.origin is None


def test_the_informal_khmer_yes_answers_the_alerts_offer(ctx):
    outcome = run(ctx, offered(ctx, "km"), typed("ចា", "km"))
    assert outcome.effects == (Subscribe(Subscription("MM", "TH", ALERT_TOPICS)),)


@pytest.mark.parametrize(
    ("words", "reading", "greeted_in"),
    [
        ("sok sabay", "emergency_help", "km"),
        ("khnhom sok sabay", "emergency_help", "km"),
        ("mingalaba", None, "my"),  # a Burmese greeting: answered in Burmese
    ],
)
def test_a_greeting_typed_alone_is_greeted_whatever_the_nlu_read(ctx, words, reading, greeted_in):
    # "sok sabay", the everyday Khmer greeting, was read as an emergency (0.98).
    outcome = run(
        ctx, UserState(language="km", profile_asked=True), typed(words, "km", topic=reading)
    )
    assert said(outcome).startswith(tr(greeted_in).gettext("Hello! How can I help you?"))
    assert outcome.tally == Tally(Asked.CONVERSATION, "greet")
