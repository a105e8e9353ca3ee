"""The polling scenarios of issue 11's benchmark: steady load, one stalled parse, a burst with
emergencies inside. Each starts its own fake Bot API and bot (a fresh database), warms the
NLU up, then measures from the users' side: the time from a message to its first reply.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench.stack import StallingProxy, bot_settings, usage
from bench.traffic import Traffic, paced, percentile
from bot.nlu.client import server_urls
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.telegram_limits import SendLimits

STEADY_RATE = 25.0
STEADY_S = 60.0
STALL_S = 2.5
STALL_OTHERS = 40
STALL_MARKER = "zqxstall"  # a made-up word: the proxy holds the parse holding it
BURST = 600
BURST_EMERGENCIES = 10
WARM_UP = 12


@dataclass
class Context:
    nlu_url: str
    nlu_groups: list[int]  # process groups of the NLU, for CPU and memory (empty: not ours)
    workdir: Path
    scale: float
    ordinary: list[str]
    emergency: list[str]
    next_user: Callable[[], int]
    settings: dict[str, str] = field(default_factory=dict)  # the bot's, from --set


@dataclass
class Result:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)
    skipped: str = ""

    def add(self, what: str, value: str, **figures: float) -> None:
        self.rows.append((what, value))
        self.figures.update(figures)


def patience(messages: int) -> float:
    """How long to wait for the last replies after the last message: a slow bot on a busy
    machine (2 messages/s) still gets counted as slow, not as silent."""
    return 120.0 + messages / 2


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


@contextlib.contextmanager
def bot_for(
    ctx: Context, tg: FakeTelegram, name: str, nlu_url: str | None = None
) -> Iterator[BotProcess]:
    home = ctx.workdir / name
    env = bot_settings(tg, home, nlu_url or ctx.nlu_url, **ctx.settings)
    with BotProcess(tg, env, home / "bot.log").running() as bot:
        warm_up(ctx, tg)
        yield bot


def warm_up(ctx: Context, tg: FakeTelegram) -> None:
    """A few messages first, not counted: the NLU's first parses and the bot's first
    database writes are slower than the rest."""
    traffic = Traffic(tg)
    for i in range(WARM_UP):
        traffic.send(ctx.next_user(), ctx.ordinary[-1 - i])
    traffic.wait_answered(120.0)
    traffic.settle()


def steady(ctx: Context) -> list[Result]:
    duration = max(2.0, STEADY_S * ctx.scale)
    count = int(STEADY_RATE * duration)
    latency = Result(f"steady {STEADY_RATE:.0f} msg/s from distinct users, {duration:.0f} s")
    resources = Result("CPU and memory (bot + NLU processes, during the steady run)")
    with FakeTelegram() as tg, bot_for(ctx, tg, "steady") as bot:
        assert bot.process is not None
        pids = [bot.process.pid]
        traffic = Traffic(tg)
        before = usage(pids, ctx.nlu_groups)
        for i in paced(count, STEADY_RATE):
            traffic.send(ctx.next_user(), ctx.ordinary[i % len(ctx.ordinary)])
        lost = traffic.wait_answered(patience(count))
        traffic.settle()
        after = usage(pids, ctx.nlu_groups)
        bot_only = usage(pids, [])
    report_latency(latency, traffic, count, lost)
    cpu_ms = (after.cpu_s - before.cpu_s) * 1000 / max(count, 1)
    resources.add("CPU per message (bot + NLU)", f"{cpu_ms:.1f} ms", cpu_ms_per_message=cpu_ms)
    resources.add("RSS bot + NLU", f"{after.rss_mb:.0f} MB", rss_mb=after.rss_mb)
    resources.add("  of which the bot", f"{bot_only.rss_mb:.0f} MB", bot_rss_mb=bot_only.rss_mb)
    if not ctx.nlu_groups:
        resources.add("note", "NLU given by URL: its CPU and memory are not counted")
    return [latency, resources]


def report_latency(result: Result, traffic: Traffic, count: int, lost: int) -> None:
    """A steady run's figures: messages, reply latency p50 / p99 and max, unanswered."""
    values = traffic.latencies()
    p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
    result.add("messages", f"{count}", messages=count)
    result.add("reply latency p50 / p99", f"{ms(p50)} / {ms(p99)}", p50_s=p50, p99_s=p99)
    result.add("max", ms(max(values, default=float("nan"))))
    result.add("unanswered", f"{lost}", unanswered=lost)


