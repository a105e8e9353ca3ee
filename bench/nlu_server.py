"""The NLU server alone: resident memory and CPU per parse of the server the bot starts
(nlu/server.py: for our model, nlu/parse_server.py, Rasa's graph without `rasa run`) and of
plain `rasa run`, and whether their answers differ. Issue 11's "memory, bot + Rasa" and "CPU
per message" are mostly Rasa's.

    .venv/bin/python -m bench.nlu_server                  # both, 300 parses each
    .venv/bin/python -m bench.nlu_server --server lean --parses 1000
    .venv/bin/python -m bench.nlu_server --server all     # + nlu/server.py with NLU_SERVER=rasa

CPU is the server's process group's user + system time (from /proc) over the parses, sent one
at a time over one kept-alive connection as the bot's client sends them; it depends less on
the machine's load than wall-clock time does, but a busy machine still inflates it (cache
misses, OpenMP spinning): compare figures taken under the same load, one after the other.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.__main__ import load_line  # noqa: E402
from bench.stack import real_rasa, usage  # noqa: E402
from bench.traffic import ordinary_texts  # noqa: E402

WARM_UP = 12  # the first parses of a fresh server are slow (as in bench/scenarios.py)


def parse_all(url: str, texts: list[str]) -> list[Any]:
    where = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port, timeout=60)
    answers = []
    try:
        for text in texts:
            body = json.dumps({"text": text})
            connection.request("POST", "/model/parse", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            answers.append(json.loads(response.read()))
            if response.status != 200:
                raise SystemExit(f"HTTP {response.status} from {url}")
    finally:
        connection.close()
    return answers


NAMES = {
    "lean": "nlu/server.py",
    "rasa-lean": "nlu/server.py, NLU_SERVER=rasa (rasa run without TensorFlow)",
    "rasa": "rasa run",
}


def measure(server: str, texts: list[str], log: Path) -> tuple[list[Any], list[tuple[str, str]]]:
    name = NAMES[server]
    before_env = os.environ.get("NLU_SERVER")
    if server == "rasa-lean":
        os.environ["NLU_SERVER"] = "rasa"
    try:
        with real_rasa(log, lean=server != "rasa") as (url, group):
            parse_all(url, texts[:WARM_UP])
            loaded = usage([], [group])
            before = loaded.cpu_s
            answers = parse_all(url, texts)
            after = usage([], [group])
    finally:
        os.environ.pop("NLU_SERVER", None)
        if before_env is not None:
            os.environ["NLU_SERVER"] = before_env
    rows = [
        (f"{name}: RSS after loading and {WARM_UP} parses", f"{loaded.rss_mb:.0f} MB"),
        (f"{name}: RSS after {len(texts)} more", f"{after.rss_mb:.0f} MB"),
        (
            f"{name}: CPU per parse (over {len(texts)})",
            f"{(after.cpu_s - before) * 1000 / len(texts):.1f} ms",
        ),
    ]
    return answers, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nlu_server", description=__doc__)
    parser.add_argument("--server", choices=("both", "all", "lean", "rasa-lean", "rasa"))
    parser.add_argument("--parses", type=int, default=300)
    args = parser.parse_args(argv)
    print(load_line("start"), flush=True)
    texts = ordinary_texts()
    texts = (texts * (args.parses // len(texts) + 1))[: args.parses]
    answers: dict[str, list[Any]] = {}
    servers = {
        None: ("lean", "rasa"),
        "both": ("lean", "rasa"),
        "all": ("lean", "rasa-lean", "rasa"),
    }.get(args.server, (args.server,))
    with tempfile.TemporaryDirectory(prefix="bench-nlu-") as tmp:
        for server in servers:
            answers[server], rows = measure(server, texts, Path(tmp) / "rasa.log")
            for what, value in rows:
                print(f"| {what} | {value} |", flush=True)
    for server in answers:
        if server != "lean" and "lean" in answers:
            differ = sum(a != b for a, b in zip(answers["lean"], answers[server], strict=True))
            print(
                f"| answers that differ (whole JSON), {NAMES['lean']} and {NAMES[server]} "
                f"| {differ} of {len(texts)} |"
            )
    print(load_line("end"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
