"""One small callback per kind of update; each turns the update into an event or a desk call.

No decisions here beyond "who is this for": the engine answers migrants, the desk answers
staff, and both are reached through the service built at start (bot_data). What runs before
all of them (floods slowed, each update answered once) is bot/telegram/admission.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes, filters

from bot.desk import REF_TYPED, STAFF_HELP, Desk, Said
from bot.dialogue.engine import COMMANDS
from bot.dialogue.events import ButtonPress, Command, Event, GroupMessage
from bot.dialogue.my_data import CLEAR
from bot.referrals.staff_buttons import PAGE_PREFIX
from bot.team import STATS_PREFIX, TeamDesk
from bot.telegram import chat_menu, org_admin
from bot.telegram.convert import (
    CAPTION_CHARS,
    forwarded,
    markup_of,
    media_event,
    replied_to,
    sent_at,
)
from bot.telegram.deleting import delete_all
from bot.telegram.delivery import SENDER as SENDER
from bot.telegram.delivery import SERVICE as SERVICE
from bot.telegram.delivery import answer_now, deliver, replies_landed, send_now
from bot.telegram.delivery import service_of as service_of
from bot.values import CASE_COMMAND, Reply, Turn, UserState

log = logging.getLogger(__name__)
DESK = "desk"
ERASE = "del:yes"  # /delete_my_data confirmed (bot/dialogue/my_data.py)
CLEAR_PRESSED = f"{CLEAR}:"  # the farewell's /clear button (my_data.clear_button)


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    desk: Desk = context.bot_data[DESK]
    return desk


# In bot_data: ids of updates whose handling transaction recorded them as handled (polling
# and webhook workers then skip their own record of it: one write fewer a message).
RECORDED = "recorded"
# In bot_data: update id -> ids of the person's messages the guard left to the handling
# transaction to record for /clear (PRIVATE_TEXT updates: on_text takes them).
INCOMING = "incoming"
PRIVATE_TEXT = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND  # on_text's


def recorded(context: ContextTypes.DEFAULT_TYPE, update_id: int) -> None:
    """The handling transaction committed this update's processed record (BotService)."""
    context.bot_data.setdefault(RECORDED, set()).add(update_id)


async def respond(
    update: Update, context: ContextTypes.DEFAULT_TYPE, event: Event, aside: bool = False
) -> None:
    """`aside`: a migrants' button or command; in private, a caseworker's Reply, Note or
    Decline waiting for their text is put aside first (`put_aside`). The handling finds the
    step in the state it reads anyway: nothing more is read for anyone else."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    service, uid, update_id = service_of(context), f"tg:{user.id}", update.update_id
    private = aside and chat.id == user.id
    answer = await service.answer(uid, event, update_id, chat.id, staff_first=private)
    if answer.step_waits:  # nothing handled yet: the step aside, then the migrants' answer
        await put_aside(update, context)
        answer = await service.answer(uid, event, update_id, chat.id)
    recorded(context, update.update_id)
    if answer.wiped:  # /delete_my_data: the chat's recent messages go before the farewell
        await delete_all(context.bot, chat.id, answer.wiped)
    await answer_now(context, chat.id, answer)
    chat_menu.follow(context, chat.id, answer, user.language_code)


async def clear_chat(
    update: Update, context: ContextTypes.DEFAULT_TYPE, reader: str | None = None
) -> None:
    """/clear: delete our messages of the last 48 hours, and say honestly how many Telegram
    refused (older than 48 hours); one the person deleted already counts as gone. `reader`:
    pressed as the farewell's button after /delete_my_data (my_data.clear_button), the
    language and script it carries; the farewell itself, one of ours, goes too."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    service = service_of(context)
    # The answers the person has just seen may still be on their way to being recorded.
    await replies_landed(context, chat.id)
    plan = await asyncio.to_thread(service.clear_plan, chat.id)
    recent, command = list(plan.recent), None
    if update.effective_message is not None:
        if reader is None:  # the command's own message: not one of ours to report
            command = update.effective_message.message_id
        elif update.effective_message.message_id not in recent:
            recent.append(update.effective_message.message_id)
    # A hundred per call (bot/telegram/deleting.py); what Telegram refuses is said honestly.
    refused = plan.too_old + await delete_all(context.bot, chat.id, recent)
    found = plan.too_old > 0 or any(message_id != command for message_id in recent)
    uid = f"tg:{user.id}"
    # An unsent request's words go too: whoever holds the phone next could read them in its
    # summary (round 22C).
    draft = await asyncio.to_thread(service.forget_draft, uid)
    note = await asyncio.to_thread(service.cleared_note, uid, refused, found, reader or "", draft)
    sent = await send_now(context, chat.id, note)
    if sent:  # not for a chat erased by /delete_my_data: no row may name it after that
        await asyncio.to_thread(service.record_sent, chat.id, sent, True)


