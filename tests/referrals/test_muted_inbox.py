"""An inbox group where only admins may post (round 9, "Still open"): Telegram refuses the
bot's messages there with a 400 ("not enough rights to send text messages to the chat") and
sends no my_chat_member, so the inbox was never marked, and its cards and reminders failed
unseen. Now such a refusal counts as a 403 (bot/outbox/errors.py NoRights): the inbox is
lost as when the bot is removed (the admins told, its new cases go on), and it is back as
soon as a reply goes into the group again (no update says the group lets members post)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from referral_helpers import ORG_CHAT, Harness, back_note, lost_note
from telegram.error import BadRequest
from test_consented_route import send_by_phone
from test_staff_reachability import ADMIN, Phones, deliver, join_admin

from bot.outbox.errors import NoRights
from bot.storage.models import Case, Inbox
from bot.telegram.delivery import SERVICE
from bot.telegram.delivery import deliver as reply_now
from bot.values import Keyboard, Reply

INBOX = ORG_CHAT["ALPHA"]


class AdminsOnly(Phones):
    """Telegram with ALPHA's inbox letting only its admins post: a 400 there."""

    async def __call__(self, chat_id: int, text: str, buttons: Keyboard) -> int:
        if chat_id == INBOX:
            raise NoRights("BadRequest")
        return await super().__call__(chat_id, text, buttons)


class GroupBot:
    """The bot's direct replies (bot/telegram/delivery.py): refused while `muted`."""

    def __init__(self, muted: bool) -> None:
        self.muted = muted
        self.sent: list[tuple[int, str]] = []

    async def send_message(self, chat_id: int, text: str, **_: Any) -> Any:
        if self.muted:
            raise BadRequest("Not enough rights to send text messages to the chat")
        self.sent.append((chat_id, text))
        return SimpleNamespace(message_id=len(self.sent))


def reply_in_group(harness: Harness, bot: GroupBot) -> None:
    """A staff command's answer in the inbox group, sent at once (as /cases's is)."""
    context = SimpleNamespace(bot=bot, bot_data={SERVICE: harness.service})
    asyncio.run(reply_now(context, INBOX, (Reply("Open cases: none"),), 0))  # type: ignore[arg-type]


def test_an_inbox_where_only_admins_post_is_lost_and_its_new_case_goes_on(harness: Harness):
    join_admin(harness, "ALPHA", ADMIN)
    _, case = send_by_phone(harness, "ALPHA", "GAMMA")
    phones = AdminsOnly()
    deliver(harness, phones)  # the card in ALPHA's inbox: three 400s
    [alpha] = [inbox for inbox in harness.all(Inbox) if inbox.chat_id == INBOX]
    assert alpha.unreachable_at is not None
    assert phones.texts_to(ADMIN)[0].startswith(lost_note())
    moved = harness.only(Case)
    assert (moved.org_id, moved.status) == ("GAMMA", "new")
    assert any(case.ref in text for text in phones.texts_to(ORG_CHAT["GAMMA"]))


def test_a_reply_that_goes_into_the_lost_inbox_brings_it_back(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    harness.desk.inbox_lost(INBOX)
    reply_in_group(harness, GroupBot(muted=True))
    assert harness.only(Inbox).unreachable_at is not None, "still refused: still lost"
    reply_in_group(harness, GroupBot(muted=False))
    assert harness.only(Inbox).unreachable_at is None
    assert harness.texts_to(ADMIN)[-1] == back_note()


def test_a_reply_in_a_reachable_inbox_changes_nothing(harness: Harness):
    harness.connect_inbox("ALPHA")
    join_admin(harness, "ALPHA", ADMIN)
    reply_in_group(harness, GroupBot(muted=False))
    assert harness.outbox_to(ADMIN) == []
