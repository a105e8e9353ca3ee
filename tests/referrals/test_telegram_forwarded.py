"""A message forwarded from elsewhere, or written as a reply to one of the bot's answers,
reaches the engine as one (exploratory round 21C, M42 and M45): Telegram's forward_origin and
reply_to_message, through handlers.on_text and the media adapter, with the real service and
database. The engine's side: tests/dialogue/test_forwarded.py and test_replied_to.py."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from referral_helpers import Harness
from telegram import Chat, Message, MessageOriginHiddenUser, PhotoSize, User

from bot.dialogue.events import Media
from bot.telegram import handlers
from bot.telegram.convert import forwarded, media_event, replied_to
from bot.values import NluResult

MIGRANT_ID = 5401
MIGRANT = f"tg:{MIGRANT_ID}"
T0 = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
NOTICE = "Immigration will check all the markets in Mahachai tomorrow morning"


@dataclass
class NothingNlu:
    """Reads no topic in any text."""

    async def parse(self, text: str) -> NluResult:
        return NluResult(None, 0.3, (("greet", 0.3),))


def typed(
    harness: Harness, words: str, message_id: int, origin: object | None, under: Any = None
) -> None:
    message = SimpleNamespace(
        text=words, message_id=message_id, date=T0, forward_origin=origin, reply_to_message=under
    )
    chat = SimpleNamespace(id=MIGRANT_ID, type="private")
    update = SimpleNamespace(
        update_id=9100 + message_id,
        message=message,
        edited_message=None,
        effective_message=message,
        effective_user=SimpleNamespace(id=MIGRANT_ID, first_name="A", language_code=None),
        effective_chat=chat,
    )
    context = SimpleNamespace(
        bot_data={handlers.SERVICE: harness.service, handlers.DESK: harness.desk}
    )
    asyncio.run(handlers.on_text(update, context))  # type: ignore[arg-type]


def test_a_forwarded_text_is_read_as_something_read(harness: Harness, sent: list[str]):
    harness.service.nlu = NothingNlu()
    harness.profile(MIGRANT, "MM", "TH")
    typed(harness, NOTICE, 1, None)  # typed by the person: not a rumour to check
    assert not sent[-1].startswith("I cannot tell you whether what you heard or read is true")
    typed(harness, NOTICE, 2, MessageOriginHiddenUser(T0, "Thai Job Center"))
    assert sent[-1].startswith("I cannot tell you whether what you heard or read is true")


def test_the_adapter_reads_forward_origin() -> None:
    chat, user = Chat(MIGRANT_ID, Chat.PRIVATE), User(MIGRANT_ID, "A", False)
    photo = (PhotoSize("p", "pu", 90, 90),)
    origin = MessageOriginHiddenUser(T0, "Thai Job Center")
    passed_on = Message(1, T0, chat, user, photo=photo, caption="job", forward_origin=origin)
    own = Message(2, T0, chat, user, photo=photo, caption="job")
    assert forwarded(passed_on) and not forwarded(own)
    event, mine = media_event(passed_on), media_event(own)
    assert isinstance(event, Media) and event.forwarded
    assert isinstance(mine, Media) and not mine.forwarded


def test_stand_in_messages_without_the_attribute_are_not_forwarded() -> None:
    message: Any = SimpleNamespace(text="hello")
    assert not forwarded(message)


def test_a_reply_under_an_answer_is_read_as_about_it(harness: Harness, sent: list[str]):
    harness.service.nlu = NothingNlu()
    harness.profile(MIGRANT, "MM", "TH")
    harness.say(MIGRANT, "x")  # nothing shown that a question could be about
    answer = harness.press(MIGRANT, "topic:embassy_contact")[0].text
    bot = SimpleNamespace(is_bot=True)
    typed(harness, "yes this one", 3, None)  # said alone (the answer's window aside)
    harness.service.answered.forget(MIGRANT)  # days later: the answer shown last forgotten
    typed(harness, "yes this one", 4, None)
    assert "Is it about" not in sent[-1]
    typed(harness, "yes this one", 5, None, SimpleNamespace(from_user=bot, text=answer))
    assert "Is it about “" in sent[-1]


def test_the_adapter_reads_only_the_bots_own_message_replied_to() -> None:
    chat = Chat(MIGRANT_ID, Chat.PRIVATE)
    user, bot = User(MIGRANT_ID, "A", False), User(99, "Bot", True)
    answer = Message(1, T0, chat, bot, text="Unpaid wages\n\nIn Thailand: ...")
    own = Message(2, T0, chat, user, text="my boss not pay")
    under_answer = Message(3, T0, chat, user, text="yes this one", reply_to_message=answer)
    under_own = Message(4, T0, chat, user, text="this", reply_to_message=own)
    alone = Message(5, T0, chat, user, text="this")
    assert replied_to(under_answer) == "Unpaid wages\n\nIn Thailand: ..."
    assert replied_to(under_own) == "" and replied_to(alone) == ""
