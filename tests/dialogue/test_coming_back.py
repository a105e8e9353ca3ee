"""Coming back days or weeks later (round 19B).

"any news?", "did they read it?", "what about my case", ငါ့ကိစ္စ ဘာထူးလဲ, មានដំណឹងអ្វីទេ from
someone whose request waited, was taken or was closed got "I cannot help with that" or "Sorry,
I did not understand" with topic guesses; with no request in this chat (a new phone or
account), nothing said that the bot cannot see one. Now: the newest request's state, or
that the bot sees none and why it may not.

"now I am in Penang" (profile: Thailand) with no answer just shown got "did not understand"
(the Khmer "I am in Malaysia now" the emergency answer, 999), and the next question Thailand's
numbers. Now: that the profile still says Thailand, with the button that keeps the new
place."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, text

from bot.dialogue.events import ButtonPress, Command
from bot.values import Asked, CaseStatus, CaseView, UserState

NONE_SEEN = (
    "I see no request from you in this chat. I cannot see a request sent from another phone "
    "or Telegram account, or one whose data was deleted. To ask a caseworker again, press "
    "Talk to a person."
)


def case(status: CaseStatus, **kw: object) -> CaseView:
    return replace(CaseView("9QY52Z", "unpaid_wages", "FED", status, "2026-11-26"), **kw)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        # (words, the replies' language, what the NLU read, its confidence), as played
        ("any news?", "en", "out_of_scope", 0.6),
        ("did they read it?", "en", None, 0.3),
        ("what about my case", "en", None, 0.3),
        ("hello, any update", "en", None, 0.4),
        ("my case?", "en", None, 0.3),
        ("ငါ့ကိစ္စ ဘာထူးလဲ", "my", "out_of_scope", 0.5),  # what is new with my matter?
        ("သတင်းရှိလား", "my", "out_of_scope", 0.5),  # any news?
        ("មានដំណឹងអ្វីទេ", "km", "bot_help", 0.5),  # any news?
        ("ករណីរបស់ខ្ញុំយ៉ាងម៉េចហើយ", "km", None, 0.3),  # how is my case now?
        ("mean domnoeng te", "km", None, 0.3),  # romanised Khmer
    ],
)
def test_with_no_request_it_says_it_sees_none(real, words, lang, topic, confidence):
    got = run(real, settled(lang), read_as(words, topic, confidence, lang))
    assert said(got) == in_language(lang, NONE_SEEN)
    assert "person" in all_button_data(got) and "mine" in all_button_data(got)  # the menu
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "case_news",
    )


def test_a_request_sent_and_not_taken(real):
    got = run(replace(real, cases=(case(CaseStatus.NEW),)), settled(), text("did they read it?"))
    assert said(got).startswith("Your request 9QY52Z is with ")
    assert "No caseworker has taken it yet" in said(got)


def test_a_request_taken_by_a_caseworker(real):
    got = run(replace(real, cases=(case(CaseStatus.ACCEPTED),)), settled(), text("any news?"))
    assert said(got).startswith("A caseworker at ") and "9QY52Z" in said(got)
    assert "No new message from them is waiting for you" in said(got)


def test_a_request_no_organisation_can_receive(real):
    got = run(replace(real, cases=(case(CaseStatus.WAITING),)), settled(), text("any news?"))
    assert "still waiting for an organisation" in said(got)
    assert "no caseworker has seen it yet" in said(got)


def test_a_closed_request_and_an_older_one(real):
    old = case(CaseStatus.WITHDRAWN, ref="7AB12C", created_on="2026-10-01")
    closed = case(CaseStatus.CLOSED, created_on="2026-11-20")
    got = run(replace(real, cases=(old, closed)), settled("my"), text("ငါ့ကိစ္စ ဘာထူးလဲ", "my"))
    status = in_language("my", "closed")
    line = in_language(
        "my", "Your request {ref}: {status}. To ask a caseworker again, press Talk to a person."
    )
    assert said(got).startswith(line.format(ref="9QY52Z", status=status))
    assert in_language("my", "/mycases shows all your requests.") in said(got)


def test_a_question_with_it_is_read_as_before(real):
    got = run(real, settled(), read_as("any news? boss still not pay me", "unpaid_wages", 0.9))
    assert said(got).startswith("Unpaid wages")


@pytest.mark.parametrize(
    ("words", "lang", "topic", "where"),
    [
        ("now I am in Penang", "en", None, "MY"),
        ("i moved to malaysia", "en", None, "MY"),
        ("now I am back in myanmar", "en", "going_home", "MM"),
        ("မလေးရှားရောက်နေပြီ", "my", None, "MY"),  # (I) have arrived in Malaysia
        ("ខ្ញុំនៅម៉ាឡេស៊ីហើយ", "km", "emergency", "MY"),  # I am in Malaysia now: 999 before
        ("eylov khnhom nov malaysia haey", "km", None, "MY"),
    ],
)
def test_saying_where_one_is_now_keeps_it_with_one_tap_back(real, words, lang, topic, where):
    got = run(real, settled(lang), read_as(words, topic, 0.8, lang))
    assert got.state.country == where  # the next question is answered for the new place
    assert said(got).startswith(
        in_language(
            lang,
            "You are in {country} now: from now on my answers show the offices and numbers "
            "for {country}.",
        ).split("{")[0]
    )
    assert "☎" not in said(got)  # no emergency answer, no numbers of the old place
    assert got.tally is not None and got.tally.topic == "moved"
    back = run(real, got.state, ButtonPress("now:TH"))  # "No, I am still in Thailand"
    assert back.state.country == "TH"


def test_the_place_the_profile_holds_or_a_name_alone_is_read_as_before(real):
    same = run(real, settled(country="MY"), read_as("now I am in Penang", None, 0.3))
    alone = run(real, settled(), read_as("Malaysia", None, 0.3))
    for got in (same, alone):
        assert not [d for d in all_button_data(got) if d.startswith("now:")]
        assert "from now on my answers show" not in said(got)
    assert alone.state.country == "TH"


def test_after_a_caseworker_wrote_it_says_so_not_send_this(real):
    # Round 19B: days after the caseworker's message, "any news?" got only "Send this to
    # <org> about your case?", which never said that they had written.
    asked_on = (real.today - dt.timedelta(days=2)).isoformat()
    wrote = case(CaseStatus.ACCEPTED, awaits_answer=True, asked_on=asked_on)
    got = run(replace(real, cases=(wrote,)), settled(), text("any news?"))
    assert "wrote to you about your request 9QY52Z on" in said(got)
    assert got.state.step is None and "rel:9QY52Z" not in all_button_data(got)
    # Their answer, written next, is offered to the caseworker as before.
    answer = run(replace(real, cases=(wrote,)), got.state, text("my employer is in Mae Sot"))
    assert "rel:9QY52Z" in all_button_data(answer)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("what did I tell you before?", "en"),
        ("what do you remember about me", "en"),
        ("ငါ့အကြောင်း ဘာသိလဲ", "my"),  # what do you know about me?
        ("អ្នកដឹងអ្វីខ្លះពីខ្ញុំ", "km"),  # what do you know about me?
    ],
)
def test_what_the_bot_remembers_gets_who_sees_what(real, words, lang):
    # Round 19B: "Sorry, I did not understand" with Pre-departure training and Injury.
    got = run(real, settled(lang), read_as(words, None, 0.3, lang))
    assert said(got).startswith(
        in_language(
            lang,
            "I send nothing about you to the police, immigration, an embassy or your employer.",
        )
    )
    assert "mine:privacy" in all_button_data(got) and "mine:delete" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("please delete what I told you", "en"),
        ("forget what i said", "en"),
        ("ပြောထားတာ ဖျက်ပေးပါ", "my"),
    ],
)
def test_deleting_what_one_told_gets_the_ways_to_take_it_back(real, words, lang):
    # Round 19B: "please delete what I told you" got "did not understand", Emergency help.
    got = run(real, settled(lang), read_as(words, "emergency", 0.4, lang))
    assert "mine:delete" in all_button_data(got) and "☎" not in said(got)
    assert got.tally is not None and got.tally.topic == "withdraw"


@pytest.mark.parametrize(
    ("words", "lang", "topic", "warning"),
    [
        # a prospective migrant a month later, at the border (read as Passport taken)
        (
            "now i am at border, agent say cross river tonight, no passport",
            "en",
            "documents_confiscated",
            "A broker says you need no passport? Do not pay.",
        ),
        (
            "agent take us through the jungle, no need passport",
            "en",
            None,
            "A broker says you need no passport? Do not pay.",
        ),
        (
            "ပွဲစားက ဒီည မြစ်ကူးမယ်တဲ့၊ ပတ်စပို့ မရှိဘူး",
            "my",
            "documents_confiscated",
            "ပတ်စပို့ မလိုဘူးလို့ ပွဲစားက ပြောရင်",
        ),
        (
            "ភ្នាក់ងារថាយប់នេះឆ្លងទន្លេ អត់មានលិខិតឆ្លងដែន",
            "km",
            None,
            "មេខ្យល់ថាមិនត្រូវការលិខិតឆ្លងដែន",
        ),
    ],
)
def test_crossing_without_a_passport_gets_the_broker_warning(real, words, lang, topic, warning):
    # Round 19B: Passport taken (an employer keeping it), or not understood. Documents you
    # need holds the warning for Myanmar and Cambodia (round 13B, tests/dialogue/
    # test_no_papers_broker.py).
    origin = "KH" if lang == "km" else "MM"
    home = UserState(language=lang, origin=origin, country=origin, profile_asked=True)
    got = run(real, home, read_as(words, topic, 0.7, lang))
    note = in_language(
        lang,
        "Crossing the border without a passport? Read the warning below. Do not pay or go "
        "before you talk to a person: tap “{person}”.",
    ).split("{")[0]
    assert said(got).startswith(note) and warning in said(got)
    assert got.tally is not None and got.tally.topic == "documents_needed"


def test_crossing_with_an_emergency_read_keeps_it(real):
    words = "they force us cross river at night, no passport, help"
    got = run(real, settled(country="MM"), read_as(words, "emergency_help", 0.9))
    assert not said(got).startswith("Crossing the border")


@pytest.mark.parametrize("step", ["origin", "country"])
def test_asked_at_a_profile_question_it_is_answered_and_the_question_stays(real, step):
    # Round 19B left open: after /start, "any news?" at "Where are you from?" got "Please tap
    # one of the buttons below" (the NLU reads nothing in it).
    asked = UserState(language="en", origin="MM", step=step)
    ctx = replace(real, cases=(case(CaseStatus.ACCEPTED),))
    got = run(ctx, asked, read_as("what about my case", None, 0.3))
    assert said(got).startswith("A caseworker at ") and "9QY52Z" in said(got)
    assert "Please tap one of the buttons below." not in said(got)
    assert got.state.step == step
    answer = "Myanmar" if step == "origin" else "Thailand"
    later = run(ctx, got.state, read_as(answer, None, 0.2))  # the question still answered
    assert later.state.step != step
    assert (later.state.origin, later.state.country) == ("MM", None if step == "origin" else "TH")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("I sent my case before from my old phone, case number WVMAVG, any news?", "en"),
        ("new phone. my case number 9QY52Z what happen?", "en"),
        ("hello admin, my complaint last month, still no answer", "en"),
        ("ကျွန်တော့်ကိစ္စ ဖုန်းအဟောင်းနဲ့ ပို့ခဲ့တယ် သတင်းရှိလား", "my"),  # sent from the old phone
        ("លេខករណី 9QY52Z មានដំណឹងទេ", "km"),  # case number ..., any news?
    ],
)
def test_a_request_named_in_more_words_is_answered_at_a_profile_question(real, words, lang):
    """Round 19B (C17): at "Where are you from?", a new account's "I sent my case before from
    my old phone, case number WVMAVG, any news?" got "Please tap one of the buttons below",
    its words dropped. Now that the bot sees no request from this chat and cannot see one
    from another phone; the question stays."""
    asked = UserState(language=lang, step="origin")
    got = run(real, asked, read_as(words, None, 0.3, lang))
    assert said(got) == in_language(lang, NONE_SEEN)
    assert got.state.step == "origin"


def test_a_named_request_with_a_problem_read_is_the_problem(real):
    words = "case number 9QY52Z, boss still not pay me 3 month, what i do?"
    got = run(real, settled(), read_as(words, "unpaid_wages", 0.9))
    assert said(got).startswith("Unpaid wages")


@pytest.mark.parametrize(
    ("lang", "encoding", "others"),
    [
        ("en", None, ["lang:my", "lang:km", "lang:my:zawgyi"]),
        ("my", None, ["lang:km", "lang:en", "lang:my:zawgyi"]),
        ("my", "zawgyi", ["lang:my", "lang:km", "lang:en"]),
        ("km", None, ["lang:my", "lang:en", "lang:my:zawgyi"]),
    ],
)
def test_start_from_someone_known_greets_them_with_the_menu(real, lang, encoding, others):
    """Round 19B (C12): /start from someone with a profile (Telegram's START after a cleared
    chat) got the three-language greeting and the language question again. Now a greeting
    and the menu in their language, the other languages one tap away in a row under it."""
    known = UserState(
        language=lang, encoding=encoding, origin="MM", country="TH", profile_asked=True
    )
    got = run(real, known, Command("start"))
    [reply] = got.replies
    assert reply.text == in_language(lang, "Hello! How can I help you?")
    assert [button.data for button in reply.buttons[-1]] == others
    assert "person" in all_button_data(got) and "group:at_work" in all_button_data(got)
    assert got.state.step is None and got.state.language == lang
    switched = run(real, got.state, ButtonPress(others[0]))
    assert switched.state.language == others[0].split(":")[1]


def test_start_before_the_profile_still_shows_the_languages(real):
    got = run(real, UserState(language="en"), Command("start"))
    assert got.state.step == "language"
    assert "lang:my:zawgyi" in all_button_data(got)
