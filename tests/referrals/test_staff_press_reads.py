"""A staff press is read and answered in one transaction: the language of a refusal is not
read in a session of its own before every press (only a refusal needs it), and when one is
said in an inbox it comes from the press's own transaction, still in the organisation's
staff language for its members."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import event

NOK = 7601


@contextmanager
def counted(harness: Harness) -> Iterator[list[int]]:
    """One entry per transaction begun on the harness's engine inside the block."""
    begun: list[int] = []

    def count(_connection: object) -> None:
        begun.append(1)

    event.listen(harness.engine, "begin", count)
    try:
        yield begun
    finally:
        event.remove(harness.engine, "begin", count)


def test_open_pressed_in_the_inbox_is_one_transaction(harness: Harness) -> None:
    worker, case = harness.accepted_case("tg:6101", 7001)
    with counted(harness) as begun:
        [details] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    assert details.chat_id == worker and not details.alert
    assert len(begun) == 1


def test_a_refusal_in_an_inbox_is_said_from_the_press_own_transaction(harness: Harness) -> None:
    case = harness.thai_held_case("tg:6101", NOK)
    data = harness.service.kit.buttons.button("x", "acc", case.id).data
    with counted(harness) as begun:
        [said] = harness.desk.button(NOK, ORG_CHAT["DELTA"], data, "en", "Nok")
    assert said.alert and said.text == f"เคส {case.ref} มีผู้รับแล้ว", "DELTA's staff read Thai"
    assert len(begun) == 1


def test_a_refusal_after_the_press_transaction_is_read_then(harness: Harness) -> None:
    """Cancel with nothing waiting is refused after its own transaction ended: the language
    is read then, once."""
    case = harness.thai_held_case("tg:6101", NOK)
    data = harness.service.kit.buttons.button("x", "ccl", case.id).data
    with counted(harness) as begun:
        [said] = harness.desk.button(NOK, ORG_CHAT["DELTA"], data, "en", "Nok")
    assert said.alert and said.text != "Nothing is waiting for your text.", "in Thai"
    assert len(begun) == 2, "the cancel's own, then the refusal's language"


def test_a_refusal_outside_an_inbox_reads_nothing(harness: Harness) -> None:
    with counted(harness) as begun:
        [said] = harness.desk.button(NOK, NOK, "cs:acc:x", "en", "Nok")
    assert said.alert and said.text == "This button is not valid."
    assert begun == [], "the presser's app language"


def test_a_button_that_does_not_parse_is_refused_in_the_inbox_language(harness: Harness) -> None:
    """ "This button is not valid." was called through `said(...)`, which pybabel does not
    extract: the Thai inbox read it in English."""
    harness.thai_held_case("tg:6101", NOK)
    [said] = harness.desk.button(NOK, ORG_CHAT["DELTA"], "cs:acc:x", "en", "Nok")
    assert said.alert and said.text == "ปุ่มนี้ใช้ไม่ได้"


def test_a_refusal_in_a_caseworkers_own_chat_is_in_the_staff_language(harness: Harness) -> None:
    """Round 17A: in private, a refusal came in the presser's app language while the cards
    and /cases there are in the organisation's staff language: a Thai caseworker with an
    English app pressed Reply on a withdrawn case opened in Thai and read "Case X was
    withdrawn by the user." Now the case's organisation's staff language, for its staff;
    read in the press's own transaction."""
    case = harness.thai_held_case("tg:6101", NOK)
    data = harness.service.kit.buttons.button("x", "acc", case.id).data
    with counted(harness) as begun:
        [said] = harness.desk.button(NOK, NOK, data, "en", "Nok")
    assert said.alert and said.text == f"เคส {case.ref} มีผู้รับแล้ว"
    assert len(begun) == 1