async def say(context: ContextTypes.DEFAULT_TYPE, items: Sequence[Said], update_id: int) -> bool:
    """Send the desk's answers like any reply; False when a caseworker never opened a
    private chat with the bot (Telegram refuses, and the outbox could not do better)."""
    for position, item in enumerate(items):  # its place in the desk's answer to the update
        try:
            reply = Reply(item.text, item.buttons)
            await deliver(context, item.chat_id, (reply,), update_id, position)
        except Forbidden:
            log.info("A staff member has no private chat with the bot yet")
            return False
    if items:
        service_of(context).on_outbox()
    return True


def command_parts(text: str) -> tuple[str, str]:
    word, _, args = text[1:].partition(" ")
    name = word.split("@", 1)[0].lower()  # "/start@SomeBot" in some clients
    if name.startswith(CASE_COMMAND) and not args.strip():  # "/case_9QY52Z", tapped
        return "case", name.removeprefix(CASE_COMMAND).upper()
    return name, args.strip()


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return
    name, args = command_parts(message.text)
    if name == "join":
        joined = await asyncio.to_thread(desk_of(context).join, user.id, args, user.first_name)
        await say(context, joined, update.update_id)
        return
    if name == "clear":
        await clear_chat(update, context)
        return
    if name in STAFF_HELP and await staff_help(update, context):
        return
    if name == "cancel":  # a caseworker's pending Reply, Note or Decline, in staff words
        cancelled = await asyncio.to_thread(desk_of(context).cancel, user.id)
        if cancelled:
            await say(context, cancelled, update.update_id)
            return
    if name == "stats" and await send_stats(update, context):
        return
    if name in ("cases", "case", "register") and await staff_in_private(update, context):
        return
    if await org_admin.command(update, context, name, args, say):
        return
    if name not in COMMANDS:  # "/clsoe" from staff: their help, not the migrants' (round 29A)
        unknown = await asyncio.to_thread(desk_of(context).unknown_command, user.id, name)
        if unknown:
            await say(context, unknown, update.update_id)
            return
    await respond(update, context, Command(name, args), aside=True)


async def staff_in_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """/cases and /case from staff in their private chat: answered there, for their
    organisation(s); /register: it goes in the group. False for anyone else (the dialogue
    answers, as to any unknown command)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return False
    name, args = command_parts(message.text)
    desk = desk_of(context)
    if name == "register":
        said = await asyncio.to_thread(desk.register_in_private, user.id, args)
    else:  # "/cases ABC234" too, as in the inbox
        said = await asyncio.to_thread(desk.private_cases, user.id, args)
    if said is None:
        return False
    await say(context, said, update.update_id)
    return True


async def put_aside(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A migrants' button or command in private from a caseworker whose Reply, Note or
    Decline waits for their text (`respond` found it): the desk leaves the step and says so
    (a typed reply stays a draft, shown again with its Send) before the migrants' answer."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.id != user.id:
        return
    try:
        aside = await asyncio.to_thread(desk_of(context).put_aside, user.id)
        if aside:
            await say(context, aside, update.update_id)
    except Exception:  # the migrants' answer comes next: never lost to a failure here
        log.exception("Putting a caseworker's pending step aside failed")


async def staff_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """/start, /menu or /help from staff: their own help, not the migrants' greeting and
    topics. False for anyone else (answered as before)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    helped = await asyncio.to_thread(
        desk_of(context).staff_help, chat.id, user.id, user.language_code
    )
    if helped is None:
        return False
    await say(context, helped, update.update_id)
    return True


