"""What the engine receives: one incoming event per user action, channel-neutral."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.values import NluResult


@dataclass(frozen=True)
class Text:
    """Free text, already normalised (Zawgyi converted, junk removed) by the service."""

    text: str
    language: str | None  # detected language of this message, None when unknown
    encoding: str | None  # "unicode" | "zawgyi" for Myanmar script
    nlu: NluResult | None  # None when the NLU service is down or too slow
    romanised: bool = False  # Burmese or Khmer typed in Latin letters (`language` says which)


@dataclass(frozen=True)
class Command:
    name: str  # without the slash, lower case: "start", "menu", ...
    args: str = ""


@dataclass(frozen=True)
class ButtonPress:
    data: str  # the button's action string, as the engine issued it (see keyboards.py)


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Media:
    # sticker, photo, document, voice, audio, video, video_note, contact, animation, poll, other
    kind: str
    # What the person typed with a photo, video or file: checked for danger, never kept.
    caption: str = field(default="", repr=False)


@dataclass(frozen=True)
class GroupMessage:
    """Anything said in a group the bot does not serve."""


Event = Text | Command | ButtonPress | Location | Media | GroupMessage


def typed_words(event: Event) -> str:
    """What the person typed with the event (a text, a caption, a command's words); read for
    danger and never kept."""
    if isinstance(event, Text):
        return event.text
    if isinstance(event, Media):
        return event.caption
    if isinstance(event, Command):
        return event.args
    return ""
