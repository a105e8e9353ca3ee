"""A parse cache as another `clause_encoder_confidence` would have given it, without parsing.

A model trained with `clause_encoder: true` and `clause_encoder_confidence` above 1 reads
every clause by the encoder model too (each clause's "meaning", beside its n-gram reading).
From one such parse (parse_cache.py), this writes the cache that the same model with a lower
`clause_encoder_confidence` gives: a clause keeps its "meaning" only when its n-gram reading
is under LIMIT (LIMIT 0: none, main's parse). Nothing else is touched. It also prints the
share of dev messages whose clauses would ask the encoder (one call each) and the clauses
read a message, Zawgyi copies left out. With --replace, a clause's encoder reading takes the
place of its n-gram reading (as the cascade's reading of a whole message does) instead of
standing beside it: the other way tried. With --skip-answer, a clause whose n-gram reading is
the whole message's best intent keeps no encoder reading (a cheaper setting, not built in the
classifier: it would save those clauses' embeddings).

    .venv/bin/python nlu/tools/clause_reading_variant.py --cache var/i12c5-dev.json \\
        --limit 0.8 --out var/i12c5-dev-0.8.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def clause_as(clause: dict[str, Any], limit: float, replace: bool = False) -> dict[str, Any]:
    """The clause as a model with clause_encoder_confidence `limit` reads it (with
    `replace`, its encoder reading in place of its n-gram one)."""
    if "meaning" not in clause:
        return clause
    rest = {k: v for k, v in clause.items() if k != "meaning"}
    if clause["confidence"] >= limit:
        return rest
    if replace:
        return {**rest, **{k: clause["meaning"][k] for k in ("name", "confidence", "ranking")}}
    return clause


def variant(
    rows: list[dict[str, Any]], limit: float, replace: bool = False, skip_answer: bool = False
) -> tuple[list[dict[str, Any]], float, float]:
    """The rows with their clauses as at `limit`; the share of dev messages (not their
    Zawgyi copies) that would make a clause encoder call, and the clauses read a message."""
    out, asked, clauses_read, counted = [], 0, 0, 0
    for row in rows:
        best = (row.get("intent") or {}).get("name")
        given = [
            {k: v for k, v in c.items() if k != "meaning"}
            if skip_answer and c.get("name") == best else c
            for c in row.get("clause_intents") or []
        ]
        clauses = [clause_as(c, limit) for c in given]
        read = sum("meaning" in c for c in clauses)
        if replace:
            clauses = [clause_as(c, limit, True) for c in given]
        out.append({**row, "clause_intents": clauses})
        if row["set"] == "dev" and row["group"] != "my_zawgyi":
            counted += 1
            asked += read > 0
            clauses_read += read
    return out, asked / max(counted, 1), clauses_read / max(counted, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--limit", type=float, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--replace", action="store_true",
                        help="the encoder reading in place of the n-gram one")
    parser.add_argument("--skip-answer", action="store_true",
                        help="no encoder reading for a clause that reads the message's best")
    args = parser.parse_args()
    cache = json.loads(args.cache.read_text("utf-8"))
    rows, share, clauses = variant(cache["rows"], args.limit, args.replace, args.skip_answer)
    args.out.write_text(json.dumps({**cache, "rows": rows}, ensure_ascii=False))
    print(f"clause_encoder_confidence {args.limit}: {share:.3f} of dev messages ask the "
          f"encoder for their clauses ({clauses:.3f} clauses a message); written to "
          f"{args.out}")


if __name__ == "__main__":
    main()
