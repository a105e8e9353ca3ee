"""/privacy, /clear and a delete button pressed in a group, on a real database (SQLite):

- /privacy, in any state and language, answers within Telegram's limits, and the figures it
  states are the configured ones, whatever they are;
- /clear, after any recorded messages in several chats, deletes every recorded message of its
  own chat that Telegram may still delete, none of another chat's, and says how many stay on
  the phone: a Telegram that refuses, fails or finds some already gone is counted honestly;
- a migrant's button pressed in a group (where anyone can read) changes nothing.

/clear and group presses go through the Telegram handlers with a fake Bot (plain objects
with the attributes the handlers read); nothing leaves the process.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import event, example, given, note, settings
from hypothesis import strategies as st
from privacy_world import World
from property_strategies import (
    CALLBACK_DATA_LIMIT,
    CI,
    TELEGRAM_TEXT_LIMIT,
    button_data,
    examples,
    stored_states,
    user_states,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, NetworkError

from bot.dialogue.events import Command
from bot.i18n import NATIVE_DIGITS
from bot.storage.counts import MAX_KEPT_DAYS
from bot.storage.models import utcnow
from bot.storage.sent import remember_sent
from bot.telegram import handlers
from bot.values import UserState

FIXED_HOURS = 48  # "/clear deletes our messages ... from the last 48 hours": not a setting


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("worlds")


# --- /privacy --------------------------------------------------------------------------------
@settings(CI, max_examples=examples(25))
@given(
    state=user_states | stored_states,
    case_days=st.integers(1, 3650),
    profile_days=st.integers(1, 3650),
    keep_days=st.integers(0, MAX_KEPT_DAYS),
)
@example(
    state=UserState(language="my", encoding="zawgyi"), case_days=30, profile_days=200, keep_days=0
)
def test_privacy_states_the_configured_figures_in_any_state(
    folder: Path,
    compiled_locales: Path,
    state: UserState,
    case_days: int,
    profile_days: int,
    keep_days: int,
) -> None:
    with World.fresh(folder, compiled_locales, count=1) as world:
        service = world.harness.service
        service.retention_days, service.profile_days = case_days, profile_days
        service.keep_unanswered_days = keep_days
        [person] = world.people
        world.harness.store.save_state(person.uid, state)
        replies = world.send(person, Command("privacy"))

    assert replies
    for reply in replies:
        assert reply.text.strip() and len(reply.text) <= TELEGRAM_TEXT_LIMIT
        for row in reply.buttons:
            assert all(b.label.strip() for b in row)
            assert all(1 <= len(b.data.encode()) <= CALLBACK_DATA_LIMIT for b in row)
    # The profile's days twice: profiles, then the alerts that end with it (alerts.keep_them).
    configured = [*([keep_days] if keep_days else []), case_days, profile_days, profile_days]
    text = replies[0].text
    own = NATIVE_DIGITS.get(state.language or "")
    if own is None:
        # ASCII digits, in the order the text gives them (kept words, closed cases,
        # profiles, alerts), so that two figures swapped are seen; /clear's 48 hours last.
        stated = [int(n) for n in re.findall(r"[0-9]+", text)]
        note(f"stated {stated}, configured {configured}")
        assert stated in (configured, [*configured, FIXED_HOURS])
    else:
        # Burmese and Khmer write the figures in their own digits (Tr.number), which Zawgyi
        # text also uses as letters: each figure as a whole number, in the configured order.
        at = 0
        for figure in configured:
            written = re.escape(str(figure).translate(own))
            found = re.compile(rf"(?<![0-9၀-၉០-៩]){written}(?![0-9၀-၉០-៩])").search(text, at)
            assert found is not None, (figure, text)
            at = found.end()
    event(f"language {state.language if state.language in ('my', 'km', 'en') else 'other'}")


# --- /clear ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Recorded:
    """Message ids the bot recorded in one person's chat, some hours ago."""

    person: int
    ids: tuple[int, ...]
    hours_ago: float


