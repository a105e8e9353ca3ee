"""The service's CPU per private text, alone: the calls the Telegram adapter makes around one
text, on SQLite, in this process, with no HTTP, no NLU (menus only) and no thread hand-offs
(asyncio.to_thread runs inline). What the database work and the engine cost, apart from
PTB, httpx and the event loop.

    .venv/bin/python -m bench.service_cpu                  # 400 texts from distinct users
    .venv/bin/python -m bench.service_cpu --profile        # + cProfile, by cumulative time

On a tree from before issue 11's three transactions (no `BotService.read_turn`) it makes the
adapter's calls of then: the once-only check, the message id, the staff step, the text (its
state read, then handled), the settling, the handled record. CPU time is process time: still
compare runs taken one right after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path.cwd()  # the tree measured: run from its root
sys.path.insert(0, str(ROOT))

import bot.service  # noqa: E402
from bot.content import CatalogHolder  # noqa: E402
from bot.service import BotService  # noqa: E402
from bot.storage import Store  # noqa: E402
from bot.storage.crypto import CryptoBox  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402

KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # the tests' Fernet key
TEXT = "I need help with my work permit"
WARM_UP = 20


async def _inline(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return work(*args, **kwargs)


async def one_text(service: BotService, n: int) -> None:
    chat = 10_000 + n
    uid = f"tg:{chat}"
    if hasattr(service, "read_turn"):
        turn = service.read_turn(uid, n)
        answer = await service.answer_text(uid, TEXT, n, chat, state=turn.state, incoming=[n])
    else:  # before issue 11's change: the adapter's seven transactions
        service.seen_update(n)
        service.record_sent(chat, [n])
        service.staff_step(uid)
        answer = await service.answer_text(uid, TEXT, n, chat)
    if answer.held is not None:
        service.settle_replies(chat, answer.held, list(range(1000, 1000 + answer.held.count)))
    if not hasattr(service, "read_turn"):
        service.mark_update(n)


async def measure(service: BotService, texts: int, profile: bool) -> float:
    for n in range(WARM_UP):
        await one_text(service, n)
    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler is not None:
        profiler.enable()
    for n in range(WARM_UP, WARM_UP + texts):
        await one_text(service, n)
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    return (time.process_time() - started) * 1000 / texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.service_cpu", description=__doc__)
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    bot.service.asyncio.to_thread = _inline  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="bench-service-") as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bot.sqlite3")
        upgrade(engine)
        store = Store(engine, CryptoBox([KEY]))
        service = BotService(store, CatalogHolder(ROOT / "content"), None, ROOT / "locales")
        per_text = asyncio.run(measure(service, args.texts, args.profile))
        engine.dispose()
    print(f"| the service's CPU per text ({args.texts}, SQLite, in-process) | {per_text:.2f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