async def send_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """/stats from staff: the desk's chart as a photo, its summary as the caption. False when
    the sender is not staff (the dialogue answers, as to any unknown command)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    team: TeamDesk | None = context.bot_data.get(org_admin.TEAM)
    if team is None:
        return False
    answer = await asyncio.to_thread(team.stats, chat.id, user.id)
    if answer is None:
        return False
    if isinstance(answer, Said):  # a refusal, or staff of several organisations choose
        await say(context, [answer], update.update_id)
    else:
        await context.bot.send_photo(chat.id, photo=answer.png, caption=answer.caption)
    return True


async def stats_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One organisation's /stats, chosen by its button (TeamDesk.stats_of checks who)."""
    query, chat, user = update.callback_query, update.effective_chat, update.effective_user
    team: TeamDesk | None = context.bot_data.get(org_admin.TEAM)
    if query is None or chat is None or user is None or team is None:
        return
    with contextlib.suppress(BadRequest):
        await query.answer()
    picture = await asyncio.to_thread(team.stats_of, chat.id, user.id, query.data or "")
    if picture is not None:
        await context.bot.send_photo(chat.id, photo=picture.png, caption=picture.caption)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return
    data = query.data or ""
    if data.startswith(org_admin.BUTTON_PREFIX):
        await org_admin.button(update, context, say)
        return
    if data.startswith(STATS_PREFIX):
        await stats_choice(update, context)
        return
    if data.startswith(PAGE_PREFIX):
        await cases_page(update, context)
        return
    if data.startswith("cs:"):
        language = (user.language_code or "").split("-")[0] or None
        desk = desk_of(context)
        items = await asyncio.to_thread(
            desk.button, user.id, chat.id, data, language, user.first_name
        )
        alerts = [item for item in items if item.alert]
        if alerts:  # to the presser alone: a refusal posted in a group tells everyone there
            with contextlib.suppress(BadRequest):
                await query.answer(alerts[0].text[:200], show_alert=True)
            return
        if not await say(context, items, update.update_id):
            first = await asyncio.to_thread(desk.private_chat_first, chat.id)
            await query.answer(first, show_alert=True)
            return
        await query.answer()
        return
    with contextlib.suppress(BadRequest):  # too old: the press is still worth handling
        await query.answer()  # stop the client's spinner
    if chat.type != ChatType.PRIVATE:
        return  # migrants' buttons only work in private chats
    if data == ERASE or data.startswith(f"{ERASE}:"):  # the answers still on their way are
        # recorded first, then deleted too
        await replies_landed(context, chat.id)
    if data.startswith(CLEAR_PRESSED):  # the farewell's /clear: Telegram deletes, not the engine
        await clear_chat(update, context, data.removeprefix(CLEAR_PRESSED))
        return
    await respond(update, context, ButtonPress(data), aside=True)


async def cases_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /cases list's Next or Back: the page takes the list's place in the same message
    (a phone shows one screen, not one more message a press); a message Telegram will not
    edit (deleted, too old) gets the page as a new one. A refusal: an alert to the presser."""
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    if query is None or user is None or chat is None:
        return
    language = (user.language_code or "").split("-")[0] or None
    items = await asyncio.to_thread(
        desk_of(context).cases_page, user.id, chat.id, query.data or "", language
    )
    alerts = [item for item in items if item.alert]
    with contextlib.suppress(BadRequest):  # too old to answer: the page is still shown
        await query.answer(alerts[0].text[:200] if alerts else None, show_alert=bool(alerts))
    if alerts:
        return
    anew = []
    for item in items:
        try:
            await query.edit_message_text(item.text, reply_markup=markup_of(item.buttons))
        except BadRequest as error:
            if "not modified" not in error.message.lower():  # the same page pressed twice
                anew.append(item)
    if anew:
        await say(context, anew, update.update_id)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    # The guard left the once-only check and the message ids for /clear to this handler:
    # one read (handled already? the state) and the ids written by the handling transaction.
    incoming: list[int] = context.bot_data.get(INCOMING, {}).pop(update.update_id, [])
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or message.text is None:
        return
    service, uid, update_id = service_of(context), f"tg:{user.id}", update.update_id
    turn = await _unseen_turn(context, uid, update_id, chat.id, incoming)
    if turn is None:
        return
    if update.edited_message is not None:  # a text changed after it was sent: no new one
        await on_edited(update, context, turn.state, incoming)
        return
    if turn.staff_step is not None:  # a caseworker's reply, note or reason: the desk's
        if incoming:
            await asyncio.to_thread(service.record_sent, chat.id, incoming)
        desk, words, step = desk_of(context), message.text, turn.staff_step
        items = await asyncio.to_thread(
            desk.text, user.id, step, words, update_id, message.message_id
        )
        await say(context, items, update_id)
        return
    try:
        answer = await service.answer_text(
            uid,
            message.text,
            update_id,
            chat.id,
            state=turn.state,
            incoming=incoming,
            sent_at=sent_at(message),
            message_id=message.message_id,
            forwarded=forwarded(message),
            replied_to=replied_to(message),
        )
    except Exception:  # not handled: the ids are still the person's to /clear
        if incoming:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(service.record_sent, chat.id, incoming)
        raise
    recorded(context, update_id)
    await answer_now(context, chat.id, answer)
    chat_menu.follow(context, chat.id, answer, user.language_code)


async def on_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Telegram's my_chat_member in a private chat: the person unblocked the bot (or started
    it again after deleting the chat). The messages about their cases that failed while it
    was blocked go now. A blocking needs nothing here: the outbox's 403s say it. In a group:
    the bot removed from an inbox, or allowed to write there again (on_group_member)."""
    change, user, chat = update.my_chat_member, update.effective_user, update.effective_chat
    if change is None or chat is None or chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        await on_group_member(update, context)
        return
    if user is None or chat.type != ChatType.PRIVATE:
        return
    if change.new_chat_member.status == ChatMemberStatus.MEMBER:
        await asyncio.to_thread(service_of(context).came_back, f"tg:{user.id}")


