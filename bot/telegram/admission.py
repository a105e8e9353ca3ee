"""Before any handler (group -1): slow down floods, then let each update through once.

Kept apart from bot/telegram/handlers.py because it decides whether an update is handled at
all, not how: the flood verdict (bot/flood.py), the once-only check, and the message ids kept
for /clear. For a person's text that passes the flood check (handlers.PRIVATE_TEXT, most
updates) the last two are on_text's: its one read before handling says whether the update was
handled already, and the handling transaction writes the ids (issue 11: a transaction and a
thread hand-off each fewer a message).
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.flood import FloodGuard
from bot.telegram.delivery import send_now
from bot.telegram.dispatch import lane_of_update
from bot.telegram.handlers import (
    INCOMING,
    PRIVATE_TEXT,
    command_parts,
    moved_location,
    service_of,
)
from bot.values import Lane

FLOOD = "flood"
GROUP_FLOOD = "group_flood"
SPARED_COMMAND = "clear"  # passes a flood once a window (FloodGuard.spare)
UNMARKED = "unmarked"  # ids of dropped updates: polling need not record them as handled


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before any handler: slow down floods, then answer each update once.

    The flood verdict comes first and needs no database: a dropped update costs no query, no
    write and no Telegram call: it takes a handling slot others need (bot/flood.py)."""
    chat, user = update.effective_chat, update.effective_user
    if moved_location(update):  # a live location moving: not answered, not counted
        context.bot_data.setdefault(UNMARKED, set()).add(update.update_id)
        raise ApplicationHandlerStop
    verdict = await flood_verdict(update, context)
    if verdict == "drop":
        context.bot_data.setdefault(UNMARKED, set()).add(update.update_id)
        raise ApplicationHandlerStop
    service = service_of(context)
    # A person's text (the most common update by far) is checked and its ids written by
    # on_text, with the read and the handling transaction it needs anyway (issue 11).
    text = verdict == "ok" and bool(PRIVATE_TEXT.check_update(update))
    # Recorded after handling (bot/telegram/polling.py), so a crash mid-way is redelivered.
    if not text and await asyncio.to_thread(service.seen_update, update.update_id):
        raise ApplicationHandlerStop
    await write_released(context)
    message = update.effective_message
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    uid = f"tg:{user.id}"
    ids = flood_of(context).release(uid)  # dropped before, not yet written
    if message is not None:  # its id (never its text), so /clear can delete it later
        ids.append(message.message_id)
    if text:
        context.bot_data.setdefault(INCOMING, {})[update.update_id] = ids
    elif ids:
        await asyncio.to_thread(service.record_sent, chat.id, ids)
    if verdict == "warn":
        note = await asyncio.to_thread(service.flood_note, uid)
        await send_now(context, chat.id, note)
        raise ApplicationHandlerStop


async def flood_verdict(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """'ok', 'warn' (a user's first update over the limit: they get one note) or 'drop' (a
    user over the limit after the note, or a group over its own: no note there). A button
    pressed in a group is no message and always passes. Spared although over the limit:
    /clear once a window, and danger words (the triage's) up to DANGER_PER_MINUTE a window,
    so the note to wait is never the answer to danger (bot/flood.py)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return "ok"
    if chat.type != ChatType.PRIVATE:
        message = update.message or update.edited_message
        if message is None:
            return "ok"
        verdict = flood_of(context, GROUP_FLOOD).check(f"tg-group:{chat.id}")
        return "ok" if verdict == "ok" else "drop"
    uid = f"tg:{user.id}"
    verdict = flood_of(context).check(uid)
    message = update.effective_message
    if verdict != "ok" and is_spared(update) and flood_of(context).spare(uid):
        return "ok"  # /clear: the person's safety first (once a minute)
    if verdict != "ok" and sounds_like_danger(update, context):
        # Danger words: the emergency numbers, however fast they type; past their own bound
        # (numbers sent 10 times this minute) dropped, never answered "wait a minute".
        verdict = "ok" if flood_of(context).spare_danger(uid, verdict) else "drop"
        if verdict == "ok":
            return verdict
    if verdict == "drop" and message is not None:
        ids = flood_of(context).hold(uid, chat.id, message.message_id)
        if ids:  # one write for a hundred dropped messages
            await asyncio.to_thread(service_of(context).record_sent, chat.id, ids)
    return verdict


def sounds_like_danger(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The triage's keyword check on what the person typed (a caption too), a lone "help"
    included (BotService.lane_of): no I/O, and only for an update over the limit, so a
    message within it costs nothing more."""
    return lane_of_update(service_of(context), update) == Lane.URGENT


def is_spared(update: Update) -> bool:
    text = (update.message.text if update.message is not None else None) or ""
    return text.startswith("/") and command_parts(text)[0] == SPARED_COMMAND


async def write_released(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ids of dropped messages held for users since forgotten: written, for /clear."""
    for chat_id, ids in flood_of(context).released():
        await asyncio.to_thread(service_of(context).record_sent, chat_id, ids)


def flood_of(context: ContextTypes.DEFAULT_TYPE, key: str = FLOOD) -> FloodGuard:
    """The people's flood guard, or with GROUP_FLOOD the groups' (a limit of their own)."""
    guard_: FloodGuard = context.bot_data[key]
    return guard_
