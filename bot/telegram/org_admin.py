"""Organisation admins' commands in Telegram: /team, /alert ID, /alert_status ID, and the
alert's confirm button ("oa:..."). The desks decide; this only routes the update to them."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.alert_desk import PREFIX, AlertDesk
from bot.desk import Said
from bot.team import TeamDesk

TEAM = "team_desk"
ALERTS = "alert_desk"
COMMANDS = ("team", "alert", "alert_status")
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
    elif name == "alert":
        items = await asyncio.to_thread(alerts.preview, chat.id, user.id, args)
    else:
        items = await asyncio.to_thread(alerts.status, chat.id, user.id, args)
    if items is None:
        return False
    await say(context, items, update.update_id)
    return True


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, say: Say) -> None:
    """The confirm button under an alert's preview: queued once, whoever presses it again."""
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    alerts: AlertDesk | None = context.bot_data.get(ALERTS)
    if query is None or user is None or chat is None or alerts is None:
        return
    items = await asyncio.to_thread(alerts.confirm, chat.id, user.id, query.data or "")
    refusals = [item for item in items if item.alert]
    if refusals:  # to the presser alone, as staff buttons do
        with contextlib.suppress(BadRequest):
            await query.answer(refusals[0].text[:200], show_alert=True)
        return
    with contextlib.suppress(BadRequest):
        await query.answer()
    await say(context, items, update.update_id)
