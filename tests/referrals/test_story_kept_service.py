"""A story typed hours after "Tell me what happened", through the service and the store
(exploratory test 8, finding 4): answered as any message, kept with the draft across
messages, and taken as what happened when the person continues the form."""

from __future__ import annotations

import asyncio
import datetime as dt

from referral_helpers import Harness

from bot.dialogue.referral_form import LEFT_AFTER
from bot.storage.models import utcnow

MIGRANT = "tg:5302"
STORY = "my boss has not paid me for 3 months, we are 5 workers from Myawaddy, what can we do"


def test_the_story_waits_with_the_draft_and_continue_it_takes_it(harness: Harness):
    harness.profile(MIGRANT, "MM", "TH")
    harness.press(MIGRANT, "person:unpaid_wages")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    later = utcnow() + LEFT_AFTER + dt.timedelta(hours=1)
    answer = asyncio.run(harness.service.answer_text(MIGRANT, STORY, sent_at=later))
    last = answer.replies[-1]
    assert last.text.startswith("You have an unfinished request from")
    assert "description" not in (harness.state(MIGRANT).form or {})
    replies = harness.press(MIGRANT, "ref:resume")
    assert replies[0].text.startswith("I kept your message as what happened.")
    state = harness.state(MIGRANT)
    assert state.step == "ref:place"
    assert state.form is not None and state.form["description"] == STORY
