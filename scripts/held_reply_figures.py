"""CPU per answered update with and without holding its replies in the outbox (issue 11,
bot/outbox/replies.py): the handling transaction, then the write after the send (held:
`settle_replies`, deleting the rows sent and keeping the ids for /clear; not held: only
`record_sent`, as before). In process, no Telegram, no NLU (/help); CPU time, not wall time,
so a busy machine changes the figures less. Prints them; asserts nothing.

    .venv/bin/python scripts/held_reply_figures.py [--updates 400] [--database URL]

Without --database: a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import CatalogHolder
from bot.dialogue.events import Command
from bot.service import BotService
from bot.storage import Store, make_engine, upgrade
from bot.storage.crypto import CryptoBox

KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # a throw-away Fernet key
CHATS = 50


async def answer_once(service: BotService, update_id: int, held: bool) -> None:
    chat = 7_000_000 + update_id % CHATS
    uid = f"tg:{chat}"
    answer = await service.answer(uid, Command("help"), update_id, chat if held else None)
    ids = list(range(len(answer.replies)))  # as if Telegram took every reply
    if answer.held is not None:
        service.settle_replies(chat, answer.held, ids)
    else:
        service.record_sent(chat, ids, True)


async def cpu_ms(service: BotService, first: int, updates: int, held: bool) -> float:
    start = time.process_time()
    for update_id in range(first, first + updates):
        await answer_once(service, update_id, held)
    return (time.process_time() - start) / updates * 1000


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=400)
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    url = args.database or f"sqlite:///{Path(tempfile.mkdtemp()) / 'figures.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine, CryptoBox([KEY]))
    service = BotService(store, CatalogHolder(ROOT / "content"), None, ROOT / "locales")
    await cpu_ms(service, 1, CHATS, held=False)  # every chat has a profile; caches warm
    first = 1_000
    for round_ in range(3):  # alternated, so a change in the machine's load hits both
        for held in (False, True):
            ms = await cpu_ms(service, first, args.updates, held)
            first += args.updates
            label = "held in the outbox" if held else "not held (before)"
            print(f"round {round_ + 1}: {label:20} {ms:.2f} ms CPU per update")


if __name__ == "__main__":
    asyncio.run(main())
