"""Typed words about the person's own data (exploratory test 9, findings 1 and 2).

Finding 1: "will you tell police about me", "can my boss see this chat" and their Burmese,
Khmer, romanised and Zawgyi forms got the arrest answer, a wrong topic or "cannot help". They
get a short answer on who sees what, with buttons to /privacy and /delete_my_data.
Finding 2: "delete my data", "delete everything", "I sent my story but now I am scared, stop
it" got "cannot help", "Goodbye", or the emergency block and "Send this to <org>?", which
made the case urgent. They get each open case's Withdraw and Delete my data, and nothing is
passed on. Danger words still win.

The NLU readings below are the ones the explorer saw (findings-migrant.md); the words are
matched before them, from content/safety/own_words.yml (the real content)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, read_as, run, said, tr

from bot.dialogue import relay
from bot.dialogue.events import ButtonPress, Text
from bot.language import normalise
from bot.values import (
    Asked,
    CaseStatus,
    CaseView,
    DeleteMyData,
    NluResult,
    RelayToStaff,
    UserState,
    WithdrawCase,
)

NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)
NOT_PASSED_ON = "I did not pass this message on to anyone."
THAILAND_FIRST = "1300"  # content/directory: the first emergency number for Thailand


def ready(language: str = "en", origin: str = "MM") -> UserState:
    return UserState(language=language, origin=origin, country="TH", profile_asked=True)


def typed(words: str, topic: str | None, confidence: float) -> Text:
    """`words` as the service reads them (language, Zawgyi), with the NLU's reading."""
    normalised = normalise(words)
    ranking = ((topic, confidence),) if topic else ()
    nlu = NluResult(topic, confidence, ranking, (topic,) if topic else ())
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


def case(**changes) -> CaseView:
    """An accepted case whose caseworker wrote the day before ctx.today (2026-11-27)."""
    view = CaseView(
        "987JMA", "unpaid_wages", "FED", CaseStatus.ACCEPTED, "2026-11-20", True, "2026-11-26"
    )
    return replace(view, **changes)


PRIVACY_QUESTIONS = [
    # (words, language of the replies, what the NLU read, its confidence)
    ("will you tell police about me", "en", "arrest_detention", 0.99),
    ("i have no visa, if i ask you will immigration come", "en", "arrest_detention", 0.95),
    ("is this secret", "en", "check_agency", 0.95),
    ("who reads this", "en", "bot_help", 0.99),
    ("can my boss see this chat", "en", None, 0.39),
    ("will u tell police abt me??", "en", "arrest_detention", 0.9),  # as people type
    ("ရဲကို ပြောမှာလား", "my", "arrest_detention", 0.99),
    ("သူဌေး မြင်နိုင်လား", "my", "injury_illness", 0.6),
    ("ဒါ လျှို့ဝှက်ချက်လား", "my", "bot_help", 0.9),
    ("ရဲကို ေျပာမွာလား", "my", "arrest_detention", 0.99),  # Zawgyi
    ("អ្នកនឹងប្រាប់ប៉ូលិសទេ?", "km", "arrest_detention", 0.99),
    ("ថៅកែអាចឃើញទេ?", "km", None, 0.2),
    ("yae ko pyaw mhar lar", "my", "arrest_detention", 0.8),  # romanised Burmese
    ("boss ach khernh te", "km", None, 0.3),  # romanised Khmer
]


@pytest.mark.parametrize(("words", "language", "topic", "confidence"), PRIVACY_QUESTIONS)
def test_a_privacy_question_gets_who_sees_what_not_the_nlus_topic(
    real, words, language, topic, confidence
):
    got = run(real, ready(language), typed(words, topic, confidence))
    assert got.state.language == language
    assert said(got).startswith(tr(language).gettext(NOTHING_TO_POLICE))
    assert "/clear" in said(got)
    # (A Zawgyi message adds the one-tap way back to Unicode after it: flows.on_text.)
    assert button_data(got.replies[0]) == ["mine:privacy", "person", "mine:delete", "menu"]
    assert not got.urgent and not got.effects
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "privacy",
    )


def test_the_privacy_answer_is_short_and_true_to_privacy(real):
    got = run(real, ready(), typed("will you tell police about me", "arrest_detention", 0.99))
    assert len(said(got)) < 450  # the arrest answer was 1,060 characters
    assert "Arrest" not in said(got)
    full = run(real, got.state, ButtonPress("mine:privacy"))
    assert said(full).startswith("What I keep, and who can see it:")
    asked = run(real, got.state, ButtonPress("mine:delete"))
    assert said(asked).startswith("Delete everything about you?")
    assert not asked.effects  # the confirmation still comes first


def test_a_forged_command_button_does_nothing(real):
    got = run(real, ready(), ButtonPress("cmd:start"))
    assert "cmd:" not in " ".join(all_button_data(got))
    assert not got.effects


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("police arrested me", "arrest_detention"),
        ("should i tell the police", "arrest_detention"),
        ("my boss will report me to police", "arrest_detention"),
        # found at review: asking how to complain, or for advice, is not asking who sees
        ("how do you report abuse to the labour office", "complaint_channels"),
        ("are you going to tell me where to complain", "complaint_channels"),
        ("តើអ្នកប្រាប់ថៅកែយ៉ាងម៉េច ថាគាត់មិនបើកប្រាក់ខែ", "unpaid_wages"),
    ],
)
def test_a_real_problem_with_police_or_advice_still_gets_its_answer(real, words, topic):
    got = run(real, ready(), typed(words, topic, 0.95))
    assert NOTHING_TO_POLICE not in said(got)
    assert "mine:privacy" not in all_button_data(got)


