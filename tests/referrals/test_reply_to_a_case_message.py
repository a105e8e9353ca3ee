"""Round 25A: a person with two cases at one organisation answered one caseworker's message
as a Telegram reply to it ("Message from <org> about your case <ref>: ..."): the bot still
asked "Choose the case", both offered, though the message replied to names its case. And a
reply to a message of a case whose caseworker had not written just then (or wrote more than
a week ago) went to the NLU as a question for the bot. Now the case the replied-to message
names, if an organisation holds it, is the one offered; nothing goes without Send."""

from __future__ import annotations

import asyncio

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5927"
WORKER = 7927


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


def _two_cases_written_to(harness: Harness) -> tuple[Case, Case]:
    worker, first = harness.accepted_case(MIGRANT, WORKER)
    harness.press(MIGRANT, "person:documents_confiscated:new")
    harness.press(MIGRANT, "ref:topic:documents_confiscated")
    harness.say(MIGRANT, "they keep my passport")
    harness.press(MIGRANT, "ref:skip:place")
    harness.press(MIGRANT, "ref:contact:bot")
    harness.press_send(MIGRANT, harness.press(MIGRANT, "ref:urgent:no")[-1])
    second = harness.all(Case)[-1]
    for case, words in ((first, "How much does he owe you?"), (second, "Who has it now?")):
        harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
        harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
        harness.staff_text(worker, words)
    return first, second


def _reply(harness: Harness, words: str, to: str):  # type: ignore[no-untyped-def]
    return asyncio.run(harness.service.answer_text(MIGRANT, words, replied_to=to)).replies


def test_a_reply_to_one_caseworkers_message_offers_its_case(harness: Harness):
    first, second = _two_cases_written_to(harness)
    [message] = [t for t in harness.texts_to(int(MIGRANT[3:])) if "How much" in t]
    assert first.ref in message
    replies = _reply(harness, "3 months, 27000 baht", message)
    data = _buttons(replies)
    assert f"rel:{first.ref}" in data and f"rel:{second.ref}" not in data
    assert "Choose the case" not in "\n".join(r.text for r in replies)
    harness.press(MIGRANT, f"rel:{first.ref}")
    assert [t for t in harness.texts_to(WORKER) if "27000" in t and first.ref in t]


def test_without_the_reply_both_are_still_offered(harness: Harness):
    first, second = _two_cases_written_to(harness)
    data = _buttons(harness.say(MIGRANT, "3 months, 27000 baht"))
    assert f"rel:{first.ref}" in data and f"rel:{second.ref}" in data


def test_a_reply_to_a_held_cases_message_is_offered_though_no_one_wrote(harness: Harness):
    _worker, case = harness.accepted_case(MIGRANT, WORKER)
    sent = f"Sent. Your case number is {case.ref}. A caseworker will answer here."
    replies = _reply(harness, "my boss still not pay, what can i do", sent)
    assert f"rel:{case.ref}" in _buttons(replies)
    assert harness.state(MIGRANT).step == "relay"
