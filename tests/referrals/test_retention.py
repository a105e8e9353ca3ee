"""Forgetting, on SQLite and PostgreSQL: /delete_my_data and the retention schedule."""

from __future__ import annotations

import asyncio
import datetime as dt

from referral_helpers import ORG_CHAT, ROOT, Harness
from sqlalchemy import select

from bot.dialogue.events import ButtonPress, Command
from bot.i18n import translator
from bot.language import to_zawgyi
from bot.outbox.keys import card_slot
from bot.referrals import retention
from bot.storage import subscriptions
from bot.storage.models import (
    Case,
    CaseMessage,
    LiveMessage,
    Outbox,
    SentMessage,
    User,
    utcnow,
)
from bot.values import Subscription, UserState

LOCALES = ROOT / "locales"
# An id no timestamp can contain by chance (the dumps below look for it everywhere).
MIGRANT = "tg:731904682"


def dump(harness: Harness) -> str:
    """Every row of every table, as text."""
    with harness.engine.connect() as connection:
        tables = [
            "users",
            "cases",
            "case_events",
            "case_messages",
            "outbox",
            "sent_messages",
            "relayed_messages",
        ]
        rows = [
            list(map(str, row))
            for table in tables
            for row in connection.exec_driver_sql(f"SELECT * FROM {table}")
        ]
    return repr(rows)


def open_case_with_messages(harness: Harness) -> Case:
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.profile(MIGRANT, "KH", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "words to forget")
    case = harness.only(Case)
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(worker, "question from the caseworker")
    harness.press(MIGRANT, f"ans:{case.ref}")
    # With its message's id, kept (relayed_messages) so that an edit of it is known to be
    # of what went.
    answer = harness.service.answer_text(
        MIGRANT, "my answer to forget", None, 731904682, message_id=13
    )
    asyncio.run(answer)
    harness.service.record_sent(731904682, [11, 12])
    return case


def test_delete_my_data_leaves_no_row_holding_the_users_data(harness: Harness):
    case = open_case_with_messages(harness)
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    with harness.store.sessions() as session:
        assert session.get(User, MIGRANT) is None
        erased = session.get(Case, case.id)
        assert erased is not None and erased.uid == f"erased:{case.ref}"
        assert erased.status == "withdrawn"
        assert erased.description_enc is None and erased.contact_enc is None
        assert session.scalars(select(CaseMessage)).all() == []
        assert session.scalars(select(Outbox).where(Outbox.chat_id == 731904682)).all() == []
        assert session.scalars(select(SentMessage)).all() == []
    everything = dump(harness)
    assert "731904682" not in everything  # not as uid, chat id or anything else
    # The organisation is told the case was withdrawn, without the person's words.
    notice = harness.outbox_to(ORG_CHAT["ALPHA"])[-1]
    assert "withdrawn by the user" in notice["text"] and "forget" not in notice["text"]


def test_a_zawgyi_readers_farewell_comes_in_zawgyi(harness: Harness):
    # Exploratory test 6: the farewell was encoded for the erased (empty) state, in Unicode,
    # which a Zawgyi phone shows as broken letters.
    unicode_reader = "tg:731904683"
    for uid, encoding in ((MIGRANT, "zawgyi"), (unicode_reader, None)):
        state = UserState(language="my", encoding=encoding, origin="MM", profile_asked=True)
        harness.store.save_state(uid, state)
        harness.command(uid, "delete_my_data")
    farewell = [reply.text for reply in harness.press(MIGRANT, "del:yes")]
    in_unicode = [reply.text for reply in harness.press(unicode_reader, "del:yes")]
    assert farewell and farewell == [to_zawgyi(text) for text in in_unicode]
    assert farewell != in_unicode
    with harness.store.sessions() as session:
        assert session.get(User, MIGRANT) is None


NOTHING = (
    "There were no messages of ours I could delete. To delete a message yourself: press and "
    "hold it, then Delete."
)
REMOVE_CHAT = "To remove this chat from your list: press and hold it, then Delete."


def test_clear_after_delete_my_data_speaks_the_three_languages(harness: Harness):
    # User testing: the language went with the profile, so /clear after /delete_my_data
    # answered a Khmer reader in English. Nothing may be kept to remember it, and "/clear" has
    # no words to read it from: the note comes in Burmese, Khmer and English, as the greeting.
    state = UserState(language="km", origin="KH", country="TH", profile_asked=True)
    harness.store.save_state(MIGRANT, state)
    km = translator(LOCALES, "km").gettext
    assert harness.service.cleared_note(MIGRANT, 0, False) == f"{km(NOTHING)}\n{km(REMOVE_CHAT)}"
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    note = harness.service.cleared_note(MIGRANT, 0, False)
    blocks = [
        f"{tr(NOTHING)}\n{tr(REMOVE_CHAT)}"
        for tr in (translator(LOCALES, lang).gettext for lang in ("my", "km", "en"))
    ]
    assert note == "\n\n".join(blocks)
    assert len(set(blocks)) == 3  # each in its own language
    with harness.store.sessions() as session:
        assert session.get(User, MIGRANT) is None  # and nothing kept to say it


