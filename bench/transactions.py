"""Database transactions per message, counted, and where the bot's own time goes (sampled).

    .venv/bin/python -m bench.transactions                  # 50 private texts, distinct users
    .venv/bin/python -m bench.transactions --sample top     # + a stdlib sampling profile

The bot runs in this process (the real application, polling, SQLite, menus-only NLU: no Rasa)
against the fake Bot API; a listener on SQLAlchemy's Engine counts every transaction begun
(BEGIN, explicit or implicit) and names the bot function that opened it. The users write one
free-text message each, one after the other, so the count is per message, with no backlog.
The sampling profile reads the bot's threads' stacks (the event loop and asyncio.to_thread's
workers) every 2 ms (sys._current_frames) while the
messages are handled: the functions most often on a stack, inclusive, by share of samples.
It counts wall-clock presence, not CPU: a thread waiting in a lock or a socket shows too.
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event  # noqa: E402

from tests.fakes import FakeTelegram  # noqa: E402
from tests.fakes.bot_process import bot_env  # noqa: E402

BOT = str(ROOT / "bot")
SKIP = ("bot/storage/db.py",)
USERS_FROM = 90_000_000


class Begins:
    """Every transaction begun, by the bot function that opened it."""

    def __init__(self) -> None:
        self.by_site: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def __call__(self, _connection: object) -> None:
        site, at = "?", sys._getframe(1)  # no traceback: it reads source lines (slow)
        while at is not None:
            name = at.f_code.co_filename
            if name.startswith(BOT) and not name.endswith(SKIP):
                site = f"{Path(name).relative_to(ROOT)}:{at.f_code.co_name}"
                break
            at = at.f_back  # type: ignore[assignment]
        with self.lock:
            self.by_site[site] += 1

    def take(self) -> collections.Counter[str]:
        with self.lock:
            taken, self.by_site = self.by_site, collections.Counter()
        return taken


class Statements(Begins):
    """Every SQL statement run, by its first words (`--statements`)."""

    def __call__(self, *args: object) -> None:  # type: ignore[override]
        words = " ".join(str(args[2]).split()[:6])[:70]
        with self.lock:
            self.by_site[words] += 1


class Sampler(threading.Thread):
    """Every thread's stack every `every_s`; counts each function once per sample."""

    def __init__(self, every_s: float = 0.002) -> None:
        super().__init__(daemon=True)
        self.every_s, self.samples = every_s, 0
        self.seen: collections.Counter[str] = collections.Counter()
        self.on = threading.Event()
        self.quit = threading.Event()

    def run(self) -> None:
        main = threading.main_thread().ident
        while not self.quit.is_set():
            time.sleep(self.every_s)
            if not self.on.is_set():
                continue
            # The bot's threads only: its event loop, and asyncio.to_thread's workers.
            workers = {t.ident for t in threading.enumerate() if t.name.startswith("asyncio_")}
            for ident, frame in sys._current_frames().items():
                if (ident != main and ident not in workers) or _idle(frame):
                    continue
                self.samples += 1
                names = set()
                at: FrameType | None = frame
                while at is not None:
                    code = at.f_code
                    names.add(f"{_short(code.co_filename)}:{code.co_name}")
                    at = at.f_back
                self.seen.update(names)


def _idle(frame: FrameType) -> bool:
    """A thread parked: the event loop in select(), a worker waiting for work, a server."""
    name = frame.f_code.co_name
    return name in {
        "select",
        "wait",
        "_worker",
        "serve_forever",
        "poll",
        "accept",
        "_wait_for_tstate_lock",
    }


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename.replace(str(ROOT) + "/", "")


def drive(
    tg: FakeTelegram,
    messages: int,
    begins: Begins,
    sampler: Sampler | None,
    statements: Statements | None,
) -> None:
    """In a thread: warm up, then one message per user, one after the other; then stop."""
    try:
        tg.wait_until_polling(0)
        for n in range(5):  # warm-up: imports, first queries
            tg.user_sends_text(USERS_FROM - 1 - n, "hello")
            tg.wait_for_messages_sync(USERS_FROM - 1 - n, 1, timeout=30)
        time.sleep(1.0)
        begins.take()
        if statements is not None:
            statements.take()
        if sampler is not None:
            sampler.on.set()
        started = time.process_time()
        for n in range(messages):
            user = USERS_FROM + n
            tg.user_sends_text(user, "I need help with my work permit")
            tg.wait_for_messages_sync(user, 1, timeout=30)
        time.sleep(1.0)  # polling records the last update and acknowledges it
        cpu = time.process_time() - started
        if sampler is not None:
            sampler.on.clear()
        report(begins.take(), messages, cpu, sampler)
        if statements is not None:
            taken = statements.take()
            print(f"\nstatements per message: {sum(taken.values()) / messages:.2f}")
            for words, count in taken.most_common(30):
                print(f"{count / messages:5.2f}  {words}")
    finally:
        os.kill(os.getpid(), signal.SIGTERM)


def report(
    sites: collections.Counter[str], messages: int, cpu: float, sampler: Sampler | None
) -> None:
    total = sum(sites.values())
    print(f"| transactions per message | {total / messages:.2f} ({total} for {messages}) |")
    for site, count in sites.most_common():
        print(f"|   {site} | {count / messages:.2f} |")
    per = cpu * 1000 / messages
    print(f"| process CPU per message (bot + fake Telegram, in-process) | {per:.1f} ms |")
    if sampler is not None and sampler.samples:
        print(f"\nsampled stacks: {sampler.samples}; functions on them, inclusive:")
        for name, count in sampler.seen.most_common(60):
            print(f"{100 * count / sampler.samples:5.1f} %  {name}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.transactions", description=__doc__)
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--sample", action="store_true", help="a sampling profile as well")
    parser.add_argument("--statements", action="store_true", help="count SQL statements too")
    args = parser.parse_args(argv)
    begins = Begins()
    event.listen(Engine, "begin", begins)
    statements = Statements() if args.statements else None
    if statements is not None:
        event.listen(Engine, "before_cursor_execute", statements)
    sampler = Sampler() if args.sample else None
    if sampler is not None:
        sampler.start()
    with tempfile.TemporaryDirectory(prefix="bench-tx-") as tmp, FakeTelegram() as tg:
        os.environ.update(bot_env(tg, Path(tmp), LOG_LEVEL="WARNING"))
        from bot.cli import main as bot_main

        threading.Thread(
            target=drive, args=(tg, args.messages, begins, sampler, statements), daemon=True
        ).start()
        bot_main(["run"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
