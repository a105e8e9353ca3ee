"""A button or a step older than the case's last change (exploratory test 8, findings 1, 2, 5
and 8): "Yes, close" closes only the case as it was when asked, and only for who holds it
(or an admin); a Release or a handover ends the old holder's Reply or Note waiting for their
text; "Reached them" is only for a case someone holds."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness, preview_button

from bot.desk import Said
from bot.referrals import steps
from bot.storage.models import Case, CaseEvent, Staff, User, utcnow

MIGRANT = "tg:5001"
PERSON = 5001
INBOX = ORG_CHAT["ALPHA"]
OUTCOMES = ["Resolved", "Referred elsewhere", "Could not reach them", "Other"]


def team(harness: Harness) -> tuple[int, int, int]:
    """ALPHA's Dara and Sokha (caseworkers) and Chenda (admin)."""
    dara = harness.join_named("ALPHA", 7002, "Dara")
    sokha = harness.join_named("ALPHA", 7001, "Sokha")
    chenda = harness.join_named("ALPHA", 7100, "Chenda", "admin")
    return dara, sokha, chenda


def labels(said: Said) -> list[str]:
    return [b.label for row in said.buttons for b in row]


def yes(said: Said) -> str:
    [data] = [b.data for row in said.buttons for b in row if b.label == "Yes, close"]
    return data


def write(harness: Harness, uid: str, ref: str, words: str) -> None:
    """The person writes to their case (Answer under it, then the words)."""
    harness.press(uid, f"ans:{ref}")
    harness.say(uid, words)


def step_of(harness: Harness, tg_user_id: int) -> str | None:
    with harness.store.sessions() as session:
        user = session.get(User, f"tg:{tg_user_id}")
        return user.step if user else None


def held(harness: Harness) -> tuple[str, int | None]:
    case = harness.only(Case)
    return case.status, case.assigned_staff_id


def staff_id(harness: Harness, tg_user_id: int) -> int:
    [found] = [s.id for s in harness.all(Staff) if s.tg_user_id == tg_user_id]
    return found


