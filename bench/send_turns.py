"""CPU per send turn (bot/outbox/lanes.py) when a crowd of chats each gets a reply within a
minute, with the table of chats swept as now (once it has doubled) and, beside it, as before
(rebuilt at every send past 1,000 chats, issue 11).

    .venv/bin/python -m bench.send_turns            # 600, 3,000 and 10,000 chats

CPU time is this process's: compare runs taken one right after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path.cwd()  # the tree measured: run from its root
sys.path.insert(0, str(ROOT))

from bot.outbox.lanes import SendLanes  # noqa: E402
from bot.values import Lane  # noqa: E402


class SweptAtEverySend(SendLanes):
    """The sweep as it was: past 1,000 chats, a pass over all of them at every send."""

    def _forget_idle_chats(self, now: float) -> None:
        if len(self._chats) > 1000:
            cutoff = now - max(self._group_window, self._private_interval)
            self._chats = {c: s for c, s in self._chats.items() if s and s[-1].at > cutoff}


async def us_per_send(lanes: SendLanes, chats: int) -> float:
    started = time.process_time()
    for chat in range(1, chats + 1):
        async with lanes.turn(Lane.PRIVATE, chat=chat):
            pass
    return (time.process_time() - started) / chats * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, nargs="*", default=[600, 3000, 10_000])
    args = parser.parse_args(argv)
    print("| chats, one send each | swept at every send (before) | swept once doubled (now) |")
    print("|---|---|---|")
    for chats in args.chats:
        before = asyncio.run(us_per_send(SweptAtEverySend(10**9, private_interval_s=1.0), chats))
        now = asyncio.run(us_per_send(SendLanes(10**9, private_interval_s=1.0), chats))
        print(f"| {chats:,} | {before:.0f} µs | {now:.0f} µs |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
