"""The lead's reading of session 28's merges."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import border_questions, fell_short
from bot.dialogue.contacts_shown import partner_contacts
from bot.dialogue.events import ButtonPress, Command
from bot.dialogue.referral_summary import none_left
from bot.values import UserState


def test_no_other_organisation_does_not_offer_the_one_complained_about(real):
    """Round 42B: when the words complain about the only organisation that could get the
    request, nothing is sent and the person may contact an organisation themselves; the list
    had the one complained about in it (FED for a Burmese worker in Thailand)."""
    assert "cso-fed" in [e.id for e in partner_contacts(real.catalog, "MM", "TH")]
    text = none_left(settled("en", "TH"), real, ["FED"]).replies[0].text
    assert "nothing is sent" in text
    assert "You can contact an organisation yourself:" in text  # the others still are
    assert "ghrefed.org" not in text  # FED's own page


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_an_old_talk_to_a_person_after_delete_opens_the_form_once_the_language_is_chosen(ctx, lang):
    """Round 40B left open: after Delete my data, an old "Talk to a person" asked the
    language, then the profile questions and the menu: the person had to find Talk to a
    person again. The language chosen now opens the form, in that language."""
    asked = run(
        ctx,
        UserState(language=lang, origin="MM", country="TH", profile_asked=True),
        Command("delete_my_data"),
    )
    yes = next(d for d in all_button_data(asked) if d.startswith("del:yes"))
    gone = run(ctx, asked.state, ButtonPress(yes)).state
    assert gone.language is None
    greeting = run(ctx, gone, ButtonPress("person"))
    choice = next(d for d in all_button_data(greeting) if d.startswith(f"lang:{lang}"))
    out = run(ctx, greeting.state, ButtonPress(choice))
    assert out.state.language == lang
    assert out.state.form is not None, said(out)
    assert out.state.step == "ref:description", said(out)
    intro = (
        "A caseworker at a partner organisation can help you. First I ask a few short "
        "questions. Nothing is sent before you press Send."
    )
    assert in_language(lang, intro) in said(out)


def test_an_old_topic_button_after_delete_still_gets_the_plain_greeting(ctx):
    gone = UserState()
    greeting = run(ctx, gone, ButtonPress("topic:unpaid_wages"))
    assert not any(d.endswith(">person") for d in all_button_data(greeting))


@pytest.mark.parametrize(
    "words",
    [
        "FED staff ask me money to help, i want other organisation",
        "the caseworker asked me for money 500 baht, i want another caseworker",
    ],
)
def test_staff_asking_money_get_the_sorry_before_another_organisation(real, words):
    """ "FED staff ask me money to help, i want other organisation" got only how to leave FED
    out of a request: no sorry, nothing on this message not being passed on."""
    assert fell_short.kind(words) == fell_short.ANOTHER
    text = said(run(real, settled(), read_as(words, "talk_to_person", 0.98)))
    assert text.startswith("I am sorry this happened. It is not your fault.")
    assert "I do not pass this message to that organisation or to anyone." in text


def test_harm_by_staff_comes_before_another_organisation_wanted():
    words = "the caseworker shouted at me, i want another organisation"
    assert fell_short.kind(words) == fell_short.HURT


def test_another_organisation_alone_is_still_asked_for():
    assert fell_short.kind("i want another organisation") == fell_short.ANOTHER
    assert fell_short.kind("i paid the agent fee, can i change caseworker") == fell_short.ANOTHER


def test_an_organisation_named_is_told_once_how_it_is_left_out(real):
    """Round 43B's line for an organisation named ("If you press Talk to a person, that
    request will not be sent to them") came under fell_short's general one ("In a new request,
    write which organisation you do not want"): the same said twice, one after the other."""
    got = run(real, settled(), read_as("CWCC caseworker shouted at me", "talk_to_person", 0.98))
    text = said(got)
    assert "that request will not be sent to them" in text
    assert "In a new request, write which organisation you do not want" not in text
    assert "I am sorry this happened." in text
    named = said(
        run(
            real,
            settled(),
            read_as("I don't want FED, give me another organisation", "talk_to_person", 0.98),
        )
    )
    assert named.startswith("You wrote about Foundation for Education and Development (FED).")
    alone = said(run(real, settled(), read_as("i want another organisation", None, 0.3)))
    assert "In a new request, write which organisation you do not want" in alone


@pytest.mark.parametrize(
    "words",
    [
        "i work in malaysia factory, boss not pay 3 month and take my passport, i want go back "
        "home, what to do",
        "i want to go back home but no job there, what should i do",
        "knhom chong tov srok vinh tae ot luy, trov tver yangmech",  # want to go home, no money
    ],
)
def test_going_home_still_to_come_is_no_return(real, words):
    """From a worker still abroad, "i want go back home, what to do" got Jobs after return
    (round 44A's C06 and its English, the lead's read): "back home" read as a return."""
    abroad = UserState(language="en", origin="KH", country="MY", profile_asked=True)
    got = run(real, abroad, read_as(words, "job_scams_trafficking", 0.8))
    assert "Jobs after return" not in said(got)


def test_a_return_told_still_gets_jobs_after_return(real):
    home = UserState(language="en", origin="KH", country="KH", profile_asked=True)
    got = run(
        real,
        home,
        read_as(
            "i came back from thailand 3 month, no job, what can i do?",
            "job_scams_trafficking",
            0.8,
        ),
    )
    assert "Jobs after return" in said(got)


def test_a_problem_named_in_plain_words_is_offered_again_after_a_question_mark(real):
    """Round 45A offers "passport kept, broken hand"'s hand one tap away under the passport
    answer (also_said.py); the engine's list of the other problems (follow_up.also, what "?"
    or "hello??" offers again, and what scripts/heldout_replies.py scores) left it out."""
    got = run(
        real,
        settled(),
        read_as("boss kept my passport, and i broke my hand at work", "documents_confiscated", 0.9),
    )
    assert got.shown == "topic:documents_confiscated"
    assert any(data.endswith("injury_health") for data in got.also), got.also


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("ខ្ញុំមិនមានសុវត្ថិភាពទេឥឡូវ", "emergency_help"),  # I am not safe now
        ("បើត្រូវ deport អាចត្រឡប់ទៅធ្វើការវិញបានទេ", "arrest_detention"),  # deported, work again?
    ],
)
def test_not_safe_here_and_work_after_deportation_are_no_border_questions(real, words, topic):
    """Round 46A's line on the border ("Is the border open, is it safe to go now...?") took
    the NLU's own examples: "I am not safe now" (its emergency numbers gone) and "if deported,
    can I go back to work?" (the arrest answer gone); found reading the merge against the
    7,855 examples."""
    assert not border_questions.asks(words)
    got = run(
        real,
        UserState(language="km", origin="KH", country="TH", profile_asked=True),
        read_as(words, topic, 0.9, "km"),
    )
    assert got.shown is not None and got.shown.endswith(topic), said(got)[:200]


def test_is_it_safe_to_go_to_thailand_now_is_still_asked():
    assert border_questions.asks("ឥឡូវទៅធ្វើការនៅថៃមានសុវត្ថិភាពទេ")  # safe to work in TH now?
    assert border_questions.asks("ក្រោយការប្រយុទ្ធនៅព្រំដែន អាចត្រឡប់ទៅធ្វើការវិញបានទេ")
