"""A story typed hours after "Tell me what happened" (exploratory test 8, finding 4).

A form left more than referral_form.LEFT_AFTER is not continued by typing: the text is
answered as any message and "You have an unfinished request from <day>" follows. At "Tell
me what happened" the person typed, after a night shift, what the bot had asked for: the
story was answered as a question and thrown away ([Continue it] asked for it again); with
danger in it the line never came, and the step was cleared, so no later message brought it.
Now a story typed there is kept with the draft: continued ([Continue it], or "Talk to a
person" under the numbers), it is what happened, said in one line, and goes only with the
summary's Send. The line comes after the numbers too, and when it cannot come with this
answer, with the next one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.dialogue.events import ButtonPress
from bot.values import CaseStatus, CaseView, UserState

T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
LATER = dt.timedelta(hours=4)
STORY = "my boss has not paid me for 3 months, we are 5 workers from Myawaddy, what can we do"
DANGER = "boss not pay 3 months and he beat us when we ask, we are 5 workers, what can we do"
KEPT = "I kept your message as what happened. You can change it before sending."
LINE = "You have an unfinished request from {day}."
LINE_KEPT = (
    "You have an unfinished request from {day}. If you continue it, your message is kept in it "
    "as what happened."
)


def at(ctx, after: dt.timedelta):
    return replace(ctx, now=T0 + after)


def at_description(ctx, lang: str = "en") -> UserState:
    """The form opened from the wages answer, Yes pressed: "Tell me what happened" waits."""
    ready = UserState(language=lang, origin="MM", country="TH", profile_asked=True)
    opened = run(at(ctx, dt.timedelta()), ready, ButtonPress("person:unpaid_wages"))
    yes = ButtonPress("ref:topic:unpaid_wages")
    asked = run(at(ctx, dt.timedelta(seconds=20)), opened.state, yes)
    assert asked.state.step == "ref:description"
    return asked.state


def day(lang: str = "en") -> str:
    return tr(lang).date(T0.date())


def test_a_story_is_answered_and_continue_it_takes_it_as_what_happened(ctx):
    later = at(ctx, LATER)
    told = run(later, at_description(ctx), text(STORY, topic="unpaid_wages"))
    assert "FIXTURE" in said(told)  # answered as any message
    assert told.replies[-1].text == LINE_KEPT.format(day=day())
    assert "description" not in told.state.form  # nothing taken without a press
    resumed = run(later, told.state, ButtonPress("ref:resume"))
    assert resumed.state.form["description"] == STORY
    assert resumed.state.step == "ref:place"
    assert said(resumed).startswith(KEPT)
    assert "Where are you?" in said(resumed)


def test_a_story_with_danger_gets_the_numbers_then_the_line(ctx):
    later = at(ctx, LATER)
    told = run(later, at_description(ctx), text(DANGER, topic="unpaid_wages"))
    assert said(told).startswith("🆘")
    assert told.replies[-1].text == LINE_KEPT.format(day=day())
    assert button_data(told.replies[-1]) == ["ref:resume", "ref:cancel"]
    # "Talk to a person" under the numbers, as the answer says: the story is not asked again.
    person = run(later, told.state, ButtonPress("person:emergency_help"))
    assert person.state.form["description"] == DANGER
    assert person.state.form["urgent"] == "1"
    assert person.state.step == "ref:place"
    assert KEPT in said(person) and "Tell me what happened" not in said(person)


def test_a_danger_without_a_story_gets_the_line_after_the_numbers(ctx):
    later = at(ctx, LATER)
    told = run(later, at_description(ctx), text("help they locked me in"))
    assert said(told).startswith("🆘")
    assert told.replies[-1].text == LINE.format(day=day())
    assert "description" not in told.state.form  # a cry, not kept as the story


def test_the_line_waits_while_send_this_to_org_waits(ctx):
    # A caseworker wrote the day before: the text is offered to them; the line's buttons
    # under that question would be a way out of it. It comes with the next answer.
    case = CaseView("ABC234", "unpaid_wages", "ALPHA", CaseStatus.ACCEPTED, "2026-11-20", True)
    waiting = replace(at(ctx, LATER), cases=(replace(case, asked_on="2026-11-26"),))
    offered = run(waiting, at_description(ctx), text(STORY, topic="unpaid_wages"))
    assert button_data(offered.replies[-1]) == ["rel:ABC234", "rel:no"]
    assert "ref:resume" not in all_button_data(offered)
    no = run(waiting, offered.state, ButtonPress("rel:no"))
    assert no.replies[-1].text == LINE_KEPT.format(day=day())
    # Once shown, not again.
    again = run(waiting, no.state, text("where is the embassy", topic="embassy_contact"))
    assert "ref:resume" not in all_button_data(again)


@pytest.mark.parametrize("old", ["ref:topic:unpaid_wages", "ref:skip:description"])
def test_an_old_button_of_the_form_takes_the_story_too(ctx, old):
    # The topic's Yes above "Tell me what happened", or its Skip, pressed after the story.
    later = at(ctx, LATER)
    told = run(later, at_description(ctx), text(STORY, topic="unpaid_wages"))
    pressed = run(later, told.state, ButtonPress(old))
    assert pressed.state.form["description"] == STORY
    assert pressed.state.step == "ref:place"
    assert said(pressed).startswith("That button is old.")


def test_delete_it_drops_the_story_with_the_draft(ctx):
    later = at(ctx, LATER)
    told = run(later, at_description(ctx), text(STORY, topic="unpaid_wages"))
    deleted = run(later, told.state, ButtonPress("ref:cancel"))
    assert deleted.state.form is None


def test_a_story_at_another_step_is_not_kept_as_what_happened(ctx):
    state = at_description(ctx)
    placed = run(at(ctx, dt.timedelta(minutes=1)), state, text("boss not pay me"))
    later = at(ctx, LATER + dt.timedelta(minutes=1))
    told = run(later, placed.state, text(STORY, topic="unpaid_wages"))
    assert told.replies[-1].text == LINE.format(day=day())
    resumed = run(at(ctx, LATER), told.state, ButtonPress("ref:resume"))
    assert resumed.state.form["description"] == "boss not pay me"


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_line_in_the_persons_language(ctx, lang):
    told = run(at(ctx, LATER), at_description(ctx, lang), text(STORY, lang, "unpaid_wages"))
    line = tr(lang).gettext(LINE_KEPT)
    assert line != LINE_KEPT
    assert told.replies[-1].text == line.format(day=day(lang))


def test_the_burmese_story_of_the_finding(real):
    # The boss has not paid 3 months, threatens to beat us, 5 of us, what to do.
    story = "သူဌေးက လစာ ၃ လ မပေးဘူး။ ပြောရင် ရိုက်မယ်လို့ ခြိမ်းခြောက်တယ်။ ကျွန်တော်တို့ ၅ ယောက် ရှိတယ်။ ဘာလုပ်ရမလဲ"
    later = at(real, LATER)
    told = run(later, at_description(real, "my"), text(story, "my", "unpaid_wages"))
    assert told.replies[-1].text == tr("my").gettext(LINE_KEPT).format(day=day("my"))
    resumed = run(later, told.state, ButtonPress("ref:resume"))
    assert resumed.state.form["description"] == story
    assert said(resumed).startswith(tr("my").gettext(KEPT))
