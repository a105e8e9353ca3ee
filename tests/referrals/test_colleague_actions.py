"""An organisation admin acting on a case a colleague holds (exploratory test 7, findings 6
and 7): the holder is told in private, the person's answer to the admin's question reaches
the admin as well as the holder, and a reply preview written before a release or a handover
is not sent by its old Send (its words come back to its writer)."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness, preview_button

from bot.desk import Said
from bot.storage.models import Case, CaseMessage, Staff

MIGRANT = "tg:5001"
PERSON = 5001
INBOX = ORG_CHAT["ALPHA"]


def team(harness: Harness) -> tuple[int, int, int]:
    """ALPHA's Dara and Sokha (caseworkers) and Chenda (admin)."""
    dara = harness.join_named("ALPHA", 7002, "Dara")
    sokha = harness.join_named("ALPHA", 7001, "Sokha")
    chenda = harness.join_named("ALPHA", 7100, "Chenda", "admin")
    return dara, sokha, chenda


def reply(harness: Harness, worker: int, case: Case, words: str) -> list[Said]:
    harness.staff_press(worker, INBOX, "rep", case.id)
    return harness.staff_text(worker, words)


def answer(harness: Harness, case: Case, words: str) -> None:
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, words)


# --- finding 6: an admin's reply on a held case ---------------------------------------------
def test_an_admins_reply_on_a_held_case_is_told_to_the_holder_with_its_words(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    outsider = harness.join_named("BETA", 7300, "Cy")
    harness.staff_press(dara, INBOX, "acc", case.id)
    [sent] = reply(harness, chenda, case, "Can you come to our office on Friday?")
    assert sent.text == f"Sent to the person in case {case.ref}."
    assert harness.texts_to(dara)[-1] == (
        f"Chenda replied to the person in case {case.ref}:\n\nCan you come to our office on Friday?"
    )
    held = harness.only(Case)
    assert (held.status, held.assigned_staff_id) == ("accepted", staff_id(harness, dara))
    for elsewhere in (INBOX, sokha, outsider):
        assert not any("Friday" in text for text in harness.texts_to(elsewhere))


def test_the_holders_own_reply_tells_nobody_else(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    before = {chat: len(harness.texts_to(chat)) for chat in (dara, sokha, chenda)}
    reply(harness, dara, case, "Which factory?")
    assert {chat: len(harness.texts_to(chat)) for chat in (dara, sokha, chenda)} == before


def test_the_persons_answer_reaches_the_admin_who_asked_and_the_holder(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    reply(harness, chenda, case, "Can you come to our office on Friday?")
    answer(harness, case, "yes friday ok, 3pm")
    got = f"Message from the person in case {case.ref}:"
    assert harness.texts_to(dara)[-1] == (
        f"{got}\nChenda wrote the last reply to the person and got this too.\n\nyes friday ok, 3pm"
    )
    to_admin = harness.outbox_to(chenda)[-1]
    assert to_admin["text"].startswith(got) and to_admin["text"].endswith("yes friday ok, 3pm")
    assert "Dara holds the case and got it too." in to_admin["text"]
    assert [b["label"] for row in to_admin["buttons"] for b in row] == ["Reply"]
    assert not any("3pm" in text for text in harness.texts_to(sokha) + harness.texts_to(INBOX))
    # Once the holder answers the person, their messages go to the holder alone again.
    reply(harness, dara, case, "See you Friday at 3pm.")
    to_admin_before = len(harness.texts_to(chenda))
    answer(harness, case, "thank you")
    assert harness.texts_to(dara)[-1] == f"{got}\n\nthank you"
    assert len(harness.texts_to(chenda)) == to_admin_before


def hand(harness: Harness, by: int, case: Case, to: int) -> list[Said]:
    with harness.store.sessions() as session:
        version = session.get(Case, case.id).version
    button = harness.service.kit.buttons.button("x", "hto", case.id, staff_id(harness, to), version)
    return harness.desk.button(by, by, button.data)


def test_a_question_asked_before_a_handover_is_answered_to_the_asker_until_the_new_holder_writes(
    harness: Harness,
):
    """Exploratory test 8, finding 7: the admin who made the appointment hears the answer,
    and the new holder reads the question on the handover, not only in History."""
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    reply(harness, chenda, case, "Can you come to our office on Friday?")
    assert hand(harness, chenda, case, sokha)[0].text.endswith("now with Sokha.")
    handed = harness.texts_to(sokha)[-1]
    assert handed.startswith(
        f"Chenda handed case {case.ref} to you.\n"
        "The last reply to the person, by Chenda, just now:\n"
        "Can you come to our office on Friday?\n"
        "Chenda also gets the person's next message, until you write to them.\n"
        "History has the whole conversation.\n\n"
        f"Case {case.ref}\nHeld by: Sokha\n"
    )
    answer(harness, case, "yes friday ok, 3pm")
    got = f"Message from the person in case {case.ref}:"
    assert harness.texts_to(sokha)[-1] == (
        f"{got}\nChenda wrote the last reply to the person and got this too.\n\nyes friday ok, 3pm"
    )
    assert harness.texts_to(chenda)[-1] == (
        f"{got}\nAn answer to your reply. Sokha holds the case and got it too.\n\n"
        "yes friday ok, 3pm"
    )
    assert not any("3pm" in text for text in harness.texts_to(dara))
    # The new holder writes to the person: from then on the answers are hers alone.
    reply(harness, sokha, case, "See you Friday at 3pm.")
    to_admin_before = len(harness.texts_to(chenda))
    answer(harness, case, "thank you")
    assert harness.texts_to(sokha)[-1] == f"{got}\n\nthank you"
    assert len(harness.texts_to(chenda)) == to_admin_before


def test_a_handover_with_no_reply_yet_points_to_history(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    hand(harness, dara, case, sokha)
    assert harness.texts_to(sokha)[-1].startswith(
        f"Dara handed case {case.ref} to you.\nHistory has the whole conversation.\n\n"
    )


def test_the_holders_own_question_handed_on_is_answered_to_her_too(harness: Harness):
    """One rule, whoever asked: the one who wrote to the person last hears their answer
    until the holder writes to them."""
    case = harness.sent_case(MIGRANT)
    dara, sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    reply(harness, dara, case, "Which factory?")
    hand(harness, dara, case, sokha)
    assert (
        "The last reply to the person, by Dara, just now:\nWhich factory?\n"
        in (harness.texts_to(sokha)[-1])
    )
    answer(harness, case, "the shoe factory in Mae Sot")
    assert harness.texts_to(dara)[-1].endswith(
        "An answer to your reply. Sokha holds the case and got it too.\n\n"
        "the shoe factory in Mae Sot"
    )


def test_a_question_asked_before_a_release_is_not_sent_to_the_asker_after_a_new_accept(
    harness: Harness,
):
    """Back in the inbox, the case is taken as it is by whoever accepts it (the card and
    History show it): the asker before the release hears no more."""
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    reply(harness, chenda, case, "Do you have your contract?")
    harness.staff_press(chenda, INBOX, "rel", case.id)
    harness.staff_press(sokha, INBOX, "acc", case.id)
    to_admin_before = len(harness.texts_to(chenda))
    answer(harness, case, "yes I have it")
    assert harness.texts_to(sokha)[-1].endswith("\n\nyes I have it")
    assert len(harness.texts_to(chenda)) == to_admin_before


# --- exploratory test 8, finding 6: an admin's "Reached them" ---------------------------------
def phone_case(harness: Harness) -> Case:
    """ALPHA's case from a person who gave a phone number (they can be reached by phone)."""
    harness.connect_inbox("ALPHA")
    harness.press_send(
        MIGRANT, harness.phone_summary(MIGRANT, "they locked us in, help", urgent="yes")
    )
    case: Case = harness.only(Case)
    return case


def test_an_admins_reached_them_is_told_to_the_holder_and_the_answer_reaches_both(
    harness: Harness,
):
    case = phone_case(harness)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(chenda, INBOX, "rch", case.id)
    [saved] = harness.staff_text(chenda, "I called her, she is at the shelter now")
    assert saved.text.startswith(f"Saved on case {case.ref}: you reached the person.")
    assert harness.texts_to(dara)[-1] == (
        f"Chenda reached the person in case {case.ref} by phone or on Telegram:\n\n"
        "I called her, she is at the shelter now"
    )
    assert not any("shelter" in text for text in harness.texts_to(sokha) + harness.texts_to(INBOX))
    answer(harness, case, "thank you, when can you come?")
    got = f"🔴 URGENT\nMessage from the person in case {case.ref}:"
    assert harness.texts_to(dara)[-1] == (
        f"{got}\nChenda reached the person last and got this too.\n\nthank you, when can you come?"
    )
    assert harness.texts_to(chenda)[-1] == (
        f"{got}\nThe person wrote after you reached them. Dara holds the case and got it too."
        "\n\nthank you, when can you come?"
    )


def test_the_holders_own_reached_them_tells_nobody_else(harness: Harness):
    case = phone_case(harness)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    before = {chat: len(harness.texts_to(chat)) for chat in (dara, sokha, chenda)}
    harness.staff_press(dara, dara, "rch", case.id)
    harness.staff_text(dara, "Called her, all fine")
    assert {chat: len(harness.texts_to(chat)) for chat in (dara, sokha, chenda)} == before
    answer(harness, case, "thanks")
    assert len(harness.texts_to(chenda)) == before[chenda]


# --- finding 7: Release or handover by an admin, and the holder's old preview ---------------
def test_an_admins_release_is_told_to_the_holder_and_her_old_preview_gives_the_words_back(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "rep", case.id)
    [shown] = harness.staff_text(dara, "I am on leave next week, sorry", send=False)
    [released] = harness.staff_press(chenda, INBOX, "rel", case.id)
    assert released.text == f"You released case {case.ref}."
    notice, typed = harness.texts_to(dara)[-2:]  # her preview's step ended, its words back
    assert notice.startswith(
        f"Chenda released your case {case.ref}: it is back in the inbox for anyone to accept.\n"
    )
    assert typed == "I am on leave next week, sorry"
    told_person = len(harness.texts_to(PERSON))
    send = preview_button([shown], "snd")
    assert send is not None
    why, words = harness.desk.button(dara, dara, send)
    assert why.chat_id == words.chat_id == dara and not why.alert
    assert why.text.startswith(
        f"Case {case.ref} was released after you wrote this: it is back in the inbox"
    )
    assert "Your text was not sent." in why.text
    assert words.text == "I am on leave next week, sorry"
    after = harness.only(Case)
    assert (after.status, after.assigned_staff_id) == ("new", None), "not taken back"
    assert len(harness.texts_to(PERSON)) == told_person, "nothing reached the person"
    assert not [m for m in harness.all(CaseMessage) if m.kind.startswith("draft")]
    [again] = harness.desk.button(dara, dara, send)
    assert again.alert, "the preview is used up"
    # A colleague can still accept it, and the person is not told "accepted" twice.
    assert harness.staff_press(sokha, INBOX, "acc", case.id)[0].text.endswith("by Sokha.")
    assert len(harness.texts_to(PERSON)) == told_person


def test_a_preview_edit_after_a_release_gives_the_words_back_too(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(dara, dara, "rep", case.id)
    [shown] = harness.staff_text(dara, "call me at the office", send=False)
    harness.staff_press(chenda, INBOX, "rel", case.id)
    edit = preview_button([shown], "edt")
    assert edit is not None
    why, words = harness.desk.button(dara, dara, edit)
    assert why.text.startswith(f"Case {case.ref} was released after you wrote this")
    assert words.text == "call me at the office"


def test_an_admins_handover_is_told_to_the_old_holder_and_her_preview_is_not_sent(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    dara, sokha, chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    harness.staff_press(chenda, dara, "rep", case.id)  # the admin's preview, too
    [admins] = harness.staff_text(chenda, "We will call your employer.", send=False)
    harness.staff_press(dara, dara, "rep", case.id)
    [shown] = harness.staff_text(dara, "I will visit you on Monday", send=False)
    with harness.store.sessions() as session:
        version = session.get(Case, case.id).version
    hand = harness.service.kit.buttons.button(
        "x", "hto", case.id, staff_id(harness, sokha), version
    )
    assert harness.desk.button(chenda, chenda, hand.data)[0].text.endswith("now with Sokha.")
    notice, typed = harness.texts_to(dara)[-2:]
    assert notice.startswith(f"Chenda handed your case {case.ref} to Sokha.\n")
    assert typed == "I will visit you on Monday"
    told_person = len(harness.texts_to(PERSON))
    why, words = harness.desk.button(dara, dara, preview_button([shown], "snd") or "")
    assert why.text.startswith(f"Sokha took case {case.ref} before you sent this.")
    assert words.text == "I will visit you on Monday"
    # The admin may still act on the case, but her preview was written before it moved.
    why, words = harness.desk.button(chenda, chenda, preview_button([admins], "snd") or "")
    assert why.text.startswith(f"Case {case.ref} changed hands after you wrote this: Sokha")
    assert words.text == "We will call your employer."
    assert len(harness.texts_to(PERSON)) == told_person
    assert harness.only(Case).assigned_staff_id == staff_id(harness, sokha)


def test_a_holders_own_release_tells_no_one_in_private(harness: Harness):
    case = harness.sent_case(MIGRANT)
    dara, _sokha, _chenda = team(harness)
    harness.staff_press(dara, INBOX, "acc", case.id)
    before = len(harness.texts_to(dara))
    harness.staff_press(dara, INBOX, "rel", case.id)
    assert len(harness.texts_to(dara)) == before


def staff_id(harness: Harness, tg_user_id: int) -> int:
    [found] = [s.id for s in harness.all(Staff) if s.tg_user_id == tg_user_id]
    return found