# Away from the 48-hour edge: the clock moves while the example runs.
ages = st.one_of(st.just(0.0), st.floats(0, 47.5), st.floats(48.5, 100))
records = st.builds(
    Recorded,
    st.integers(0, 2),
    st.lists(st.integers(1, 150), min_size=1, max_size=40).map(tuple),  # ids overlap chats
    ages,
)


FATES = ("deleted", "refused", "gone", "fails")
# What Telegram does with each message: the fate at its id modulo the pattern's length. A
# pattern, not a set of ids, so that every kind meets the recorded ids in most examples.
fate_patterns = st.lists(st.sampled_from(FATES), min_size=1, max_size=7).map(tuple)


@dataclass
class FakeTelegram:
    """deleteMessages / deleteMessage / sendMessage as Telegram answers them: a batch with a
    message it will not delete fails whole; one message at a time, "not found" (the person
    deleted it), "can't be deleted" (too old) or a failure of Telegram's own."""

    fates: tuple[str, ...]
    batches_fail: bool  # every deleteMessages fails (a 5xx): one at a time, then
    chats: set[int] = field(default_factory=set)
    tried: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    said: list[tuple[int, str]] = field(default_factory=list)
    ids: itertools.count = field(default_factory=lambda: itertools.count(10_000))  # type: ignore[type-arg]

    def fate(self, message_id: int) -> str:
        return self.fates[message_id % len(self.fates)]

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> bool:
        self.chats.add(chat_id)
        self.tried.update(message_ids)
        fates = {self.fate(m) for m in message_ids}
        if self.batches_fail or fates & {"refused", "fails"}:
            raise BadRequest("Message can't be deleted")
        self.deleted.update(m for m in message_ids if self.fate(m) == "deleted")
        return True

    async def delete_message(self, chat_id: int, message_id: int) -> bool:
        self.chats.add(chat_id)
        self.tried.add(message_id)
        fate = self.fate(message_id)
        if fate == "gone":
            raise BadRequest("Message to delete not found")
        if fate == "refused":
            raise BadRequest("Message can't be deleted for everyone")
        if fate == "fails":
            raise NetworkError("Bad Gateway")
        self.deleted.add(message_id)
        return True

    async def send_message(self, chat_id: int, text: str, **_options: object) -> SimpleNamespace:
        # The note goes through the direct path (send_now), which also passes reply_markup.
        self.said.append((chat_id, text))
        return SimpleNamespace(message_id=next(self.ids))


def chat_update(chat_id: int, user_id: int, chat_type: str, data: str | None = None) -> object:
    query = None if data is None else SimpleNamespace(data=data, answer=_answered)
    return SimpleNamespace(
        update_id=1,
        effective_chat=SimpleNamespace(id=chat_id, type=chat_type),
        effective_user=SimpleNamespace(id=user_id, language_code="en"),
        effective_message=None,  # /clear's own message: none here (not recorded either)
        callback_query=query,
    )


async def _answered(*_args: object, **_kwargs: object) -> bool:
    return True


