"""What people send besides text (explore5 findings 1, 8 and 16): a caption is answered as
the same words typed (its language, Zawgyi, danger, the NLU), with one line that what was
attached was not read nor kept; in the "Answer" step it is the answer; media sent where a
question waits gets that question again; a contact shared at the form's phone step is the
number."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress, Media, Text
from bot.language import normalise
from bot.values import CaseStatus, CaseView, RelayToStaff, UserState

NOT_KEPT = "I read only your words, not what you attached. I do not keep it."
NOT_SENT = "What you attached did not go: the caseworker gets only your words."
CANNOT_SEE = "The caseworker cannot see photos or hear voice notes. Please write it here."
DANGER = {
    "my": "ကယ်ပါ သူဌေးက ရိုက်တယ်",
    "km": "ជួយខ្ញុំផង ថៅកែវាយខ្ញុំ",
    "zawgyi": "ကယ္ပါ သူေဌးက ႐ိုက္တယ္",
}
THAILAND_FIRST = "1300"  # content/directory: the first emergency number for Thailand


def ready(language: str = "en") -> UserState:
    return UserState(language=language, origin="MM", country="TH", profile_asked=True)


def _plain(words: str) -> Text:
    """The words as the service reads what it does not send to the NLU (or when it is down)."""
    normalised = normalise(words)
    return Text(normalised.text, normalised.language, normalised.encoding, None)


@pytest.mark.parametrize("kind", ["photo", "video", "document"])
@pytest.mark.parametrize("script", list(DANGER))
def test_danger_in_a_caption_of_a_new_person_is_answered_as_the_same_words_typed(
    real, kind, script
):
    words = DANGER[script]
    language = "km" if script == "km" else "my"
    got = run(real, UserState(), Media(kind, words))
    same = run(real, UserState(), _plain(words))
    assert got.state == same.state  # the language (and Zawgyi) read, "Where are you now?"
    assert got.state.language == language and got.state.step == "country"
    assert got.urgent
    assert got.replies[0] == same.replies[0]  # the emergency answer in their language
    assert got.replies[1].text.startswith(tr(language).gettext(NOT_KEPT))
    assert got.replies[2:] == same.replies[1:]  # then the place questions
    # Where they are, then the numbers, as for typed words.
    after = run(real, got.state, ButtonPress("country:TH"))
    assert THAILAND_FIRST in said(after)


def test_a_zawgyi_caption_keeps_the_replies_in_zawgyi(real):
    got = run(real, UserState(), Media("photo", DANGER["zawgyi"]))
    assert got.state.encoding == "zawgyi"


def test_a_caption_is_answered_through_the_nlu_like_typed_text(ctx):
    words = "my boss did not pay me for 2 months, this is my payslip"
    reading = text(words, topic="unpaid_wages")
    got = run(ctx, ready(), Media("photo", words, reading))
    same = run(ctx, ready(), reading)
    assert got.replies[0].text.startswith(NOT_KEPT)
    assert got.replies[1:] == same.replies
    assert got.tally == same.tally  # counted as the question it is


def test_a_caption_in_the_answer_step_goes_to_the_caseworker(ctx):
    waiting = replace(ctx, cases=(case(),))
    asked = run(waiting, ready(), ButtonPress("ans:ABC234"))
    words = "this is my payslip, 9000 baht missing"
    got = run(waiting, asked.state, Media("photo", words))
    assert got.effects == (RelayToStaff("ABC234", words),)
    assert said(got) == f"Sent to the caseworker.\n{NOT_SENT}"
    assert got.state.step is None


@pytest.mark.parametrize("kind", ["photo", "voice", "video_note", "sticker"])
def test_media_without_words_in_the_answer_step_keeps_the_step(ctx, kind):
    waiting = replace(ctx, cases=(case(),))
    asked = run(waiting, ready(), ButtonPress("ans:ABC234"))
    got = run(waiting, asked.state, Media(kind))
    assert said(got) == CANNOT_SEE
    assert all_button_data(got) == ["ref:cancel"]
    assert got.state == asked.state and not got.effects
    then = run(waiting, got.state, _plain("9000 baht"))
    assert then.effects == (RelayToStaff("ABC234", "9000 baht"),)


def test_a_contact_shared_in_the_answer_step_goes_as_its_number(ctx):
    # Exploratory test 6: it got "The caseworker cannot see photos or hear voice notes".
    waiting = replace(ctx, cases=(case(),))
    asked = run(waiting, ready(), ButtonPress("ans:ABC234"))
    got = run(waiting, asked.state, Media("contact", phone="+66812223344"))
    assert got.effects == (RelayToStaff("ABC234", "+66812223344"),)
    assert said(got) == "Sent to the caseworker."


@pytest.mark.parametrize("kind", ["voice", "photo", "sticker", "contact"])
def test_media_at_a_form_step_asks_the_form_question_again(ctx, kind):
    form = (ButtonPress("person:unpaid_wages"), ButtonPress("ref:topic:unpaid_wages"))
    at = run(ctx, ready(), *form)
    assert at.state.step == "ref:description"
    got = run(ctx, at.state, Media(kind))
    question = at.replies[-1]
    assert got.replies[-1].text.endswith(question.text)
    assert got.replies[-1].buttons == question.buttons  # Skip and Cancel, not the menu
    assert got.state == at.state


@pytest.mark.parametrize("step", ["origin", "country"])
def test_media_at_a_profile_question_asks_it_again(ctx, step):
    state = UserState(language="en", origin="MM" if step == "country" else None, step=step)
    got = run(ctx, state, Media("voice"))
    assert said(got).startswith("I cannot listen to voice messages yet.")
    question = "Where are you from?" if step == "origin" else "Where are you now?"
    assert said(got).endswith(question)
    prefix = "origin:" if step == "origin" else "country:"
    assert all(data.startswith(prefix) for data in all_button_data(got))
    assert got.state == state


def phone_step(ctx) -> UserState:
    state = run(
        ctx,
        ready(),
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        _plain("boss did not pay 3 months"),
        _plain("Mae Sot"),
        ButtonPress("ref:contact:phone"),
    ).state
    assert state.step == "ref:contact_value"
    return state


def test_a_contact_shared_at_the_phone_step_is_the_number(ctx):
    state = phone_step(ctx)
    got = run(ctx, state, Media("contact", phone="+66812223344"))
    same = run(ctx, state, _plain("+66812223344"))
    assert got.replies == same.replies and got.state == same.state
    assert got.state.form is not None and got.state.form["contact"] == "+66812223344"
    summary = run(ctx, got.state, ButtonPress("ref:urgent:no"))
    assert "+66812223344" in said(summary)  # shown before Send
    assert any(data.startswith("ref:send:") for data in all_button_data(summary))


def test_someone_elses_card_at_the_phone_step_is_not_the_number(ctx):
    """Round 21C: an agent's or a broker's card at "Write the phone number the organisation
    may call" was taken as the person's number: the caseworker would call the agent."""
    state = phone_step(ctx)
    got = run(ctx, state, Media("contact", phone="+66899999999", others=True))
    assert said(got).startswith("This card is someone else's number. Please write your own")
    assert got.state == state  # the question waits; no number kept
    assert "+66899999999" not in repr(got)
    assert said(got).endswith(tr("en").gettext("Write the phone number the organisation may call."))


def test_someone_elses_card_in_the_answer_step_still_goes_as_the_answer(ctx):
    """Written to a caseworker, a card is what the person chose to send ("this is him")."""
    waiting = replace(ctx, cases=(case(),))
    asked = run(waiting, ready(), ButtonPress("ans:ABC234"))
    got = run(waiting, asked.state, Media("contact", phone="+66899999999", others=True))
    assert got.effects == (RelayToStaff("ABC234", "+66899999999"),)


def test_a_contact_elsewhere_is_not_wanted(ctx):
    got = run(ctx, ready(), Media("contact", phone="+66812223344"))
    assert said(got).startswith("I do not need anyone's phone number.")
    assert "+66812223344" not in repr(got)


def case(ref: str = "ABC234") -> CaseView:
    return CaseView(ref, "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True, "")


def test_a_caption_never_shows_in_the_event_repr():
    event = Media("photo", "secret words", text("secret words"), "+66812223344")
    assert "secret" not in repr(event) and "6681" not in repr(event)
