"""A caseworker's pending step ("write your reply to case X"), with the time it was asked.

Kept in `users.step` as "staff:<action>:<case id>:<minute>" (minutes since the epoch, so
it fits the column); a step older than `TTL` is dropped instead of acted on: text typed
long after pressing Reply may not be meant for the case at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple, get_args

from bot.values import UserState

PREFIX = "staff:"
TTL = dt.timedelta(minutes=30)
# The staff actions that wait for the caseworker's text ("rch": a note saying the person was
# reached). Whatever words a step matches on this type, so mypy finds the place a new action
# was left out of (a step the desk could not put aside crashed: exploratory test 8, finding 4).
StepAction = Literal["rep", "note", "dec", "rch"]
ACTIONS: tuple[StepAction, ...] = get_args(StepAction)


class Step(NamedTuple):
    action: StepAction
    case_id: int
    asked_at: dt.datetime


def make(action: str, case_id: int, now: dt.datetime) -> str:
    return f"{PREFIX}{action}:{case_id}:{int(now.timestamp()) // 60}"


def parse(step: str) -> Step | None:
    """None for anything else, steps written before they carried a time included."""
    parts = step.removeprefix(PREFIX).split(":") if step.startswith(PREFIX) else []
    if len(parts) != 3 or parts[0] not in ACTIONS or not all(p.isdigit() for p in parts[1:]):
        return None
    minute = dt.datetime.fromtimestamp(int(parts[2]) * 60, dt.UTC)
    return Step(parts[0], int(parts[1]), minute)


def expired(step: Step, now: dt.datetime) -> bool:
    return now - step.asked_at > TTL


def staff_step_of(state: UserState) -> str | None:
    """The desk's step when this user's next text is a caseworker's reply, note or reason for
    declining (the desk handles it); None when the dialogue handles it."""
    step = state.step
    return step if step and step.startswith(PREFIX) else None
