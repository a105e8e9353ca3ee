"""What the engine returns: replies to show, the user's new state, and effects for the service."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.values import Effect, Reply, Tally, UserState


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    state: UserState
    effects: tuple[Effect, ...] = field(default=())
    # What the anonymous counts record of this event (set by the engine; None: nothing).
    tally: Tally | None = None
    # Danger, or an emergency or an arrest read by the NLU: sent before anything queued.
    urgent: bool = False
    # The data of a button that shows again the answer this event showed (set by the engine,
    # bot/dialogue/follow_up.py; "someone_else": that answer, which no button shows again;
    # None: no answer shown): kept a few minutes, in memory.
    shown: str | None = None
    # The data of the buttons of the other problems the person wrote about, in this message
    # and with the answers just before it (set by the engine with `shown`, follow_up.also).
    also: tuple[str, ...] = ()


def with_note(note: str, outcome: Outcome) -> Outcome:
    """`outcome` with `note` as the first line of its first reply."""
    first, *rest = outcome.replies
    first = replace(first, text=f"{note}\n\n{first.text}")
    return replace(outcome, replies=(first, *rest))


def after_numbers(note: str, outcome: Outcome, also: str) -> Outcome:
    """The emergency answer `outcome` with `note` after the numbers, which come first: on the
    answer under them, or, with the numbers and the answer in one reply, at its end, above
    the line `also` ("You also wrote about this") that heads the buttons (round 20A: the
    note came under that line, between it and its buttons)."""
    first, *rest = outcome.replies
    if rest:
        return replace(
            outcome,
            replies=(first, *with_note(note, replace(outcome, replies=tuple(rest))).replies),
        )
    text = first.text
    at = text.rfind(also) if also else -1
    text = f"{text[:at]}{note}\n\n{text[at:]}" if at >= 0 else f"{text}\n\n{note}"
    return replace(outcome, replies=(replace(first, text=text),))
