"""The service with a real database (SQLite): any mix of texts, commands, button presses, media
and locations, from any stored state, is answered within Telegram's limits and leaves the
database consistent: the user's row is there, a case exists only for a confirmed Send, a case
is withdrawn only by its owner's confirmation, and every queued notification fits Telegram."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from hypothesis import event, given, note, settings
from hypothesis import strategies as st
from property_strategies import (
    CALLBACK_DATA_LIMIT,
    CI,
    TELEGRAM_TEXT_LIMIT,
    at_summary,
    events_after,
    examples,
    start_states,
)
from referral_helpers import Harness
from sqlalchemy import select

from bot.dialogue.events import ButtonPress, Event, Text
from bot.referrals.cases import cases_of
from bot.storage import make_engine, upgrade
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case, Outbox, User
from bot.values import Reply, UserState
from tests.fakes.nlu import ScriptedNlu

CASE_STATUSES = ("waiting", "new", "accepted", "closed", "withdrawn", "declined")
users = itertools.count(880_001)  # a fresh Telegram user per example, in one database
# A new user, or any stored state (half of them about to send), equally likely.
seeds = st.none() | start_states


@pytest.fixture(scope="module")
def sqlite_harness(
    tmp_path_factory: pytest.TempPathFactory, compiled_locales: Path
) -> Iterator[Harness]:
    database = make_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'properties.sqlite3'}")
    upgrade(database)
    harness = Harness.build(database, CryptoBox([Fernet.generate_key().decode()]))
    harness.service.nlu = ScriptedNlu()
    harness.service.locales_dir = compiled_locales
    harness.connect_inbox("ALPHA")  # one organisation reads its inbox; the others not yet
    yield harness
    database.dispose()


@settings(CI, max_examples=examples(40))
@given(seed=seeds, data=st.data())
def test_any_conversation_leaves_the_database_consistent(
    sqlite_harness: Harness, seed: UserState | None, data: st.DataObject
) -> None:
    harness = sqlite_harness
    uid = f"tg:{next(users)}"
    if seed is not None:
        harness.store.save_state(uid, seed)
    last_outbox = max((row.id for row in harness.all(Outbox)), default=0)
    confirmed_sends, confirmed_withdrawals = 0, set()
    shown: list[str] = []

    for _ in range(data.draw(st.integers(1, 12), label="events")):
        event_ = data.draw(events_after(shown, own_cases(harness, uid)), label="event")
        before = harness.state(uid)
        if isinstance(event_, ButtonPress):
            form_ref = (before.form or {}).get("ref")
            if event_.data == f"ref:send:{form_ref}" and at_summary(before):
                confirmed_sends += 1
            if event_.data.startswith("wd:") and event_.data.endswith(":yes"):
                confirmed_withdrawals.add(event_.data.split(":")[1])
        replies = play(harness, uid, event_)
        assert_replies_fit(replies)
        shown.extend(b.data for reply in replies for row in reply.buttons for b in row)

    with harness.store.sessions() as session:
        assert session.get(User, uid) is not None, "no user row"
        cases = session.scalars(select(Case).where(Case.uid == uid)).all()
    event(f"cases opened: {len(cases)}")
    assert len(cases) == confirmed_sends, "a case without a confirmed Send, or a Send lost"
    for case in cases:
        assert case.status in CASE_STATUSES
        if case.status == "withdrawn":
            assert case.ref in confirmed_withdrawals
    state = harness.state(uid)  # decrypts and parses the stored form
    assert state.language in (None, "my", "km", "en")
    assert_outbox_fits(harness, last_outbox)


def own_cases(harness: Harness, uid: str) -> tuple:  # type: ignore[type-arg]
    with harness.store.sessions() as session:
        return cases_of(session, uid)


def play(harness: Harness, uid: str, event_: Event) -> tuple[Reply, ...]:
    """Text goes the adapters' way (normalised, read by the NLU); the rest straight in."""
    note(f"{uid} <- {event_!r}")
    if isinstance(event_, Text):
        harness.service.nlu.next = event_.nlu  # type: ignore[union-attr]
        return asyncio.run(harness.service.handle_text(uid, event_.text))
    return harness.send(uid, event_)


def assert_replies_fit(replies: tuple[Reply, ...]) -> None:
    assert replies
    for reply in replies:
        assert reply.text.strip()
        assert len(reply.text) <= TELEGRAM_TEXT_LIMIT
        for row in reply.buttons:
            for button in row:
                assert button.label.strip()
                assert 1 <= len(button.data.encode("utf-8")) <= CALLBACK_DATA_LIMIT


def assert_outbox_fits(harness: Harness, after_id: int) -> None:
    """Notifications to organisations and migrants, queued by this example, fit Telegram."""
    for row in harness.all(Outbox):
        if row.id <= after_id:
            continue
        payload = json.loads(harness.store.box.decrypt(row.payload_enc) or "{}")
        assert payload["text"].strip()
        assert len(payload["text"]) <= TELEGRAM_TEXT_LIMIT
        for buttons in payload["buttons"]:
            for label, data in buttons:
                assert label.strip()
                assert 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT


def test_a_zawgyi_user_sees_the_summary_of_any_words(sqlite_harness: Harness) -> None:
    harness, uid = sqlite_harness, f"tg:{next(users)}"
    for data in ("lang:my:zawgyi", "origin:MM", "country:TH", "person:unpaid_wages"):
        harness.press(uid, data)
    harness.press(uid, "ref:topic:unpaid_wages")
    harness.say(uid, "ရ၎")
    harness.press(uid, "ref:skip:place")
    harness.press(uid, "ref:contact:bot")
    summary = harness.press(uid, "ref:urgent:no")
    assert harness.state(uid).step == "ref:confirm" and any(
        button.data.startswith("ref:send:")
        for reply in summary
        for row in reply.buttons
        for button in row
    )
