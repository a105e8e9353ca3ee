"""The flood guard forgets idle users (bounded memory) and holds the ids of dropped messages
so that /clear can still delete them, written in one go instead of once per message."""

from __future__ import annotations

from bot.flood import WINDOW_S, WRITE_HELD_AT, FloodGuard


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_memory_holds_only_the_users_of_the_last_window():
    clock = Clock()
    guard = FloodGuard(per_minute=20, clock=clock)
    for minute in range(30):  # 30 minutes, 1,000 new users each, one message each
        for n in range(1_000):
            clock.now = minute * WINDOW_S + n * 0.05
            guard.check(f"tg:{minute}-{n}")
        # Without ever calling forget_idle: check() sweeps once a window by itself.
        assert guard.users() <= 2_000, (minute, guard.users())
    assert guard.users() >= 1_000  # the last minute's users are still limited


def test_a_forgotten_user_starts_afresh():
    clock = Clock()
    guard = FloodGuard(per_minute=2, clock=clock)
    assert [guard.check("u") for _ in range(4)] == ["ok", "ok", "warn", "drop"]
    clock.now = 3 * WINDOW_S
    guard.check("someone else")  # the sweep happens on any check
    assert guard.users() == 1
    assert guard.check("u") == "ok"


def test_dropped_ids_are_held_then_written_together():
    guard = FloodGuard(per_minute=1)
    written = [guard.hold("tg:7", 7, message_id) for message_id in range(1, WRITE_HELD_AT + 3)]
    assert written[: WRITE_HELD_AT - 1] == [[]] * (WRITE_HELD_AT - 1)
    assert written[WRITE_HELD_AT - 1] == list(range(1, WRITE_HELD_AT + 1))  # one write of 100
    assert guard.release("tg:7") == [WRITE_HELD_AT + 1, WRITE_HELD_AT + 2]
    assert guard.release("tg:7") == []  # handed out once


def test_ids_held_for_a_user_who_went_quiet_are_handed_over_when_forgotten():
    clock = Clock()
    guard = FloodGuard(per_minute=1, clock=clock)
    guard.check("tg:7")
    guard.hold("tg:7", 7, 11)
    guard.hold("tg:7", 7, 12)
    assert guard.released() == []
    clock.now = 2 * WINDOW_S
    guard.check("tg:8")  # sweeps: tg:7 is forgotten, its ids are not
    assert guard.released() == [(7, [11, 12])]
    assert guard.released() == []
