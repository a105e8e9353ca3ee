"""What a failed send means: whether to try again, and when."""

from __future__ import annotations


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
