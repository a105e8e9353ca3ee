"""A case closed by mistake can be reopened (exploratory test 9, finding 7): by who closed it
or an admin, within 7 days, while the person has neither asked for help again nor deleted
their data; never a withdrawn case. The person is told plainly, and the card gets its
buttons back. The person's "closed" says what the outcome means for them."""

from __future__ import annotations

import datetime as dt

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.desk import Said
from bot.storage.models import Case, utcnow

MIGRANT = "tg:5001"
PERSON = 5001
INBOX = ORG_CHAT["ALPHA"]
AYE, BO, BOSS = 7001, 7002, 7100


def closed_case(harness: Harness, outcome: str = "cnoc") -> tuple[Case, list[Said]]:
    """ALPHA's Aye accepts the person's case and closes it with `outcome`: the case, and
    what "Yes, close" said."""
    case = harness.sent_case(MIGRANT)
    harness.join_named("ALPHA", AYE, "Aye")
    harness.join_named("ALPHA", BO, "Bo")
    harness.join_named("ALPHA", BOSS, "Boss", "admin")
    harness.staff_press(AYE, INBOX, "acc", case.id)
    said = harness.close(AYE, INBOX, case.id, outcome)
    assert harness.only(Case).status == "closed"
    return case, said


def labels(buttons: list[list[dict[str, str]]]) -> list[str]:
    return [b["label"] for row in buttons for b in row]


def reopen(harness: Harness, who: int, case: Case, chat: int = INBOX) -> list[Said]:
    return harness.staff_press(who, chat, "reo", case.id)


def test_who_closed_it_reopens_it_and_the_person_is_told(harness: Harness):
    case, said = closed_case(harness)
    assert [b.label for row in said[0].buttons for b in row] == ["History", "Reopen"]
    assert labels(harness.outbox_to(INBOX)[-1]["buttons"]) == ["Reopen"], "the closed card"

    done, details = reopen(harness, AYE, case)
    assert done.chat_id == INBOX and not done.alert
    assert done.text == f"Case {case.ref} reopened by Aye. The person was told."
    assert details.chat_id == AYE and details.text.startswith(f"Case {case.ref}")
    reopened = harness.only(Case)
    assert (reopened.status, reopened.outcome, reopened.closed_at) == ("accepted", None, None)
    told = harness.outbox_to(PERSON)[-1]
    assert told["text"] == (
        f"Alpha Aid (fixture) opened your case {case.ref} again. "
        "Your caseworker will write to you here."
    )
    assert [b["data"] for row in told["buttons"] for b in row] == [f"ans:{case.ref}"]
    card = harness.outbox_to(INBOX)[-1]
    assert "accepted by Aye" in card["text"] and "Reply" in labels(card["buttons"])

    harness.press(MIGRANT, f"ans:{case.ref}")  # Answer: it reaches Aye again
    harness.say(MIGRANT, "sorry I missed your call")
    assert harness.texts_to(AYE)[-1].endswith("sorry I missed your call")


def test_a_colleague_may_not_reopen_it_an_admin_may(harness: Harness):
    case, _ = closed_case(harness)
    [refused] = reopen(harness, BO, case)
    assert refused.alert
    assert refused.text == f"Only who closed case {case.ref}, or an admin, can reopen it."
    assert harness.only(Case).status == "closed"
    [outsider] = harness.staff_press(9999, INBOX, "reo", case.id)
    assert outsider.alert and outsider.text == "You cannot act on this case."
    done, _details = reopen(harness, BOSS, case)
    assert done.text == f"Case {case.ref} reopened by Boss. The person was told."
    assert harness.only(Case).assigned_staff_id is not None


CANNOT = (
    "Case {ref} cannot be reopened: it was closed more than 7 days ago, or the person has "
    "asked for help again or deleted their data."
)