@settings(CI, max_examples=examples(30))
@given(
    recorded=st.lists(records, max_size=6),
    fates=fate_patterns,
    batches_fail=st.booleans(),
)
@example(  # one chat's ids are another's too; one old; one refused, one already gone
    recorded=[Recorded(0, (1, 2, 3, 4), 1.0), Recorded(1, (1, 2, 3), 1.0), Recorded(0, (5,), 60)],
    fates=("deleted", "deleted", "refused", "gone"),  # 1, 4: deleted; 2: refused; 3: gone
    batches_fail=False,
)
def test_clear_deletes_its_own_chat_and_counts_what_telegram_refused(
    folder: Path,
    compiled_locales: Path,
    recorded: list[Recorded],
    fates: tuple[str, ...],
    batches_fail: bool,
) -> None:
    with World.fresh(folder, compiled_locales, count=3) as world:
        chats = [person.tg_id for person in world.people]
        now = utcnow()
        first_at: dict[tuple[int, int], float] = {}  # a message recorded twice keeps its first
        with world.harness.store.sessions.begin() as session:
            for rec in recorded:
                at = now - dt.timedelta(hours=rec.hours_ago)
                remember_sent(session, chats[rec.person], list(rec.ids), at)
                for message_id in rec.ids:
                    first_at.setdefault((chats[rec.person], message_id), rec.hours_ago)
        others_before = sent_rows(world, chats[1:])
        telegram = FakeTelegram(fates, batches_fail)
        context = SimpleNamespace(bot=telegram, bot_data={handlers.SERVICE: world.harness.service})
        mine = chats[0]
        # A person the bot knows: /clear's note is recorded only for such a chat (not after
        # /delete_my_data, when no row may name the chat).
        world.harness.profile(f"tg:{mine}", "MM", "TH")
        world.runner.run(handlers.clear_chat(chat_update(mine, mine, "private"), context))  # type: ignore[arg-type]

        ours = {m: hours for (chat, m), hours in first_at.items() if chat == mine}
        recent = {m for m, hours in ours.items() if hours < FIXED_HOURS}
        too_old = len(ours) - len(recent)
        assert telegram.chats <= {mine}, "another chat was touched"
        assert telegram.tried == recent, "not every recent message, or more, was tried"
        assert telegram.deleted == {m for m in recent if telegram.fate(m) == "deleted"}
        honest = too_old + len([m for m in recent if telegram.fate(m) in ("refused", "fails")])
        [(to, note_text)] = telegram.said
        assert to == mine
        # With nothing recorded it says so, never "Done" (exploratory test 5, finding 3).
        found = bool(ours)
        assert note_text == world.harness.service.cleared_note(f"tg:{mine}", honest, found)
        assert sent_rows(world, chats[1:]) == others_before, "another chat's record changed"
        assert [m for _c, m in sent_rows(world, [mine])] == [10_000], "only the note is left"
        event(f"refused counted: {'0' if not honest else '1-9' if honest < 10 else '10+'}")


def sent_rows(world: World, chats: list[int]) -> list[tuple[int, int]]:
    with world.harness.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT chat_id, message_id FROM sent_messages")
        return sorted((chat, m) for chat, m in rows if chat in chats)


# --- a migrant's button in a group ----------------------------------------------------------
@settings(CI, max_examples=examples(10))
@given(
    data=st.sampled_from(("del:yes", "del:no", "menu", "wd:ABCDEF:yes")) | button_data,
    chat_type=st.sampled_from((ChatType.GROUP, ChatType.SUPERGROUP, ChatType.CHANNEL)),
    chat_id=st.integers(-(10**13), -1),
)
@example(data="del:yes", chat_type=ChatType.GROUP, chat_id=-1001)
def test_a_migrants_button_pressed_in_a_group_changes_nothing(
    folder: Path, compiled_locales: Path, data: str, chat_type: str, chat_id: int
) -> None:
    if data.startswith("cs:"):
        return  # staff buttons are the desk's (tests/e2e_referrals/test_hostile_buttons.py)
    with World.fresh(folder, compiled_locales, count=1) as world:
        [person] = world.people
        for step in ("lang:en", "origin:KH", "country:TH"):
            world.press(person, step)
        world.harness.service.record_sent(person.tg_id, [1, 2])
        before = world.rows()
        telegram = FakeTelegram(("deleted",), False)
        context = SimpleNamespace(bot=telegram, bot_data={handlers.SERVICE: world.harness.service})
        update = chat_update(chat_id, person.tg_id, chat_type, data)
        world.runner.run(handlers.on_button(update, context))  # type: ignore[arg-type]
        assert world.rows() == before, "a press in a group changed the database"
        assert telegram.said == [] and telegram.tried == set(), "the bot spoke or deleted"
