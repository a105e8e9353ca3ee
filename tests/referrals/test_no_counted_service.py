"""No at "Send this to <org>?", through the service and the desk: the answer it gives is
counted in the anonymous question counts (by topic, language and countries, no user id, no
words), as the form's "Ask this instead" is (docs/user-testing.md, "Still open")."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.dialogue import form_question, relay
from bot.dialogue.events import Text
from bot.storage.models import QuestionCount
from bot.values import NluResult

MIGRANT = "tg:5401"
WORDS = "my boss did not pay me, what can I do"


def wages(words: str = WORDS) -> Text:
    return Text(words, "en", None, NluResult("unpaid_wages", 0.93, (("unpaid_wages", 0.93),)))


def counted(harness: Harness) -> dict[tuple[str, str], int]:
    return {(row.asked, row.topic): row.count for row in harness.all(QuestionCount)}


def test_the_answer_after_no_is_counted_like_ask_this_instead(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "How many months?")
    before = counted(harness)
    base = before.get(("answered", "unpaid_wages"), 0)
    [offer] = harness.send(MIGRANT, wages())
    assert offer.text.startswith("Send this to ")
    assert counted(harness) == before  # maybe an answer to the caseworker: not yet
    answer = harness.press(MIGRANT, relay.NO)
    assert "wages" in "\n".join(reply.text for reply in answer)
    after = counted(harness)
    assert after == {**before, ("answered", "unpaid_wages"): base + 1}  # that one alone
    [row] = [r for r in harness.all(QuestionCount) if r.asked == "answered"]
    assert (row.language, row.origin, row.country) == ("en", "KH", "TH")
    # The form's "Ask this instead" for the same question adds to the same count.
    harness.press(MIGRANT, "person:unpaid_wages:new")  # a new request, the case held
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    harness.say(MIGRANT, "boss did not pay")
    harness.press(MIGRANT, "ref:skip:place")
    harness.send(MIGRANT, wages())
    assert harness.state(MIGRANT).step == form_question.STEP
    harness.press(MIGRANT, form_question.ASK)
    assert counted(harness)[("answered", "unpaid_wages")] == base + 2
