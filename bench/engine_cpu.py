"""The dialogue engine's CPU per message, alone, by language: `engine.handle` on the held-out
free text `make bench` sends (en, my, km: bench/traffic.py), in this process, with the NLU's
reading given (one problem, surely read) so that what is timed is the bot's own reading of
the words (danger words, the messages answered before the NLU, places, the answer, the
count), not Rasa, the database or Telegram.

    .venv/bin/python -m bench.engine_cpu                # 600 texts, 3 rounds
    .venv/bin/python -m bench.engine_cpu --texts 300 --rounds 5

Run from a tree's root (a worktree of another commit measures that commit). CPU time is
process time: compare runs taken one right after the other.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path.cwd()  # the tree measured: run from its root
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "dialogue"))

from dialogue_helpers import make_context, settled  # noqa: E402

from bench.traffic import ordinary_texts  # noqa: E402
from bot.dialogue import engine  # noqa: E402
from bot.dialogue.events import Text  # noqa: E402
from bot.values import NluResult  # noqa: E402

READ = NluResult(
    topic="unpaid_wages",
    confidence=0.9,
    ranking=(("unpaid_wages", 0.9),),
    topics=("unpaid_wages",),
)


def language_of(text: str) -> str:
    if any("\u1000" <= c <= "\u109f" for c in text):
        return "my"
    if any("\u1780" <= c <= "\u17ff" for c in text):
        return "km"
    return "en"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ctx = make_context(ROOT / "content")
    texts = ordinary_texts()[: args.texts]
    for round_ in range(1, args.rounds + 1):
        spent: dict[str, list[float]] = {"en": [], "my": [], "km": []}
        for text in texts:
            language = language_of(text)
            state = settled(language)
            started = time.process_time()
            engine.handle(Text(text, language, None, READ), state, ctx)
            spent[language].append(time.process_time() - started)
        every = [s for times in spent.values() for s in times]
        line = " ".join(
            f"{lang} {sum(times) / len(times) * 1e3:.2f} ms ({len(times)})"
            for lang, times in spent.items()
            if times
        )
        print(f"round {round_}: {line}; all {sum(every) / len(every) * 1e3:.2f} ms a message")


if __name__ == "__main__":
    main()
