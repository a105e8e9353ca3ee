"""What a failed send means: whether to try again, and when."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

PERMANENT_LIMIT = 3  # a blocked bot or a missing chat rarely heals: stop after three refusals


class SendError(Exception):
    """A send that did not go through; the subclass says whether and when to try again."""


class RetryAfter(SendError):
    """Telegram's 429: nothing may be sent for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = float(seconds)


class Transient(SendError):
    """5xx, network errors, time-outs: try again later."""


class Permanent(SendError):
    """400/403 (chat not found, bot blocked): retried a little, then given up."""


class Blocked(Permanent):
    """403: the person blocked the bot (or deleted their account). Their alerts end."""


class NoRights(Blocked):
    """400 "not enough rights to send..." (CHAT_WRITE_FORBIDDEN): the group lets only its
    admins post. Telegram sends no my_chat_member for it, so it counts as a 403 would: after
    three, the row fails and an inbox is marked lost (bot/referrals/reach.py)."""


class Moved(SendError):
    """The group became a supergroup with a new id: send there, and from now on."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__("chat migrated")
        self.new_chat_id = int(new_chat_id)


def error_name(error: BaseException) -> str:
    """Class names only (an error's message may quote what was sent)."""
    name = type(error).__name__
    if isinstance(error, SendError) and error.__cause__ is not None:
        name += ":" + type(error.__cause__).__name__
    return name[:64]


class Verdict(NamedTuple):
    """What a failed attempt (not a move: the sender follows those at once) leads to."""

    counted_as: Literal["retry_after", "permanent", "transient"]  # SenderStats' field
    delay_s: float  # until the row is due again
    refusals: int  # permanent refusals so far, this one included
    give_up: bool  # the row is failed for good


def verdict(
    error: Exception,
    attempts: int,
    refusals: int,
    max_attempts: int,
    backoff: Callable[[int], float],
) -> Verdict:
    """`attempts` counts this one; `refusals` the permanent ones before it. A flood wait is
    Telegram pacing us, not a failure: it waits as long as told and never uses up attempts."""
    if isinstance(error, RetryAfter):
        return Verdict("retry_after", max(0.0, error.seconds), refusals, False)
    if isinstance(error, Permanent):
        refusals += 1
        give_up = attempts >= max_attempts or refusals >= PERMANENT_LIMIT
        return Verdict("permanent", backoff(refusals), refusals, give_up)
    # Transient, our own time-out, or anything unexpected from the send function
    give_up = attempts >= max_attempts or refusals >= PERMANENT_LIMIT
    return Verdict("transient", backoff(attempts), refusals, give_up)
