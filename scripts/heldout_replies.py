"""What a person gets on the held-out set: every held-out message (nlu/heldout, single- and
two-problem) read as production reads it (`bot.reading.read_text`: normalise, Zawgyi
converted, the NLU server's answer read by the bot's decision rules) and answered by the
dialogue engine, every reader before and after the NLU included, for a settled person
(Burmese and romanised Burmese: from Myanmar; Khmer: from Cambodia; English: from Myanmar)
in Thailand (`--country`). Prints, per group, the NLU's own accuracy (the figure of
`make nlu-eval`) beside the engine's: which topic's answer the person was shown, or which
conversation reply, "I cannot help with that" or "I did not understand"; and, for the
two-problem messages, how often the answer shown is one of the two problems and the other
is offered as a button under it. Prints figures; asserts nothing.

    NLU_URL=http://127.0.0.1:5005 .venv/bin/python scripts/heldout_replies.py [--out FILE]

Needs a running NLU server with the model to judge (`make run` starts one; or
`.venv-nlu/bin/python -m nlu.server run --enable-api --model models/<model>.tar.gz`).
The held-out messages are the project's own judging set, not anyone's words; `--out` keeps
every message whose whole-bot reading differs from its gold label, to read.

Scoring, the same as `nlu/tools/eval.py` where the two meet: an out-of-scope message is right
when the bot says it cannot help or did not understand; a topic is right when its answer is
the one shown (an emergency answer shown first counts as `emergency_help`, as the NLU's
urgency order does); a conversation intent (greet, thanks, a person...) is right when the
engine answered as that intent. A reader's own line with no topic answer shown counts as its
reader's name: wrong for a topic, which is the point of looking (a line may still be what the
person needed; `--out` lets a reader of the figures judge).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import CatalogHolder  # noqa: E402
from bot.dialogue import engine  # noqa: E402
from bot.dialogue.follow_up import topic_of  # noqa: E402
from bot.nlu import DEFAULT_THRESHOLD, RasaHttpClient, introduction  # noqa: E402
from bot.reading import make_context, read_text  # noqa: E402
from bot.values import Asked, NluResult, UserState  # noqa: E402
from nlu.tools.parse_cache import read_set  # noqa: E402

OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "fallback"
# The set's groups: the language the person chose, and where they are from.
PERSON = {
    "en": ("en", "MM"),
    "my": ("my", "MM"),
    "my_zawgyi": ("my", "MM"),
    "my_latn": ("my", "MM"),
    "km": ("km", "KH"),
    "km_latn": ("km", "KH"),
}


def nlu_label(nlu: NluResult | None) -> str:
    """The NLU's own verdict, as `make nlu-eval` scores it."""
    if nlu is None:
        return "unavailable"
    if nlu.topic is not None:
        return nlu.topic
    return OUT_OF_SCOPE if nlu.out_of_scope else FALLBACK


def bot_label(shown: str | None, asked: Asked | None, said: str | None) -> str:
    """What the person was shown: a topic's answer, or how the engine counted the reply."""
    topic = topic_of(shown)
    if topic is not None:
        return topic
    if asked == Asked.EMERGENCY:
        return "emergency_help"
    if asked == Asked.OUT_OF_SCOPE:
        return OUT_OF_SCOPE
    if asked == Asked.FALLBACK:
        return FALLBACK
    return said or (asked.value if asked is not None else "nothing")


def right(label: str, gold: str) -> bool:
    if gold == OUT_OF_SCOPE:
        return label in (OUT_OF_SCOPE, FALLBACK)
    return label == gold


async def read_all(
    url: str, country: str, items: list[tuple[str, str, str]]
) -> list[dict[str, Any]]:
    client = RasaHttpClient(url, timeout_s=30.0, threshold=DEFAULT_THRESHOLD)
    catalogs = CatalogHolder(ROOT / "content")
    rows = []
    try:
        for group, text, gold in items:
            event = await read_text(client, text)
            language, origin = PERSON[group]
            state = UserState(language=language, origin=origin, country=country, profile_asked=True)
            outcome = engine.handle(event, state, make_context(catalogs, ROOT / "locales"))
            tally = outcome.tally
            rows.append(
                {
                    "group": group,
                    "text": text,
                    "gold": gold,
                    "nlu": nlu_label(event.nlu),
                    "nlu_topics": list(event.nlu.topics) if event.nlu else [],
                    "bot": bot_label(
                        outcome.shown,
                        tally.asked if tally else None,
                        tally.topic if tally else None,
                    ),
                    "also": [t for data in outcome.also if (t := topic_of(data)) is not None],
                    "first_line": outcome.replies[0].text.split("\n", 1)[0]
                    if outcome.replies
                    else "",
                }
            )
    finally:
        await client.aclose()
    return rows


