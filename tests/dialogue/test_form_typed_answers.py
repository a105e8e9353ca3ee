"""Typing where the referral form asks for a button (findings 3 and 4): the form is never
lost, an obvious yes or no is understood, nothing is sent without a press of Send, and danger
words still bring the emergency numbers first and mark the case urgent."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, form_at, run, said, text, tr

from bot.dialogue import form_question
from bot.dialogue.events import ButtonPress, Command, Text
from bot.dialogue.outcome import Outcome
from bot.values import Asked, NluResult, OpenCase, Tally, UserState

DESCRIPTION = "my boss not pay me 3 months and he shout at me every day"


def ready(lang: str = "en") -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def at_step(ctx, step: str, lang: str = "en") -> Outcome:
    """The form filled in up to `step` (one of the button steps)."""
    return form_at(ctx, step, DESCRIPTION, lang)


def kept(outcome: Outcome) -> None:
    form = outcome.state.form or {}
    assert form.get("description", DESCRIPTION) == DESCRIPTION
    assert form.get("place", "Mae Sot") == "Mae Sot"


@pytest.mark.parametrize("step", ["ref:topic", "ref:contact", "ref:urgency", "ref:confirm"])
@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("through the bot please", "talk_to_person"),  # the form is that already
        ("what is this", None),  # the NLU found nothing to answer
        ("ok send", "bot_help"),  # "send": only a press sends
        ("ok", "bot_help"),
        ("skip", "bot_help"),
        ("???", "bot_help"),  # no word to read
    ],
)
def test_text_at_a_button_step_repeats_the_question_and_keeps_the_form(ctx, step, words, topic):
    before = at_step(ctx, step)
    outcome = run(ctx, before.state, text(words, topic=topic))
    assert outcome.state.step == step
    assert outcome.state.form == before.state.form
    assert not outcome.effects  # nothing sent, not even at the summary
    assert button_data(outcome.replies[-1]) == button_data(before.replies[-1])
    note = (
        "Nothing is sent yet. To send it, press Send."
        if step == "ref:confirm"
        else "Please press one of the buttons."
    )
    assert said(outcome).startswith(note)


@pytest.mark.parametrize("words", ["send", "ok send", "Send!", "yes", "ok"])
def test_typing_send_at_the_summary_does_not_send(ctx, words):
    ctx = replace(ctx, new_ref="ABC234")
    before = at_step(ctx, "ref:confirm")
    outcome = run(ctx, before.state, text(words))
    assert not outcome.effects
    assert outcome.state.step == "ref:confirm"
    assert any(data.startswith("ref:send:") for data in all_button_data(outcome))
    assert DESCRIPTION in said(outcome)  # the summary again, with what would be sent
    sent = run(ctx, outcome.state, ButtonPress(f"ref:send:{outcome.state.form['ref']}"))
    assert [type(effect) for effect in sent.effects] == [OpenCase]


@pytest.mark.parametrize(
    ("lang", "words", "urgent"),
    [
        ("en", "yes", True),
        ("en", "Yes!", True),
        ("en", "urgent", True),
        ("en", "no", False),
        ("en", "not urgent", False),
        ("my", "ဟုတ်ကဲ့", True),
        ("my", "မဟုတ်ဘူး", False),
        ("my", "hote kae", True),
        ("km", "បាទ", True),
        ("km", "ចាស", True),
        ("km", "ទេ", False),
        ("km", "ot te", False),
    ],
)
def test_a_typed_yes_or_no_answers_is_it_urgent(ctx, lang, words, urgent):
    before = at_step(ctx, "ref:urgency", lang)
    outcome = run(ctx, before.state, text(words, lang))
    assert outcome.state.step == "ref:confirm"  # on to the summary
    assert outcome.state.form["urgent"] == ("1" if urgent else "")
    kept(outcome)
    assert not outcome.effects


def test_a_typed_yes_confirms_the_topic_and_no_means_something_else(ctx):
    before = at_step(ctx, "ref:topic")
    yes = run(ctx, before.state, text("yes"))
    assert yes.state.step == "ref:description"
    assert yes.state.form["topic"] == "unpaid_wages"
    no = run(ctx, before.state, text("no"))
    assert no.state.step == "ref:description"
    assert no.state.form["topic"] == ""


def test_a_yes_inside_a_longer_text_is_not_an_answer(ctx):
    before = at_step(ctx, "ref:urgency")
    outcome = run(ctx, before.state, text("no pay 3 months"))
    assert outcome.state.step == "ref:urgency"


@pytest.mark.parametrize("step", ["ref:topic", "ref:contact", "ref:urgency", "ref:confirm"])
def test_danger_typed_at_a_button_step_gets_the_numbers_first_and_keeps_the_form(ctx, step):
    before = at_step(ctx, step)
    outcome = run(ctx, before.state, text("they locked me in the room", topic="emergency_help"))
    body = said(outcome)
    assert body.startswith("🆘") and "191" in body
    kept(outcome)
    assert outcome.state.form["urgent"] == "1"
    assert not outcome.effects
    assert form_question.ASK not in all_button_data(outcome)  # the form goes on: no choice
    if step == "ref:urgency":  # danger answers "Is it urgent?"
        assert outcome.state.step == "ref:confirm"
        assert "Urgent: yes" in body
    else:
        assert outcome.state.step == step


@pytest.mark.parametrize("how", ["typed", "pressed", "pressed from the emergency block"])
@pytest.mark.parametrize("step", ["ref:place", "ref:contact", "ref:urgency", "ref:confirm"])
def test_talk_to_a_person_during_the_form_resumes_it(ctx, how, step):
    events = [
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        text(DESCRIPTION),
        text("Mae Sot"),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    ]
    upto = {"ref:place": 3, "ref:contact": 4, "ref:urgency": 5, "ref:confirm": 6}[step]
    before = run(ctx, ready(), *events[:upto])
    # Away to the menu first (which forgets the step), then back to a person.
    away = run(ctx, before.state, Command("menu"))
    event = {
        "typed": text("i want to talk to a person", topic="talk_to_person"),
        "pressed": ButtonPress("person"),
        "pressed from the emergency block": ButtonPress("person:emergency_help"),
    }[how]
    outcome = run(ctx, away.state, event)
    assert said(outcome).startswith("Your request is not sent yet. Here is where you stopped:")
    assert outcome.state.form["description"] == DESCRIPTION
    expected = step
    if how == "pressed from the emergency block":
        assert outcome.state.form["urgent"] == "1"
        if step == "ref:urgency":
            expected = "ref:confirm"  # already answered: urgent
    assert outcome.state.step == expected
    assert button_data(outcome.replies[-1])  # the step's buttons


def test_the_emergency_blocks_person_button_inside_the_form_keeps_the_words(ctx):
    """Finding 4: danger in the description, then "Talk to a person" as the block says."""
    outcome = run(
        ctx,
        ready(),
        ButtonPress("person"),
        text("they locked me in the room and took my phone"),
    )
    assert said(outcome).startswith("🆘")
    assert "person:emergency_help" in all_button_data(outcome)
    assert outcome.state.step == "ref:place"
    again = run(ctx, outcome.state, ButtonPress("person:emergency_help"))
    assert again.state.step == "ref:place"
    assert again.state.form["description"] == "they locked me in the room and took my phone"


def test_danger_words_in_the_description_make_the_case_urgent_without_asking(ctx):
    outcome = run(
        ctx,
        ready(),
        ButtonPress("person"),
        text("they locked me in the room and took my phone"),
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:contact:bot"),
    )
    assert outcome.state.step == "ref:confirm"  # no "Is it urgent?"
    assert "Urgent: yes" in said(outcome)
    changed = run(ctx, outcome.state, ButtonPress("ref:edit:urgency"), ButtonPress("ref:urgent:no"))
    assert "Urgent: no" in said(changed)  # the person can still say otherwise


def test_a_harmless_description_still_asks_whether_it_is_urgent(ctx):
    outcome = run(
        ctx, ready(), ButtonPress("person"), text(DESCRIPTION), ButtonPress("ref:skip:place")
    )
    outcome = run(ctx, outcome.state, ButtonPress("ref:contact:bot"))
    assert outcome.state.step == "ref:urgency"


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_new_lines_are_translated(ctx, lang):
    for message in (
        "Please press one of the buttons.",
        "Nothing is sent yet. To send it, press Send.",
        "Your request is not sent yet. Here is where you stopped:",
    ):
        assert tr(lang).gettext(message) != message


# --- found in a second round of trying the bot (2026-12-05) -------------------------------


def test_a_topic_pressed_during_the_form_leaves_it_and_the_next_words_are_a_question(ctx):
    # At "Where are you?", the person pressed a related topic in the emergency block above;
    # their next words are a question, not the place (they were saved as "Where: how can I
    # call the embassy" and sent to the organisation).
    at_place = run(
        ctx,
        ready(),
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        text(DESCRIPTION),
    )
    assert at_place.state.step == "ref:place"
    left = run(ctx, at_place.state, ButtonPress("topic:embassy_contact"))
    assert left.state.step is None
    asked = run(ctx, left.state, text("how can I call the embassy", topic="embassy_contact"))
    assert (asked.state.form or {}).get("place") is None
    assert (asked.state.form or {}).get("description") == DESCRIPTION  # kept for later
    resumed = run(ctx, asked.state, ButtonPress("person:unpaid_wages"))
    assert resumed.state.step == "ref:place"  # "Talk to a person" goes back to where it was


def at_phone(ctx) -> Outcome:
    return run(
        ctx,
        ready(),
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        text(DESCRIPTION),
        text("Mae Sot"),
        ButtonPress("ref:contact:phone"),
    )


@pytest.mark.parametrize("words", ["12", "call me", "help they are coming they will kill me"])
def test_what_is_no_phone_number_is_asked_again(ctx, words):
    outcome = run(ctx, at_phone(ctx).state, text(words))
    assert outcome.state.step == "ref:contact_value"
    assert "contact" not in (outcome.state.form or {})
    assert tr("en").gettext("That does not look like a phone number.") in said(outcome)


def test_danger_typed_as_the_phone_number_joins_the_persons_words(ctx):
    words = "help they are coming they will kill me"
    outcome = run(ctx, at_phone(ctx).state, text(words))
    assert outcome.replies[0].text.startswith("🆘")  # the numbers first, as anywhere
    form = outcome.state.form or {}
    assert words in form["description"] and form.get("urgent") == "1"


@pytest.mark.parametrize(
    ("words", "stored"),
    [
        ("081 234 5678", "081 234 5678"),
        ("+66812345678", "+66812345678"),
        ("၀၈၁၂၃၄၅၆၇၈", "0812345678"),  # in Latin digits, as people dial (explore7, #11)
        ("my phone 0812345678", "my phone 0812345678"),
    ],
)
def test_a_phone_number_in_any_digits_is_taken(ctx, words, stored):
    outcome = run(ctx, at_phone(ctx).state, text(words))
    assert (outcome.state.form or {}).get("contact") == stored


# --- a question typed at a button step (docs/user-testing.md, "Still open") ---------------

QUESTION = "where is the embassy in Bangkok"
BUTTON_STEPS = ["ref:topic", "ref:contact", "ref:urgency", "ref:confirm"]


def asked_at(ctx, step: str) -> tuple[Outcome, Outcome]:
    """The form at `step`, and the answer to the question typed there."""
    before = at_step(ctx, step)
    return before, run(ctx, before.state, text(QUESTION, topic="embassy_contact"))


@pytest.mark.parametrize("step", BUTTON_STEPS)
def test_a_question_typed_at_a_button_step_offers_to_ask_it_or_go_on(ctx, step):
    before, outcome = asked_at(ctx, step)
    assert said(outcome) == (
        "You are filling in the form to talk to a person. Nothing is sent yet."
    )
    assert all_button_data(outcome) == [form_question.CONTINUE, form_question.ASK]
    assert not outcome.effects and outcome.tally is None  # nothing sent, counted or kept
    form = dict(outcome.state.form or {})
    assert form.pop(form_question.WORDS) == QUESTION  # waits with the draft, encrypted
    assert form.pop(form_question.AT) == step
    form.pop(form_question.READING)
    assert form == before.state.form  # the draft as it was


@pytest.mark.parametrize("step", BUTTON_STEPS)
def test_ask_this_instead_answers_the_question_and_keeps_the_draft(ctx, step):
    before, offered = asked_at(ctx, step)
    outcome = run(ctx, offered.state, ButtonPress(form_question.ASK))
    assert "FIXTURE general embassy answer." in said(outcome)  # the NLU's reading, kept
    assert outcome.state.step is None and not outcome.effects
    assert outcome.state.form == before.state.form  # no words left over, the draft kept
    assert outcome.tally == Tally(Asked.ANSWERED, "embassy_contact", confidence=0.9)
    resumed = run(ctx, outcome.state, ButtonPress("person"))
    assert said(resumed).startswith("Your request is not sent yet. Here is where you stopped:")
    assert resumed.state.step == step
    assert button_data(resumed.replies[-1]) == button_data(before.replies[-1])


@pytest.mark.parametrize("step", BUTTON_STEPS)
def test_continue_the_form_asks_its_question_again(ctx, step):
    before, offered = asked_at(ctx, step)
    outcome = run(ctx, offered.state, ButtonPress(form_question.CONTINUE))
    assert outcome.state.step == step
    assert outcome.state.form == before.state.form
    question = outcome.replies[-1]  # the step's question (without the form's first intro)
    assert question.buttons == before.replies[-1].buttons
    assert before.replies[-1].text.endswith(question.text)


def test_the_forms_buttons_still_work_while_the_choice_waits(ctx):
    ctx = replace(ctx, new_ref="ABC234")
    _before, offered = asked_at(ctx, "ref:confirm")
    sent = run(ctx, offered.state, ButtonPress("ref:send:ABC234"))  # the summary's, above
    [effect] = sent.effects
    assert isinstance(effect, OpenCase) and effect.description == DESCRIPTION
    _before, offered = asked_at(ctx, "ref:urgency")
    answered = run(ctx, offered.state, ButtonPress("ref:urgent:yes"))
    assert answered.state.step == "ref:confirm" and answered.state.form["urgent"] == "1"
    assert form_question.WORDS not in answered.state.form


def test_a_yes_typed_while_the_choice_waits_answers_the_forms_question(ctx):
    _before, offered = asked_at(ctx, "ref:urgency")
    outcome = run(ctx, offered.state, text("yes"))
    assert outcome.state.step == "ref:confirm" and outcome.state.form["urgent"] == "1"
    assert form_question.WORDS not in outcome.state.form


@pytest.mark.parametrize(
    "event", [Command("menu"), ButtonPress("topic:unpaid_wages"), ButtonPress("ref:cancel")]
)
def test_doing_something_else_forgets_the_question(ctx, event):
    _before, offered = asked_at(ctx, "ref:contact")
    outcome = run(ctx, offered.state, event)
    assert not set(form_question.KEYS) & set(outcome.state.form or {})
    late = run(ctx, outcome.state, ButtonPress(form_question.ASK))
    assert "FIXTURE general embassy answer." not in said(late)


def test_danger_typed_while_the_choice_waits_gets_the_numbers_and_the_form(ctx):
    _before, offered = asked_at(ctx, "ref:contact")
    outcome = run(ctx, offered.state, text("they locked me in the room", topic="emergency_help"))
    assert said(outcome).startswith("🆘") and "191" in said(outcome)
    assert outcome.state.step == "ref:contact" and outcome.state.form["urgent"] == "1"
    assert not set(form_question.KEYS) & set(outcome.state.form)


@pytest.mark.parametrize("step", ["ref:description", "ref:place"])
def test_at_a_text_step_a_question_is_still_the_answer(ctx, step):
    # "Tell me what happened" and "Where are you?" take the person's own words as they come.
    events = [ButtonPress("person:unpaid_wages"), ButtonPress("ref:topic:unpaid_wages")]
    if step == "ref:place":
        events.append(text(DESCRIPTION))
    before = run(ctx, ready(), *events)
    assert before.state.step == step
    outcome = run(ctx, before.state, text(QUESTION, topic="embassy_contact"))
    assert form_question.ASK not in all_button_data(outcome)
    field = "description" if step == "ref:description" else "place"
    assert outcome.state.form[field] == QUESTION


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_choice_is_translated(ctx, lang):
    for message in (
        "You are filling in the form to talk to a person. Nothing is sent yet.",
        "Continue the form",
        "Ask this instead",
    ):
        assert tr(lang).gettext(message) != message


# --- a button's answer typed at a button step (so that it is not offered as a question) ----


@pytest.mark.parametrize(
    ("words", "stored"),
    [
        ("0812345678", "0812345678"),
        ("+66 81 234 5678", "+66 81 234 5678"),
        ("၀၈၁၂၃၄၅၆၇၈", "0812345678"),  # in Latin digits (explore7, #11)
    ],
)
def test_a_phone_number_typed_at_how_to_contact_you_is_the_phone(ctx, words, stored):
    outcome = run(ctx, at_step(ctx, "ref:contact").state, text(words))
    assert outcome.state.step == "ref:urgency"
    assert outcome.state.form["contact_method"] == "phone"
    assert outcome.state.form["contact"] == stored
    kept(outcome)


def test_a_telegram_username_typed_at_how_to_contact_you_is_telegram(ctx):
    outcome = run(ctx, at_step(ctx, "ref:contact").state, text("@somchai_99"))
    assert outcome.state.step == "ref:urgency"
    assert outcome.state.form["contact_method"] == "telegram"
    assert outcome.state.form["contact"] == "@somchai_99"


@pytest.mark.parametrize(
    ("lang", "words", "step", "method"),
    [
        ("en", "through the bot", "ref:urgency", "bot"),
        ("en", "By phone", "ref:contact_value", "phone"),
        ("en", "telegram", "ref:contact_value", "telegram"),
        ("en", "Through this bot", "ref:urgency", "bot"),  # the button's label
        ("my", None, "ref:urgency", "bot"),  # the label, in the person's language
        ("km", None, "ref:urgency", "bot"),
    ],
)
def test_the_way_to_be_contacted_typed_is_that_button(ctx, lang, words, step, method):
    words = words or tr(lang).gettext("Through this bot")
    outcome = run(ctx, at_step(ctx, "ref:contact", lang).state, text(words, lang, "bot_help"))
    assert form_question.ASK not in all_button_data(outcome)
    assert outcome.state.step == step
    assert outcome.state.form["contact_method"] == method


def test_something_else_typed_at_the_topic_question_is_that_button(ctx):
    outcome = run(ctx, at_step(ctx, "ref:topic").state, text("Something else", topic="bot_help"))
    assert outcome.state.step == "ref:description"
    assert outcome.state.form["topic"] == ""


def test_change_typed_at_the_summary_is_that_button(ctx):
    outcome = run(ctx, at_step(ctx, "ref:confirm").state, text("change", topic="bot_help"))
    assert "ref:edit:contact" in all_button_data(outcome)
    assert not outcome.effects


@pytest.mark.parametrize("step", BUTTON_STEPS)
def test_cancel_typed_does_not_throw_the_draft_away(ctx, step):
    before = at_step(ctx, step)
    outcome = run(ctx, before.state, text("Cancel"))
    assert outcome.state.form == before.state.form and outcome.state.step == step


@pytest.mark.parametrize("step", BUTTON_STEPS)
def test_an_emergency_read_by_the_nlu_in_the_form_is_answered_at_once(ctx, step):
    # No danger keyword, but the NLU reads an emergency: no tap first.
    before = at_step(ctx, step)
    outcome = run(ctx, before.state, text("police are at my door", topic="emergency_help"))
    assert form_question.ASK not in all_button_data(outcome)
    assert "191" in said(outcome)  # the emergency answer, with the numbers
    assert outcome.state.step is None and outcome.state.form == before.state.form
    assert outcome.urgent  # sent before anything queued
    assert outcome.tally == Tally(Asked.ANSWERED, "emergency_help", confidence=0.9)
    assert "person:emergency_help" in all_button_data(outcome)  # back to the form, urgent


def test_an_unsure_emergency_reading_in_the_form_gets_the_choice_not_an_answer(ctx):
    # exploratory test 5, #12: "I want to send" at the summary read as an arrest at 0.41 (a
    # share, under the threshold) was answered at once and the summary left.
    before = at_step(ctx, "ref:confirm")
    unsure = NluResult("arrest_detention", 0.41, (("arrest_detention", 0.41), ("greet", 0.3)))
    outcome = run(ctx, before.state, Text("I want to send", "en", None, unsure))
    assert all_button_data(outcome) == [form_question.CONTINUE, form_question.ASK]
    assert not outcome.urgent and outcome.state.step == form_question.STEP


def test_the_summarys_send_still_sends_after_a_question_asked_instead(ctx):
    ctx = replace(ctx, new_ref="ABC234")
    before, offered = asked_at(ctx, "ref:confirm")
    answered = run(ctx, offered.state, ButtonPress(form_question.ASK))
    assert answered.state.step is None  # the form left, its draft kept
    [send] = [d for d in button_data(before.replies[-1]) if d.startswith("ref:send:")]
    outcome = run(ctx, answered.state, ButtonPress(send))
    [opened] = [e for e in outcome.effects if isinstance(e, OpenCase)]
    assert opened.description == DESCRIPTION and opened.place == "Mae Sot"
    assert "That button is old" not in said(outcome)


def test_the_summarys_send_after_leaving_sends_nothing_changed_since(ctx):
    ctx = replace(ctx, new_ref="ABC234")
    before, offered = asked_at(ctx, "ref:confirm")
    answered = run(ctx, offered.state, ButtonPress(form_question.ASK))
    [send] = [d for d in button_data(before.replies[-1]) if d.startswith("ref:send:")]
    moved = answered.state.with_(country="MY")  # /profile since: not what the summary showed
    outcome = run(ctx, moved, ButtonPress(send))
    assert not [e for e in outcome.effects if isinstance(e, OpenCase)]
    # Only the profile moved: the summary again, as at the summary itself, and its Send sends.
    assert said(outcome).startswith("Nothing is sent yet. To send it, press Send.")
    # The form's place, Mae Sot, names Thailand: the case is routed for it, not for the
    # profile's Malaysia, and the summary shown again says so (test_route_by_place.py).
    assert "Now in: Thailand" in said(outcome)
    assert "The organisation is chosen for Thailand, the place you gave." in said(outcome)
    again = run(ctx, outcome.state, ButtonPress(send))
    [opened] = [e for e in again.effects if isinstance(e, OpenCase)]
    assert opened.country == "TH" and opened.description == DESCRIPTION
    form = dict(answered.state.form or {})
    form["place"] = "Kuala Lumpur"  # a field changed since the summary
    outcome = run(ctx, answered.state.with_(form=form), ButtonPress(send))
    assert not [e for e in outcome.effects if isinstance(e, OpenCase)]
    assert "That button is old" in said(outcome)


# --- a label of the choice typed (explore6, finding 10) --------------------------------------


@pytest.mark.parametrize("lang", ["en", "my"])
def test_the_typed_label_of_ask_this_instead_asks_the_waiting_question(ctx, lang):
    before = at_step(ctx, "ref:contact", lang)
    offered = run(ctx, before.state, text(QUESTION, lang, topic="embassy_contact"))
    label = tr(lang).gettext("Ask this instead")
    outcome = run(ctx, offered.state, text(label, lang, topic="bot_help"))
    assert outcome.tally is not None and outcome.tally.topic == "embassy_contact"
    assert "FIXTURE" in said(outcome)  # the embassy answer: the question, not the label
    assert outcome.state.step is None and outcome.state.form == before.state.form


@pytest.mark.parametrize("lang", ["en", "my"])
def test_the_typed_label_of_continue_goes_on_with_the_form(ctx, lang):
    before = at_step(ctx, "ref:contact", lang)
    offered = run(ctx, before.state, text(QUESTION, lang, topic="embassy_contact"))
    label = tr(lang).gettext("Continue the form")
    outcome = run(ctx, offered.state, text(label, lang, topic="goodbye"))
    assert outcome.state.step == "ref:contact" and outcome.state.form == before.state.form
    assert outcome.replies[-1].buttons == before.replies[-1].buttons
