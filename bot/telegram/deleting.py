"""Deleting many messages of one chat (/clear): a hundred per call, not one.

Every Bot API call goes through PTB's limiter (about 30 a second for the whole bot), so
deleting 3,000 messages one by one would take 100 s of everyone's sending. deleteMessages
takes up to 100 ids and skips those it cannot find; when Telegram refuses a whole batch
(e.g. a message older than 48 hours in it), that batch is tried one message at a time, so
the rest still go.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Bot
from telegram.error import BadRequest, TelegramError

BATCH = 100  # the Bot API's limit for deleteMessages


async def delete_all(bot: Bot, chat_id: int, message_ids: Sequence[int]) -> int:
    """Delete the messages; returns how many Telegram refused."""
    refused = 0
    for start in range(0, len(message_ids), BATCH):
        batch = list(message_ids[start : start + BATCH])
        try:
            await bot.delete_messages(chat_id, batch)
            continue
        except TelegramError:
            pass  # one message at a time below
        for message_id in batch:
            try:
                await bot.delete_message(chat_id, message_id)
            except BadRequest as error:  # already deleted by the person: gone, as wanted
                refused += "not found" not in error.message.lower()
            except TelegramError:  # too old (over 48 hours), or Telegram failed
                refused += 1
    return refused
