"""Parse nlu/dev and nlu/heldout once with a trained model and keep Rasa's whole answers.

Choosing decision rules (thresholds, when a second problem is offered, when a message is
out of scope) needs the classifier's full answer for every message, not one setting's
verdict; parsing ~3,000 messages takes minutes on a busy machine, trying a rule on the
cache takes a second. `nlu/tools/eval.py --cache FILE` and `nlu/tools/choose_second.py`
score from this file. Message texts are kept (they are the project's own test sets, not
users' messages) so that mistakes can be read.

    .venv/bin/python nlu/tools/parse_cache.py --rasa .venv-nlu/bin/rasa \
        --model models/<model>.tar.gz --out var/nlu-parses.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.language import normalise  # noqa: E402
from bot.nlu import RasaSupervisor  # noqa: E402
from nlu.tools.rasa_data import read_examples  # noqa: E402
import bot.nlu.supervisor  # noqa: E402

# On a shared, busy machine a parse can keep Rasa's event loop from answering /status for
# a while; the supervisor would then restart a server that is only slow. Scoring is not
# serving: the tools wait instead.
bot.nlu.supervisor._UNHEALTHY_LIMIT = 10**6

# group -> the files of nlu/dev and nlu/heldout it is read from (*_dev: development only,
# from nlu/data/sources/dev_only)
GROUPS = {
    "en": (
        "en",
        "en_near_domain",
        "en_near_domain_dev",
        "en_i12m_dev",
        "en_i12m_words_dev",
        "en_i12m_words2_dev",
        "en_m3_intro_dev",
        "en_m3_passport_dev",
        "en_s14_leave_dev",
        "en_s15_findings_dev",
    ),
    "my": (
        "my",
        "my_near_domain",
        "my_near_domain_dev",
        "my_i12m_dev",
        "my_i12m_words_dev",
        "my_i12m_words2_dev",
        "my_m3_intro_dev",
        "my_m3_passport_dev",
        "my_s14_leave_dev",
        "my_s15_findings_dev",
        "my_i52_dev",
    ),
    "my_zawgyi": (
        "my_zawgyi",
        "my_near_domain_zawgyi",
        "my_near_domain_dev_zawgyi",
        "my_i12m_dev_zawgyi",
        "my_i12m_words_dev_zawgyi",
        "my_i12m_words2_dev_zawgyi",
        "my_m3_intro_dev_zawgyi",
        "my_m3_passport_dev_zawgyi",
        "my_s14_leave_dev_zawgyi",
        "my_s15_findings_dev_zawgyi",
        "my_i52_dev_zawgyi",
    ),
    "km": (
        "km",
        "km_near_domain",
        "km_near_domain_dev",
        "km_i12k_dev",
        "km_i12k_words_dev",
        "km_i12k_words2_dev",
        "km_m3_intro_dev",
        "km_m3_passport_dev",
        "km_s14_leave_dev",
        "km_s15_findings_dev",
    ),
    "my_latn": (
        "my_latn",
        "my_latn_dev",
        "my_latn_m3_intro_dev",
        "my_latn_m3_passport_dev",
        "my_latn_s14_leave_dev",
        "my_latn_s15_findings_dev",
    ),
    "km_latn": (
        "km_latn",
        "km_latn_dev",
        "km_latn_i12k_words_dev",
        "km_latn_m3_intro_dev",
        "km_latn_m3_passport_dev",
        "km_latn_s14_leave_dev",
        "km_latn_s15_findings_dev",
    ),
}
MULTI_LANGUAGES = ("en", "my", "km", "my_latn", "km_latn")
Item = tuple[str, str, str]  # (group, text, gold); gold "a+b" for a two-problem message


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_set(folder: Path) -> tuple[list[Item], list[Item]]:
    """The single-problem and the two-problem messages of nlu/dev or nlu/heldout."""
    single = [(group, text, gold) for group, stems in GROUPS.items() for stem in stems
              if (folder / f"{stem}.yml").exists()
              for text, gold in read_examples(folder / f"{stem}.yml")]
    two = [(lang, str(row["text"]), "+".join(row["topics"])) for lang in MULTI_LANGUAGES
           if (folder / "multi" / f"{lang}.yml").exists()
           for row in yaml.safe_load((folder / "multi" / f"{lang}.yml").read_text("utf-8"))]
    return single, two


def read_sets(dev: Path, heldout: Path | None) -> dict[str, list[Item]]:
    dev_single, dev_multi = read_set(dev)
    held_single, held_multi = read_set(heldout) if heldout else ([], [])
    return {"dev": dev_single, "dev_multi": dev_multi,
            "heldout": held_single, "heldout_multi": held_multi}


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
        "parsed_text": payload.get("text"),  # what the clauses' start and end index
        "language": seen.language, "script": seen.script, "romanised": seen.romanised,
        "intent": payload.get("intent"), "intent_ranking": payload.get("intent_ranking"),
        "clause_intents": payload.get("clause_intents"),
        "multi_intents": payload.get("multi_intents"),
        "split_intents": payload.get("split_intents"),
    }


async def parse_sets(
    rasa: Path, model: Path, sets: dict[str, list[Item]], log: Path
) -> list[dict]:
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
    sets = read_sets(args.dev, args.heldout)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    rows = asyncio.run(parse_sets(args.rasa, args.model, sets, args.out.with_suffix(".log")))
    write_cache(args.out, args.model, rows)
    print(f"{len(rows)} answers written to {args.out}")


def write_cache(path: Path, model: Path, rows: list[dict]) -> None:
    path.write_text(json.dumps({"model": model.name, "rows": rows}, ensure_ascii=False))


if __name__ == "__main__":
    main()
