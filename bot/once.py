"""Readings made once per message.

Every reader of a message reads it its own way, and many read it the same way first: a
Burmese message was converted from Zawgyi 27 times while it was handled (danger words, the
messages answered before the NLU, places, someone else, the count), ~0.5 ms each, and the
table of messages answered before the NLU was read twice (the reply and the count): most of
the dialogue's CPU for a Burmese message (issue 11: CPU per message). Within `one_message`,
a function marked `per_message` computes each reading once; the readings are let go when the
block ends, so nothing of one message outlives its handling. Outside a block, it computes
as before. The functions marked must be pure, and return values nobody changes.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar, cast

_MEMO: ContextVar[dict[tuple[Callable[..., Any], Hashable], Any] | None] = ContextVar(
    "per_message", default=None
)
F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def one_message() -> Iterator[None]:
    """Within: each `per_message` reading computed once. Nested blocks share the outer one's
    (a caption is handled as a text inside the media's handling)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_message(function: F) -> F:
    """`function` (positional, hashable arguments) computed once per message."""
    return keyed(lambda *args: args)(function)


def keyed(key: Callable[..., Hashable]) -> Callable[[F], F]:
    """`per_message`, its reading told apart by `key(*args)` (for arguments that do not
    hash, or of which the reading reads only a part)."""

    def once_per_message(function: F) -> F:
        @functools.wraps(function)
        def once(*args: Any) -> Any:
            memo = _MEMO.get()
            if memo is None:
                return function(*args)
            index = (function, key(*args))
            if index in memo:
                return memo[index]
            memo[index] = result = function(*args)
            return result

        return cast(F, once)

    return once_per_message
