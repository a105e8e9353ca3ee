"""Many people at once: a content set with more partner inboxes, and moves made in waves.

Why more partners: the outbox keeps Telegram's per-chat pace (one message a second per
chat), so 200 cases for the three real partners would need over a minute of inbox sends
even without faults. Twelve partners, routed by origin x country, spread the same cases
over twelve inbox groups; everything else in the content is the project's own.

Why waves: the bot handles updates one at a time, so a test gains nothing from a waiter per
person. Everyone makes a move, then one poll waits until everyone has their replies.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from tests.e2e.driver import CONTENT_DIR
from tests.e2e_referrals.world import until
from tests.fakes import BotMessage, FakeTelegram

ORIGINS = ("MM", "KH", "other")
COUNTRIES = ("TH", "MY", "KR", "JP", "SG", "MM", "KH", "other")
PROFILES = list(itertools.product(ORIGINS, COUNTRIES))
EXTRA_PARTNERS = 9


def write_crowd_content(target: Path) -> list[str]:
    """The project's content with nine more partners; returns the partner ids."""
    target.mkdir(parents=True, exist_ok=True)
    for item in CONTENT_DIR.iterdir():
        if item.name != "partners.yml":
            (target / item.name).symlink_to(item)
    data = yaml.safe_load((CONTENT_DIR / "partners.yml").read_text(encoding="utf-8"))
    for n in range(1, EXTRA_PARTNERS + 1):
        name = f"Load test partner {n}"
        data["partners"].append(
            {
                "id": f"LOAD{n}",
                "name": {"en": name, "my": name, "km": name},
                "directory_id": "cso-far",
                "response_hours": 24,
                "status": "unverified",
            }
        )
    for partner in data["partners"]:  # the burst reads cards and presses labels in English
        partner["interface_language"] = "en"
    ids = [partner["id"] for partner in data["partners"]]
    data["routes"] = [
        {"origin": origin, "country": country, "partner": ids[index % len(ids)]}
        for index, (origin, country) in enumerate(PROFILES)
    ]
    (target / "partners.yml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return ids


def progress(what: str) -> None:
    """A line for `-s` runs: where a long scenario is, and when."""
    print(f"[{time.strftime('%H:%M:%S')}] {what}", flush=True)


def org_for(index: int, partner_ids: list[str]) -> str:
    """The partner the routes above send person `index`'s case to."""
    return partner_ids[(index % len(PROFILES)) % len(partner_ids)]


def latest_with(tg: FakeTelegram, chat_id: int, data: str) -> BotMessage:
    """The newest message in the chat with a button carrying `data` (or `data:<argument>`)."""
    for message in reversed(tg.messages_to(chat_id)):
        if any(d == data or (d or "").startswith(f"{data}:") for d in message.data):
            return message
    raise LookupError(f"no button {data!r} in chat {chat_id}")


async def wave(
    tg: FakeTelegram,
    chats: Iterable[int],
    move: Callable[[int], object],
    replies: int,
    timeout: float,
    what: str,
) -> None:
    """Everyone makes `move`; returns once each chat got `replies` more messages."""
    chats = list(chats)
    before = {chat: len(tg.messages_to(chat)) for chat in chats}
    for chat in chats:
        move(chat)

    def everyone_answered() -> bool:
        return all(len(tg.messages_to(c)) >= before[c] + replies for c in chats)

    await until(everyone_answered, timeout, what, every=0.1)


async def barrier(tg: FakeTelegram, sentinel: int, timeout: float) -> None:
    """Updates are handled in order: once a later /help is answered (at once or through the
    outbox), every earlier update has been handled."""
    before = len(tg.messages_to(sentinel))
    tg.user_sends_command(sentinel, "help")
    await until(lambda: len(tg.messages_to(sentinel)) > before, timeout, "the barrier /help")
