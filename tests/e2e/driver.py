"""Driving a conversation with the real bot process, checked against the pure engine.

The engine is the bot's brain and is tested on its own in milliseconds; what an end-to-end
test adds is the rest: PTB's network code, the Telegram adapter, the database between
messages, the process. So each step feeds the same event to the engine in-process (with the
state the engine returned last time: the `Oracle`) and requires the bot process to send exactly
those replies, in order, with the same buttons. Tests then add plain checks of their own
(the text is Khmer, the topic's title is there) that do not depend on the engine at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content import CatalogHolder
from bot.content.localised import pick
from bot.dialogue import engine
from bot.dialogue.events import (
    ButtonPress,
    Command,
    Edited,
    Event,
    GroupMessage,
    Location,
    Media,
)
from bot.i18n import Tr, translator
from bot.language import encode_for
from bot.nlu import RasaHttpClient
from bot.reading import make_context, read_text
from bot.values import DeleteMyData, Reply, UserState
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import ROOT
from tests.fakes.telegram_objects import media_fields

CONTENT_DIR = ROOT / "content"
REPLY_TIMEOUT_S = 10.0  # generous for a loaded CI machine; a passing step takes milliseconds


def script_of(text: str) -> set[str]:
    """The scripts of the letters in `text` ("KHMER", "MYANMAR", "LATIN")."""
    return {
        unicodedata.name(char, "?").split()[0]
        for char in text
        if unicodedata.category(char).startswith("L")
    }


@dataclass
class Oracle:
    """The engine in-process, with a shadow copy of each user's state."""

    content_dir: Path
    locales_dir: Path
    nlu_url: str | None = None  # the NLU the bot uses; None when it runs menus-only
    states: dict[str, UserState] = field(default_factory=dict)
    # The answer each user was shown last, as the bot keeps it in memory (bot/recent.py,
    # RecentAnswers; these sessions are shorter than its ten minutes).
    shown: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.catalogs = CatalogHolder(self.content_dir)

    def tr(self, language: str) -> Tr:
        return translator(self.locales_dir, language)

    async def event_for_text(self, text: str) -> Event:
        """Normalised and classified exactly as the bot does it, by the same NLU."""
        if self.nlu_url is None:
            return await read_text(None, text)
        client = RasaHttpClient(self.nlu_url, timeout_s=30.0)
        try:
            return await read_text(client, text)
        finally:
            await client.aclose()

    def title(self, topic_id: str, language: str) -> str:
        """A topic's title as the content has it (English when the language lacks one)."""
        topic = self.catalogs.get().topic(topic_id)
        assert topic is not None, f"no topic {topic_id!r} in {self.content_dir}"
        return pick(topic.title, language)

    def expect(self, uid: str, event: Event) -> tuple[Reply, ...]:
        state = self.states.get(uid, UserState())
        # A Telegram user's chat can be deleted (/clear, /delete_my_data), as the bot knows;
        # messages are never joined, as the bot under test runs (tests/fakes/bot_process.py:
        # FORM_JOIN_SECONDS=0).
        clears_chat = uid.startswith("tg:")
        context = make_context(
            self.catalogs,
            self.locales_dir,
            clears_chat=clears_chat,
            join_seconds=0,
            last_answer=self.shown.get(uid),
        )
        outcome = engine.handle(event, state, context)
        self.states[uid] = outcome.state
        if any(isinstance(effect, DeleteMyData) for effect in outcome.effects):
            self.shown.pop(uid, None)
        elif outcome.shown is not None:
            self.shown[uid] = outcome.shown
        return encode_for(outcome.state, outcome.replies)


def assert_sent(got: Sequence[BotMessage], expected: Sequence[Reply]) -> None:
    """What the bot sent equals the engine's replies: text, button rows, venue."""
    assert len(got) == len(expected), f"{len(got)} messages for {len(expected)} replies"
    for message, reply in zip(got, expected, strict=True):
        rows = tuple(tuple((b.label, b.data) for b in row) for row in reply.buttons)
        sent_rows = tuple(tuple((b.label, b.data or b.url) for b in row) for row in message.buttons)
        if reply.venue is not None:
            assert message.venue is not None, f"expected a venue, got {message}"
            assert message.venue.title == reply.venue.title[:256]
        else:
            assert message.text == reply.text
        assert sent_rows == rows, f"buttons of {message}"


