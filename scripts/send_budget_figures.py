"""Figures for the shared send budget (bot/outbox/budget.py) on a PostgreSQL database:
several processes take sends as fast as the budget allows, as bot instances behind a webhook
would under a burst. Prints what they achieved; asserts nothing.

    .venv/bin/python scripts/send_budget_figures.py postgresql://botuser@127.0.0.1:55432/db \
        [--processes 2] [--rate 28] [--seconds 10]

The database gets the bot's tables (Alembic) if it has none; its send_budget row is used.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.outbox.budget import PostgresCells, SendBudget
from bot.storage import make_engine, upgrade


def taker(url: str, rate: float, seconds: float, start_at: float, queue: Any) -> None:
    engine = make_engine(url)
    cells = PostgresCells(engine)
    latencies: list[float] = []

    def timed(now_cell: int) -> int:
        began = time.perf_counter()
        cell = cells.reserve(now_cell)
        latencies.append(time.perf_counter() - began)
        return cell

    budget = SendBudget(rate, timed, threaded=True)
    cells.reserve(0)  # connect before the clock starts

    async def run() -> list[float]:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        sent: list[float] = []
        while time.time() < start_at + seconds:
            await budget.take()
            sent.append(time.time())
        return sent

    sent = asyncio.run(run())
    queue.put((sent, latencies[1:], budget.missed))
    budget.close()
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rate", type=float, default=28.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    upgrade(make_engine(args.url))
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start_at = time.time() + 15.0  # every process imported and connected by then
    workers = [
        context.Process(target=taker, args=(args.url, args.rate, args.seconds, start_at, queue))
        for _ in range(args.processes)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=args.seconds + 120) for _ in workers]
    for worker in workers:
        worker.join()
    sends = sorted(t for sent, _, _ in results for t in sent)
    latencies = sorted(x for _, lat, _ in results for x in lat)
    whole = [sum(1 for t in sends if int(t) == second) for second in {int(t) for t in sends}]
    sliding = max(sum(1 for t in sends[i:] if t < start + 1.0) for i, start in enumerate(sends))
    span = sends[-1] - sends[0]
    print(f"processes {args.processes}, budget {args.rate:g}/s, {args.seconds:g} s")
    print(f"sends {len(sends)}, achieved {(len(sends) - 1) / span:.1f}/s")
    print(f"most in one whole second {max(whole)}, in any 1-s window {sliding}")
    print(f"cells missed (woke too late) {sum(m for _, _, m in results)}")
    print(
        f"reserve (one upsert) p50 {statistics.median(latencies) * 1000:.2f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
