"""The outbox's send function: one Bot API call per attempt, PTB's errors mapped to the outbox's.

The Application's bot goes through AIORateLimiter(max_retries=3), which would retry a 429 by
itself (sleeping inside one outbox attempt) and hide `retry_after` from the outbox. PTB 22.8
cannot be told per call not to: `AIORateLimiter.process_request` takes
`rate_limit_args or max_retries`, so `rate_limit_args=0` still means 3 retries, and a dict
such as `{"max_retries": 0}` is not accepted at all. So a rate-limited bot is called through
a plain `Bot` twin that shares its token, URLs and connection pool but not its limiter; the
outbox keeps its own per-chat and global limits and honours `retry_after` itself.
"""

from __future__ import annotations

import datetime as dt
import warnings

from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    TelegramError,
)
from telegram.error import RetryAfter as TelegramRetryAfter
from telegram.ext import ExtBot
from telegram.request import BaseRequest
from telegram.warnings import PTBDeprecationWarning

from bot.outbox.errors import (
    Blocked,
    Moved,
    NoRights,
    Permanent,
    RetryAfter,
    SendError,
    Transient,
)
from bot.outbox.rows import EditFn
from bot.outbox.sender import SendFn
from bot.telegram.convert import markup_of
from bot.values import Keyboard


def telegram_send(bot: Bot) -> SendFn:
    """Send plain text with inline buttons; raise the outbox's errors, never PTB's."""
    plain = without_rate_limiter(bot)

    async def send(chat_id: int, text: str, buttons: Keyboard) -> int:
        try:
            message = await plain.send_message(chat_id, text, reply_markup=markup_of(buttons))
        except TelegramError as error:
            raise outbox_error(error) from error
        return message.message_id

    return send


def telegram_edit(bot: Bot) -> EditFn:
    """Edit a live message (a case card) in place. One Telegram will not edit (deleted,
    too old, not the bot's) is replaced by a new message, so the state is never lost; an
    unchanged one counts as done. Other errors are the outbox's, as for a send."""
    plain = without_rate_limiter(bot)

    async def edit(chat_id: int, message_id: int, text: str, buttons: Keyboard) -> int:
        markup = markup_of(buttons)
        try:
            await plain.edit_message_text(text, chat_id, message_id, reply_markup=markup)
            return message_id
        except BadRequest as error:
            if "not modified" in error.message.lower():
                return message_id
        except TelegramError as error:
            raise outbox_error(error) from error
        try:  # the card is gone or frozen: a new one carries the state from now on
            message = await plain.send_message(chat_id, text, reply_markup=markup)
        except TelegramError as error:
            raise outbox_error(error) from error
        return message.message_id

    return edit


def without_rate_limiter(bot: Bot) -> Bot:
    """`bot` itself, or a twin without its rate limiter (the twin's lifecycle is `bot`'s)."""
    if not isinstance(bot, ExtBot) or bot.rate_limiter is None:
        return bot
    return twin(bot, bot.request)


def twin(bot: Bot, request: BaseRequest) -> Bot:
    """A plain `Bot` with `bot`'s token and URLs, calling through `request`, no limiter."""
    return Bot(
        bot.token,
        base_url=lambda _token: bot.base_url,
        base_file_url=lambda _token: bot.base_file_url,
        request=request,
        get_updates_request=request,  # never used: saves building an idle client
    )


def outbox_error(error: TelegramError) -> SendError:
    """Which PTB error means what for a retry. BadRequest is a NetworkError: test it first."""
    if isinstance(error, TelegramRetryAfter):
        return RetryAfter(retry_after_seconds(error))
    if isinstance(error, ChatMigrated):  # a group upgraded to a supergroup: a new chat id
        return Moved(error.new_chat_id)
    if isinstance(error, Forbidden):  # blocked by the user, or removed from the group
        return Blocked(type(error).__name__)
    if isinstance(error, BadRequest) and may_not_post(error.message):
        return NoRights(type(error).__name__)
    if isinstance(error, BadRequest):
        return Permanent(type(error).__name__)
    if isinstance(error, NetworkError):  # TimedOut included: 5xx and connection failures
        return Transient(type(error).__name__)
    return Transient(type(error).__name__)  # anything else Telegram says: retry with backoff


# Telegram's words for a group where the bot may not post (only admins may): a 400.
_NO_RIGHTS = ("not enough rights to send", "have no rights to send", "chat_write_forbidden")


def may_not_post(message: str) -> bool:
    lowered = message.lower()
    return any(words in lowered for words in _NO_RIGHTS)


def retry_after_seconds(error: TelegramRetryAfter) -> float:
    """Seconds as a float, whether PTB gives an int or (PTB_TIMEDELTA=true) a timedelta."""
    with warnings.catch_warnings():  # reading it as an int is deprecated in PTB 22.2+
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
