"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real bot process.

    with FakeTelegram() as tg:                  # a random free port, in a background thread
        env["TELEGRAM_API_URL"] = tg.url        # PTB then calls {url}/bot<token>/<method>
        tg.user_sends_command(42, "start")
        [welcome] = await tg.wait_for_messages(42, 1)
        tg.user_presses(42, welcome, "lang:km")  # a button by its label or its data

The test side plays the users; the server side answers the bot like Telegram does (offsets,
long polling, error codes). `fail_sends` injects 500s and 429s for fault tests, and `calls`
logs every Bot API call with its parameters.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from typing import Any, Self

from tests.fakes.telegram_api import BotApi
from tests.fakes.telegram_faults import SEND_METHODS, FaultPlan
from tests.fakes.telegram_objects import (
    ApiCall,
    BotMessage,
    command_entities,
    group_chat,
    media_fields,
    now,
    private_chat,
    user_dict,
)

MessageRef = BotMessage | int  # a message the bot sent, or its id in the user's private chat


class FakeTelegram(BotApi):
    def __init__(self, token: str = "123:TEST", bot_username: str = "test_bot") -> None:
        super().__init__(token, bot_username)
        self._users: dict[int, dict[str, Any]] = {}
        self._query_ids = itertools.count(1)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- users and chats ----------------------------------------------------------------------
    def user(
        self, user_id: int, first_name: str | None = None, language_code: str | None = None
    ) -> dict[str, Any]:
        """Register (or return) a user; their private chat has the same id."""
        with self._cond:
            if user_id not in self._users:
                self._users[user_id] = user_dict(user_id, first_name, language_code)
                self._chats[user_id] = private_chat(self._users[user_id])
            return self._users[user_id]

    def _message(
        self, chat: dict[str, Any], sender: dict[str, Any], **fields: Any
    ) -> dict[str, Any]:
        with self._cond:
            self._chats.setdefault(chat["id"], chat)
            message_id = next(self._message_ids[chat["id"]])
            self.user_messages[(chat["id"], message_id)] = False  # not deleted
        return {"message_id": message_id, "date": now(), "chat": chat, "from": sender, **fields}

    def user_sends(self, user_id: int, **fields: Any) -> dict[str, Any]:
        """Any message from a user in their private chat; returns the Message as sent."""
        sender = self.user(user_id)
        message = self._message(self._chats[user_id], sender, **fields)
        self._push_update("message", message)
        return message

    def user_sends_text(self, user_id: int, text: str) -> dict[str, Any]:
        entities = command_entities(text)
        extra = {"entities": entities} if entities else {}
        return self.user_sends(user_id, text=text, **extra)

    def user_sends_command(self, user_id: int, command: str, args: str = "") -> dict[str, Any]:
        text = f"/{command.lstrip('/')}" + (f" {args}" if args else "")
        return self.user_sends_text(user_id, text)

    def user_sends_media(self, user_id: int, kind: str, **overrides: Any) -> dict[str, Any]:
        """photo, voice, audio, video, video_note, animation, document, sticker, contact,
        location or dice, with realistic fields; files can be fetched with getFile."""
        fields = media_fields(kind, **overrides)
        files = fields[kind] if isinstance(fields[kind], list) else [fields[kind]]
        for file in files:
            if "file_id" in file:
                with self._cond:
                    self._register_file(file)
        return self.user_sends(user_id, **fields)

    def user_sends_photo(self, user_id: int, caption: str | None = None) -> dict[str, Any]:
        return self.user_sends_media(user_id, "photo", **({"caption": caption} if caption else {}))

    def user_sends_voice(self, user_id: int) -> dict[str, Any]:
        return self.user_sends_media(user_id, "voice")

    def user_sends_sticker(self, user_id: int) -> dict[str, Any]:
        return self.user_sends_media(user_id, "sticker")

    def user_sends_document(self, user_id: int) -> dict[str, Any]:
        return self.user_sends_media(user_id, "document")

    def user_sends_location(
        self, user_id: int, latitude: float, longitude: float, **live: Any
    ) -> dict[str, Any]:
        """A shared location; `live_period=900` makes it a live one (see user_moves)."""
        location = {"latitude": latitude, "longitude": longitude, **live}
        return self.user_sends_media(user_id, "location", location=location)

    def user_sends_contact(self, user_id: int, phone: str = "+66811111111") -> dict[str, Any]:
        contact = {"phone_number": phone, "first_name": "Somchai"}
        return self.user_sends_media(user_id, "contact", contact=contact)

    def user_moves(
        self, message: dict[str, Any], latitude: float, longitude: float
    ) -> dict[str, Any]:
        """A live location's new position: Telegram sends it as an edit of the location's
        message (an `edited_message` update)."""
        location = {**message["location"], "latitude": latitude, "longitude": longitude}
        edited = {**message, "location": location, "edit_date": now()}
        self._push_update("edited_message", edited)
        return edited

    def user_edits(self, user_id: int, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The user edits a text they sent earlier (an `edited_message` update)."""
        edited = {**message, "text": text, "edit_date": now()}
        self._push_update("edited_message", edited)
        return edited

    def user_edits_caption(self, message: dict[str, Any], caption: str) -> dict[str, Any]:
        """The user changes the caption of a photo or file they sent (an `edited_message`)."""
        edited = {**message, "caption": caption, "edit_date": now()}
        self._push_update("edited_message", edited)
        return edited

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        title: str = "Workers group",
        chat_type: str = "group",
    ) -> dict[str, Any]:
        """A text in a group (chat ids of groups are negative)."""
        sender = self.user(user_id)
        entities = command_entities(text)
        extra = {"entities": entities} if entities else {}
        chat = group_chat(chat_id, title, chat_type)
        message = self._message(chat, sender, text=text, **extra)
        self._push_update("message", message)
        return message

    def bot_added_to_group(
        self, chat_id: int, user_id: int, title: str = "Workers group"
    ) -> dict[str, Any]:
        sender = self.user(user_id)
        chat = group_chat(chat_id, title)
        message = self._message(chat, sender, new_chat_members=[self.bot_user])
        self._push_update("message", message)
        return message

    def migrate_group(self, old_id: int, new_id: int, title: str = "Workers group") -> None:
        """The group becomes a supergroup with a new id: sends to the old id fail with
        400 and `migrate_to_chat_id`; no service message is delivered (the worst case)."""
        with self._cond:
            self._chats[new_id] = group_chat(new_id, title, "supergroup")
            self._migrated[old_id] = new_id

    def make_bot_admin(self, chat_id: int) -> None:
        """The group's owner makes the bot an administrator (it may then remove members)."""
        with self._cond:
            self._bot_admin_in.add(chat_id)

    def age_messages(self, chat_id: int, hours: float) -> None:
        """Every message the bot has sent to the chat so far becomes `hours` older."""
        with self._cond:
            for record in self._by_chat[chat_id]:
                record.raw["date"] = int(record.raw["date"]) - int(hours * 3600)

    def mute_bot_in(self, chat_id: int, muted: bool = True) -> None:
        """The group lets only its admins post: the bot's sends there fail with a 400 (not a
        403), and Telegram sends the bot no my_chat_member update, as it does."""
        with self._cond:
            (self._muted.add if muted else self._muted.discard)(chat_id)

    def block_bot(self, user_id: int, blocked: bool = True) -> None:
        """The user blocks the bot: sends to them fail with 403 Forbidden."""
        with self._cond:
            (self._blocked.add if blocked else self._blocked.discard)(user_id)

    def user_blocks(self, user_id: int, blocked: bool = True) -> int:
        """The user blocks the bot in their client (or deletes the chat; `blocked` False:
        unblocks it, or starts it again): sends fail with 403 meanwhile, and Telegram tells
        the bot with a my_chat_member update, as it does. Returns the update's id."""
        self.block_bot(user_id, blocked)
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        with self._cond:
            chat = self._chats[user_id]

        def member(status: str) -> dict[str, Any]:  # "kicked" says until when: 0, for ever
            return {
                "status": status,
                "user": self.bot_user,
                **({"until_date": 0} if status == "kicked" else {}),
            }

        change = {
            "chat": chat,
            "from": self.user(user_id),
            "date": now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self._push_update("my_chat_member", change)

    # --- buttons ------------------------------------------------------------------------------
    def _record(self, user_id: int, message: MessageRef) -> BotMessage:
        if isinstance(message, BotMessage):
            return message
        with self._cond:
            return self._messages[(user_id, message)]

    def user_presses(self, user_id: int, message: MessageRef, button: str) -> str:
        """Press a button (by label or data) on the keyboard the message has now.

        Returns the callback query id; `callback_answer(id)` tells how the bot answered it.
        """
        record = self._record(user_id, message)
        with self._cond:
            data = record.button(button).data
        if data is None:
            raise LookupError(f"button {button!r} is a URL button; it sends no callback")
        return self.user_sends_callback(user_id, record, data)

    def user_sends_callback(self, user_id: int, message: MessageRef, data: str) -> str:
        """A callback query with any data, even data no keyboard had (forged or stale)."""
        record = self._record(user_id, message)
        query_id = f"cq{next(self._query_ids)}"
        with self._cond:
            self._callbacks[query_id] = None
            query = {
                "id": query_id,
                "from": self.user(user_id),
                "message": dict(record.raw),
                "chat_instance": f"ci{record.chat_id}",
                "data": data,
            }
        self._push_update("callback_query", query)
        return query_id

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """The bot's answerCallbackQuery parameters for this query, None if unanswered."""
        with self._cond:
            return self._callbacks.get(query_id)

    # --- reading what the bot did -------------------------------------------------------------
    def messages_to(self, chat_id: int) -> list[BotMessage]:
        """Everything the bot sent to the chat, in order (deleted ones included, flagged)."""
        with self._cond:
            return list(self._by_chat[chat_id])

    def deleted_user_messages(self, chat_id: int) -> list[int]:
        """Ids of the users' own messages in the chat that the bot deleted."""
        with self._cond:
            return sorted(m for (c, m), gone in self.user_messages.items() if c == chat_id and gone)

    def calls_to(self, method: str) -> list[ApiCall]:
        with self._cond:
            return [call for call in self.calls if call.method.lower() == method.lower()]

    def wait_for_messages_sync(
        self, chat_id: int, n: int = 1, timeout: float = 5.0
    ) -> list[BotMessage]:
        """The next `n` messages to the chat that no earlier wait returned."""
        with self._cond:
            start = self._cursor[chat_id]
            arrived = self._cond.wait_for(lambda: len(self._by_chat[chat_id]) - start >= n, timeout)
            got = self._by_chat[chat_id][start : start + n]
            if not arrived:
                raise AssertionError(self._timeout_report(chat_id, n, got, timeout))
            self._cursor[chat_id] = start + n
            return got

    async def wait_for_messages(
        self, chat_id: int, n: int = 1, timeout: float = 5.0
    ) -> list[BotMessage]:
        return await asyncio.to_thread(self.wait_for_messages_sync, chat_id, n, timeout)

    def unread(self, chat_id: int) -> list[BotMessage]:
        """Messages that arrived after the last wait returned (without consuming them)."""
        with self._cond:
            return self._by_chat[chat_id][self._cursor[chat_id] :]

    def wait_for_call_sync(
        self,
        method: str,
        timeout: float = 5.0,
        where: Callable[[ApiCall], bool] = lambda call: True,
        after: int = 0,
    ) -> ApiCall:
        """The first logged call to `method` at index >= `after` of `calls` matching `where`."""

        def found() -> ApiCall | None:
            for call in self.calls[after:]:
                if call.method.lower() == method.lower() and where(call):
                    return call
            return None

        with self._cond:
            if not self._cond.wait_for(lambda: found() is not None, timeout):
                raise AssertionError(f"no {method} call within {timeout} s")
            call = found()
            assert call is not None
            return call

    async def wait_for_call(self, method: str, timeout: float = 5.0, **kwargs: Any) -> ApiCall:
        return await asyncio.to_thread(self.wait_for_call_sync, method, timeout, **kwargs)

    def wait_until_polling(self, polls_before: int, timeout: float = 30.0) -> bool:
        """True once a getUpdates call arrived after `polls_before` had been counted."""
        with self._cond:
            return self._cond.wait_for(lambda: self.polls_started > polls_before, timeout)

    def errors(self) -> list[ApiCall]:
        """Calls the fake refused (HTTP status not 200), injected faults included."""
        with self._cond:
            return [call for call in self.calls if call.status != 200]

    def _timeout_report(self, chat_id: int, n: int, got: list[BotMessage], timeout: float) -> str:
        refused = [f"{c.method} -> {c.status}" for c in self.calls if c.status != 200]
        return (
            f"expected {n} new message(s) to chat {chat_id} within {timeout} s, got "
            f"{len(got)}: {[str(m) for m in got]}; pending updates: {len(self._updates)}; "
            f"refused calls (last 5): {refused[-5:]}"
        )

    # --- faults -------------------------------------------------------------------------------
    def fail_sends(
        self,
        ratio: float,
        codes: tuple[int, ...] = (500, 429),
        retry_after: int = 1,
        seed: int | None = None,
        methods: frozenset[str] = SEND_METHODS,
        limit: int | None = None,
        hang_s: float = 1.0,
    ) -> FaultPlan:
        """Fail this share of send calls (nothing is delivered) until `clear_faults`.

        A 429 carries `retry_after` and opens a flood wait: sends inside it are refused too
        and counted in `plan.violations`. Code 0 (`NO_ANSWER`) is a time-out: the request is
        held `hang_s` seconds, then the connection drops. `plan.injected` lists (method, code)
        per failure; `seed` makes the sequence repeatable.
        """
        plan = FaultPlan(
            ratio, tuple(codes), retry_after, seed, frozenset(methods), limit, hang_s=hang_s
        )
        with self._cond:
            self.faults = plan
        return plan

    def fail_polls(self, code: int, retry_after: int = 1, limit: int | None = 1) -> FaultPlan:
        """Answer getUpdates with `code` (e.g. 429 with `retry_after`, or 401: a revoked token)
        `limit` times; a 429 also refuses polls inside its window (`plan.violations`)."""
        return self.fail_sends(
            1.0, (code,), retry_after, methods=frozenset({"getupdates"}), limit=limit
        )

    def garble_polls(self, count: int = 1) -> None:
        """Cut short the next `count` getUpdates answers that hold updates: the body is not
        JSON (a dropped connection, a broken proxy). Their ids go to `garbled`."""
        with self._cond:
            self.garbled_polls = count

    def clear_faults(self) -> None:
        with self._cond:
            self.faults = None

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """True once every update was confirmed by the bot (fetched; not necessarily handled)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            return self._cond.wait_for(
                lambda: not self._updates, max(0.0, deadline - time.monotonic())
            )
