"""`python -m bot ask --json` against a fake Rasa: the problems found (most urgent first), then
those only offered, and the language of the reply."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.nlu.fake_rasa import Behaviour, FakeRasa

ROOT = Path(__file__).resolve().parents[2]


def ask(tmp_path: Path, url: str, message: str) -> dict[str, object]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "BOT_VAR_DIR": str(tmp_path),
        "CONTENT_DIR": str(ROOT / "tests" / "fixtures" / "content"),
        "NLU_URL": url,
        "NLU_THRESHOLD": "0.5",
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", message],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_two_problems_are_listed_most_urgent_first(tmp_path: Path) -> None:
    # Two problems that split the probability (neither over the threshold alone) are both
    # found: the more urgent is answered first (bot/nlu/topics.py, `answered`).
    ranking = [("unpaid_wages", 0.45), ("documents_confiscated", 0.4), ("out_of_scope", 0.1)]
    with FakeRasa(behaviour=Behaviour(intent_ranking=ranking)) as fake:
        record = ask(tmp_path, fake.url, "boss not pay me 2 month and keep my passport")
    assert record["topics"] == ["documents_confiscated", "unpaid_wages"]
    assert record["topic"] == "documents_confiscated"
    assert record["language"] == "en"


def test_a_weaker_second_problem_is_offered_after_the_answer(tmp_path: Path) -> None:
    # The whole message chose unpaid wages; the passport, read by no clause of its own, is
    # offered after it as a button, not answered first (its evidence is below FOUND_SCORE;
    # the rule refitted on dev on 2026-12-04 offers such a runner-up alone from about 0.4).
    ranking = [("unpaid_wages", 0.57), ("documents_confiscated", 0.42), ("out_of_scope", 0.01)]
    with FakeRasa(behaviour=Behaviour(intent_ranking=ranking)) as fake:
        record = ask(tmp_path, fake.url, "boss not pay me 2 month and keep my passport")
    assert record["topics"] == ["unpaid_wages", "documents_confiscated"]
    assert record["topic"] == "unpaid_wages"


def test_romanised_khmer_is_answered_in_khmer(tmp_path: Path) -> None:
    with FakeRasa(behaviour=Behaviour(intent_ranking=[("unpaid_wages", 0.9)])) as fake:
        record = ask(tmp_path, fake.url, "thaokae min ban aoy luy khnhom 2 khae hoeuy")
    assert (record["language"], record["detected"]) == ("km", "km")
    assert record["topics"] == ["unpaid_wages"]


def test_nothing_understood_gives_no_topics(tmp_path: Path) -> None:
    with FakeRasa(behaviour=Behaviour(intent_ranking=[("out_of_scope", 0.95)])) as fake:
        record = ask(tmp_path, fake.url, "how much is the exchange rate baht to kyat today")
    assert (record["topic"], record["topics"]) == (None, [])
