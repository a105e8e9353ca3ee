"""Live cards, handover, release and history (issue 14) through the service and the desk:
the state -> buttons table, and the rules each staff action checks."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.referrals import handover
from bot.referrals.live import card_actions
from bot.storage.models import Case, CaseEvent, LiveMessage, Outbox, Staff
from bot.values import CaseStatus

MIGRANT = "tg:5001"
REFUSED = "You cannot act on this case."


def held_by(number: int, ref: str) -> str:
    """What a colleague pressing on a case someone else holds is told."""
    return f"caseworker no. {number} accepted case {ref}; only they can act on it now."


@pytest.mark.parametrize(
    ("status", "place", "here", "expected"),
    [
        ("new", "group", True, (("open",), ("acc", "dec"))),
        ("new", "private", True, (("acc", "dec"), ("rep", "note"))),
        ("accepted", "group", True, (("open", "rep", "note"), ("hist", "hand", "rel"), ("close",))),
        ("accepted", "private", True, (("rep", "note", "hist"), ("hand", "rel", "close"))),
        ("new", "group", False, ()),  # passed on to another organisation
        ("accepted", "group", False, ()),
        *[(s, p, True, ()) for s in ("waiting", "closed", "declined", "withdrawn")
          for p in ("group", "private")],
    ],
)  # fmt: skip
def test_each_state_offers_only_the_buttons_it_allows(status, place, here, expected):
    assert card_actions(status, place, here) == expected


@pytest.mark.parametrize("place", ["group", "private"])
def test_a_held_case_whose_person_can_be_called_offers_reached_them(place):
    held = card_actions("accepted", place, outside=True)
    assert held[:-1] == card_actions("accepted", place) and held[-1] == ("rch",)
    assert card_actions("new", place, outside=True) == card_actions("new", place)  # not yet held
    assert card_actions("accepted", "group", False, outside=True) == ()  # passed on


def test_every_status_is_in_the_table():
    for status in CaseStatus:
        for place in ("group", "private"):
            assert isinstance(card_actions(status, place), tuple)  # type: ignore[arg-type]


def cards(harness: Harness, chat: int) -> list[dict]:
    """The card versions sent to an inbox (rows with the case's slot), oldest first."""
    rows = [row for row in harness.all(Outbox) if row.chat_id == chat]
    payloads = harness.outbox_to(chat)  # the same rows, in the same order, opened
    return [payload for row, payload in zip(rows, payloads, strict=True) if row.slot]


def labels(card: dict) -> list[str]:
    return [b["label"] for row in card["buttons"] for b in row]


def test_the_card_is_refreshed_on_every_transition_with_the_holders_name(harness: Harness):
    case = harness.sent_case(MIGRANT)
    harness.desk.join(7001, harness.invite("ALPHA", "staff"), "Aye")
    harness.staff_press(7001, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.staff_press(7001, ORG_CHAT["ALPHA"], "note", case.id)
    harness.staff_text(7001, "called the employer")
    harness.close(7001, ORG_CHAT["ALPHA"], case.id)
    versions = cards(harness, ORG_CHAT["ALPHA"])
    heads = [v["text"].split("\n")[0] for v in versions]
    ref = case.ref
    assert heads == [
        f"New case {ref}",
        f"Case {ref}: accepted by Aye",
        f"Case {ref}: accepted by Aye",
        f"Case {ref}: closed (Resolved)",
    ]
    assert labels(versions[0]) == ["Open", "Accept", "Decline"]
    assert labels(versions[1]) == [
        "Open", "Reply", "Note", "History", "Hand over", "Release", "Close",
    ]  # fmt: skip
    assert labels(versions[-1]) == ["Reopen"], "for 7 days (exploratory test 9, finding 7)"
    assert "called the employer" not in " ".join(v["text"] for v in versions)
    assert "7001" not in " ".join(v["text"] for v in versions), "a Telegram id on a card"


def test_a_reroute_leaves_the_old_inbox_a_card_without_buttons(harness: Harness):
    harness.connect_inbox("GAMMA")
    case = harness.sent_case(MIGRANT)
    worker = harness.join("ALPHA", 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "dec", case.id)
    harness.staff_text(worker, "outside our area")
    old = cards(harness, ORG_CHAT["ALPHA"])[-1]
    assert old["text"].startswith(f"Case {case.ref}: passed to another organisation")
    assert labels(old) == []
    assert labels(cards(harness, ORG_CHAT["GAMMA"])[-1]) == ["Open", "Accept", "Decline"]


def test_handover_only_to_an_active_colleague_of_the_same_organisation_at_that_version(
    harness: Harness,
):
    harness.connect_inbox("BETA")
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join("ALPHA", 7001), harness.join("ALPHA", 7002)
    outsider = harness.join("BETA", 7003)
    harness.staff_press(aye, ORG_CHAT["ALPHA"], "acc", case.id)
    with harness.store.sessions() as session:
        staff = {s.tg_user_id: s.id for s in session.query(Staff).all()}
        version = session.get(Case, case.id).version
        offered = [s.tg_user_id for s in handover.colleagues(session, session.get(Case, case.id))]
    assert offered == [bo], "the holder and other organisations' staff are not offered"

    def hand(by: int, to: int, at: int) -> str:
        data = harness.service.kit.buttons.button("x", "hto", case.id, staff[to], at).data
        return harness.desk.button(by, by, data)[0].text

    assert hand(bo, bo, version) == held_by(staff[aye], case.ref), "only the holder hands it over"
    assert hand(aye, outsider, version) == "This person cannot take cases of your organisation now."
    assert hand(aye, bo, version - 1) == "This case changed just now. Look at it again."
    assert hand(aye, bo, version) == f"Case {case.ref} is now with caseworker no. {staff[bo]}."
    assert harness.only(Case).assigned_staff_id == staff[bo]
    assert hand(aye, bo, version + 1) == held_by(staff[bo], case.ref), "aye holds nothing now"
    actions = [e.action for e in harness.all(CaseEvent)]
    assert actions[-1] == "handed_over"


def test_release_puts_the_case_back_for_anyone_and_history_is_logged_without_text(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join("ALPHA", 7001), harness.join("ALPHA", 7002)
    harness.staff_press(aye, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.staff_press(aye, ORG_CHAT["ALPHA"], "note", case.id)
    harness.staff_text(aye, "internal: employer known to us")
    refused = harness.staff_press(bo, ORG_CHAT["ALPHA"], "hist", case.id)[0].text
    assert refused.endswith(f"accepted case {case.ref}; only they can act on it now.")
    pages = harness.staff_press(aye, ORG_CHAT["ALPHA"], "hist", case.id)
    assert [p.chat_id for p in pages] == [aye], "the history goes to the holder, in private"
    assert "my boss owes me" in pages[0].text and "internal: employer known to us" in pages[0].text
    views = [e for e in harness.all(CaseEvent) if e.action == "history_viewed"]
    assert len(views) == 1 and views[0].detail is None and views[0].actor.startswith("staff:")

    said = harness.staff_press(aye, ORG_CHAT["ALPHA"], "rel", case.id)
    assert said[0].text == f"You released case {case.ref}."
    released = harness.only(Case)
    assert (released.status, released.assigned_staff_id) == ("new", None)
    notice = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]
    assert "released case" in notice["text"] and notice["buttons"] == []
    before = len(harness.outbox_to(5001))
    harness.staff_press(bo, ORG_CHAT["ALPHA"], "acc", case.id)
    assert len(harness.outbox_to(5001)) == before, "the person is not told 'accepted' twice"
    with harness.store.sessions() as session:
        assert session.query(LiveMessage).count() == 0  # nothing was sent: no sender here


def test_history_pages_keep_the_newest_and_say_what_was_left_out():
    entries = [f"entry {n} " + "x" * 1000 for n in range(30)]
    pages = handover._pages("Title", entries, "({n} earlier entries left out)")
    assert len(pages) == handover.HISTORY_MESSAGES
    assert all(len(page) <= 4096 for page in pages)
    assert pages[0].startswith("Title\n\n(") and "entry 29" in pages[-1]
    kept = sum(page.count("entry ") for page in pages)
    assert f"({30 - kept} earlier entries left out)" in pages[0]
