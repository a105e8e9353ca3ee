"""Referrals through the service and the desk, on SQLite and PostgreSQL (no Telegram).

A migrant fills in the form through the same service the adapters call; caseworkers act
through the desk; what would be sent is read back from the outbox.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from referral_helpers import ORG_CHAT, Harness
from sqlalchemy import select

from bot.dialogue import relay
from bot.storage.models import Case, CaseEvent, CaseMessage, Outbox, User, utcnow

MIGRANT = "tg:5001"


def test_nothing_is_stored_or_sent_before_send(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    replies = harness.fill_form(MIGRANT, "unpaid_wages", "My boss owes me 2 months", send=False)
    summary = replies[-1].text
    assert "Alpha Aid (fixture)" in summary and "My boss owes me 2 months" in summary
    assert harness.count(Case) == 0 and harness.count(Outbox) == 0
    harness.press(MIGRANT, "ref:cancel")
    assert harness.count(Case) == 0 and harness.state(MIGRANT).form is None


def test_send_opens_a_case_routed_by_origin_and_country(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    replies = harness.fill_form(MIGRANT, "unpaid_wages", "My boss owes me 2 months")
    case = harness.only(Case)
    assert case.org_id == "ALPHA" and case.status == "new" and case.topic == "unpaid_wages"
    assert case.ref in replies[0].text
    card = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]
    # The group sees the reference, not the words (those go to whoever opens the case).
    assert case.ref in card["text"] and "My boss owes me 2 months" not in card["text"]
    assert all(b["data"].startswith("cs:") for row in card["buttons"] for b in row)


def test_the_migrants_words_are_encrypted_at_rest(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "secret words 1234")
    with harness.engine.connect() as connection:
        for table in ("cases", "outbox", "users"):
            dump = json.dumps(
                [
                    list(map(str, row))
                    for row in connection.exec_driver_sql(f"SELECT * FROM {table}")
                ]
            )
            assert "secret words 1234" not in dump


def test_a_case_waits_for_an_organisation_without_inbox_and_is_delivered_when_it_connects(harness):
    harness.profile(MIGRANT, "MM", "TH")
    harness.fill_form(MIGRANT, "documents_confiscated", "They keep my passport")
    case = harness.only(Case)
    assert (case.org_id, case.status) == ("BETA", "waiting")
    harness.connect_inbox("BETA")
    assert harness.only(Case).status == "new"
    assert harness.outbox_to(ORG_CHAT["BETA"])


def test_accept_reply_answer_close_round_trip(harness: Harness):
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    case = harness.only(Case)
    said = harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    assert case.ref in said[0].text
    accepted = harness.outbox_to(5001)[-1]
    assert "accepted" in accepted["text"] and accepted["buttons"][0][0]["data"] == f"ans:{case.ref}"
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Please tell me your employer's district.")
    assert "employer's district" in harness.outbox_to(5001)[-1]["text"]
    harness.press(MIGRANT, f"ans:{case.ref}")
    harness.say(MIGRANT, "Samut Sakhon")
    assert "Samut Sakhon" in harness.outbox_to(7001)[-1]["text"]
    harness.close(worker, ORG_CHAT["ALPHA"], case.id)
    assert harness.only(Case).status == "closed"
    assert "closed" in harness.outbox_to(5001)[-1]["text"]
    actions = [e.action for e in harness.all(CaseEvent)]
    assert actions == ["opened", "accepted", "replied", "message", "closed"]


def test_a_caseworkers_reply_is_recorded_with_its_update(harness: Harness):
    # The reply uses up the step in the same transaction that records the update: redelivered
    # after a crash, the update is recognised (admission skips it) instead of reaching the
    # dialogue as an ordinary message once the step is gone.
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    assert not harness.service.seen_update(424242)
    harness.staff_text(worker, "Which district?", update_id=424242)
    assert harness.service.seen_update(424242)
    assert "Which district?" in harness.outbox_to(5001)[-1]["text"]


def test_notes_stay_internal(harness: Harness):
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    case = harness.only(Case)
    before = len(harness.outbox_to(5001))
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "note", case.id)
    harness.staff_text(worker, "called the employer")
    assert len(harness.outbox_to(5001)) == before
    assert [m.kind for m in harness.all(CaseMessage)] == ["note"]


def test_staff_of_another_organisation_cannot_act_and_forged_buttons_are_refused(harness):
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("BETA")
    outsider = harness.join("BETA", 7002)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    case = harness.only(Case)
    said = harness.staff_press(outsider, ORG_CHAT["BETA"], "acc", case.id)
    assert said[0].text == "You cannot act on this case."
    assert harness.only(Case).status == "new"
    forged = harness.desk.button(7002, ORG_CHAT["BETA"], f"cs:acc:{case.id}:AAAAAAAAAA")
    assert forged[0].text == "This button is not valid."
    listing = harness.desk.list_cases(ORG_CHAT["BETA"], 7002)
    assert case.ref not in listing[0].text


def test_decline_routes_to_the_next_organisation(harness: Harness):
    for org in ("ALPHA", "GAMMA"):
        harness.connect_inbox(org)
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    case = harness.only(Case)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "dec", case.id)
    harness.staff_text(worker, "outside our area")
    case = harness.only(Case)
    assert (case.org_id, case.status) == ("GAMMA", "new")
    assert harness.outbox_to(ORG_CHAT["GAMMA"])


def test_not_accepted_in_time_gets_a_reminder_then_goes_to_the_fallback(harness: Harness):
    for org in ("ALPHA", "GAMMA"):
        harness.connect_inbox(org)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    start = utcnow()
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=1)) == 0
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=25)) == 1
    assert any(t.startswith("Reminder") for t in harness.texts_to(ORG_CHAT["ALPHA"]))
    assert harness.desk.check_deadlines(start + dt.timedelta(hours=37)) == 1
    assert harness.only(Case).org_id == "GAMMA"


def test_every_reminder_reaches_the_inbox_when_there_is_nowhere_else_to_go(harness: Harness):
    # Only the fallback has an inbox: each period past the target the case cannot be routed
    # on, so the inbox is reminded again. Each reminder is a new message, not a repeat of the
    # last one (its key once came from a loop index, and enqueue dropped it as a duplicate).
    harness.connect_inbox("GAMMA")
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    assert harness.only(Case).org_id == "GAMMA"
    start = utcnow()
    for hours in (25, 37, 74, 111):  # the target is 24 h; routing on is due after 1.5 times
        assert harness.desk.check_deadlines(start + dt.timedelta(hours=hours)) == 1
    texts = [message["text"] for message in harness.outbox_to(ORG_CHAT["GAMMA"])]
    assert sum("Reminder" in text for text in texts) == 4


def test_mycases_and_withdraw(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    ref = harness.only(Case).ref
    listing = harness.command(MIGRANT, "mycases")
    assert ref in listing[0].text
    harness.press(MIGRANT, f"wd:{ref}")
    harness.press(MIGRANT, f"wd:{ref}:yes")
    assert harness.only(Case).status == "withdrawn"
    assert "withdrawn by the user" in harness.outbox_to(ORG_CHAT["ALPHA"])[-1]["text"]
    # Someone else's reference, or a closed case, is refused.
    harness.press("tg:5002", f"wd:{ref}:yes")
    assert harness.only(Case).status == "withdrawn"


def test_invite_codes_are_single_use(harness: Harness):
    code = harness.invite("ALPHA", "staff")
    assert "Welcome" in harness.desk.join(7001, code)[0].text
    assert "already used" in harness.desk.join(7002, code)[0].text
    assert "not valid" in harness.desk.register(-100, code)[0].text


@pytest.mark.parametrize("field", ["description", "place", "contact", "urgency", "topic"])
def test_change_returns_to_the_summary(harness: Harness, field):
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "first words", send=False)
    harness.press(MIGRANT, "ref:change")
    harness.press(MIGRANT, f"ref:edit:{field}")
    follow = {
        "description": lambda: harness.say(MIGRANT, "second words"),
        "place": lambda: harness.say(MIGRANT, "Chonburi"),
        "contact": lambda: harness.press(MIGRANT, "ref:contact:bot"),
        "urgency": lambda: harness.press(MIGRANT, "ref:urgent:yes"),
        "topic": lambda: harness.press(MIGRANT, "ref:topic:other"),
    }
    replies = follow[field]()
    assert harness.state(MIGRANT).step == "ref:confirm"
    assert "Send" in [b.label for row in replies[-1].buttons for b in row]
    assert harness.count(Case) == 0


def test_outbox_rows_have_unique_idempotency_keys(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    keys = [row.idem_key for row in harness.all(Outbox)]
    assert len(keys) == len(set(keys))
    with harness.store.sessions() as session:
        assert session.scalars(select(Outbox.status)).all() == ["pending"] * len(keys)


def test_the_summary_says_when_the_organisation_is_not_connected_yet(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    waiting = harness.fill_form(MIGRANT, "unpaid_wages", "help", send=False)[-1].text
    assert "not connected to this bot yet" in waiting
    harness.press(MIGRANT, "ref:cancel")
    harness.connect_inbox("ALPHA")
    connected = harness.fill_form(MIGRANT, "unpaid_wages", "help", send=False)[-1].text
    assert "not connected" not in connected


def test_pressing_send_again_finds_the_case_instead_of_opening_another(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    summary = harness.fill_form(MIGRANT, "unpaid_wages", "help", send=False)
    [send] = [b.data for row in summary[-1].buttons for b in row if b.data.startswith("ref:send:")]
    first = harness.press(MIGRANT, send)
    again = harness.press(MIGRANT, send)  # e.g. the first answer was lost in a crash
    ref = harness.only(Case).ref
    assert send == f"ref:send:{ref}"
    assert ref in first[0].text and ref in again[0].text


def test_the_summary_names_the_organisation_that_will_receive_the_case(harness: Harness):
    harness.connect_inbox("GAMMA")  # ALPHA (first for Cambodians) is not connected
    harness.profile(MIGRANT, "KH", "TH")
    summary = harness.fill_form(MIGRANT, "unpaid_wages", "help", send=False)[-1].text
    assert "Gamma Door (fixture)" in summary and "not connected" not in summary
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    assert harness.all(Case)[-1].org_id == "GAMMA"


def test_a_reply_typed_without_pressing_answer_reaches_the_caseworker_after_send(
    harness: Harness,
):
    # Finding 5: most people simply type their answer. They are asked first; the words wait
    # encrypted; Send relays them; once answered, more words within relay.FOLLOW_UP are
    # asked about too (an answer comes in several messages), after it an ordinary question.
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Which factory?")
    before = len(harness.outbox_to(7001))
    [asked] = harness.say(MIGRANT, "The garment factory in Mae Sot")
    assert case.ref in asked.text and [b.data for row in asked.buttons for b in row] == [
        f"rel:{case.ref}",
        "rel:no",
    ]
    assert len(harness.outbox_to(7001)) == before  # nothing without a press
    [user] = [u for u in harness.all(User) if u.uid == MIGRANT]
    assert user.form_enc and "garment" not in user.form_enc  # kept encrypted, as the form is
    harness.press(MIGRANT, f"rel:{case.ref}")
    assert "The garment factory in Mae Sot" in harness.outbox_to(7001)[-1]["text"]
    assert harness.state(MIGRANT).form is None
    more = harness.say(MIGRANT, "since March")
    assert any(b.data == f"rel:{case.ref}" for r in more for row in r.buttons for b in row)
    harness.press(MIGRANT, "rel:no")
    with harness.store.sessions.begin() as session:
        [message] = session.scalars(select(CaseMessage).where(CaseMessage.kind == "to_staff"))
        message.at = utcnow() - relay.FOLLOW_UP - dt.timedelta(minutes=1)
    again = harness.say(MIGRANT, "hello")
    assert not any(b.data.startswith("rel:") for r in again for row in r.buttons for b in row)


def test_a_caseworkers_message_older_than_the_limit_no_longer_asks_first(harness: Harness):
    # "Send this to <org>?" came before every free text for as long as a caseworker's
    # message stayed unanswered; now only for relay.OFFER_DAYS after it (the message's date
    # comes from the database).
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "Which factory?")
    with harness.store.sessions.begin() as session:
        [message] = session.scalars(select(CaseMessage).where(CaseMessage.kind == "to_migrant"))
        message.at = utcnow() - dt.timedelta(days=relay.OFFER_DAYS + 1)
    replies = harness.say(MIGRANT, "hello")
    assert not any(b.data.startswith("rel:") for r in replies for row in r.buttons for b in row)
    assert harness.state(MIGRANT).form is None  # the words were not kept


def details_after(harness: Harness, description: str, messages: list[str]) -> str:
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", description)
    case = harness.only(Case)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
    for words in messages:
        harness.press(MIGRANT, f"ans:{case.ref}")
        harness.say(MIGRANT, words)
    [details] = harness.staff_press(worker, ORG_CHAT["ALPHA"], "open", case.id)
    assert len(details.text) <= 4000
    return details.text


def test_the_case_details_leave_out_the_oldest_message_not_the_newest(harness: Harness):
    # Finding 6 (caseworker side): the card was cut at its end, the newest message first.
    messages = [f"message {n} " + "m" * 800 + f" last words {n}" for n in range(3)]
    text = details_after(harness, "D" * 1980 + " END OF FORM", messages)
    assert text.rstrip().endswith("last words 2")  # the newest, whole
    assert "message 1 " in text and "last words 1" in text
    assert "message 0" not in text
    assert "(1 older messages left out: see History)" in text
    assert "D" * 1980 + " END OF FORM" in text  # the description whole


def test_the_case_details_cut_the_middle_of_the_description_last(harness: Harness):
    text = details_after(
        harness, "START " + "D" * 1990, ["old message", "NEW " + "n" * 1980 + " newest end"]
    )
    assert text.rstrip().endswith("newest end") and "NEW " in text
    assert "START " in text and "characters left out: see History" in text
    assert "(1 older messages left out: see History)" in text


def test_a_caseworkers_long_reply_is_cut_and_they_are_told(harness: Harness):
    worker, case = harness.accepted_case(MIGRANT, 7001)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    # Told in the preview, before Send: what goes is what they see.
    [preview] = harness.staff_text(worker, "x" * 2500, send=False)
    assert preview.text.startswith(f"This goes to the person in case {case.ref} · Unpaid wages · ")
    assert "Your text was long: I kept the first 2000 of 2500 characters." in preview.text
    assert preview.text.endswith("\n\n" + "x" * 2000)
    [said] = harness.desk.button(worker, worker, preview.buttons[0][0].data)
    assert said.text == f"Sent to the person in case {case.ref}."
    assert "x" * 2000 in harness.outbox_to(5001)[-1]["text"]
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    [short] = harness.staff_text(worker, "Which district?", send=False)
    assert "Your text was long" not in short.text
