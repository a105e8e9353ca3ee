"""A migrant's button press through the Telegram handler (`handlers.on_button`), alone: the
database transactions it opens and the process's CPU per press, on SQLite, in this process,
with the sends stubbed out (no HTTP) and real thread hand-offs (asyncio.to_thread).

    .venv/bin/python -m bench.button_cpu                   # 400 presses of "menu", distinct users

Run from the root of the tree measured (a worktree of an older commit measures that code).
CPU time is process time: compare runs taken one right after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path.cwd()  # the tree measured: run from its root
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from bot.content import CatalogHolder  # noqa: E402
from bot.desk import Desk  # noqa: E402
from bot.service import BotService  # noqa: E402
from bot.storage import Store  # noqa: E402
from bot.storage.crypto import CryptoBox  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402
from bot.telegram import handlers  # noqa: E402

KEY = "LrQKyQm0dNtpY1y1CkmMmPuWJxmwl30xsrrbmp25t8o="  # the tests' Fernet key
WARM_UP = 20
USERS_FROM = 20_000


async def _no_send(*_args: Any, **_kwargs: Any) -> None:
    return None


async def _answered() -> None:
    return None


async def press(context: SimpleNamespace, n: int, data: str) -> None:
    user = USERS_FROM + n
    update = SimpleNamespace(
        update_id=n,
        callback_query=SimpleNamespace(data=data, answer=lambda *_a, **_k: _answered()),
        effective_user=SimpleNamespace(id=user, first_name="W", language_code="en"),
        effective_chat=SimpleNamespace(id=user, type="private"),
    )
    await handlers.on_button(update, context)  # type: ignore[arg-type]


async def measure(context: SimpleNamespace, presses: int, data: str) -> float:
    for n in range(WARM_UP):
        await press(context, n, data)
    started = time.process_time()
    for n in range(WARM_UP, WARM_UP + presses):
        await press(context, n, data)
    return (time.process_time() - started) * 1000 / presses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.button_cpu", description=__doc__)
    parser.add_argument("--presses", type=int, default=400)
    parser.add_argument("--data", default="menu", help="the button's data")
    args = parser.parse_args(argv)
    handlers.answer_now = _no_send  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="bench-button-") as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bot.sqlite3")
        upgrade(engine)
        store = Store(engine, CryptoBox([KEY]))
        service = BotService(store, CatalogHolder(ROOT / "content"), None, ROOT / "locales")
        context = SimpleNamespace(
            bot_data={handlers.SERVICE: service, handlers.DESK: Desk(store, service.kit)}
        )
        begun = [0]

        def count(*_args: Any) -> None:
            begun[0] += 1

        event.listen(engine, "begin", count)
        per_press = asyncio.run(measure(context, args.presses, args.data))
        transactions = begun[0] / (args.presses + WARM_UP)
        engine.dispose()
    what = f"presses of {args.data!r} ({args.presses}, SQLite, in-process)"
    print(f"| {what} | {per_press:.2f} ms CPU a press | {transactions:.2f} transactions a press |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
