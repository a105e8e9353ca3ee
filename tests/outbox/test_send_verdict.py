"""What a failed send leads to (bot/outbox/errors.py verdict), apart from the sender."""

from __future__ import annotations

from bot.outbox.errors import (
    PERMANENT_LIMIT,
    Blocked,
    Permanent,
    RetryAfter,
    Transient,
    verdict,
)


def doubled(n: int) -> float:
    """A backoff that shows which count it was given."""
    return 2.0 * n


def test_a_flood_wait_waits_as_told_and_never_gives_up():
    said = verdict(RetryAfter(7.5), attempts=12, refusals=0, max_attempts=12, backoff=doubled)
    assert said == ("retry_after", 7.5, 0, False)
    assert verdict(RetryAfter(-1), 1, 0, 12, doubled).delay_s == 0.0


def test_permanent_refusals_back_off_by_refusals_and_give_up_at_the_limit():
    said = verdict(Permanent("x"), attempts=2, refusals=0, max_attempts=12, backoff=doubled)
    assert said == ("permanent", 2.0, 1, False)
    last = verdict(Blocked("x"), 3, PERMANENT_LIMIT - 1, 12, doubled)
    assert last == ("permanent", 2.0 * PERMANENT_LIMIT, PERMANENT_LIMIT, True)
    assert verdict(Permanent("x"), 12, 0, 12, doubled).give_up  # out of attempts too


def test_anything_else_backs_off_by_attempts_until_they_run_out():
    for error in (Transient("x"), TimeoutError(), ValueError()):
        assert verdict(error, 5, 1, 12, doubled) == ("transient", 10.0, 1, False)
        assert verdict(error, 12, 1, 12, doubled).give_up