def stall(ctx: Context) -> list[Result]:
    """40 messages with no stall (the baseline), then one whose parse is held 2.5 s by the
    proxy while 40 others arrive over the same 2.5 s: their latency above the baseline."""
    others = max(4, round(STALL_OTHERS * ctx.scale))
    result = Result(f"one NLU parse stalled {STALL_S} s, {others} others arriving meanwhile")
    rate = others / STALL_S
    with contextlib.ExitStack() as stack:
        # One proxy in front of each NLU server: the bot spreads its parses over them as it
        # would over the servers themselves.
        proxies = [
            stack.enter_context(StallingProxy(url, STALL_MARKER, STALL_S))
            for url in server_urls(ctx.nlu_url)
        ]
        tg = stack.enter_context(FakeTelegram())
        stack.enter_context(bot_for(ctx, tg, "stall", ",".join(p.url for p in proxies)))
        baseline = Traffic(tg)
        for i in paced(others, rate):
            baseline.send(ctx.next_user(), ctx.ordinary[i])
        baseline.wait_answered(patience(others))
        baseline.settle()
        traffic = Traffic(tg)
        traffic.send(ctx.next_user(), f"my boss did not pay me {STALL_MARKER}", "stalled")
        for i in paced(others, rate):
            traffic.send(ctx.next_user(), ctx.ordinary[others + i], "other")
        lost = traffic.wait_answered(patience(others) + STALL_S)
        traffic.settle()
    base = statistics.median(baseline.latencies() or [float("nan")])
    extra = [value - base for value in traffic.latencies("other")]
    stalled = traffic.latencies("stalled")
    result.add("baseline latency p50 (no stall)", ms(base), baseline_p50_s=base)
    p50, worst = percentile(extra, 0.5), max(extra, default=float("nan"))
    result.add("others' extra delay p50 / max", f"{ms(p50)} / {ms(worst)}", extra_p50_s=p50)
    result.figures["extra_max_s"] = worst
    result.add("the stalled message's own reply", ms(stalled[0]) if stalled else "none")
    result.add("unanswered", f"{lost}", unanswered=lost)
    stalled_parses = sum(proxy.stalled for proxy in proxies)
    result.figures["stalled_parses"] = stalled_parses
    if stalled_parses != 1:
        result.add("WARNING", f"the proxy stalled {stalled_parses} parses, not 1: figures void")
    return [result]


def burst(ctx: Context, name: str = "burst", mode: str = "") -> list[Result]:
    """600 users at once, 10 of them in danger, with the fake enforcing Telegram's limits."""
    count, where = burst_plan(ctx)
    title = f"burst of {count} messages from {count} users, {len(where)} emergencies{mode}"
    result = Result(title)
    with FakeTelegram() as tg, bot_for(ctx, tg, name) as bot:
        assert bot.process is not None
        limits = tg.enforce_limits()
        traffic = Traffic(tg)
        before = usage([bot.process.pid], ctx.nlu_groups)
        started = time.monotonic()
        for text, label in burst_texts(ctx, count, where):
            traffic.send(ctx.next_user(), text, label)
        report_burst(result, tg, limits, traffic, started, count)
        after = usage([bot.process.pid], ctx.nlu_groups)
    # In a crowd the processes work back to back; at 25 msg/s each message finds them idle,
    # which costs more per message (docs/benchmarks.md, "What changed (seventh session)").
    cpu_ms = (after.cpu_s - before.cpu_s) * 1000 / count
    result.add("CPU per message (bot + NLU), handling and draining", f"{cpu_ms:.1f} ms")
    result.figures["cpu_ms_per_message"] = cpu_ms
    return [result]


def burst_stored(ctx: Context) -> list[Result]:
    """The burst again, polling with POLL_STORE_FIRST=1: each batch stored before it is
    acknowledged, so the emergencies are seen across the whole burst."""
    stored = replace(ctx, settings={**ctx.settings, "POLL_STORE_FIRST": "1"})
    return burst(stored, "burst-stored", " (polling, POLL_STORE_FIRST=1)")


def burst_plan(ctx: Context) -> tuple[int, set[int]]:
    """How many messages, and where in them the emergencies are (spread evenly)."""
    count = max(30, round(BURST * ctx.scale))
    emergencies = max(2, round(BURST_EMERGENCIES * ctx.scale))
    return count, {int((k + 0.5) * count / emergencies) for k in range(emergencies)}


def burst_texts(ctx: Context, count: int, where: set[int]) -> Iterator[tuple[str, str]]:
    """(text, "emergency" or "rest") for each message of the burst, in order."""
    for i in range(count):
        if i in where:
            yield ctx.emergency[len(where & set(range(i))) % len(ctx.emergency)], "emergency"
        else:
            yield ctx.ordinary[i % len(ctx.ordinary)], "rest"


def report_burst(
    result: Result,
    tg: FakeTelegram,
    limits: SendLimits,
    traffic: Traffic,
    started: float,
    count: int,
) -> None:
    """Waits for the replies, then adds the burst's figures to `result`."""
    lost = traffic.wait_answered(patience(count))
    traffic.settle(quiet_s=3.0, timeout=120.0)
    refused, by_kind = limits.refused, dict(limits.refused_by_kind)
    logged = sum(1 for call in tg.errors() if call.status == 429)
    urgent, rest = traffic.latencies("emergency"), traffic.latencies("rest")
    span = (traffic.sends_ok[-1] - started) if traffic.sends_ok else float("nan")
    rate = len(traffic.sends_ok) / span if traffic.sends_ok else 0.0
    p99 = percentile(urgent, 0.99)
    result.add("emergency replies p50 / p99", f"{ms(percentile(urgent, 0.5))} / {ms(p99)}")
    result.figures["emergency_p99_s"] = p99
    result.add("the rest p50 / p99", f"{ms(percentile(rest, 0.5))} / {ms(percentile(rest, 0.99))}")
    result.add("drained in", ms(span), drained_s=span)
    result.add("drain rate (delivered sends / s)", f"{rate:.1f}", sends_per_s=rate)
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(by_kind.items())) or "none"
    result.add("429s from the fake", f"{refused} ({kinds})", refused=refused)
    result.figures["refused_in_call_log"] = logged
    result.add("unanswered", f"{lost}", unanswered=lost)
