"""CPU per message of the bot and of Rasa, apart, with what polling cost: getUpdates calls and
the updates their answers carried (Telegram re-sends every unacknowledged one each time).

    .venv/bin/python -m bench.bot_cpu                       # 300 messages, 25/s
    .venv/bin/python -m bench.bot_cpu --rate 10000          # 300 at once: a burst
    .venv/bin/python -m bench.bot_cpu --messages 600 --rate 25
    .venv/bin/python -m bench.bot_cpu --webhook             # one `bot run --webhook` process

With --webhook the updates are POSTed to one webhook process (SQLite) as Telegram delivers
them (up to 40 connections), as in `make bench`'s steady-webhook scenario: the production
mode, with no getUpdates to pay for but a stored update before each 200.

The bot runs as in `make bench` (its own process, the fake Bot API, the real Rasa through
nlu/server.py); CPU is user + system time from /proc over the messages, RSS at the end. A busy
machine inflates CPU time and, once the bot falls behind, the backlog it re-reads: compare
figures taken one right after the other, never across sessions.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.__main__ import load_line  # noqa: E402
from bench.scenarios import Context, bot_for, patience  # noqa: E402
from bench.stack import Usage, real_rasa, usage  # noqa: E402
from bench.traffic import Traffic, emergency_texts, ordinary_texts, paced  # noqa: E402
from bench.webhook_burst import one_instance, post_paced  # noqa: E402
from tests.fakes import FakeTelegram  # noqa: E402

IDLE_S = 8.0


def idle_cpu_ms(pid: int) -> float:
    """The process's CPU a second while nobody writes (IDLE_S seconds of it)."""
    before = usage([pid], [])
    time.sleep(IDLE_S)
    return (usage([pid], []).cpu_s - before.cpu_s) * 1000 / IDLE_S


def per_message(
    idle_ms: float, spent: tuple[Usage, Usage, Usage, Usage], messages: int
) -> list[tuple[str, str]]:
    """The rows both modes print: idle cost, CPU a message of the bot and of Rasa, RSS."""
    bot0, nlu0, bot1, nlu1 = spent
    return [
        ("the bot idle", f"{idle_ms:.1f} ms CPU a second"),
        ("the bot: CPU per message", f"{(bot1.cpu_s - bot0.cpu_s) * 1000 / messages:.1f} ms"),
        ("Rasa: CPU per message", f"{(nlu1.cpu_s - nlu0.cpu_s) * 1000 / messages:.1f} ms"),
    ]


def run(ctx: Context, messages: int, rate: float) -> list[tuple[str, str]]:
    with FakeTelegram() as tg, bot_for(ctx, tg, "cpu") as bot:
        assert bot.process is not None
        pid = bot.process.pid
        idle_ms = idle_cpu_ms(pid)
        traffic = Traffic(tg)
        bot0, nlu0 = usage([pid], []), usage([], ctx.nlu_groups)
        polls0, calls0, last0 = tg.polls_started, len(tg.calls), tg.last_update_id
        for i in paced(messages, rate):
            traffic.send(ctx.next_user(), ctx.ordinary[i % len(ctx.ordinary)])
        lost = traffic.wait_answered(patience(messages))
        traffic.settle()
        bot1, nlu1 = usage([pid], []), usage([], ctx.nlu_groups)
        carried = sum(len(polls) for uid, polls in tg.deliveries.items() if uid > last0)
        methods = collections.Counter(call.method for call in tg.calls[calls0:])
    return [
        ("messages, rate", f"{messages}, {rate:g}/s; unanswered {lost}"),
        *per_message(idle_ms, (bot0, nlu0, bot1, nlu1), messages),
        ("getUpdates calls / updates they carried", f"{tg.polls_started - polls0} / {carried}"),
        ("sendMessage calls", f"{methods['sendMessage']}"),
        ("RSS the bot / Rasa", f"{bot1.rss_mb:.0f} / {nlu1.rss_mb:.0f} MB"),
    ]


def run_webhook(ctx: Context, messages: int, rate: float) -> list[tuple[str, str]]:
    with one_instance(ctx, "cpu-webhook") as telegram:
        assert telegram.instances[0].process is not None
        pid = telegram.instances[0].process.pid
        idle_ms = idle_cpu_ms(pid)
        tg = telegram.tg
        traffic = Traffic(tg)
        bot0, nlu0 = usage([pid], []), usage([], ctx.nlu_groups)
        calls0 = len(tg.calls)
        post_paced(ctx, telegram, traffic, messages, rate)
        lost = traffic.wait_answered(patience(messages))
        traffic.settle()
        bot1, nlu1 = usage([pid], []), usage([], ctx.nlu_groups)
        methods = collections.Counter(call.method for call in tg.calls[calls0:])
    return [
        ("messages, rate (webhook)", f"{messages}, {rate:g}/s; unanswered {lost}"),
        *per_message(idle_ms, (bot0, nlu0, bot1, nlu1), messages),
        ("sendMessage calls", f"{methods['sendMessage']}"),
        ("RSS the bot / Rasa", f"{bot1.rss_mb:.0f} / {nlu1.rss_mb:.0f} MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bot_cpu", description=__doc__)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rate", type=float, default=25.0, help="messages a second")
    parser.add_argument("--webhook", action="store_true", help="one webhook process, not polling")
    args = parser.parse_args(argv)
    print(load_line("start"), flush=True)
    ids = itertools.count(60_000_000)
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        work = Path(tmp)
        with real_rasa(work / "rasa.log") as (url, group):
            texts = ordinary_texts(), emergency_texts()
            ctx = Context(url, [group], work, 1.0, *texts, lambda: next(ids))
            measure = run_webhook if args.webhook else run
            for what, value in measure(ctx, args.messages, args.rate):
                print(f"| {what} | {value} |")
    print(load_line("end"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
