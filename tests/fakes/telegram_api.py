"""The server side of the fake Telegram Bot API: what the bot's HTTP calls find.

Everything runs under one condition variable, so a long-polling getUpdates wakes the moment a
test adds an update. Errors use Telegram's own status codes and descriptions, so PTB raises
the same exceptions it would raise in production (BadRequest, Forbidden, RetryAfter...).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

from tests.fakes.jsonhttp import JsonHttpServer, Response
from tests.fakes.telegram_faults import NO_ANSWER, FaultPlan, error_body
from tests.fakes.telegram_limits import SendLimits
from tests.fakes.telegram_messages import MessageMethods
from tests.fakes.telegram_objects import ApiCall, BotMessage
from tests.fakes.telegram_params import ApiError, decode, number

MAX_LONG_POLL_S = 50.0
TERMINATED = (
    "terminated by other getUpdates request; make sure that only one bot instance is running"
)


class BotApi(MessageMethods):
    """State and Bot API methods. `FakeTelegram` adds the test-side actions on top."""

    def __init__(self, token: str = "123:TEST", bot_username: str = "test_bot") -> None:
        self.token = token
        self.bot_user = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Test Bot",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._cond = threading.Condition()
        self._http = JsonHttpServer(self._on_request)
        self._closing = False
        self._update_ids: Iterator[int] = itertools.count(1)
        self._updates: list[dict[str, Any]] = []  # delivered until confirmed by an offset
        self._history: dict[int, dict[str, Any]] = {}  # every update ever sent, for replay
        self.last_update_id = 0
        # update id -> the numbers of the getUpdates calls (see polls_started) that returned it
        self.deliveries: defaultdict[int, list[int]] = defaultdict(list)
        self.confirmed_offset = 0
        self.polls_started = 0  # getUpdates calls received; a poller is logged only on return
        self._chats: dict[int, dict[str, Any]] = {}
        self._message_ids: defaultdict[int, Iterator[int]] = defaultdict(lambda: itertools.count(1))
        self._by_chat: defaultdict[int, list[BotMessage]] = defaultdict(list)
        self._messages: dict[tuple[int, int], BotMessage] = {}
        # The users' own messages, (chat id, message id) -> deleted; the bot may delete them.
        self.user_messages: dict[tuple[int, int], bool] = {}
        self._cursor: defaultdict[int, int] = defaultdict(int)
        self._callbacks: dict[str, dict[str, Any] | None] = {}  # query id -> the answer
        self._files: dict[str, dict[str, Any]] = {}
        self._blocked: set[int] = set()
        self._muted: set[int] = set()  # groups where only admins may post (mute_bot_in)
        self._migrated: dict[int, int] = {}  # old group id -> its supergroup's id
        self._bot_admin_in: set[int] = set()  # groups where the bot may remove members
        self.removed: defaultdict[int, list[int]] = defaultdict(list)  # chat -> users removed
        self.commands: list[dict[str, Any]] = []  # the default scope's, for every language
        # Every command menu set: (scope type, language code or "") -> its commands; a
        # chat's own menu under ("chat:<chat id>", language code or "").
        self.command_menus: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.calls: list[ApiCall] = []
        self.faults: FaultPlan | None = None
        self.limits: SendLimits | None = None  # Telegram's send limits, off unless enforced
        # The next this many getUpdates answers holding updates are cut short (not JSON), as
        # a dropped connection or a broken proxy does; the ids they held, for the test.
        self.garbled_polls = 0
        self.garbled: list[int] = []
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getme": lambda p: self.bot_user,
            "getupdates": self._get_updates,
            "deletewebhook": lambda p: True,
            "getwebhookinfo": self._webhook_info,
            "setmycommands": self._set_commands,
            "getmycommands": lambda p: self.command_menus.get(_menu_key(p), []),
            "deletemycommands": self._delete_commands,
            "setmydescription": lambda p: True,
            "setmyshortdescription": lambda p: True,
            "setchatmenubutton": lambda p: True,
            "getchat": self._get_chat,
            "sendmessage": self._send_message,
            "sendvenue": self._send_venue,
            "sendlocation": self._send_location,
            "sendphoto": lambda p: self._send_file(p, "photo"),
            "senddocument": lambda p: self._send_file(p, "document"),
            "sendchataction": lambda p: self._chat(p) and True,
            "answercallbackquery": self._answer_callback,
            "editmessagetext": self._edit_text,
            "editmessagereplymarkup": self._edit_markup,
            "deletemessage": self._delete,
            "deletemessages": self._delete_many,
            "getchatmember": self._get_chat_member,
            "banchatmember": self._ban_member,
            "unbanchatmember": self._unban_member,
            "getfile": self._get_file,
            "close": lambda p: True,
            "logout": lambda p: True,
        }

    def enforce_limits(self, **limits: float) -> SendLimits:
        """From now on, refuse sends past Telegram's limits with 429 and `retry_after`
        (30/s overall, 1/s per private chat, 20/min per group; see telegram_limits.py)."""
        with self._cond:
            self.limits = SendLimits(**limits)  # type: ignore[arg-type]
            return self.limits

    # --- HTTP ---------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The base URL to give the bot as TELEGRAM_API_URL."""
        return self._http.url

    def start(self) -> None:
        self._http.start()

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._http.close()

    def _on_request(self, http_method: str, path: str, params: dict[str, Any]) -> Response:
        prefix, _, rest = unquote(path).lstrip("/").partition("/")
        if prefix == "file":
            return self._download(rest)
        if prefix != f"bot{self.token}":
            return 401, error_body(401, "Unauthorized")
        method = rest.strip("/")
        handler = self._methods.get(method.lower())
        decoded = params
        try:
            if handler is None:
                raise ApiError(404, "Not Found")
            decoded = decode(params)
            with self._cond:
                raw = str(decoded.get("chat_id", ""))
                chat = int(raw) if raw.lstrip("-").isdigit() else None
                verdict = self.faults.verdict(method, chat) if self.faults else None
                if verdict is None and self.limits is not None:
                    verdict = self.limits.verdict(method, chat, time.monotonic())
                if verdict is None:
                    result = handler(decoded)
                    status, body = 200, {"ok": True, "result": result}
                else:
                    status, body = verdict
        except ApiError as error:
            status, body = error.code, error_body(error.code, error.description)
            if error.parameters:
                body["parameters"] = error.parameters
        with self._cond:
            self.calls.append(ApiCall(method, decoded, time.monotonic(), status))
            if status == 200 and method.lower() == "getupdates":
                body = self._maybe_garbled(body)
            self._cond.notify_all()
        if status == NO_ANSWER:  # a time-out: hold the request, then drop the connection
            time.sleep(self.faults.hang_s if self.faults else 0.0)
            return status, None
        return status, body

    def _maybe_garbled(self, body: Any) -> Any:
        """The answer, or its JSON cut off before the end (raw UTF-8, as Telegram sends it)."""
        if self.garbled_polls <= 0 or not body.get("result"):
            return body
        self.garbled_polls -= 1
        self.garbled.extend(update["update_id"] for update in body["result"])
        raw = json.dumps(body, ensure_ascii=False).encode()
        return raw[: len(raw) - 4]

    def _download(self, rest: str) -> Response:
        token_part, _, file_path = rest.partition("/")
        if token_part != f"bot{self.token}":
            return 401, error_body(401, "Unauthorized")
        with self._cond:
            known = any(f.get("file_path") == file_path for f in self._files.values())
        return (200, b"\x00fake file content") if known else (404, error_body(404, "Not Found"))

    # --- updates ------------------------------------------------------------------------------
    def _push_update(self, kind: str, payload: dict[str, Any]) -> int:
        with self._cond:
            update_id = next(self._update_ids)
            update = {"update_id": update_id, kind: payload}
            self._updates.append(update)
            self._history[update_id] = update
            self.last_update_id = update_id
            self._cond.notify_all()
            return update_id

    def replay(self, update_id: int) -> None:
        """Deliver an update again, as Telegram does when a bot died before confirming it.

        Do it while the bot is down: a running bot's next offset confirms it away at once.
        """
        with self._cond:
            update = self._history[update_id]
            if update not in self._updates:
                self._updates.append(update)
                self._updates.sort(key=lambda u: u["update_id"])
            self._cond.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(number(params, "offset", 0))
        limit = min(max(int(number(params, "limit", 100)), 1), 100)
        timeout = min(max(number(params, "timeout", 0), 0.0), MAX_LONG_POLL_S)
        self.polls_started += 1
        poll = self.polls_started
        self._cond.notify_all()
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self.confirmed_offset = max(self.confirmed_offset, offset)
        elif offset < 0:
            self._updates = self._updates[offset:]

        # Like Telegram, a newer getUpdates ends an older one that still waits: the long poll
        # of a killed bot must not swallow updates meant for its successor.
        def superseded() -> bool:
            return self.polls_started != poll

        self._cond.wait_for(lambda: bool(self._updates) or self._closing or superseded(), timeout)
        if superseded():
            raise ApiError(409, f"Conflict: {TERMINATED}")
        batch = self._updates[:limit]
        for update in batch:
            self.deliveries[update["update_id"]].append(poll)
        return batch

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by the bot (a later offset)."""
        with self._cond:
            return len(self._updates)

    def _webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    # --- callbacks, files, commands -----------------------------------------------------------
    def _answer_callback(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._callbacks or self._callbacks[query_id] is not None:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._callbacks[query_id] = params
        return True

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file = self._files.get(str(params.get("file_id", "")))
        if file is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        keys = ("file_id", "file_unique_id", "file_size", "file_path")
        return {key: file[key] for key in keys if key in file}

    def _set_commands(self, params: dict[str, Any]) -> bool:
        """As Telegram checks them: 1-100 commands, names of 1-32 of a-z, 0-9 and _,
        descriptions of 1-256 characters, a two-letter language code or none."""
        commands = params.get("commands")
        if not isinstance(commands, list) or not 1 <= len(commands) <= 100:
            raise ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            name, about = str(command.get("command", "")), str(command.get("description", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(about) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = _menu_key(params)
        if key[1] and not re.fullmatch(r"[a-z]{2}", key[1]):
            raise ApiError(400, "Bad Request: LANG_CODE_INVALID")
        self.command_menus[key] = list(commands)
        if key == ("default", ""):
            self.commands = list(commands)
        return True

    def _delete_commands(self, params: dict[str, Any]) -> bool:
        key = _menu_key(params)
        self.command_menus.pop(key, None)
        if key == ("default", ""):
            self.commands = []
        return True


CHAT_SCOPES = ("chat", "chat_administrators", "chat_member")


def _menu_key(params: dict[str, Any]) -> tuple[str, str]:
    """Which command menu a set/get/deleteMyCommands call is about: (scope type, language);
    a chat's own scope is "chat:<chat id>" (BotCommandScopeChat: one menu per chat)."""
    scope = params.get("scope") or {}
    kind = str(scope.get("type", "default") if isinstance(scope, dict) else "default")
    if kind in CHAT_SCOPES:
        try:
            chat_id = int(scope.get("chat_id", ""))
        except ValueError:
            raise ApiError(400, "Bad Request: chat not found") from None
        kind = f"{kind}:{chat_id}"
    return kind, str(params.get("language_code") or "")