def test_not_after_seven_days(harness: Harness):
    case, _ = closed_case(harness)
    with harness.store.sessions.begin() as session:
        old = session.get(Case, case.id)
        assert old is not None
        old.closed_at = utcnow() - dt.timedelta(days=7, hours=1)
    [refused] = reopen(harness, AYE, case)
    assert refused.alert and refused.text == CANNOT.format(ref=case.ref)
    assert harness.only(Case).status == "closed"


def test_not_once_the_person_asked_for_help_again(harness: Harness):
    case, _ = closed_case(harness)
    harness.fill_form(MIGRANT, "unpaid_wages", "it happened again")
    before = len(harness.texts_to(PERSON))
    [refused] = reopen(harness, AYE, case)
    assert refused.alert and refused.text == CANNOT.format(ref=case.ref)
    assert len(harness.texts_to(PERSON)) == before
    assert [c.status for c in harness.all(Case)] == ["closed", "new"]


def test_not_once_the_person_deleted_their_data(harness: Harness):
    case, _ = closed_case(harness)
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    [refused] = reopen(harness, AYE, case)
    assert refused.alert and refused.text == CANNOT.format(ref=case.ref)
    assert harness.only(Case).status == "closed"


def test_a_withdrawn_case_never_reopens(harness: Harness):
    case = harness.sent_case(MIGRANT)
    harness.join_named("ALPHA", BOSS, "Boss", "admin")
    harness.press(MIGRANT, f"wd:{case.ref}:yes")
    assert harness.only(Case).status == "withdrawn"
    assert labels(harness.outbox_to(INBOX)[-1]["buttons"]) == []
    [refused] = reopen(harness, BOSS, case)
    assert refused.alert and refused.text == CANNOT.format(ref=case.ref)
    assert harness.only(Case).status == "withdrawn"


@pytest.mark.parametrize(
    ("outcome", "text"),
    [
        (
            "cres",
            "Alpha Aid (fixture) closed your case {ref}. You can ask for help again any time.",
        ),
        (
            "cref",
            "Alpha Aid (fixture) closed your case {ref}: they referred you to another "
            "organisation or office that can help. If you do not know which one, ask for "
            "help again any time.",
        ),
        (
            "cnoc",
            "Alpha Aid (fixture) closed your case {ref}: they could not reach you. If you "
            "still need help, ask for help again any time.",
        ),
    ],
)
def test_the_person_reads_what_the_outcome_means_for_them(
    harness: Harness, outcome: str, text: str
):
    case, _ = closed_case(harness, outcome)
    assert harness.texts_to(PERSON)[-1] == text.format(ref=case.ref)


def closed_ago(harness: Harness, case: Case, ago: dt.timedelta) -> None:
    with harness.store.sessions.begin() as session:
        old = session.get(Case, case.id)
        assert old is not None
        old.closed_at = utcnow() - ago


def test_the_card_loses_reopen_when_the_seven_days_end(harness: Harness):
    """Round 9: the inbox card kept Reopen after the window, and refused when pressed. The
    response-time job redraws it once the window ends, once."""
    case, _ = closed_case(harness)
    cards = len(harness.outbox_to(INBOX))
    closed_ago(harness, case, dt.timedelta(days=6, hours=23))
    assert harness.desk.check_deadlines() == 0
    assert len(harness.outbox_to(INBOX)) == cards, "still within the window: unchanged"

    closed_ago(harness, case, dt.timedelta(days=7, minutes=1))
    assert harness.desk.check_deadlines() == 1
    assert len(harness.outbox_to(INBOX)) == cards + 1
    card = harness.outbox_to(INBOX)[-1]
    assert case.ref in card["text"] and "Reopen" not in labels(card["buttons"])

    assert harness.desk.check_deadlines() == 0
    assert len(harness.outbox_to(INBOX)) == cards + 1, "once"


def test_a_window_that_ended_long_ago_is_left(harness: Harness):
    case, _ = closed_case(harness)
    cards = len(harness.outbox_to(INBOX))
    closed_ago(harness, case, dt.timedelta(days=10))
    assert harness.desk.check_deadlines() == 0
    assert len(harness.outbox_to(INBOX)) == cards
