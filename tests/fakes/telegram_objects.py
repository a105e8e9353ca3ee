"""Bot API objects as the fake Telegram server builds them, and what a test reads back.

Dicts follow https://core.telegram.org/bots/api closely enough for PTB 22's `de_json`: dates
in whole seconds, `from` with `is_bot`, chats with their type, files with both ids.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, NamedTuple

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64  # bytes, UTF-8

_file_ids = itertools.count(1)


def now() -> int:
    return int(time.time())


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def user_dict(
    user_id: int, first_name: str | None = None, language_code: str | None = None
) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": user_id,
        "is_bot": False,
        "first_name": first_name or f"User{user_id}",
    }
    if language_code:
        user["language_code"] = language_code
    return user


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def group_chat(chat_id: int, title: str, chat_type: str = "group") -> dict[str, Any]:
    return {"id": chat_id, "type": chat_type, "title": title}


def command_entities(text: str) -> list[dict[str, Any]]:
    """Telegram marks a leading /command as a bot_command entity; PTB's filters need it."""
    if not text.startswith("/") or len(text) < 2:
        return []
    word = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(word)}]


def new_file(size: int = 1024, **extra: Any) -> dict[str, Any]:
    number = next(_file_ids)
    return {
        "file_id": f"file-{number}",
        "file_unique_id": f"uniq-{number}",
        "file_size": size,
        **extra,
    }


def media_fields(kind: str, **overrides: Any) -> dict[str, Any]:
    """The message fields for one kind of media, as a phone client would send them."""
    samples: dict[str, Any] = {
        "photo": [
            new_file(1200, width=90, height=67),
            new_file(48000, width=800, height=600),
        ],
        "voice": new_file(9000, duration=3, mime_type="audio/ogg"),
        "audio": new_file(90000, duration=60, mime_type="audio/mpeg", title="Song"),
        "video": new_file(500000, width=640, height=360, duration=5, mime_type="video/mp4"),
        "video_note": new_file(200000, length=240, duration=4),
        "animation": new_file(90000, width=320, height=240, duration=2),
        "document": new_file(20000, file_name="paper.pdf", mime_type="application/pdf"),
        "sticker": new_file(
            4000,
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji="🙂",
        ),
        "contact": {"phone_number": "+66811111111", "first_name": "Somchai"},
        "location": {"latitude": 13.7563, "longitude": 100.5018},
        "dice": {"emoji": "🎲", "value": 3},
    }
    if kind not in samples:
        raise ValueError(f"no sample for media kind {kind!r}")
    return {kind: samples[kind], **overrides}


class Button(NamedTuple):
    """One inline button as the bot sent it; compares equal to a (label, data, url) tuple."""

    label: str
    data: str | None
    url: str | None = None


class Venue(NamedTuple):
    latitude: float
    longitude: float
    title: str
    address: str


def buttons_of(markup: dict[str, Any] | None) -> tuple[tuple[Button, ...], ...]:
    if not markup or "inline_keyboard" not in markup:
        return ()
    return tuple(
        tuple(Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row)
        for row in markup["inline_keyboard"]
    )


def keyboard_problem(markup: dict[str, Any] | None) -> str | None:
    """What Telegram would refuse in an inline keyboard, or None."""
    if not markup or "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        return 'Bad Request: field "inline_keyboard" must be an Array of Arrays'
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                return "Bad Request: text buttons are unallowed in the inline keyboard"
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                return "Bad Request: BUTTON_DATA_INVALID"
            if data is None and not any(k in button for k in ("url", "switch_inline_query")):
                return "Bad Request: can't parse inline keyboard button"
    return None


# Tags Telegram's HTML parse mode accepts.
_TAG_NAMES = "b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote"
HTML_TAGS = frozenset(_TAG_NAMES.split())


class _HtmlChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problem: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.problem = self.problem or f'Unsupported start tag "{tag}"'
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problem = self.problem or f'Unmatched end tag "{tag}"'
        else:
            self.open.pop()


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse `text` with parse_mode=HTML, or None (a rough check)."""
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.problem:
        return checker.problem
    if checker.open:
        return f"Can't find end tag corresponding to start tag {checker.open[-1]!r}"
    return None


@dataclass
class BotMessage:
    """A message the bot sent, as the test sees it. Edits update it in place."""

    chat_id: int
    message_id: int
    method: str  # sendMessage, sendVenue, sendLocation, sendPhoto, sendDocument
    text: str | None
    buttons: tuple[tuple[Button, ...], ...]
    venue: Venue | None
    raw: dict[str, Any]  # the Message object as returned to the bot
    params: dict[str, Any]  # the parameters of the send call
    edits: int = 0
    deleted: bool = False
    history: list[str | None] = field(default_factory=list)  # earlier texts, oldest first

    @property
    def labels(self) -> list[str]:
        return [button.label for row in self.buttons for button in row]

    @property
    def data(self) -> list[str | None]:
        return [button.data for row in self.buttons for button in row]

    def button(self, label_or_data: str) -> Button:
        for row in self.buttons:
            for button in row:
                data = button.data or ""
                # "ref:send" also finds "ref:send:<ref>": an action with its argument.
                if label_or_data in (button.label, data) or data.startswith(label_or_data + ":"):
                    return button
        raise LookupError(
            f"no button {label_or_data!r} on message {self.message_id} "
            f"(buttons: {[(b.label, b.data) for row in self.buttons for b in row]})"
        )

    def __str__(self) -> str:
        head = self.text if self.text is not None else f"<{self.method}>"
        return f"#{self.message_id} {head!r} buttons={self.data}"


@dataclass(frozen=True)
class ApiCall:
    method: str  # as the client spelled it, e.g. "sendMessage"
    params: dict[str, Any]  # JSON-valued parameters decoded
    at: float
    status: int  # the HTTP status the fake answered with
