"""Building and running the PTB application: handler registration in one place.

Ordering matters: the de-duplication guard runs first (group -1); in private chats commands
come before buttons, text, locations and finally everything else; groups get one short answer.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AsyncExitStack

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.dialogue.events import ButtonPress, Command, Event, GroupMessage
from bot.runtime import running_service
from bot.service import BotService
from bot.telegram.convert import media_event, send_replies

log = logging.getLogger(__name__)
SERVICE = "service"
PRIVATE = filters.ChatType.PRIVATE


def service_of(context: ContextTypes.DEFAULT_TYPE) -> BotService:
    service: BotService = context.bot_data[SERVICE]
    return service


async def dedupe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Telegram may deliver an update again after a restart: answer it once."""
    store = service_of(context).store
    if not await asyncio.to_thread(store.first_time_update, update.update_id):
        raise ApplicationHandlerStop


async def respond(update: Update, context: ContextTypes.DEFAULT_TYPE, event: Event) -> None:
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return
    replies = await service_of(context).handle(f"tg:{user.id}", event)
    await send_replies(context.bot, chat.id, replies)


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    word, _, args = message.text[1:].partition(" ")
    name = word.split("@", 1)[0].lower()  # "/start@SomeBot" in clients that add the name
    await respond(update, context, Command(name, args.strip()))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()  # stop the client's spinner first
    await respond(update, context, ButtonPress(query.data or ""))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    event = await service_of(context).text_event(message.text)
    await respond(update, context, event)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    await respond(update, context, media_event(message))


async def on_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups the bot does not chat: one short answer to commands and to being added."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type == ChatType.CHANNEL:
        return
    added = any(member.id == context.bot.id for member in message.new_chat_members or ())
    if added or (message.text or "").startswith("/"):
        replies = await service_of(context).handle(f"tg-group:{chat.id}", GroupMessage())
        await send_replies(context.bot, chat.id, replies)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    # Log the error's type and place only: the update itself holds the user's words.
    error = context.error
    log.error("Error while handling an update: %s", type(error).__name__, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(
                update.effective_chat.id,
                "Sorry, something went wrong on my side. Please try again, or use /menu.",
            )
        except Exception:  # the error may be Telegram itself being unreachable
            log.warning("Could not tell the user about the error")


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, dedupe), group=-1)
    app.add_handler(MessageHandler(filters.ChatType.GROUPS, on_group))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, on_command))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, on_other))
    app.add_error_handler(on_error)


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    stack = AsyncExitStack()

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        app.bot_data[SERVICE] = await stack.enter_async_context(running_service(settings))

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        await stack.aclose()

    assert settings.telegram_token is not None
    base = settings.telegram_api_url.rstrip("/")
    app = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(app)
    return app


def run_telegram(settings: Settings) -> int:
    app = build_application(settings)
    log.info("Starting the Telegram bot (polling)")
    app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0
