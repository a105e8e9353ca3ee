"""CPU seconds per parse inside one process, by component: where a parse's time goes.

Wall-clock figures on a shared machine mean little; process CPU time per parse does not
depend on what else runs. Loads a trained model in-process (Rasa's Agent, no HTTP), parses
held-out messages (normalised as the bot sends them) and prints CPU ms per parse, the share
of messages that asked the encoder (and, for a model with `clause_encoder`, of those whose
clauses it read), and with --profile the top functions (cProfile).
With --gap-ms 40 it sleeps before each parse, as a server does between messages arriving at
25 a second: the sleep costs no CPU, but the parse after it may cost more (caches gone cold).

    PYTHONPATH=. .venv-nlu/bin/python nlu/tools/parse_cpu.py --model models/<model>.tar.gz
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from nlu.tools.rasa_data import read_examples  # noqa: E402


def texts_from(heldout: Path) -> list[str]:
    return [
        t
        for f in sorted(heldout.glob("*.yml"))
        if "zawgyi" not in f.name
        for t, _ in read_examples(f)
    ]


async def run(model: Path, texts: list[str], repeat: int, profile: bool, gap_s: float) -> None:
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)  # as the bot's server runs: no per-parse debug line
    logging.getLogger().setLevel(logging.INFO)
    from nlu.components import linear_intent_classifier as lic

    agent = Agent.load(str(model))
    for text in texts[:50]:
        await agent.parse_message(text)
    asked = {"n": 0, "cpu": 0.0, "clause_calls": 0, "clauses": 0, "clause_cpu": 0.0}
    original = lic.sentence_encoder.encode

    def counting(texts: list[str], **kwargs):  # type: ignore[no-untyped-def]
        started = time.process_time()
        rows = original(texts, **kwargs)
        spent = time.process_time() - started
        if kwargs.get("batch"):  # the clauses of one message (clause_encoder)
            asked["clause_calls"] += 1
            asked["clauses"] += len(texts)
            asked["clause_cpu"] += spent
        else:
            asked["n"] += len(texts)
            asked["cpu"] += spent
        return rows

    lic.sentence_encoder.encode = counting
    profiler = cProfile.Profile() if profile else None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for _ in range(repeat):
        for text in texts:
            if gap_s:
                time.sleep(gap_s)  # idle between parses, as a server between messages
            await agent.parse_message(text)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    n = repeat * len(texts)
    wall -= n * gap_s  # the sleeps
    print(
        f"parses {n}: CPU {1000 * cpu / n:.2f} ms/parse (wall {1000 * wall / n:.2f}); "
        f"encoder asked for {asked['n'] / n:.3f} of messages, "
        f"{1000 * asked['cpu'] / max(1, asked['n']):.1f} ms CPU each, "
        f"{1000 * asked['cpu'] / n:.2f} ms/parse"
    )
    if asked["clause_calls"]:
        print(
            f"clauses read by the encoder (clause_encoder): a call for "
            f"{asked['clause_calls'] / n:.3f} of messages, {asked['clauses'] / n:.3f} "
            f"clauses a message, {1000 * asked['clause_cpu'] / asked['clause_calls']:.1f} ms "
            f"CPU a call, {1000 * asked['clause_cpu'] / n:.2f} ms/parse"
        )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--heldout", type=Path, default=ROOT / "nlu" / "heldout")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--gap-ms",
        type=float,
        default=0.0,
        help="sleep this long before each parse: the CPU a parse costs after an idle gap",
    )
    args = parser.parse_args()
    texts = texts_from(args.heldout)
    if args.limit:
        texts = texts[: args.limit]
    asyncio.run(run(args.model, texts, args.repeat, args.profile, args.gap_ms / 1000))


if __name__ == "__main__":
    main()
