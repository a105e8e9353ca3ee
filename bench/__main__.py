"""`make bench`: issue 11's whole-bot load benchmark. Prints a table per scenario.

    .venv/bin/python -m bench                          # everything, full size (~5 min idle)
    .venv/bin/python -m bench --scenario burst --scale 0.1
    .venv/bin/python -m bench --nlu-url http://127.0.0.1:5005   # an NLU already running

The bot runs as its own process against the fake Bot API of tests/fakes and the real Rasa
(started here, once, on the newest model in models/). Figures also land in var/bench/.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import scenarios, webhook, webhook_burst  # noqa: E402
from bench.scenarios import Context, Result  # noqa: E402
from bench.stack import real_rasa  # noqa: E402
from bench.traffic import emergency_texts, ordinary_texts  # noqa: E402

SCENARIOS: dict[str, Callable[[Context], list[Result]]] = {
    "steady": scenarios.steady,
    "stall": scenarios.stall,
    "burst": scenarios.burst,
    "burst-stored": scenarios.burst_stored,
    "burst-webhook": webhook_burst.burst_webhook,
    "steady-webhook": webhook_burst.steady_webhook,
    "webhook": webhook.two_instances,
}
FIRST_USER = 50_000_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scenario", action="append", choices=sorted(SCENARIOS), help="repeatable; default all"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="sizes times this (0.05: a smoke run)"
    )
    parser.add_argument(
        "--nlu-url", help="use this NLU instead of starting Rasa (several: comma-separated)"
    )
    parser.add_argument(
        "--nlu-servers",
        type=int,
        default=1,
        metavar="N",
        help="start N Rasa servers, the bot's NLU_URL listing them all (default 1)",
    )
    parser.add_argument(
        "--rasa-with-tensorflow",
        action="store_true",
        help="start plain `rasa run` (TensorFlow loaded), not nlu/server.py as the bot does",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for every bot started (repeatable), e.g. TELEGRAM_SENDS_PER_S=29",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench")
    return parser.parse_args(argv)


def load_line(when: str) -> str:
    one, five, _ = os.getloadavg()
    line = f"load average at {when}: {one:.2f} (1 min), {five:.2f} (5 min), {os.cpu_count()} CPUs"
    if one > 1.0:
        line += (
            "\n" + "!" * 78 + f"\n!! WARNING: load {one:.2f} > 1: the machine is busy; "
            "these figures do not count.\n" + "!" * 78
        )
    return line


def print_result(result: Result) -> None:
    print(f"\n### {result.title}")
    if result.skipped:
        print(f"SKIPPED: {result.skipped}")
        return
    width = max(len(what) for what, _ in result.rows)
    print(f"| {'what'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for what, value in result.rows:
        print(f"| {what.ljust(width)} | {value} |")


def run(args: argparse.Namespace, nlu_url: str, groups: list[int], work: Path) -> list[Result]:
    ids = itertools.count(FIRST_USER)
    settings = settings_of(args)
    ctx = Context(
        nlu_url,
        groups,
        work,
        args.scale,
        ordinary_texts(),
        emergency_texts(),
        lambda: next(ids),
        settings,
    )
    if settings:
        print("bot settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    results: list[Result] = []
    for name in args.scenario or list(SCENARIOS):
        started = time.monotonic()
        passes = harness_settled()
        for result in SCENARIOS[name](ctx):
            print_result(result)
            results.append(result)
        took = time.monotonic() - started
        print(f"({name}: {took:.0f} s; the harness's full GC passes: {passes()})", flush=True)
    return results


def harness_settled() -> Callable[[], int]:
    """Before a scenario: the harness's own objects so far (the fake Telegram's messages, the
    traffic's records of the scenarios before) out of its garbage collector's full passes.
    The fake and the clocks run in this process: a full pass over the 100,000 objects the
    steady scenario left took about 85 ms, in which no reply was taken or timed, and landed
    in the next scenario's figures (the stall's maximum, 111-187 ms in a whole run against
    35-59 ms alone: docs/benchmarks.md, session 17). Returns how many full passes came since."""
    gc.collect()
    gc.freeze()
    start = gc.get_stats()[2]["collections"]
    return lambda: gc.get_stats()[2]["collections"] - start


def settings_of(args: argparse.Namespace) -> dict[str, str]:
    return dict(item.split("=", 1) for item in args.set)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    start = load_line("start")
    print(start, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        if args.nlu_url:
            results = run(args, args.nlu_url, [], work)
        else:
            print("starting Rasa (10-60 s)...", flush=True)
            lean = not args.rasa_with_tensorflow
            with contextlib.ExitStack() as servers:
                started = [
                    servers.enter_context(real_rasa(args.out / f"rasa{n or ''}.log", lean=lean))
                    for n in range(max(1, args.nlu_servers))
                ]
                urls = ",".join(url for url, _group in started)
                if len(started) > 1:
                    print(f"NLU servers: {len(started)} ({urls})", flush=True)
                results = run(args, urls, [group for _url, group in started], work)
    end = load_line("end")
    print("\n" + end)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    report = {
        "scale": args.scale,
        "settings": settings_of(args),
        "nlu_servers": args.nlu_servers if not args.nlu_url else None,
        "load_start_end": [start, end],
        "results": [vars(result) for result in results],
    }
    path = args.out / f"issue11-{stamp}.json"
    path.write_text(json.dumps(report, indent=1, default=str))
    print(f"figures: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
