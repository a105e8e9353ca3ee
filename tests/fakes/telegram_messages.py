"""Chats and the bot's messages in the fake Telegram server: sending, editing, deleting.

Checks what Telegram checks (empty or too long text, keyboard limits, HTML entities, unknown
chats, blocked users), so a bot bug that would fail in production fails here too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from tests.fakes.telegram_objects import (
    MAX_TEXT,
    BotMessage,
    Venue,
    buttons_of,
    html_problem,
    keyboard_problem,
    new_file,
    now,
    utf16_len,
)
from tests.fakes.telegram_params import NOT_MODIFIED, ApiError, number

DELETE_WINDOW_S = 48 * 3600
ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": False,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": False,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}


class MessageMethods:
    """Mixed into BotApi, which holds the state and calls these under its lock."""

    bot_user: dict[str, Any]
    _chats: dict[int, dict[str, Any]]
    _blocked: set[int]
    _muted: set[int]
    _migrated: dict[int, int]
    _bot_admin_in: set[int]
    removed: defaultdict[int, list[int]]
    _message_ids: defaultdict[int, Iterator[int]]
    _messages: dict[tuple[int, int], BotMessage]
    user_messages: dict[tuple[int, int], bool]
    _by_chat: defaultdict[int, list[BotMessage]]
    _files: dict[str, dict[str, Any]]

    def _register_file(self, file: dict[str, Any]) -> dict[str, Any]:
        self._files[file["file_id"]] = {**file, "file_path": f"files/{file['file_unique_id']}"}
        return file

    # --- chats and sending --------------------------------------------------------------------
    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            chat_id = int(params.get("chat_id", ""))
        except ValueError:
            raise ApiError(400, "Bad Request: chat not found") from None
        chat = self._chats.get(chat_id)
        if chat is None and chat_id > 0:  # a user who never wrote to the bot
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if chat_id in self._migrated:  # Telegram answers with the supergroup's id
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        info = {"accent_color_id": 0, "max_reaction_count": 11}
        gifts = {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        }
        return {**self._chat(params), **info, "accepted_gift_types": gifts}

    def _deliver(self, method: str, params: dict[str, Any], fields: dict[str, Any]) -> Any:
        chat = self._chat(params)
        if chat["id"] in self._muted and chat["id"] not in self._bot_admin_in:
            raise ApiError(400, "Bad Request: not enough rights to send text messages to the chat")
        markup = params.get("reply_markup")
        problem = keyboard_problem(markup)
        if problem:
            raise ApiError(400, problem)
        message_id = next(self._message_ids[chat["id"]])
        raw = {"message_id": message_id, "date": now(), "chat": chat, "from": self.bot_user}
        raw.update(fields)
        if markup and "inline_keyboard" in markup:
            raw["reply_markup"] = markup
        venue = raw.get("venue")
        record = BotMessage(
            chat_id=chat["id"],
            message_id=message_id,
            method=method,
            text=raw.get("text", raw.get("caption")),
            buttons=buttons_of(markup),
            venue=Venue(
                venue["location"]["latitude"],
                venue["location"]["longitude"],
                venue["title"],
                venue["address"],
            )
            if venue
            else None,
            raw=raw,
            params=params,
        )
        self._messages[(chat["id"], message_id)] = record
        self._by_chat[chat["id"]].append(record)
        return raw

    def _checked_text(self, params: dict[str, Any], name: str = "text") -> str:
        text = str(params.get(name) or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        if str(params.get("parse_mode", "")).upper() == "HTML":
            problem = html_problem(text)
            if problem:
                raise ApiError(400, f"Bad Request: can't parse entities: {problem}")
        return text

    def _send_message(self, params: dict[str, Any]) -> Any:
        return self._deliver("sendMessage", params, {"text": self._checked_text(params)})

    def _send_venue(self, params: dict[str, Any]) -> Any:
        location = {
            "latitude": number(params, "latitude"),
            "longitude": number(params, "longitude"),
        }
        for name in ("title", "address"):
            if not str(params.get(name) or "").strip():
                raise ApiError(400, f"Bad Request: {name} is empty")
        venue = {"location": location, "title": params["title"], "address": params["address"]}
        return self._deliver("sendVenue", params, {"venue": venue, "location": location})

    def _send_location(self, params: dict[str, Any]) -> Any:
        location = {
            "latitude": number(params, "latitude"),
            "longitude": number(params, "longitude"),
        }
        return self._deliver("sendLocation", params, {"location": location})

    def _send_file(self, params: dict[str, Any], kind: str) -> Any:
        if not params.get(kind):
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        file = self._register_file(new_file(2048, file_name="sent.bin"))
        payload: Any = [{**file, "width": 800, "height": 600}] if kind == "photo" else file
        fields: dict[str, Any] = {kind: payload}
        if params.get("caption"):
            fields["caption"] = self._checked_text(params, "caption")
        return self._deliver(f"send{kind.capitalize()}", params, fields)

    # --- editing ------------------------------------------------------------------------------
    def _own_message(self, params: dict[str, Any], action: str) -> BotMessage:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        chat = self._chat(params)
        record = self._messages.get((chat["id"], int(number(params, "message_id"))))
        if record is None or record.deleted:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return record

    def _edit_text(self, params: dict[str, Any]) -> Any:
        record = self._own_message(params, "edit")
        text = self._checked_text(params)
        markup = params.get("reply_markup")
        if text == record.text and buttons_of(markup) == record.buttons:
            raise ApiError(400, NOT_MODIFIED)
        record.history.append(record.text)
        record.text = text
        record.raw["text"] = text
        return self._apply_markup(record, markup)

    def _edit_markup(self, params: dict[str, Any]) -> Any:
        record = self._own_message(params, "edit")
        markup = params.get("reply_markup")
        if buttons_of(markup) == record.buttons:
            raise ApiError(400, NOT_MODIFIED)
        return self._apply_markup(record, markup)

    def _apply_markup(self, record: BotMessage, markup: dict[str, Any] | None) -> Any:
        problem = keyboard_problem(markup)
        if problem:
            raise ApiError(400, problem)
        record.buttons = buttons_of(markup)
        if record.buttons:
            record.raw["reply_markup"] = markup
        else:
            record.raw.pop("reply_markup", None)
        record.raw["edit_date"] = now()
        record.edits += 1
        return record.raw

    def _delete(self, params: dict[str, Any]) -> bool:
        key = (self._chat(params)["id"], int(number(params, "message_id")))
        if self.user_messages.get(key) is False:  # a user's own message: the bot may delete it
            self.user_messages[key] = True
            return True
        record = self._own_message(params, "delete")
        # Telegram lets a bot delete its messages in a private chat for 48 hours only.
        if now() - int(record.raw["date"]) > DELETE_WINDOW_S:
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        record.deleted = True
        return True

    # --- members (inbox groups) ---------------------------------------------------------------
    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        user_id = int(number(params, "user_id"))
        status = "member"
        if user_id == self.bot_user["id"] and chat["id"] in self._bot_admin_in:
            status = "administrator"
        elif user_id in self.removed[chat["id"]]:
            status = "left"
        user = {"id": user_id, "is_bot": user_id == self.bot_user["id"], "first_name": "U"}
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "administrator":
            member.update(ADMIN_RIGHTS)
        return member

    def _ban_member(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        if chat["id"] not in self._bot_admin_in:
            raise ApiError(400, "Bad Request: not enough rights to restrict/unrestrict chat member")
        self.removed[chat["id"]].append(int(number(params, "user_id")))
        return True

    def _unban_member(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        if chat["id"] not in self._bot_admin_in:
            raise ApiError(400, "Bad Request: not enough rights to restrict/unrestrict chat member")
        return True

    def _delete_many(self, params: dict[str, Any]) -> bool:
        """deleteMessages: 1-100 ids; like Telegram, ids it cannot find are skipped."""
        chat_id = self._chat(params)["id"]
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message_ids must hold 1-100 identifiers")
        for message_id in ids:
            key = (chat_id, int(message_id))
            record = self._messages.get(key)
            if record is not None and now() - int(record.raw["date"]) > DELETE_WINDOW_S:
                raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        for message_id in ids:
            key = (chat_id, int(message_id))
            record = self._messages.get(key)
            if record is not None:
                record.deleted = True
            elif key in self.user_messages:
                self.user_messages[key] = True
        return True
