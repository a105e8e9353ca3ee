"""Parse nlu/dev and nlu/heldout once with a trained model and keep Rasa's whole answers.

Choosing decision rules (thresholds, when a second problem is offered, when a message is
out of scope) needs the classifier's full answer for every message, not one setting's
verdict; parsing ~3,000 messages takes minutes on a busy machine, trying a rule on the
cache takes a second. `nlu/tools/eval.py --cache FILE` scores from this file.

    .venv/bin/python nlu/tools/parse_cache.py --rasa .venv-nlu/bin/rasa \
        --model models/<model>.tar.gz --out var/nlu-parses.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from bot.nlu import RasaSupervisor  # noqa: E402
from nlu.tools.eval import free_port, items_of, read_set  # noqa: E402
import bot.nlu.supervisor  # noqa: E402

bot.nlu.supervisor._UNHEALTHY_LIMIT = 10**6  # slow is not dead: scoring is not serving


async def parse_raw(http: httpx.AsyncClient, supervisor: RasaSupervisor, text: str) -> dict:
    for _ in range(4):
        try:
            response = await http.post(f"{supervisor.url}/model/parse", json={"text": text})
            response.raise_for_status()
            return dict(response.json())
        except httpx.HTTPError:
            await supervisor.wait_ready(180)
    raise SystemExit("the Rasa server kept failing")


def entry(name: str, group: str, text: str, gold: str, payload: dict) -> dict:
    """What a decision rule may read: Rasa's answer, the language the bot detects, the gold."""
    seen = normalise(text)
    return {
        "set": name, "group": group, "gold": gold, "text": text,
        "language": seen.language, "script": seen.script, "romanised": seen.romanised,
        "intent": payload.get("intent"), "intent_ranking": payload.get("intent_ranking"),
        "clause_intents": payload.get("clause_intents"),
    }


async def parse_sets(rasa: Path, model: Path, sets: dict, log: Path) -> list[dict]:
    supervisor = RasaSupervisor(rasa, model, free_port(), log)
    await supervisor.start()
    try:
        if not await supervisor.wait_ready(300):
            sys.exit(f"Rasa did not come up with {model}; see {log}")
        rows = []
        async with httpx.AsyncClient(timeout=60.0) as http:
            for name, items in sets.items():
                for group, text, gold in items:
                    payload = await parse_raw(http, supervisor, normalise(text).text)
                    rows.append(entry(name, group, text, gold, payload))
                print(f"{name}: {len(items)} parsed", flush=True)
        return rows
    finally:
        await supervisor.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", type=Path, required=True)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--dev", type=Path, default=ROOT / "nlu" / "dev")
    parser.add_argument("--heldout", type=Path, default=ROOT / "nlu" / "heldout")
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "nlu-parses.json")
    args = parser.parse_args()
    dev_single, dev_multi = items_of(*read_set(args.dev))
    held_single, held_multi = items_of(*read_set(args.heldout))
    sets = {"dev": dev_single, "dev_multi": dev_multi,
            "heldout": held_single, "heldout_multi": held_multi}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    log = args.out.with_suffix(".rasa.log")
    rows = asyncio.run(parse_sets(args.rasa, args.model, sets, log))
    args.out.write_text(json.dumps({"model": args.model.name, "rows": rows}, ensure_ascii=False))
    print(f"{len(rows)} answers written to {args.out}")


if __name__ == "__main__":
    main()