# --- finding 1: a "Yes, close" shown before the case changed ---------------------------------
def test_a_yes_shown_before_a_danger_message_closes_nothing_and_asks_again(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    [confirm] = harness.staff_press(dara, dara, "cres", case.id)
    write(harness, MIGRANT, case.ref, "they beat me again, locked in room, help")
    assert harness.only(Case).urgent
    told_person = len(harness.texts_to(PERSON))

    now, again = harness.desk.button(dara, dara, yes(confirm))
    assert held(harness) == ("accepted", staff_id(harness, dara)), "not closed"
    assert len(harness.texts_to(PERSON)) == told_person, "the person is told nothing"
    assert "closed" not in [e.action for e in harness.all(CaseEvent)]
    assert now.chat_id == again.chat_id == dara and not (now.alert or again.alert)
    assert now.text.startswith(f"🔴 URGENT\nCase {case.ref}") and "locked in room" in now.text
    assert again.text == (
        f"Case {case.ref} was not closed: it changed after you were asked. It is above, as "
        f"it is now.\nHow did case {case.ref} end?"
    )
    assert labels(again) == OUTCOMES
    # The outcome chosen again asks again, and that Yes closes it.
    [confirm] = harness.desk.button(dara, dara, again.buttons[0][0].data)
    [closed] = harness.desk.button(dara, dara, yes(confirm))
    assert closed.text == f"Case {case.ref} closed."
    assert held(harness)[0] == "closed"


def test_a_message_from_the_person_after_the_confirmation_stops_its_yes_too(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    [confirm] = harness.staff_press(dara, dara, "cnoc", case.id)
    write(harness, MIGRANT, case.ref, "sorry my phone was off, I am here now")
    now, again = harness.desk.button(dara, dara, yes(confirm))
    assert "sorry my phone was off" in now.text
    assert again.text.startswith(f"Case {case.ref} was not closed")
    assert held(harness)[0] == "accepted"


def test_reading_the_history_after_the_confirmation_does_not_stop_its_yes(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    [confirm] = harness.staff_press(dara, dara, "cres", case.id)
    harness.staff_press(dara, dara, "hist", case.id)
    [closed] = harness.desk.button(dara, dara, yes(confirm))
    assert closed.text == f"Case {case.ref} closed."


def test_a_yes_made_before_it_carried_the_case_version_asks_again(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    old = harness.service.kit.buttons.button("Yes, close", "cyes", case.id, 0)
    _now, again = harness.desk.button(dara, dara, old.data)
    assert again.text.startswith(f"Case {case.ref} was not closed")
    assert held(harness)[0] == "accepted"


# --- finding 2: an old "Yes, close" of a case released since ---------------------------------
def test_an_old_yes_does_not_close_a_case_the_admin_released(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    [outcomes] = harness.staff_press(dara, dara, "close", case.id)
    [confirm] = harness.staff_press(dara, dara, "cres", case.id)
    harness.staff_press(chenda, INBOX, "rel", case.id)
    told_person = len(harness.texts_to(PERSON))

    now, why = harness.desk.button(dara, dara, yes(confirm))
    assert held(harness) == ("new", None), "still in the inbox for anyone"
    assert len(harness.texts_to(PERSON)) == told_person
    assert now.text.startswith(f"Case {case.ref}") and "Held by" not in now.text
    assert why.text == (
        f"Case {case.ref} was not closed: it changed after you were asked. It is above, as "
        f"it is now.\nNobody holds case {case.ref} now: it is back in the inbox. Accept it "
        "first."
    )
    assert why.buttons == (), "no outcomes: she may not close it"
    # Her older outcome buttons and Close are refused too, in an alert.
    for data in (outcomes.buttons[0][0].data, harness.service.kit.buttons.button(
        "x", "close", case.id
    ).data):  # fmt: skip
        [refused] = harness.desk.button(dara, dara, data)
        assert refused.alert and refused.text.startswith(f"Nobody holds case {case.ref} now")
    assert held(harness) == ("new", None)
    # Once a colleague accepts it, her old Yes says who holds it.
    harness.staff_press(sokha, INBOX, "acc", case.id)
    [taken] = harness.desk.button(dara, dara, yes(confirm))
    assert taken.alert and taken.text.startswith(f"Sokha accepted case {case.ref}")


def test_an_admin_may_still_close_a_case_nobody_holds(harness: Harness):
    case = harness.sent_case(MIGRANT)
    _dara, _sokha, chenda = team(harness)
    [confirm] = harness.staff_press(chenda, chenda, "cref", case.id)
    [closed] = harness.desk.button(chenda, chenda, yes(confirm))
    assert closed.text == f"Case {case.ref} closed."


# --- finding 5: a Reply or Note still open when the case is released or handed over ---------
def test_a_release_ends_the_holders_reply_and_gives_her_words_back(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "rep", case.id)
    [shown] = harness.staff_text(dara, "I will be on leave", send=False)
    [edit, _words] = harness.desk.button(dara, dara, preview_button([shown], "edt") or "")
    assert edit.text.startswith(f"Write your reply to case {case.ref} again")
    harness.staff_press(chenda, INBOX, "rel", case.id)

    assert step_of(harness, dara) is None, "what she types now is not for the case"
    told, words = harness.texts_to(dara)[-2:]
    assert told == (
        f"Chenda released your case {case.ref}: it is back in the inbox for anyone to accept."
        f"\nYour reply to case {case.ref} was not sent. What you type now does not go to "
        "the case.\nHere is what you typed, to copy:"
    )
    assert words == "I will be on leave"
    # Her old preview's Edit gives the words back, as its Send does: no new step.
    why, again = harness.desk.button(dara, dara, preview_button([shown], "edt") or "")
    assert why.text.startswith(f"Case {case.ref} was released after you wrote this")
    assert again.text == "I will be on leave"
    assert step_of(harness, dara) is None
    assert held(harness) == ("new", None)


def test_a_release_ends_a_reply_pressed_but_not_written(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "rep", case.id)
    before = len(harness.texts_to(dara))
    harness.staff_press(chenda, INBOX, "rel", case.id)
    assert step_of(harness, dara) is None
    [told] = harness.texts_to(dara)[before:]
    assert told.endswith(
        f"\nYour reply to case {case.ref} was not sent. What you type now does not go to the case."
    )


def test_a_handover_ends_the_old_holders_note(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "note", case.id)
    with harness.store.sessions() as session:
        version = session.get(Case, case.id).version
    hand = harness.service.kit.buttons.button(
        "x", "hto", case.id, staff_id(harness, sokha), version
    )
    harness.desk.button(chenda, chenda, hand.data)
    assert step_of(harness, dara) is None
    assert harness.texts_to(dara)[-1] == (
        f"Chenda handed your case {case.ref} to Sokha.\nYour text for case {case.ref} was "
        "not saved. What you type now does not go to the case."
    )


def test_a_holders_own_release_ends_her_reply_and_says_so(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "rep", case.id)
    before = len(harness.texts_to(dara))
    harness.staff_press(dara, INBOX, "rel", case.id)
    assert step_of(harness, dara) is None
    assert harness.texts_to(dara)[before:] == [
        f"Your reply to case {case.ref} was not sent. What you type now does not go to the case."
    ]


def test_a_step_on_another_case_stays(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "note", case.id)
    elsewhere = steps.make("note", case.id + 1, utcnow())  # then a Note on another case
    with harness.store.sessions.begin() as session:
        session.get(User, f"tg:{dara}").step = elsewhere
    before = len(harness.texts_to(dara))
    harness.staff_press(chenda, INBOX, "rel", case.id)
    assert step_of(harness, dara) == elsewhere
    assert len(harness.texts_to(dara)) == before + 1, "only the release is told"


# --- finding 8: "Reached them" on a case nobody holds ----------------------------------------
def phone_case(harness: Harness) -> Case:
    """ALPHA's inbox connected; a person from Cambodia in Thailand, with a phone number."""
    return harness.sent_phone_case(MIGRANT, "my boss keeps my pay")


def test_reached_them_on_an_old_card_of_a_released_case_is_refused(harness: Harness):
    case = phone_case(harness)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(chenda, INBOX, "rel", case.id)
    [refused] = harness.staff_press(dara, dara, "rch", case.id)
    assert refused.alert
    assert refused.text == (
        f"Nobody holds case {case.ref} now: it is back in the inbox. Accept it first."
    )
    assert step_of(harness, dara) is None


def test_reached_them_written_after_a_release_is_not_saved_as_an_answer(harness: Harness):
    case = phone_case(harness)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(chenda, chenda, "rch", case.id)  # the admin's, not the holder's
    harness.staff_press(dara, INBOX, "rel", case.id)
    why, words = harness.staff_text(chenda, "called her, she is fine")
    assert why.text.startswith(f"Nobody holds case {case.ref} now: it is back in the inbox.")
    assert words.text == "called her, she is fine"
    assert "reached" not in [e.action for e in harness.all(CaseEvent)]
