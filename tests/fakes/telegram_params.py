"""Reading Bot API parameters the way Telegram does, and its error answers."""

from __future__ import annotations

import json
from typing import Any

# Parameters PTB sends JSON-encoded; the rest stay strings (a text may look like JSON).
JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "commands",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "scope",
        "menu_button",
        "media",
        "message_ids",
    }
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters  # ResponseParameters, e.g. migrate_to_chat_id


def decode(params: dict[str, Any]) -> dict[str, Any]:
    decoded = dict(params)
    for name in JSON_PARAMS & decoded.keys():
        if isinstance(decoded[name], str):
            try:
                decoded[name] = json.loads(decoded[name])
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None
    return decoded


def number(params: dict[str, Any], name: str, default: float | None = None) -> float:
    raw = params.get(name)
    if raw is None or raw == "":
        if default is None:
            raise ApiError(400, f"Bad Request: {name} is required")
        return default
    try:
        return float(raw)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: {name} must be a number") from None
