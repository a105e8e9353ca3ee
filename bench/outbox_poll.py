"""The outbox sender's look for due rows (bot/outbox/rows.py fetch_due), CPU per call, on an
empty outbox and on one with rows waiting; beside it, the CPU of building its select alone
(what every call paid before the select was built once, issue 11).

    .venv/bin/python -m bench.outbox_poll                  # SQLite in a temporary folder
    BENCH_PG_URL=postgresql://... .venv/bin/python -m bench.outbox_poll   # PostgreSQL

CPU time is this process's: compare runs taken one right after the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path.cwd()  # the tree measured: run from its root
sys.path.insert(0, str(ROOT))

from cryptography.fernet import Fernet  # noqa: E402
from sqlalchemy import delete  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from bot.outbox import rows  # noqa: E402
from bot.outbox.queue import enqueue  # noqa: E402
from bot.storage.crypto import CryptoBox  # noqa: E402
from bot.storage.db import make_engine  # noqa: E402
from bot.storage.models import Base, Outbox  # noqa: E402


def cpu_ms(call: Callable[[], object], times: int) -> float:
    for _ in range(min(times, 100)):
        call()  # warm: statement caches, pages
    started = time.process_time()
    for _ in range(times):
        call()
    return (time.process_time() - started) * 1000 / times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outbox_poll", description=__doc__)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rows", type=int, default=200, help="rows waiting, second round")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        url = os.environ.get("BENCH_PG_URL") or f"sqlite:///{tmp}/poll.db"
        engine = make_engine(url)
        Base.metadata.create_all(engine)
        sessions = sessionmaker(bind=engine)
        with sessions.begin() as session:
            session.execute(delete(Outbox))
        due = rows.OutboxRows(sessions, lambda: dt.datetime.now(dt.UTC), "bench", 100)
        print(f"| database | {engine.dialect.name} |")

        def built_each_call() -> object:  # what fetch_due did before: build, then run
            with sessions() as session:
                params = {"now": dt.datetime.now(dt.UTC), "batch": 100}
                return session.execute(rows.due_rows_select(), params).all()

        print(f"| building the select alone | {cpu_ms(rows.due_rows_select, args.calls):.3f} ms |")
        print(f"| built each call, empty outbox | {cpu_ms(built_each_call, args.calls):.3f} ms |")
        print(f"| fetch_due, empty outbox | {cpu_ms(due.fetch_due, args.calls):.3f} ms |")
        box = CryptoBox([Fernet.generate_key().decode()])
        with sessions.begin() as session:
            for n in range(args.rows):
                enqueue(session, box, idem_key=f"poll:{n}", chat_id=1000 + n % 50, text="x")
        waiting = cpu_ms(due.fetch_due, max(1, args.calls // 10))
        print(f"| fetch_due, {args.rows} rows waiting (100 returned) | {waiting:.3f} ms |")
        with sessions.begin() as session:
            session.execute(delete(Outbox))
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
