"""Users' messages for the benchmark and the bot's replies as the fake Bot API saw them.

Free text comes from the NLU's held-out sets (en, my, km: never trained on, written as people
write), without the emergency intents and without anything the bot's danger matcher would
flag, so "ordinary" traffic is ordinary. Emergency messages come from tests/safety.
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from bot.content.safety import EmergencyKeywords
from nlu.tools.rasa_data import read_examples
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import ROOT
from tests.fakes.telegram_faults import SEND_METHODS
from tests.safety.danger_messages import BURMESE, ENGLISH, KHMER

LANGUAGES = ("en", "my", "km")
EMERGENCY_INTENTS = {"emergency_help", "arrest_detention"}
KEYWORDS = ROOT / "content" / "safety" / "emergency_keywords.yml"


def ordinary_texts(seed: int = 11) -> list[str]:
    """Held-out free text in the three languages, interleaved, shuffled once."""
    matcher = EmergencyKeywords.model_validate(yaml.safe_load(KEYWORDS.read_text())).matcher()
    by_language = []
    for language in LANGUAGES:
        examples = read_examples(ROOT / "nlu" / "heldout" / f"{language}.yml")
        texts = [
            text
            for text, intent in examples
            if intent not in EMERGENCY_INTENTS and not matcher.search(text)
        ]
        random.Random(seed).shuffle(texts)
        by_language.append(texts)
    mixed = [t for trio in itertools.zip_longest(*by_language) for t in trio if t]
    return mixed


def emergency_texts() -> list[str]:
    """Danger messages in the three languages, interleaved."""
    trios = itertools.zip_longest(ENGLISH, BURMESE, KHMER)
    return [text for trio in trios for text in trio if text]


@dataclass
class Traffic:
    """Who wrote when (one message per user), and the first reply each got."""

    tg: FakeTelegram
    sent_at: dict[int, float] = field(default_factory=dict)  # chat -> monotonic time sent
    labels: dict[int, str] = field(default_factory=dict)  # chat -> e.g. "emergency"
    _calls_seen: int = 0
    _first: dict[int, float] = field(default_factory=dict)
    sends_ok: list[float] = field(default_factory=list)  # times of every delivered send

    def send(self, user_id: int, text: str, label: str = "") -> None:
        self.tg.user_sends_text(user_id, text)
        self.sent_at[user_id] = time.monotonic()
        self.labels[user_id] = label

    def _scan(self) -> None:
        calls = self.tg.calls[self._calls_seen :]  # appended under the fake's lock
        self._calls_seen += len(calls)
        for call in calls:
            if call.method.lower() not in SEND_METHODS or call.status != 200:
                continue
            chat = int(str(call.params.get("chat_id", "0")) or 0)
            if chat in self.sent_at:
                self.sends_ok.append(call.at)
                self._first.setdefault(chat, call.at)

    def wait_answered(self, timeout: float) -> int:
        """Waits until every user got a reply or `timeout` passed; returns how many got none."""
        deadline = time.monotonic() + timeout
        while True:
            self._scan()
            missing = len(self.sent_at) - len(self._first)
            if missing == 0 or time.monotonic() > deadline:
                return missing
            time.sleep(0.1)  # the fake has a condition, but replies come from another process

    def settle(self, quiet_s: float = 1.5, timeout: float = 60.0) -> None:
        """Waits until no send arrived for `quiet_s` (the rest of multi-message replies)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._scan()
            last = self.sends_ok[-1] if self.sends_ok else 0.0
            if time.monotonic() - last >= quiet_s:
                return
            time.sleep(0.1)

    def latencies(self, label: str | None = None) -> list[float]:
        """Seconds from each message to its first reply (answered users only)."""
        self._scan()
        return [
            self._first[chat] - sent
            for chat, sent in self.sent_at.items()
            if chat in self._first and (label is None or self.labels[chat] == label)
        ]

    @property
    def answered(self) -> int:
        self._scan()
        return len(self._first)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def paced(count: int, rate: float) -> Iterator[int]:
    """Indexes 0..count-1, each given at its slot (start + i / rate), never early."""
    start = time.monotonic()
    for i in range(count):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        yield i
