"""What really sends a request to an organisation left out (round 50B).

When no organisation was left, the bot said "To send it to them after all, tap Change and
write your words again". That is true only of an organisation the words name. For one left
out by a "person::not=" button (round 43B) or by an earlier request (round 50A), rewriting
changes nothing: a false promise. Now each is said by where it comes from: Change for the
words, Cancel and a new request from the menu for a button, and an earlier request's is
said to hold for all later requests (the person's safety first)."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case
from bot.values import Reply

MIGRANT = "tg:5101"
WORKERS = {"ALPHA": 5102, "BETA": 5103, "GAMMA": 5104}


def _first_complaint(harness: Harness) -> None:
    """A case at Alpha, then a request sent without Alpha (a complaint: "they told my boss"),
    accepted by Gamma: Alpha is held by an earlier request."""
    for org, worker in WORKERS.items():
        harness.connect_inbox(org)
        harness.join(org, worker)
    _worker, first = harness.accepted_case(MIGRANT, WORKERS["ALPHA"])
    harness.press(MIGRANT, "lang:my")
    harness.press(MIGRANT, "person")
    words = "အဖွဲ့က ဝန်ထမ်းက သူဌေးကို ပြောလိုက်တယ်"
    harness.send(MIGRANT, Text(words, "my", None, NluResult(None, 0.2, (), ())))
    harness.press(MIGRANT, "person::not=ALPHA")
    harness.press_send(MIGRANT, harness.to_summary(MIGRANT, "boss not pay me 2 months"))
    [second] = [case for case in harness.all(Case) if case.id != first.id]
    harness.staff_press(WORKERS["GAMMA"], ORG_CHAT["GAMMA"], "acc", second.id)
    harness.press(MIGRANT, "lang:en")
    harness.say(MIGRANT, "Gamma caseworker told my boss, i want another organisation")


def _none_left(harness: Harness) -> Reply:
    harness.press(MIGRANT, "person::not=GAMMA")
    summary = harness.to_summary(MIGRANT, "boss not pay me 2 months")
    assert "nothing is sent" in summary.text
    return summary


def test_no_change_promise_for_a_button_or_an_earlier_request(harness: Harness) -> None:
    _first_complaint(harness)
    reply = _none_left(harness)
    # Neither Alpha (an earlier request) nor Gamma (the button) is in these words
    assert "write your words again" not in reply.text
    assert "You wrote about Alpha" not in reply.text
    assert "An earlier request of yours complained about Alpha Aid (fixture)" in reply.text
    assert "To send it to Gamma" in reply.text
    assert "“Cancel”, then “Talk to a person”" in reply.text
    assert not any(b.data == "ref:change" for row in reply.buttons for b in row)


def test_cancel_then_talk_to_a_person_sends_it_to_the_button_s_organisation(
    harness: Harness,
) -> None:
    # What none_left tells the person to do really works: Gamma gets the new request, and
    # Alpha (the earlier request's) stays left out, which the summary says
    _first_complaint(harness)
    reply = _none_left(harness)
    [cancel] = [b.data for row in reply.buttons for b in row if b.data.startswith("ref:cancel:")]
    harness.press(MIGRANT, cancel)
    # "Talk to a person" in the menu: with cases open, a new request is one of its choices
    offered = harness.press(MIGRANT, "person")
    data = [b.data for r in offered for row in r.buttons for b in row]
    assert "person::new" in data and not any("not=" in d for d in data)
    harness.press(MIGRANT, "person::new")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    again = harness.to_summary(MIGRANT, "boss not pay me 2 months")
    assert "Gamma" in again.text.splitlines()[0]
    assert any(b.data.startswith("ref:send:") for row in again.buttons for b in row)
    assert "An earlier request of yours complained about Alpha Aid (fixture)" in again.text
    assert "You wrote about Alpha" not in again.text