def single_table(rows: list[dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["group"]].append(row)
    print("\nSingle-problem messages (accuracy; OOS: cannot help or not understood)")
    print(f"{'group':<10} {'n':>5} {'NLU':>7} {'bot':>7} {'lost':>5} {'won':>5}")
    for group in PERSON:
        mine = groups.get(group, [])
        if not mine:
            continue
        nlu_ok = [right(r["nlu"], r["gold"]) for r in mine]
        bot_ok = [right(r["bot"], r["gold"]) for r in mine]
        lost = sum(a and not b for a, b in zip(nlu_ok, bot_ok, strict=True))
        won = sum(b and not a for a, b in zip(nlu_ok, bot_ok, strict=True))
        print(
            f"{group:<10} {len(mine):>5} {sum(nlu_ok) / len(mine):>7.3f} "
            f"{sum(bot_ok) / len(mine):>7.3f} {lost:>5} {won:>5}"
        )
    in_scope = [r for r in rows if r["gold"] != OUT_OF_SCOPE]
    oos = [r for r in rows if r["gold"] == OUT_OF_SCOPE]
    for who in ("nlu", "bot"):
        recall = sum(r[who] in (OUT_OF_SCOPE, FALLBACK) for r in oos) / max(len(oos), 1)
        fallback = sum(r[who] in (OUT_OF_SCOPE, FALLBACK) for r in in_scope) / max(len(in_scope), 1)
        print(f"{who}: out-of-scope recall {recall:.3f}, in-scope to the fallback {fallback:.3f}")
    single = [r for r in rows if r["gold"] not in (OUT_OF_SCOPE,)]
    for who, key in (("nlu", "nlu_topics"), ("bot", "also")):
        if who == "nlu":
            offered = sum(len(r[key]) > 1 for r in single)
        else:
            offered = sum(bool(r[key]) for r in single)
        print(
            f"{who}: a second topic offered on {offered / max(len(single), 1):.3f} of "
            f"single-problem in-scope messages"
        )
    moved = Counter(
        (r["nlu"], r["bot"])
        for r in rows
        if right(r["nlu"], r["gold"]) and not right(r["bot"], r["gold"])
    )
    if moved:
        print("NLU right, the bot's reply not (NLU's label -> what was shown):")
        for (was, now), n in moved.most_common():
            print(f"  {n:>3}  {was} -> {now}")


def two_table(rows: list[dict[str, Any]]) -> None:
    print(
        "\nTwo-problem messages (the answer shown is one of the two problems"
        " and the other is offered under it)"
    )
    print(f"{'language':<10} {'n':>5} {'NLU':>7} {'bot':>7} {'first ok':>9}")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["group"]].append(row)
    every = {"nlu": 0, "bot": 0, "n": 0}
    for group, mine in groups.items():
        nlu_ok = bot_ok = first_ok = 0
        for r in mine:
            gold = r["gold"].split("+")
            topics = r["nlu_topics"]
            if topics and topics[0] in gold and set(gold) <= set(topics):
                nlu_ok += 1
            if r["bot"] in gold:
                first_ok += 1
                other = [g for g in gold if g != r["bot"]]
                if all(o in r["also"] for o in other):
                    bot_ok += 1
        every["nlu"] += nlu_ok
        every["bot"] += bot_ok
        every["n"] += len(mine)
        n = len(mine)
        print(f"{group:<10} {n:>5} {nlu_ok / n:>7.3f} {bot_ok / n:>7.3f} {first_ok / n:>9.3f}")
    n = max(every["n"], 1)
    print(f"{'all':<10} {every['n']:>5} {every['nlu'] / n:>7.3f} {every['bot'] / n:>7.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("NLU_URL", "http://127.0.0.1:5005"))
    parser.add_argument("--country", default="TH")
    parser.add_argument("--out", type=Path, help="write the messages read differently here")
    parser.add_argument(
        "--set",
        default="heldout",
        choices=("heldout", "dev"),
        help="the set to read (dev: to look for mistakes to mend without reading the held-out)",
    )
    args = parser.parse_args()
    single, two = read_set(ROOT / "nlu" / args.set)
    rows = asyncio.run(read_all(args.url, args.country, single))
    two_rows = asyncio.run(read_all(args.url, args.country, two))
    single_table(rows)
    two_table(two_rows)
    if args.out is not None:
        differ = [r for r in rows if not right(r["bot"], r["gold"])]
        differ += [
            r
            for r in two_rows
            if r["bot"] not in r["gold"].split("+")
            or not set(r["gold"].split("+")) - {r["bot"]} <= set(r["also"])
        ]
        args.out.write_text(json.dumps(differ, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\n{len(differ)} messages read differently from their gold written to {args.out}")
    counts = introduction.COUNTS  # issue 11's cost: round 49B's second parses
    apart, extra = counts["read_apart"], counts["extra_parses"]
    print(f"read after their introduction: {apart}, extra parses: {extra}")


if __name__ == "__main__":
    main()