def test_delete_my_data_hands_the_chats_recent_message_ids_over_to_be_deleted(harness: Harness):
    # Before: erasure deleted the ids, so /clear after it had nothing to delete and the whole
    # chat stayed on the phone. Now the channel gets them (Answer.wiped) and deletes them.
    harness.profile(MIGRANT, "KH", "TH")
    harness.service.record_sent(731904682, [11, 12])
    with harness.store.sessions.begin() as session:  # one too old for Telegram to delete
        session.add(
            SentMessage(chat_id=731904682, message_id=5, at=utcnow() - dt.timedelta(days=2))
        )
    harness.command(MIGRANT, "delete_my_data")
    answer = asyncio.run(harness.service.answer(MIGRANT, ButtonPress("del:yes"), 9001, 731904682))
    assert sorted(answer.wiped) == [11, 12]
    assert answer.held is None  # the farewell leaves no row naming the chat
    with harness.store.sessions() as session:
        assert session.scalars(select(SentMessage)).all() == []


def test_retention_deletes_closed_case_content_and_idle_profiles(harness: Harness):
    case = open_case_with_messages(harness)
    harness.close(7001, ORG_CHAT["ALPHA"], case.id)
    now = utcnow()
    with harness.store.sessions.begin() as session:  # where the outbox left its card
        session.add(LiveMessage(slot=card_slot(case.ref), chat_id=ORG_CHAT["ALPHA"], message_id=9))
    with harness.store.sessions.begin() as session:
        assert (
            retention.purge(
                session, harness.service.kit, now + dt.timedelta(days=10), 90, 365
            ).case_contents
            == 0
        )
    with harness.store.sessions.begin() as session:
        done = retention.purge(session, harness.service.kit, now + dt.timedelta(days=91), 90, 365)
    assert done.case_contents == 1
    with harness.store.sessions() as session:
        assert session.scalars(select(LiveMessage)).all() == []
        kept = session.get(Case, case.id)
        assert kept is not None and kept.description_enc is None
        assert session.scalars(select(CaseMessage)).all() == []
        assert session.get(User, MIGRANT) is not None  # seen recently: profile stays
    with harness.store.sessions.begin() as session:
        subscriptions.save(session, MIGRANT, Subscription("KH", "TH", ("safety",)))
    with harness.store.sessions.begin() as session:
        assert (
            retention.purge(
                session, harness.service.kit, now + dt.timedelta(days=400), 90, 365
            ).profiles
            >= 1
        )
    with harness.store.sessions() as session:
        assert session.get(User, MIGRANT) is None
        assert subscriptions.get(session, MIGRANT) is None  # no row names them any more
        assert session.get(Case, case.id).uid == f"erased:{case.ref}"


def test_open_cases_keep_their_content_under_retention(harness: Harness):
    open_case_with_messages(harness)
    with harness.store.sessions.begin() as session:
        assert (
            retention.purge(
                session, harness.service.kit, utcnow() + dt.timedelta(days=200), 90, 365
            ).case_contents
            == 0
        )


def test_clear_lists_recent_message_ids_once(harness: Harness):
    harness.service.record_sent(5001, [1, 2, 3])
    plan = harness.service.clear_plan(5001)
    assert (sorted(plan.recent), plan.too_old) == ([1, 2, 3], 0)
    again = harness.service.clear_plan(5001)
    assert (again.recent, again.too_old) == ([], 0)


def test_delete_my_data_removes_replies_held_for_the_chat_and_keeps_no_farewell(
    harness: Harness,
):
    """Replies held in the outbox (bot/outbox/replies.py) name the chat and carry words: a
    held one the direct path never sent (a kill) goes with the erasure, and the farewell is
    not held (sent directly), so no row nor message id is left behind."""
    chat = 731904682
    open_case_with_messages(harness)
    unsent = asyncio.run(harness.service.answer(MIGRANT, Command("delete_my_data"), 901, chat))
    assert unsent.held is not None  # its rows wait for the direct path, which died
    farewell = asyncio.run(harness.service.answer(MIGRANT, ButtonPress("del:yes"), 902, chat))
    assert farewell.replies and farewell.held is None
    harness.service.record_sent(chat, [77], known_only=True)  # as the direct path does
    with harness.store.sessions() as session:
        assert session.scalars(select(Outbox).where(Outbox.chat_id == chat)).all() == []
        assert session.scalars(select(SentMessage)).all() == []
    assert "731904682" not in dump(harness)