async def on_group_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot's own membership of a group changed. Removed, or not allowed to write: if
    the group is an inbox, its organisation's admins are told and its new cases no longer
    wait for it (exploratory test 9, finding 3). Back, and allowed to write: it counts
    again. Any other group: nothing."""
    change, chat = update.my_chat_member, update.effective_chat
    if change is None or chat is None:
        return
    member = change.new_chat_member
    status = member.status
    writes = status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    if status == ChatMemberStatus.RESTRICTED:  # in the group, with what it may do
        writes = bool(getattr(member, "is_member", False)) and bool(
            getattr(member, "can_send_messages", False)
        )
    desk = desk_of(context)
    org = await asyncio.to_thread(desk.inbox_back if writes else desk.inbox_lost, chat.id)
    if org is not None:  # the admins' notices, and the cards, are in the outbox
        service_of(context).on_outbox()


async def on_edited(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    state: UserState,
    incoming: list[int],
    words: str | None = None,
) -> None:
    """An edited text (PTB passes edited messages to the same handlers as new ones): never
    a caseworker's new reply nor a person's new answer. Staff get a note in their language
    for what they wrote as staff (the desk's); anyone else, and a caseworker's own question
    to the bot, the engine's answer to an edit (events.Edited; by the message's id the
    service knows whether it went to a caseworker). `words`: an edited caption's."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is not None and words is None:
        words = message.text
    if message is None or user is None or chat is None or words is None:
        return
    service, update_id = service_of(context), update.update_id
    desk, message_id = desk_of(context), message.message_id
    items = await asyncio.to_thread(desk.edited, user.id, message_id, state)
    if items:
        if incoming:
            await asyncio.to_thread(service.record_sent, chat.id, incoming)
        await say(context, items, update_id)
        return
    answer = await service.answer_text(
        f"tg:{user.id}",
        words,
        update_id,
        chat.id,
        state=state,
        incoming=incoming,
        edited=True,
        sent_at=sent_at(message),
        message_id=message_id,
    )
    recorded(context, update_id)
    await answer_now(context, chat.id, answer)
    chat_menu.follow(context, chat.id, answer, user.language_code)


def moved_location(update: Update) -> bool:
    """A live location's new position: Telegram sends each one as an edit of the shared
    location's message, which was answered once already."""
    edited = update.edited_message
    return edited is not None and edited.location is not None


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or moved_location(update):
        return
    if update.edited_message is not None and message.caption:
        # A caption changed after it was sent: the person's words edited, answered as an
        # edited text is (never as a new photo with a new question).
        await on_edited_caption(update, context, message.caption[:CAPTION_CHARS])
        return
    if user is not None and update.edited_message is None:
        # A caseworker's photo or file while their reply, note or reason waits: only text
        # goes, and a caption is theirs, not a migrant's question (the desk says so).
        staff_step = await asyncio.to_thread(service_of(context).staff_step, f"tg:{user.id}")
        if staff_step is not None:
            desk = desk_of(context)
            items = await asyncio.to_thread(desk.media, user.id, staff_step, update.update_id)
            if items:
                await say(context, items, update.update_id)
                return
    await respond(update, context, media_event(message))


