"""Round 21A, left open: "stop, do not send any more" typed to a caseworker who had written
got only "Send this to <org>?": nothing said how to stop the caseworker's messages (Withdraw
was reached only through /mycases or "forget it"). Now the question says that Send tells them
and that Withdraw closes the case, with its button (a confirmation follows), and /clear. The
words are still the person's to send: nothing goes without Send."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.dialogue import relay
from bot.storage.models import Case

MIGRANT = "tg:5811"
WORKER = 7811
STOP = (
    "If you want them to stop writing to you, press Send: they will read it. To close your "
    "case instead, press Withdraw. /clear deletes our messages in this chat from the last 48 "
    "hours."
)


def _written_to(harness: Harness) -> Case:
    worker, case = harness.accepted_case(MIGRANT, WORKER)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Can we call you tomorrow?")
    return harness.only(Case)


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


def test_stop_typed_to_a_caseworker_says_how_to_stop_them(harness: Harness):
    case = _written_to(harness)
    replies = harness.say(MIGRANT, "stop, do not send any more")
    text = "\n".join(r.text for r in replies)
    assert STOP in text
    data = _buttons(replies)
    assert f"rel:{case.ref}" in data and f"wd:{case.ref}" in data
    assert not [t for t in harness.texts_to(WORKER) if "do not send" in t]  # not without Send
    confirm = "\n".join(r.text for r in harness.press(MIGRANT, f"wd:{case.ref}"))
    assert f"Withdraw case {case.ref}?" in confirm  # a second press withdraws


def test_stop_with_danger_in_the_words_gets_no_way_out_offered(harness: Harness):
    case = _written_to(harness)
    replies = harness.say(MIGRANT, "stop, help me, my boss lock me in the room")
    assert STOP not in "\n".join(r.text for r in replies)
    assert f"wd:{case.ref}" not in _buttons(replies) and f"rel:{case.ref}" in _buttons(replies)


def test_other_words_to_a_caseworker_get_the_question_alone(harness: Harness):
    case = _written_to(harness)
    replies = harness.say(MIGRANT, "yes tomorrow is ok, my boss stop paying me in march")
    assert STOP not in "\n".join(r.text for r in replies)
    assert f"wd:{case.ref}" not in _buttons(replies)


@pytest.mark.parametrize(
    "words",
    [
        "stop, do not send any more",
        "please stop messaging me",
        "dont message me again",
        "no more messages please",
        "ရပ်ပါ မပို့ပါနဲ့တော့",  # stop, do not send any more (round 21A)
        "စာထပ်မပို့ပါနဲ့",  # do not send messages again
        "កុំផ្ញើមកទៀត",  # do not send any more
        "ឈប់ទាក់ទងខ្ញុំ",  # stop contacting me
        "kom phnaeu mok tiet",  # romanised Khmer: do not send any more
        "nout ma poh nae tot",  # romanised Burmese: do not send any more
    ],
)
def test_stop_words(words: str):
    assert relay.stops_writing(words)


@pytest.mark.parametrize(
    "words",
    [
        "my boss stop paying me",
        "do not send my name to my boss",
        "they stop the bus at the checkpoint",
        "please send me the address",
        "ပို့ပေးပါ",  # please send
        "សូមផ្ញើអាសយដ្ឋានមក",  # please send the address
    ],
)
def test_not_stop_words(words: str):
    assert not relay.stops_writing(words)