class Person:
    """One Telegram user talking to the bot in a private chat."""

    def __init__(self, tg: FakeTelegram, oracle: Oracle, user_id: int) -> None:
        self.tg = tg
        self.oracle = oracle
        self.user_id = user_id
        self.uid = f"tg:{user_id}"
        self.last: list[BotMessage] = []

    @property
    def state(self) -> UserState:
        """The state the engine says the bot should now hold for this user (the oracle's
        copy; the bot's own is in its database and shows only through its replies)."""
        return self.oracle.states.get(self.uid, UserState())

    async def expect(self, event: Event) -> list[BotMessage]:
        """The engine's replies to `event`, sent by the test itself through the fake."""
        return await self._expect(event)

    async def _expect(self, event: Event) -> list[BotMessage]:
        expected = self.oracle.expect(self.uid, event)
        got = await self.tg.wait_for_messages(self.user_id, len(expected), REPLY_TIMEOUT_S)
        assert_sent(got, expected)
        self.last = got
        return got

    async def command(self, name: str, args: str = "") -> list[BotMessage]:
        self.tg.user_sends_command(self.user_id, name, args)
        return await self._expect(Command(name, args))

    async def press(self, button: str, message: BotMessage | None = None) -> list[BotMessage]:
        """Press a button (label or data) on `message`, by default the last one with buttons."""
        message = message or self.keyboard()
        data = message.button(button).data
        assert data is not None
        return await self.press_data(data, message)

    async def press_data(self, data: str, message: BotMessage | None = None) -> list[BotMessage]:
        """A callback with any data, even data no keyboard had (stale or forged)."""
        message = message or self.keyboard()
        query_id = self.tg.user_sends_callback(self.user_id, message, data)
        got = await self._expect(ButtonPress(data))
        # The bot answers the query before replying, so the client's spinner stops.
        assert self.tg.callback_answer(query_id) is not None, "callback query not answered"
        return got

    async def says(self, text: str) -> list[BotMessage]:
        event = await self.oracle.event_for_text(text)
        self.tg.user_sends_text(self.user_id, text)
        return await self._expect(event)

    async def says_then_edits(self, text: str, edited: str) -> list[BotMessage]:
        """Send `text`, then change it to `edited` (Telegram's edited_message): the replies
        to the edit."""
        sent = self.tg.user_sends_text(self.user_id, text)
        await self._expect(await self.oracle.event_for_text(text))
        self.tg.user_edits(self.user_id, sent, edited)
        return await self._expect(Edited(await self.oracle.event_for_text(edited)))

    async def sends(self, kind: str, caption: str | None = None, **fields: Any) -> list[BotMessage]:
        """A photo, voice note, sticker, document...: the bot sees the kind; a caption it
        reads as typed text (by the same NLU), a shared contact's number it may take."""
        if caption:
            fields["caption"] = caption
        sent = media_fields(kind, **fields)
        self.tg.user_sends_media(self.user_id, kind, **fields)
        reading = await self.oracle.event_for_text(caption) if caption else None
        phone = sent["contact"]["phone_number"] if kind == "contact" else ""
        return await self._expect(Media(kind, caption or "", reading, phone))

    async def sends_then_edits_caption(
        self, kind: str, caption: str, edited: str
    ) -> list[BotMessage]:
        """A photo (or file) with `caption`, whose caption is then changed to `edited`: the
        replies to the edit, which is an edited text (never a new photo)."""
        sent = self.tg.user_sends_media(self.user_id, kind, caption=caption)
        reading = await self.oracle.event_for_text(caption)
        await self._expect(Media(kind, caption, reading, ""))
        self.tg.user_edits_caption(sent, edited)
        return await self._expect(Edited(await self.oracle.event_for_text(edited)))

    async def shares_location(self, latitude: float, longitude: float) -> list[BotMessage]:
        self.tg.user_sends_location(self.user_id, latitude, longitude)
        return await self._expect(Location(latitude, longitude))

    def keyboard(self) -> BotMessage:
        """The newest message with buttons among the last replies."""
        with_buttons = [message for message in self.last if message.buttons]
        assert with_buttons, f"no buttons in the last replies: {[str(m) for m in self.last]}"
        return with_buttons[-1]

    def button_data(self, prefix: str) -> list[str]:
        """Data of the buttons on the current keyboard that start with `prefix`."""
        return [d for d in self.keyboard().data if d is not None and d.startswith(prefix)]

    async def onboard(self, language: str, origin: str, country: str) -> list[BotMessage]:
        """/start, then language, origin and country by button."""
        await self.command("start")
        await self.press(f"lang:{language}")
        await self.press(f"origin:{origin}")
        return await self.press(f"country:{country}")


async def group_event(tg: FakeTelegram, oracle: Oracle, chat_id: int) -> list[BotMessage]:
    """The bot's answer in a group, checked against the engine (one short reply)."""
    expected = oracle.expect(f"tg-group:{chat_id}", GroupMessage(tg.bot_user["username"]))
    got = await tg.wait_for_messages(chat_id, len(expected), REPLY_TIMEOUT_S)
    assert_sent(got, expected)
    return got