async def on_edited_caption(
    update: Update, context: ContextTypes.DEFAULT_TYPE, caption: str
) -> None:
    """An edited caption: once only, as a text (`on_text`), then as an edit (`on_edited`)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    incoming: list[int] = context.bot_data.get(INCOMING, {}).pop(update.update_id, [])
    turn = await _unseen_turn(context, f"tg:{user.id}", update.update_id, chat.id, incoming)
    if turn is not None:
        await on_edited(update, context, turn.state, incoming, caption)


async def _unseen_turn(
    context: ContextTypes.DEFAULT_TYPE, uid: str, update_id: int, chat_id: int, incoming: list[int]
) -> Turn | None:
    """The person's turn for this update, or None for a redelivery: answered already (its
    record is there: polling need not write it; the ids the flood guard held still count)."""
    service = service_of(context)
    turn = await asyncio.to_thread(service.read_turn, uid, update_id)
    if not turn.seen:
        return turn
    recorded(context, update_id)
    if incoming:
        await asyncio.to_thread(service.record_sent, chat_id, incoming)
    return None


async def on_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Groups: registered inboxes take /register, /cases and /case (or a case's reference typed
    alone); /join anywhere cancels the code shown; the bot chats with no one there."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or chat.type == ChatType.CHANNEL:
        return
    text = message.text or ""
    desk = desk_of(context)
    if message.migrate_to_chat_id:  # upgraded to a supergroup: an inbox follows its new id
        await asyncio.to_thread(desk.move_inbox, chat.id, message.migrate_to_chat_id)
        return
    if text.startswith("/"):
        name, args = command_parts(text)
        if name == "join":  # a code the whole group has seen: cancelled, and said so
            joined = await asyncio.to_thread(
                desk.join_in_group, chat.id, user.id, args, user.first_name
            )
            await say(context, joined, update.update_id)
            return
        if name == "register":
            await say(
                context, await asyncio.to_thread(desk.register, chat.id, args), update.update_id
            )
            return
        if name == "cases" and not args:
            await say(
                context,
                await asyncio.to_thread(desk.list_cases, chat.id, user.id),
                update.update_id,
            )
            return
        if name in ("case", "cases"):  # "/case 9QY52Z": one case's card, with its buttons
            shown = await asyncio.to_thread(desk.show_case, chat.id, user.id, args)
            await say(context, shown, update.update_id)
            return
        if name == "stats" and await send_stats(update, context):
            return
        if name in STAFF_HELP and await staff_help(update, context):
            return
        if await org_admin.command(update, context, name, args, say):
            return
    if await asyncio.to_thread(desk.is_inbox, chat.id):
        # Staff talk among themselves in their inbox: quiet, but for a message that is only
        # a case's reference, from its staff (its card, as /case gives it).
        if REF_TYPED.fullmatch(text.strip().lstrip("#").upper()):
            shown = await asyncio.to_thread(desk.show_case, chat.id, user.id, text, True)
            await say(context, shown, update.update_id)
        return
    added = any(member.id == context.bot.id for member in message.new_chat_members or ())
    if added or text.startswith("/"):
        event = GroupMessage(bot_username(context))
        replies = await service_of(context).handle(f"tg-group:{chat.id}", event)
        await deliver(context, chat.id, replies, update.update_id)  # the group lane


def bot_username(context: ContextTypes.DEFAULT_TYPE) -> str:
    """The bot's @name without the @ (known once the bot is initialised), or ""."""
    try:
        return context.bot.username or ""
    except RuntimeError:  # not initialised (getMe not asked yet)
        return ""


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    # Log the error's type and place only: the update itself holds the user's words.
    error = context.error
    log.error("Error while handling an update: %s", type(error).__name__, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    try:
        service = service_of(context)
        uid = f"tg:{user.id}" if user else ""
        note = await asyncio.to_thread(service.apology, uid)
        await send_now(context, update.effective_chat.id, note)
    except Exception:  # the error may be Telegram or the database being unreachable
        log.warning("Could not tell the user about the error")
