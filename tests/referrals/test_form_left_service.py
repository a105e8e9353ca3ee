"""A form left long ago, through the service (exploratory test 7, finding 4): the service
asks the engine whether the NLU reads a text with the time it was sent, so a question typed
at "Tell me what happened" hours after the question was shown is read and answered as any
question, while one typed minutes after it is the answer, as typed, never read."""

from __future__ import annotations

import asyncio
import datetime as dt

from referral_helpers import Harness

from bot.dialogue.referral_form import LEFT_AFTER
from bot.storage.models import utcnow
from tests.fakes.nlu import ListeningNlu

MIGRANT = "tg:5301"
QUESTION = "where is the embassy in Bangkok"


def at_description(harness: Harness) -> ListeningNlu:
    nlu = ListeningNlu()
    harness.service.nlu = nlu
    harness.profile(MIGRANT, "KH", "TH")
    harness.press(MIGRANT, "person:unpaid_wages")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    assert harness.state(MIGRANT).step == "ref:description"
    return nlu


def typed(harness: Harness, words: str, after: dt.timedelta) -> str:
    answer = asyncio.run(harness.service.answer_text(MIGRANT, words, sent_at=utcnow() + after))
    return "\n".join(reply.text for reply in answer.replies)


def test_a_question_sent_hours_later_is_read_and_answered(harness: Harness):
    nlu = at_description(harness)
    words = typed(harness, QUESTION, LEFT_AFTER + dt.timedelta(hours=1))
    assert nlu.heard == [QUESTION]
    assert "FIXTURE Cambodian embassy in Thailand." in words
    assert "You have an unfinished request from" in words
    state = harness.state(MIGRANT)
    assert state.step is None and state.form is not None
    assert "description" not in state.form and state.form["topic"] == "unpaid_wages"


def test_words_sent_minutes_later_are_the_answer_never_read(harness: Harness):
    nlu = at_description(harness)
    typed(harness, "my boss did not pay me", dt.timedelta(minutes=5))
    assert nlu.heard == []
    state = harness.state(MIGRANT)
    assert state.form is not None and state.form["description"] == "my boss did not pay me"
