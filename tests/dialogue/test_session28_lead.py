"""The lead's reading of session 28's merges."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, run, said, settled

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
