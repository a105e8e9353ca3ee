"""A caseworker's reply is shown back before it goes (user testing, 2026-12-05: a note typed
after pressing Reply by mistake reached the person). Only Send delivers it, once; Edit gives
the words back to type again; Cancel, a newer text, a closed or taken case make an old Send
harmless. Notes and decline reasons, never seen by the person, go at once as before."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

from referral_helpers import ORG_CHAT, Harness, by_day_in_asia, preview_button
from test_case_promises import dump_every_table

from bot.desk import Said
from bot.referrals import retention, staff
from bot.storage.models import Case, CaseEvent, CaseMessage, utcnow

MIGRANT = "tg:731904682"
PERSON = 731904682
INBOX = ORG_CHAT["ALPHA"]
GONE = (
    "Nothing was sent now: this text was sent already, cancelled, replaced, or is over a day old."
)


def preview(harness: Harness, worker: int, case: Case, words: str) -> Said:
    harness.staff_press(worker, INBOX, "rep", case.id)
    [shown] = harness.staff_text(worker, words, send=False)
    return shown


def press(harness: Harness, worker: int, shown: Said, action: str) -> list[Said]:
    data = preview_button([shown], action)
    assert data is not None, f"no {action} under {shown.text!r}"
    return harness.desk.button(worker, worker, data)


def drafts(harness: Harness) -> list[CaseMessage]:
    return [m for m in harness.all(CaseMessage) if m.kind == "draft"]


def test_a_reply_is_shown_back_and_reaches_the_person_only_by_send_once(harness: Harness):
    harness.desk.clock = by_day_in_asia  # type: ignore[method-assign]  # not about the hour
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    [prompt] = harness.staff_press(aye, INBOX, "rep", case.id)
    assert "You see it again before it is sent." in prompt.text
    before = len(harness.texts_to(PERSON))
    [shown] = harness.staff_text(aye, "Note: employer called, 3 months unpaid", send=False)
    assert shown.chat_id == aye
    assert shown.text == (
        f"This goes to the person in case {case.ref} · Unpaid wages · English:\n\n"
        "Note: employer called, 3 months unpaid"
    )
    assert [b.label for row in shown.buttons for b in row] == ["Send", "Edit", "Cancel"]
    assert len(harness.texts_to(PERSON)) == before, "nothing reaches the person yet"
    assert harness.only(Case).status == "new", "nobody took the case yet"
    assert "replied" not in [e.action for e in harness.all(CaseEvent)]
    assert "3 months unpaid" not in dump_every_table(harness.engine), "the draft is encrypted"

    [sent] = press(harness, aye, shown, "snd")
    assert sent.text == f"Sent to the person in case {case.ref}." and not sent.alert
    assert harness.texts_to(PERSON)[-1].endswith("Note: employer called, 3 months unpaid")
    assert harness.only(Case).status == "accepted", "answering takes the case, as before"
    assert harness.state(f"tg:{aye}").step is None
    assert [m.kind for m in harness.all(CaseMessage)] == ["to_migrant"]

    [again] = press(harness, aye, shown, "snd")  # pressed twice
    assert again.alert and again.text == GONE
    assert len(harness.texts_to(PERSON)) == before + 1, "the reply, once"
    assert [e.action for e in harness.all(CaseEvent)].count("replied") == 1


def test_edit_gives_the_words_back_and_the_new_text_replaces_the_old(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    first = preview(harness, aye, case, "Do you have your passport?")
    prompt, words = press(harness, aye, first, "edt")
    assert prompt.text == f"Write your reply to case {case.ref} again. Your text, to copy:"
    assert [b.label for row in prompt.buttons for b in row] == ["Cancel"]
    assert words.text == "Do you have your passport?"
    [second] = harness.staff_text(aye, "Do you have your passport with you now?", send=False)
    assert second.text.endswith("\n\nDo you have your passport with you now?")
    assert len(drafts(harness)) == 1, "one draft: the newest"
    [old] = press(harness, aye, first, "snd")
    assert old.alert and old.text == GONE
    assert not any("passport" in t for t in harness.texts_to(PERSON))
    [sent] = press(harness, aye, second, "snd")
    assert sent.text == f"Sent to the person in case {case.ref}."
    assert harness.texts_to(PERSON)[-1].endswith("\n\nDo you have your passport with you now?")
    assert sum("passport" in t for t in harness.texts_to(PERSON)) == 1


def test_text_typed_while_a_preview_waits_is_a_new_preview_not_a_send(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    preview(harness, aye, case, "first try")
    before = len(harness.texts_to(PERSON))
    [again] = harness.staff_text(aye, "second try", send=False)
    assert again.text.endswith("\n\nsecond try") and preview_button([again], "snd")
    assert len(harness.texts_to(PERSON)) == before


def test_cancel_under_a_preview_sends_nothing_and_its_send_stays_harmless(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    shown = preview(harness, aye, case, "a text I did not mean")
    [said] = press(harness, aye, shown, "ccl")
    assert said.text == "Cancelled. Nothing was sent."
    assert harness.state(f"tg:{aye}").step is None and not drafts(harness)
    # SQLite gives the deleted draft's id to the next row: a new draft must not be sent by
    # the old preview's Send.
    newer = preview(harness, aye, case, "the text I mean")
    [old] = press(harness, aye, shown, "snd")
    assert old.alert and old.text == GONE
    assert not any("mean" in t for t in harness.texts_to(PERSON))
    [sent] = press(harness, aye, newer, "snd")
    assert sent.text == f"Sent to the person in case {case.ref}."
    assert harness.texts_to(PERSON)[-1].endswith("the text I mean")


def test_slash_cancel_drops_a_waiting_preview(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    shown = preview(harness, aye, case, "not this")
    [said] = harness.desk.cancel(aye)
    assert said.text == "Cancelled. Nothing was sent."
    [old] = press(harness, aye, shown, "snd")
    assert old.alert and old.text == GONE
    assert harness.desk.cancel(aye) == [], "then /cancel is the dialogue's"


def test_a_preview_whose_case_closed_meanwhile_gives_the_words_back(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    shown = preview(harness, aye, case, "we will call you tomorrow")
    harness.close(aye, INBOX, case.id)
    before = len(harness.texts_to(PERSON))
    why, words = press(harness, aye, shown, "snd")
    assert why.text.startswith(f"Case {case.ref}: closed (Resolved)")
    assert "Your text was not sent." in why.text
    assert words.text == "we will call you tomorrow"
    assert len(harness.texts_to(PERSON)) == before and not drafts(harness)
    [again] = press(harness, aye, shown, "snd")
    assert again.alert and again.text == GONE


def test_a_preview_of_a_case_a_colleague_took_meanwhile_says_who_and_gives_it_back(
    harness: Harness,
):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    shown = preview(harness, aye, case, "Hi from Aye")
    harness.staff_press(bo, INBOX, "acc", case.id)
    why, words = press(harness, aye, shown, "snd")
    assert why.text.startswith(f"Bo took case {case.ref} before you sent this.")
    assert words.text == "Hi from Aye"
    assert not any("from Aye" in t for t in harness.texts_to(PERSON))
    assert harness.only(Case).assigned_staff_id is not None and not drafts(harness)


def test_a_preview_is_erased_with_the_persons_data(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    shown = preview(harness, aye, case, "zq81 question")
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert "zq81" not in dump_every_table(harness.engine) and not drafts(harness)
    [old] = press(harness, aye, shown, "snd")
    # Exploratory test 6: it said "sent already, cancelled, replaced, or over a day old".
    assert not old.alert and old.text.startswith(f"Case {case.ref} was withdrawn by the user.")
    assert old.text.endswith("Your text was not sent: it was deleted with the person's data.")
    assert harness.state("tg:7001").step is None


def test_a_note_goes_at_once_without_a_preview(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "note", case.id)
    [said] = harness.staff_text(aye, "employer known to us", send=False)
    assert said.text == f"Note saved on case {case.ref}." and not said.buttons


def test_send_from_someone_else_is_refused(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye, bo = harness.join_named("ALPHA", 7001, "Aye"), harness.join_named("ALPHA", 7002, "Bo")
    shown = preview(harness, aye, case, "only Aye may send this")
    data = preview_button([shown], "snd")
    assert data is not None
    [said] = harness.desk.button(bo, bo, data)
    assert said.alert and said.text == GONE
    assert not any("only Aye" in t for t in harness.texts_to(PERSON))
    assert len(drafts(harness)) == 1, "Aye's draft is still Aye's"


def test_a_preview_left_unanswered_is_forgotten_after_a_day(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    shown = preview(harness, aye, case, "left on screen")

    def purge(hours: float) -> retention.Purged:
        with harness.store.sessions.begin() as session:
            return retention.purge(
                session, harness.service.kit, utcnow() + dt.timedelta(hours=hours), 90, 365
            )

    assert purge(23).drafts == 0 and len(drafts(harness)) == 1
    assert purge(25).drafts == 1 and not drafts(harness)
    assert harness.only(Case).status == "accepted", "only the unsent copy went"
    [old] = press(harness, aye, shown, "snd")
    assert old.alert and old.text == GONE


def test_send_leaves_a_note_started_after_the_preview(harness: Harness):
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    shown = preview(harness, aye, case, "We will call you at 5")
    harness.staff_press(aye, INBOX, "note", case.id)
    [sent] = press(harness, aye, shown, "snd")
    assert sent.text == f"Sent to the person in case {case.ref}."
    [noted] = harness.staff_text(aye, "promised a call at 5")
    assert noted.text == f"Note saved on case {case.ref}."


def test_two_sends_at_once_deliver_the_reply_once(harness: Harness, monkeypatch):
    # Two presses of Send handled at the same time (a double tap reaching two instances):
    # both read the draft; the statement that deletes it lets only one of them send.
    case = harness.sent_case(MIGRANT)
    aye = harness.join_named("ALPHA", 7001, "Aye")
    harness.staff_press(aye, INBOX, "acc", case.id)
    shown = preview(harness, aye, case, "only once please")
    data = preview_button([shown], "snd")
    assert data is not None
    both_read = threading.Barrier(2, timeout=10)
    authorise = staff.authorise

    def in_step(*args, **kwargs):
        found = authorise(*args, **kwargs)
        both_read.wait()  # each has read the draft and the case before either sends
        return found

    monkeypatch.setattr(staff, "authorise", in_step)
    with ThreadPoolExecutor(2) as pool:
        said = [s for f in [pool.submit(harness.desk.button, aye, aye, data) for _ in "ab"]
                for s in f.result()]  # fmt: skip
    texts = sorted(s.text for s in said)
    assert texts == sorted([f"Sent to the person in case {case.ref}.", GONE]), texts
    assert sum("only once please" in t for t in harness.texts_to(PERSON)) == 1
    assert [e.action for e in harness.all(CaseEvent)].count("replied") == 1
