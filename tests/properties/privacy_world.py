"""A small world for the privacy properties: a fresh database, one organisation with a
caseworker, and people with a history drawn by hypothesis (a profile, questions whose words
are kept, cases a caseworker answers, declines or closes, alerts, message ids for /clear, and
random events). Each person's marks (Telegram id, keyed hash, words) let a test look for
them in every row of every table, decrypted.

Histories are plain values (frozen dataclasses), so a failing one can be kept as @example.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from hypothesis import note
from hypothesis import strategies as st
from property_strategies import Shown, script_steps
from referral_helpers import FIXTURE_CONTENT, ORG_CHAT, Harness
from sqlalchemy import inspect, select

from bot.content import CatalogHolder
from bot.desk import Desk
from bot.dialogue.events import ButtonPress, Event, Text
from bot.nlu import NluResult
from bot.referrals.cases import cases_of
from bot.service import BotService
from bot.storage import Store, make_engine, upgrade
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case
from bot.values import COUNTRIES, ORIGINS, CaseView, Reply
from tests.fakes.nlu import ScriptedNlu

KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # tests/conftest.py's test key
# Telegram ids no timestamp, counter or token can hold by chance (12 digits, no repeats).
PEOPLE = (731_904_682_117, 586_213_940_223, 649_105_337_481)
WORKER = 7001
FALLBACK = NluResult(None, 0.2, (("unpaid_wages", 0.2),))  # unanswered: its words are kept
TOPICS = ("unpaid_wages", "documents_confiscated", "lost_documents")
databases = itertools.count()


# --- what a person may have done before ------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    language: str
    origin: str
    country: str


@dataclass(frozen=True)
class Question:
    """Free text the bot cannot answer: kept, encrypted, for editors (setting on)."""


@dataclass(frozen=True)
class OpenCase:
    topic: str
    send: bool  # False: the form stays unsent, its words in the user's row
    staff: tuple[str, ...]  # then, in order: acc, rep, answer, dec, cres


@dataclass(frozen=True)
class Alerts:
    origin: str
    country: str


@dataclass(frozen=True)
class Sent:
    """Message ids the adapter recorded for /clear after delivering replies."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class Deferred:
    """A reply Telegram did not take (a 429, a time-out): the outbox holds it for the chat.
    Replies can hold the person's words (the form's summary)."""


@dataclass(frozen=True)
class Other:
    """Any event, or a press on a button shown earlier (property_strategies.script_steps)."""

    step: Event | Shown


Action = Profile | Question | OpenCase | Alerts | Sent | Deferred | Other

STAFF_STEPS = ("acc", "rep", "answer", "dec", "cres")
cases_opened = st.builds(
    OpenCase,
    st.sampled_from(TOPICS),
    st.booleans(),
    st.lists(st.sampled_from(STAFF_STEPS), max_size=4).map(tuple),
)
other_actions: st.SearchStrategy[Action] = st.one_of(
    st.builds(
        Profile, st.sampled_from(("en", "my", "km")), *map(st.sampled_from, (ORIGINS, COUNTRIES))
    ),
    st.just(Question()),
    st.builds(Alerts, st.sampled_from(ORIGINS), st.sampled_from(COUNTRIES)),
    st.builds(Sent, st.lists(st.integers(1, 400), min_size=1, max_size=5).map(tuple)),
    st.just(Deferred()),
    st.builds(Other, script_steps),
)
# A case one time in three (flatmap: hypothesis would flatten a nested one_of).
actions = st.integers(0, 2).flatmap(lambda pick: other_actions if pick else cases_opened)
histories = st.lists(actions, max_size=6)


@dataclass
class Person:
    tg_id: int
    role: str  # one letter: the person's words carry it
    words: list[str] = field(default_factory=list)  # marked words by them or about them
    shown: list[str] = field(default_factory=list)  # the data of every button shown

    @property
    def uid(self) -> str:
        return f"tg:{self.tg_id}"


