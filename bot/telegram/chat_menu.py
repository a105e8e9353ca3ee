"""A person's own command menu (Telegram's "/" button) in the language they chose in the bot.

The menus set at start-up (app.set_command_menus) follow the Telegram app's language, and
there is no Burmese or Khmer Telegram app: a Burmese reader saw the menu in English. When a
person's language changes (BotService: Answer.menu) their chat gets its own menu,
BotCommandScopeChat, in that language; /delete_my_data deletes it, so Telegram keeps nothing
of the choice, and so does the retention job for each profile it deleted whose language was
not English (`forget_each`; English is the menu of any app in another language, so an
English reader has a menu of their own only with an app in Burmese or Khmer, which
Telegram does not make).

Never into the outbox's flood wait, and only once no reply waits for its turn: in a crowd
of new people, a menu waits until every reply waiting has gone. But it takes no turn
itself, neither a place in the lanes' 30 a second (bot/outbox/lanes.py) nor in the shared
send budget: a menu is no message, and sent in the lowest lane as one, the menus of the
Burmese and Khmer newcomers (their app is in another language) took the places the replies
came for (`make bench`'s steady 25 messages a second: p50 145 ms, p99 343 ms; 10 / 44 ms
without menus). A 429 on a menu pauses the menus only (`MENUS_PAUSED`), never the
replies. Only where the app does not show that language
already (`app_shows`): an English reader with an English app costs no call. Not kept for
later, and never in the way: a failure is logged by its class and the handling goes on (the
next change sets it again).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from telegram import Bot, BotCommandScopeChat
from telegram.error import RetryAfter
from telegram.ext import ContextTypes

from bot.i18n import LANGUAGES
from bot.outbox.sender import OutboxSender
from bot.service import BotService
from bot.telegram.delivery import SENDER, SERVICE
from bot.telegram.sender import retry_after_seconds
from bot.values import FORGET_MENU, Answer

log = logging.getLogger(__name__)
# Not one of the chat's Flights: those hold the outbox's replies queued for the chat until
# they land, and a menu in the lowest lane may wait out a whole burst.
_RUNNING: set[asyncio.Task[bool]] = set()
WAIT_FLOOD_S = 60.0  # a menu waits at most this long for the outbox's flood wait to end
MENUS_PAUSED = "chat_menus_paused_until"  # bot_data: loop time until which menus wait (429)
FORGET_PER_S = 10.0  # the retention job's menu deletions, at most this many a second


class Holder(Protocol):
    """What a menu call needs: a handler's context, or the Application (the retention job
    has no update to answer)."""

    @property
    def bot(self) -> Bot: ...

    @property
    def bot_data(self) -> dict[Any, Any]: ...


def follow(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, answer: Answer, app_language: str | None
) -> None:
    """Set (or, FORGET_MENU, delete) the private chat's own command menu, in the background.
    Where the Telegram app already shows the menu in the person's language (start-up's menu
    for its `app_language`, English for any other), the chat needs none of its own: nothing
    for a first choice, and an earlier one of its own deleted on a switch."""
    menu = answer.menu
    if menu is None or chat_id <= 0:
        return
    if menu != FORGET_MENU and menu == app_shows(app_language):
        if answer.menu_first:
            return
        menu = FORGET_MENU
    task = asyncio.create_task(_call(context, chat_id, menu))
    _RUNNING.add(task)  # held until done (the loop keeps only a weak reference)
    task.add_done_callback(_RUNNING.discard)


async def forget_each(holder: Holder, chat_ids: Sequence[int]) -> int:
    """Delete these chats' own menus (their profiles are gone: the retention job), one
    after another, at most FORGET_PER_S a second (a menu takes no send turn, so nothing else
    paces them), each waiting while replies wait; after a 429, the menus' pause is waited
    out and the chat tried once more, so a long list is not given up. How many went."""
    loop = asyncio.get_running_loop()
    done = 0
    for chat_id in chat_ids:
        for _attempt in range(2):
            paused = holder.bot_data.get(MENUS_PAUSED, 0.0) - loop.time()
            if paused > 0:
                await asyncio.sleep(min(paused, WAIT_FLOOD_S))
            if await _call(holder, chat_id, FORGET_MENU):
                done += 1
                break
            if holder.bot_data.get(MENUS_PAUSED, 0.0) <= loop.time():
                break  # not a 429: another try would fail alike
        await asyncio.sleep(1 / FORGET_PER_S)
    return done


def app_shows(app_language: str | None) -> str:
    """The language of the menu start-up set for an app in `app_language` (a Telegram
    language_code, "pt-br" too): its own for one of the bot's languages, else English."""
    code = (app_language or "").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


async def _call(holder: Holder, chat_id: int, menu: str) -> bool:
    """True when Telegram took the change."""
    gate: OutboxSender | None = holder.bot_data.get(SENDER)
    scope = BotCommandScopeChat(chat_id)
    loop = asyncio.get_running_loop()
    try:
        if loop.time() < holder.bot_data.get(MENUS_PAUSED, 0.0):
            log.info("A chat's command menu not changed: menus are paused (a 429)")
            return False
        if gate is not None and not await _after_replies(gate):
            log.info("A chat's command menu not changed: a flood wait")
            return False
        await _send(holder, scope, menu)
        return True
    except RetryAfter as error:  # the menus wait; the replies go on (their own 429s pause them)
        holder.bot_data[MENUS_PAUSED] = loop.time() + retry_after_seconds(error)
    except Exception as error:  # TelegramError, a time-out: the conversation goes on
        log.warning("Could not change a chat's command menu: %s", type(error).__name__)
    return False


async def _after_replies(gate: OutboxSender) -> bool:
    """Wait until no reply waits for its turn (bot/outbox/lanes.py) and no flood wait holds
    the sends, for at most WAIT_FLOOD_S; False when that time ran out. A menu takes no turn
    itself: no place in the lanes' 30 a second nor in the shared send budget."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_FLOOD_S
    while True:
        left = deadline - loop.time()
        if (paused := gate.paused_for()) > 0:
            if paused >= left:
                return False
            await asyncio.sleep(paused)
            continue
        try:
            # Woken once when the line empties: a crowd's 400 waiting menus used to look
            # again every half second each, and count the line at every look.
            async with asyncio.timeout(left):
                await gate.lanes.idle()
        except TimeoutError:
            return False
        if gate.paused_for() <= 0:
            return True


async def _send(holder: Holder, scope: BotCommandScopeChat, menu: str) -> None:
    if menu == FORGET_MENU:
        await holder.bot.delete_my_commands(scope=scope)
        return
    service: BotService = holder.bot_data[SERVICE]
    commands = service.command_menu(menu)  # the catalogs are loaded once
    await holder.bot.set_my_commands(commands, scope=scope)
