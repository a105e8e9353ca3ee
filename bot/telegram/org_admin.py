"""Organisation admins' commands in Telegram: /team, /alert ID, /alert_status ID, /remove ID,
and the confirm buttons of an alert and a removal ("oa:..."). The desks decide; this only
routes the update to them, and takes a removed member out of the inbox group."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence

from telegram import Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.alert_desk import PREFIX, AlertDesk
from bot.desk import Said
from bot.team import REMOVE_PREFIX, TeamDesk

TEAM = "team_desk"
ALERTS = "alert_desk"
COMMANDS = ("team", "alert", "alert_status", "remove")
BUTTON_PREFIX = PREFIX.split(":", 1)[0] + ":"
# bot/telegram/handlers.py `say`, passed in: that module routes updates here.
Say = Callable[[ContextTypes.DEFAULT_TYPE, Sequence[Said], int], Awaitable[bool]]


async def command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, args: str, say: Say
) -> bool:
    """True when an admin's command was answered; False when the sender is no admin here
    (the caller answers as it answers anyone: the dialogue in private, silence in a group)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or name not in COMMANDS:
        return False
    team: TeamDesk | None = context.bot_data.get(TEAM)
    alerts: AlertDesk | None = context.bot_data.get(ALERTS)
    if team is None or alerts is None:
        return False
    items: list[Said] | None
    if name == "team":
        items = await asyncio.to_thread(team.team, chat.id, user.id)
    elif name == "remove":
        items = await asyncio.to_thread(team.remover().ask, chat.id, user.id, args)
    elif name == "alert":
        items = await asyncio.to_thread(alerts.preview, chat.id, user.id, args)
    else:
        items = await asyncio.to_thread(alerts.status, chat.id, user.id, args)
    if items is None:
        return False
    await say(context, items, update.update_id)
    return True


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, say: Say) -> None:
    """The confirm button under an alert's preview: queued once, whoever presses it again.
    Or a removal's: the member's access goes, then the member leaves the inbox group."""
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    alerts: AlertDesk | None = context.bot_data.get(ALERTS)
    team: TeamDesk | None = context.bot_data.get(TEAM)
    if query is None or user is None or chat is None or alerts is None or team is None:
        return
    data = query.data or ""
    if data.startswith(REMOVE_PREFIX):
        removal = await asyncio.to_thread(team.remover().confirm, chat.id, user.id, data)
        items = removal.said
        if removal.inbox_chat is not None and removal.member is not None:
            with contextlib.suppress(TelegramError):  # not an admin there: the group was asked
                await context.bot.ban_chat_member(removal.inbox_chat, removal.member)
                await context.bot.unban_chat_member(
                    removal.inbox_chat, removal.member, only_if_banned=True
                )
    else:
        items = await asyncio.to_thread(alerts.confirm, chat.id, user.id, data)
    refusals = [item for item in items if item.alert]
    if refusals:  # to the presser alone, as staff buttons do
        with contextlib.suppress(BadRequest):
            await query.answer(refusals[0].text[:200], show_alert=True)
        return
    with contextlib.suppress(BadRequest):
        await query.answer()
    await say(context, items, update.update_id)
