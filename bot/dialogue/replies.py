"""What the engine returns: replies to show and the user's new state."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.dialogue.state import UserState


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # action string, at most 64 bytes (Telegram's callback_data limit)


@dataclass(frozen=True)
class Venue:
    """A place pin: Telegram sends it as a venue message, the console as text."""

    lat: float
    lon: float
    title: str
    address: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    venue: Venue | None = None


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...]
    state: UserState
    effects: tuple[object, ...] = field(default=())
