"""Where an update waits in the inbound queue (bot/inbound.py): its chat and its priority.

Shared by the two ways updates are stored before they are handled: webhook mode
(bot/telegram/webhook.py, an update per request) and polling's store-first mode
(bot/telegram/stored_polling.py, a getUpdates batch at a time). Kept apart from both so
polling does not load the webhook's HTTP server (aiohttp) to place an update.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.service import BotService
from bot.telegram.dispatch import lane_of_update

log = logging.getLogger(__name__)
# The priority of an update in the queue (0 first); the default treats all alike.
Classify = Callable[[Update], int]
ToUpdate = Callable[[dict[str, Any]], Update]  # Update.de_json with the app's bot
PARSED = "inbound_parsed"  # app.bot_data: this process's Parsed


class Parsed:
    """Updates this process read to place them, kept for its own workers: most updates a
    process stores, its own workers claim (its stores wake them), and reading an update's
    JSON into PTB's objects again cost as much as placing it (bench.bot_cpu --webhook).

    Bounded: an update another process claims is never taken from here, so once `limit`
    are kept they are all let go, and the ones read after are kept. A worker that finds
    nothing here reads the stored body, as before."""

    def __init__(self, limit: int = 256) -> None:
        self.limit = limit
        self._updates: dict[int, Update] = {}

    def keep(self, update: Update) -> None:
        if len(self._updates) >= self.limit:
            self._updates.clear()
        self._updates[update.update_id] = update

    def take(self, update_id: int) -> Update | None:
        return self._updates.pop(update_id, None)

    def __len__(self) -> int:
        return len(self._updates)


def chat_key(update: Update) -> int:
    """The chat whose order this update keeps: its chat, else its sender, else 0."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


def lanes(service: BotService) -> Classify:
    """Polling's lanes (bot.values.Lane) as priorities: danger words in a private chat
    first, people before groups; the queue claims the lower number first."""
    return lambda update: int(lane_of_update(service, update))


def placement(
    to_update: ToUpdate, classify: Classify, data: dict[str, Any], parsed: Parsed | None = None
) -> tuple[int, int]:
    """(chat key, priority), the update kept in `parsed` for this process's workers; an
    update PTB cannot read is still stored, in chat 0, so the worker's own handling decides
    about it (logged there by class)."""
    try:
        update = to_update(data)
        place = chat_key(update), classify(update)
        if parsed is not None:
            parsed.keep(update)
        return place
    except Exception as error:
        log.warning("Update %s not readable here (%s)", data["update_id"], type(error).__name__)
        return 0, 1
