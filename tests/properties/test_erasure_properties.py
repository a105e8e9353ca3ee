"""/delete_my_data and its buttons, through the service on a real database (SQLite), after any
history (a profile, kept questions, cases a caseworker answered, declined or closed, alerts,
recorded message ids, random events):

- confirmed ("del:yes"), nothing names the person in any table, decrypted: not their
  Telegram id (as user or chat id), not their keyed hash, not a word they or a caseworker
  wrote; their open cases are withdrawn, and no one else's rows change;
- not confirmed (No, another button, any other event in between), nothing is deleted;
- the delete buttons pressed stale, twice, forged, with someone else's reference, by someone
  else: each erases at most the presser's own data, only on exactly "del:yes".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import event, example, given, note, settings
from hypothesis import strategies as st
from privacy_world import (
    Action,
    Alerts,
    Deferred,
    OpenCase,
    Other,
    Person,
    Profile,
    Question,
    Sent,
    World,
    actions,
    histories,
)
from property_strategies import CI, any_events, examples, refs

from bot.dialogue.events import ButtonPress, Command, Event
from bot.values import OPEN_STATUSES

FULL = [  # everything at once: the example that must store words in every place
    Profile("en", "KH", "TH"),
    Question(),
    OpenCase("unpaid_wages", True, ("acc", "rep", "answer", "cres")),
    OpenCase("lost_documents", True, ("rep", "dec")),
    OpenCase("documents_confiscated", True, ()),
    Alerts("KH", "TH"),
    Sent((3, 4, 5)),
    Deferred(),
    OpenCase("unpaid_wages", False, ()),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("worlds")


def not_confirming(event_: Event) -> bool:
    """Anything but a confirmation that deletes: "del:yes", a withdrawal's "yes", /stop."""
    if isinstance(event_, Command):
        return event_.name != "stop"
    if isinstance(event_, ButtonPress):
        data = event_.data
        return data != "del:yes" and not data.startswith("al:") and not data.endswith(":yes")
    return True


# What a person may press or send between the question and the answer, or instead of it.
del_values = st.one_of(
    st.sampled_from(("no", "", "YES", "yes ", " yes", "yes:", "oui", "yes\n")),
    st.builds("yes:{}".format, refs),
    st.text(max_size=60),
)
in_between: st.SearchStrategy[Event] = st.one_of(
    st.just(ButtonPress("menu")),  # the "No" button
    st.builds("del:{}".format, del_values).map(ButtonPress),
    st.sampled_from(("cancel", "menu", "privacy", "delete_my_data", "clear", "start")).map(Command),
    any_events,
).filter(not_confirming)


@settings(CI, max_examples=examples(15))
@given(mine=histories, theirs=histories, between=st.lists(in_between, max_size=3))
@example(mine=FULL, theirs=FULL, between=[])
def test_confirmed_erasure_leaves_nothing_that_names_the_person(
    folder: Path,
    compiled_locales: Path,
    mine: list[Action],
    theirs: list[Action],
    between: list[Event],
) -> None:
    with World.fresh(folder, compiled_locales) as world:
        person, other = world.people
        world.play(person, mine)
        world.play(other, theirs)
        others_before = world.rows_naming(other)

        world.send(person, Command("delete_my_data"))
        for event_ in between:
            note(f"in between: {event_!r}")
            world.send(person, event_)
        cases = world.case_refs(person)
        event(f"words stored before: {any(w in repr(world.rows()) for w in person.words)}")
        event(f"open cases: {sum(status in OPEN_STATUSES for status in cases.values())}")
        world.send(person, ButtonPress("del:yes"))

        left = world.rows_naming(person)
        assert left == [], f"rows still naming the person: {left}"
        now = world.cases_by_ref(cases)
        for ref, status in cases.items():
            expected = "withdrawn" if status in OPEN_STATUSES else status
            assert now[ref] == (f"erased:{ref}", expected), (ref, status)
        assert world.rows_naming(other) == others_before, "someone else's rows changed"


@settings(CI, max_examples=examples(12))
@given(mine=histories, between=st.lists(in_between, min_size=1, max_size=4))
@example(mine=FULL, between=[ButtonPress("menu")])
@example(mine=FULL, between=[ButtonPress("del:no"), Command("cancel")])
def test_without_the_yes_nothing_is_deleted(
    folder: Path, compiled_locales: Path, mine: list[Action], between: list[Event]
) -> None:
    with World.fresh(folder, compiled_locales) as world:
        person = world.people[0]
        world.play(person, mine)
        world.send(person, Command("delete_my_data"))
        before = {(row.table, row.key) for row in world.rows_naming(person)}
        cases = world.case_refs(person)
        for event_ in between:
            note(f"instead: {event_!r}")
            world.send(person, event_)
        # A row may change (the state; a form cancelled), but every row that named the person
        # still does, and their cases are still theirs, in the same status.
        after = {(row.table, row.key) for row in world.rows_naming(person)}
        assert before <= after, f"forgotten: {sorted(before - after)}"
        assert {ref: world.case_refs(person).get(ref) for ref in cases} == cases


@dataclass(frozen=True)
class Foreign:
    """Button data holding another person's case reference (a forged or forwarded button)."""

    pattern: str
    index: int

    def data(self, world: World, presser: Person) -> str:
        refs = sorted(r for p in world.people if p is not presser for r in world.case_refs(p))
        return self.pattern.format(refs[self.index % len(refs)] if refs else "ABCDEF")


presses = st.one_of(
    st.just("del:yes"),
    st.builds("del:{}".format, del_values),
    st.builds(
        Foreign, st.sampled_from(("del:yes:{}", "del:{}", "wd:{}:yes", "ans:{}")), st.integers(0, 9)
    ),
)


@settings(CI, max_examples=examples(12))
@given(
    pasts=st.lists(st.lists(actions, max_size=4), min_size=3, max_size=3),
    pressed=st.lists(st.tuples(st.integers(0, 2), presses), min_size=1, max_size=6),
)
@example(  # "Yes" twice, then "No" on the stale question, then someone else's reference
    pasts=[FULL[:3], FULL[:3], []],
    pressed=[(0, "del:yes"), (0, "del:yes"), (0, "del:no"), (1, Foreign("del:yes:{}", 0))],
)
def test_a_delete_button_erases_the_presser_alone_and_only_on_yes(
    folder: Path,
    compiled_locales: Path,
    pasts: list[list[Action]],
    pressed: list[tuple[int, str | Foreign]],
) -> None:
    with World.fresh(folder, compiled_locales, count=3) as world:
        for person, past in zip(world.people, pasts, strict=True):
            world.play(person, [*past, Other(Command("delete_my_data"))])
        for who, press in pressed:
            presser = world.people[who]
            data = press.data(world, presser) if isinstance(press, Foreign) else press
            note(f"{presser.role} presses {data!r}")
            before = {p.role: world.rows_naming(p) for p in world.people}
            world.send(presser, ButtonPress(data))
            for person in world.people:
                after = world.rows_naming(person)
                if person is not presser:
                    assert after == before[person.role], f"{person.role}'s rows changed"
                elif data == "del:yes":
                    assert after == [], f"rows still naming the presser: {after}"
                else:
                    kept = {(r.table, r.key) for r in after}
                    assert {(r.table, r.key) for r in before[person.role]} <= kept
            event(f"pressed {data.split(':')[0]}:{'yes' if data == 'del:yes' else '...'}")