def test_danger_still_wins_over_privacy_words(real):
    got = run(real, ready(), typed("police are here help me", "emergency_help", 0.9))
    assert got.urgent and THAILAND_FIRST in said(got)
    assert NOTHING_TO_POLICE not in said(got)


def test_a_privacy_question_at_where_are_you_from_asks_it_again_after(real):
    asking = UserState(language="en", step="origin")
    got = run(real, asking, typed("is this secret", "check_agency", 0.95))
    assert said(got).startswith(NOTHING_TO_POLICE)
    assert got.state.step == "origin"
    assert "origin:MM" in all_button_data(got)


WITHDRAW_WORDS = [
    # (words, language, what the NLU read, its confidence)
    ("delete my data", "en", None, 0.3),
    ("delete everything", "en", None, 0.2),
    ("I sent my story but now I am scared, stop it", "en", "emergency_help", 0.78),
    ("please delete my story, i dont want", "en", "emergency_help", 0.86),
    ("pls cancel my case", "en", "change_employer", 0.5),
    ("ပို့ထားတာ ပြန်ဖျက်ချင်တယ် ကြောက်လို့", "my", "emergency_help", 0.9),
    ("အကုန်ဖျက်ပေးပါ", "my", "emergency_help", 0.74),
    ("အကုန္ဖ်က္ေပးပါ", "my", "emergency_help", 0.74),  # Zawgyi
    ("លុបទាំងអស់", "km", "goodbye", 0.74),
    ("លុប", "km", "goodbye", 0.6),
    ("a kone phyat pay par", "my", None, 0.2),  # romanised Burmese
]


@pytest.mark.parametrize(("words", "language", "topic", "confidence"), WITHDRAW_WORDS)
def test_asking_to_delete_without_a_case_offers_delete_my_data(
    real, words, language, topic, confidence
):
    got = run(real, ready(language), typed(words, topic, confidence))
    lang = tr(language)
    assert said(got).startswith(lang.gettext(NOT_PASSED_ON))
    assert lang.gettext("You have no open case.") in said(got)
    assert lang.gettext("Goodbye. Stay safe. Write to me any time.") not in said(got)
    assert button_data(got.replies[0]) == ["mine:delete", "menu"]
    assert not got.urgent and not got.effects  # nothing deleted before the confirmation
    assert got.tally is not None and got.tally.topic == "withdraw"


@pytest.mark.parametrize(("words", "language", "topic", "confidence"), WITHDRAW_WORDS[2:8])
def test_asking_to_step_back_while_a_caseworker_waits_is_never_sent_nor_urgent(
    real, words, language, topic, confidence
):
    waiting = replace(real, cases=(case(),))
    got = run(waiting, ready(language), typed(words, topic, confidence))
    assert got.state.step != relay.STEP  # no "Send this to FED?"
    assert not got.urgent and not got.effects
    assert THAILAND_FIRST not in said(got)  # not the emergency block
    assert button_data(got.replies[0]) == ["wd:987JMA", "mine:delete", "menu"]
    withdrawn = run(waiting, got.state, ButtonPress("wd:987JMA"), ButtonPress("wd:987JMA:yes"))
    assert withdrawn.effects == (WithdrawCase("987JMA"),)


def test_words_waiting_for_send_are_dropped_when_the_person_asks_to_delete(real):
    waiting = replace(real, cases=(case(),))
    offered = run(waiting, ready(), read_as("it is in Mae Sot", None, 0.2))
    assert offered.state.step == relay.STEP
    got = run(waiting, offered.state, typed("delete what i sent", "emergency_help", 0.8))
    assert not any(isinstance(e, RelayToStaff) for e in got.effects)
    assert "Nothing was sent." in said(got)
    assert got.state.form is None and not got.urgent
    # The Send still in the chat sends nothing now.
    late = run(waiting, got.state, ButtonPress("rel:987JMA"))
    assert not late.effects


def test_danger_words_still_get_the_numbers_then_the_offer(real):
    waiting = replace(real, cases=(case(status=CaseStatus.NEW, awaits_answer=False),))
    got = run(waiting, ready(), typed("help they beat me, delete this", "emergency_help", 0.9))
    assert got.urgent
    assert said(got).index(THAILAND_FIRST) < said(got).index(NOT_PASSED_ON)
    assert "wd:987JMA" in all_button_data(got)
    assert got.state.step != relay.STEP


def test_delete_my_data_from_the_offer_still_asks_before_deleting(real):
    got = run(real, ready(), typed("delete everything", None, 0.2))
    asked = run(real, got.state, ButtonPress("mine:delete"))
    assert said(asked).startswith("Delete everything about you?")
    assert not asked.effects
    done = run(real, asked.state, ButtonPress("del:yes"))
    assert DeleteMyData() in done.effects


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("how do i stop it, my boss shouts at me", "workplace_abuse"),
        ("my boss cancelled my contract", "employment_contract"),
        ("ថៅកែដកហូតលិខិតឆ្លងដែន", "passport_taken"),
        ("ဗီဇာ ပယ်ဖျက်ခံရတယ်", "lost_documents"),
        # found at review: money or papers sent, then "stop it" / "cancel it"
        ("i sent money to the agent, now he wants more, how to stop it", "recruitment_fees"),
        ("i sent my passport to the agency, can i cancel it", "documents_confiscated"),
    ],
)
def test_real_problems_with_stop_cancel_or_take_are_not_read_as_withdrawing(real, words, topic):
    got = run(real, ready(), typed(words, topic, 0.9))
    assert NOT_PASSED_ON not in said(got)
    assert "mine:delete" not in all_button_data(got)
