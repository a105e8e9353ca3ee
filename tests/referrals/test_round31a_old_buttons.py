"""Old buttons of the migrant's own requests, pressed days later or twice (exploratory round
31A). The Send under a summary, pressed again after the request was withdrawn, closed or
taken, answered "Sent. Your case number is X. A caseworker will answer here, in this
chat.": a false promise for a case that ended. A Withdraw or "Yes, withdraw" under an old
/mycases list (or tapped twice) after the case ended said only "That button is old or not
valid any more". Now both say the request's state; a double tap of Send while the request
is new still gets its "Sent." and nothing goes twice."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "r31a-m"
WORKER = 3101
PROMISE = "A caseworker will answer here"


def datas(replies: object) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row]  # type: ignore[attr-defined]


def _summary(harness: Harness):  # type: ignore[no-untyped-def]
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(MIGRANT, "KH", "TH")
    return harness.fill_form(MIGRANT, "unpaid_wages", "boss no pay 2 month", send=False)[-1]


def _withdraw(harness: Harness, ref: str) -> None:
    harness.press(MIGRANT, f"wd:{ref}")
    [done] = harness.press(MIGRANT, f"wd:{ref}:yes")
    assert done.text == f"Case {ref} is withdrawn."


def test_send_tapped_twice_sends_once_and_says_sent(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    [again] = harness.press_send(MIGRANT, summary)
    assert again.text.startswith("Sent.") and PROMISE in again.text
    assert harness.count(Case) == 1


def test_old_send_after_withdrawal_says_withdrawn_not_sent(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    _withdraw(harness, case.ref)
    [old] = harness.press_send(MIGRANT, summary)
    assert PROMISE not in old.text and not old.text.startswith("Sent.")
    assert old.text == (
        f"That button is old: your request {case.ref} was sent already.\n\n"
        f"Your request {case.ref}: withdrawn. To ask a caseworker again, press Talk to a person."
    )
    assert "person" in datas([old])
    assert harness.only(Case).status == "withdrawn"


def test_old_send_after_close_says_closed(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.close(WORKER, WORKER, case.id)
    [old] = harness.press_send(MIGRANT, summary)
    assert PROMISE not in old.text
    assert f"Your request {case.ref}: closed." in old.text
    assert harness.only(Case).status == "closed"


def test_old_send_after_accept_says_who_has_it(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    [old] = harness.press_send(MIGRANT, summary)
    assert "has taken your request" in old.text and case.ref in old.text
    assert not old.text.startswith("Sent.")
    assert harness.count(Case) == 1


def test_withdraw_yes_tapped_twice_says_withdrawn(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    ref = harness.only(Case).ref
    _withdraw(harness, ref)
    [again] = harness.press(MIGRANT, f"wd:{ref}:yes")
    assert "old or not valid" not in again.text
    assert again.text.startswith(f"Your request {ref}: withdrawn.")


def test_old_withdraw_after_close_says_closed(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    case = harness.only(Case)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.close(WORKER, WORKER, case.id)
    for data in (f"wd:{case.ref}", f"wd:{case.ref}:yes"):
        [old] = harness.press(MIGRANT, data)
        assert old.text.startswith(f"Your request {case.ref}: closed.")
    assert harness.only(Case).status == "closed"


def test_withdraw_of_an_open_case_still_asks(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    ref = harness.only(Case).ref
    [asked] = harness.press(MIGRANT, f"wd:{ref}")
    assert asked.text.startswith(f"Withdraw case {ref}?")
    [forged] = harness.press(MIGRANT, "wd:ZZZZZZ:yes")
    assert "old or not valid" in forged.text