@dataclass
class World:
    harness: Harness
    people: list[Person]
    # One event loop for the whole world: a new one per event (asyncio.run) costs a thread.
    runner: asyncio.Runner
    marks: itertools.count = field(default_factory=itertools.count)  # type: ignore[type-arg]

    @classmethod
    def fresh(cls, folder: Path, locales: Path, count: int = 2) -> World:
        """A new database (a copy of one migrated once), the content loaded once."""
        path = folder / f"world{next(databases)}.sqlite3"
        shutil.copy(_template(folder), path)
        engine = make_engine(f"sqlite:///{path}")
        store = Store(engine, CryptoBox([KEY]))
        service = BotService(store, _catalogs(), ScriptedNlu(), locales)
        service.keep_unanswered_days = 30  # so that questions' words are stored too
        harness = Harness(engine, store, service, Desk(store, service.kit))
        harness.connect_inbox("ALPHA")
        harness.join("ALPHA", WORKER)
        people = [Person(tg_id, "vbt"[n]) for n, tg_id in enumerate(PEOPLE[:count])]
        return cls(harness, people, asyncio.Runner())

    def __enter__(self) -> World:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.runner.close()
        self.harness.engine.dispose()

    def mark(self, person: Person) -> str:
        """A word no other text holds: "zq", the person's letter, a counter in letters."""
        n = next(self.marks)
        word = "zq" + person.role + "".join("abcdefghij"[int(d)] for d in f"{n:04d}") + "qz"
        person.words.append(word)
        return word

    # --- playing -----------------------------------------------------------------------------
    def play(self, person: Person, history: Iterable[Action]) -> None:
        for action in history:
            note(f"{person.role} does {action!r}")
            self.act(person, action)

    def act(self, person: Person, action: Action) -> None:
        if isinstance(action, Profile):
            for data in (f"lang:{action.language}", f"origin:{action.origin}"):
                self.press(person, data)
            self.press(person, f"country:{action.country}")
        elif isinstance(action, Question):
            self.say(person, f"my boss {self.mark(person)} what now", FALLBACK)
        elif isinstance(action, OpenCase):
            self.fill_form(person, action)
        elif isinstance(action, Alerts):
            self.press(person, f"al:c:{action.origin}:{action.country}")
        elif isinstance(action, Sent):
            self.harness.service.record_sent(person.tg_id, list(action.ids))
        elif isinstance(action, Deferred):
            reply = Reply(f"Your case: {self.mark(person)}")
            self.harness.service.defer_replies(person.tg_id, (reply,), next(self.marks))
        else:
            step = action.step
            event = (
                step.press(person.shown, self.cases(person)) if isinstance(step, Shown) else step
            )
            self.send(person, event)

    def fill_form(self, person: Person, action: OpenCase) -> None:
        """The form as a person fills it (referral_helpers.Harness.fill_form), marked words."""
        for data in (f"person:{action.topic}", f"ref:topic:{action.topic}"):
            self.press(person, data)
        self.say(person, f"{self.mark(person)} unpaid", None)
        for data in ("ref:skip:place", "ref:contact:bot"):
            self.press(person, data)
        replies = self.press(person, "ref:urgent:no")
        sends = [b.data for r in replies for row in r.buttons for b in row if "send:" in b.data]
        if action.send and sends:
            self.press(person, sends[-1])
            for step in action.staff:
                self.staff(person, step)

    def press(self, person: Person, data: str) -> tuple[Reply, ...]:
        return self.send(person, ButtonPress(data))

    def send(self, person: Person, event: Event) -> tuple[Reply, ...]:
        if isinstance(event, Text):
            return self.say(person, event.text, event.nlu)
        return self.shown(person, self.runner.run(self.harness.service.handle(person.uid, event)))

    def say(self, person: Person, words: str, nlu: NluResult | None) -> tuple[Reply, ...]:
        self.harness.service.nlu.next = nlu  # type: ignore[union-attr]
        said = self.harness.service.handle_text(person.uid, words)
        return self.shown(person, self.runner.run(said))

    @staticmethod
    def shown(person: Person, replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
        person.shown += [b.data for reply in replies for row in reply.buttons for b in row]
        return replies

    def staff(self, person: Person, step: str) -> None:
        """A caseworker's step on the person's newest case, as far as the desk allows it."""
        h = self.harness
        case = max(h.all(Case), key=lambda c: c.id, default=None)
        if case is None or case.uid != person.uid:
            return
        if step == "answer":
            self.press(person, f"ans:{case.ref}")
            # In their private chat, with the message's id: kept as one that went to the case
            # (relayed_messages), which names their chat until erasure.
            self.harness.service.nlu.next = None  # type: ignore[union-attr]
            words, chat = f"{self.mark(person)} since march", person.tg_id
            answer = self.harness.service.answer_text(
                person.uid, words, None, chat, message_id=len(person.words)
            )
            self.shown(person, self.runner.run(answer).replies)
            return
        said = h.staff_press(WORKER, ORG_CHAT["ALPHA"], step, case.id)
        yes = [b.data for item in said for row in item.buttons for b in row]
        if step == "cres" and (yes := [data for data in yes if data.startswith("cs:cyes:")]):
            h.desk.button(WORKER, WORKER, yes[0])  # "Close case X as Resolved?": Yes, close
        if step in ("rep", "dec") and h.service.staff_step(f"tg:{WORKER}"):
            h.staff_text(WORKER, f"{self.mark(person)} from the caseworker")  # about them

    def cases(self, person: Person) -> tuple[CaseView, ...]:
        with self.harness.store.sessions() as session:
            return cases_of(session, person.uid)

    # --- reading back ------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        """Every row of every table (found by inspection), each value also decrypted when it
        is a Fernet token: words kept encrypted must be found too."""
        engine, box = self.harness.engine, self.harness.store.box
        found = []
        with engine.connect() as connection:
            for name in inspect(engine).get_table_names():
                for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"'):
                    values = [str(v) for v in row]
                    values += [box.decrypt(v) or "" for v in row if _token(v)]
                    found.append(Row(name, values[0], repr(values)))
        return sorted(found)

    def marks_of(self, person: Person) -> list[str]:
        """What would name the person: their id (as uid and chat id), their keyed hash,
        and every word they or a caseworker wrote about them."""
        box = self.harness.store.box
        return [str(person.tg_id), *box.pseudonyms(person.uid), *person.words]

    def rows_naming(self, person: Person) -> list[Row]:
        marks = self.marks_of(person)
        return [row for row in self.rows() if any(mark in row.text for mark in marks)]

    def case_refs(self, person: Person) -> dict[str, str]:
        """The person's cases: reference to status."""
        with self.harness.store.sessions() as session:
            found = session.scalars(select(Case).where(Case.uid == person.uid)).all()
            return {case.ref: case.status for case in found}

    def cases_by_ref(self, refs: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Whose (uid) and in what status each of these cases is now."""
        with self.harness.store.sessions() as session:
            found = session.scalars(select(Case).where(Case.ref.in_(list(refs)))).all()
            return {case.ref: (case.uid, case.status) for case in found}


class Row(NamedTuple):
    table: str
    key: str  # the first column: the row's id (uid for users)
    text: str  # every value, and every decrypted value


@functools.cache
def _template(folder: Path) -> Path:
    """A database migrated once (Alembic takes half a second); each world copies it."""
    path = folder / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@functools.cache
def _catalogs() -> CatalogHolder:
    return CatalogHolder(FIXTURE_CONTENT)


def _token(value: object) -> bool:
    return isinstance(value, str) and value.startswith("gAAAA")  # Fernet's version byte
