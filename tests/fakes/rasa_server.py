"""A fake Rasa NLU server (`GET /status`, `POST /model/parse`) for tests where the real model
is not the point: scripted intents, plus slow and failing modes for fault tests.

    with FakeRasa() as nlu:
        nlu.classify("boss did not pay", "unpaid_wages")   # substring -> intent
        env["NLU_URL"] = nlu.url
"""

from __future__ import annotations

import threading
import time
from typing import Any, Self

from tests.fakes.jsonhttp import JsonHttpServer, Response

HOLD_MAX_S = 120.0  # a held request gives up at last, so a failed test cannot hang the fake


class FakeRasa:
    def __init__(self) -> None:
        self._rules: list[tuple[str, str, float]] = []
        self._lock = threading.Lock()
        self.delay_s = 0.0  # longer than the bot's NLU_TIMEOUT makes the NLU "slow"
        self.status_code = 200  # e.g. 500 for a broken server, 409 for "no model loaded"
        self.parses = 0
        # hold(): requests wait here until release(), so a test can see the bot answer while
        # the NLU still has the question (no clock involved); `held` counts those waiting.
        self._open = threading.Event()
        self._open.set()
        self.held = 0
        self._stalls: list[tuple[str, threading.Event]] = []
        self.stalled = 0
        self._http = JsonHttpServer(self._on_request)

    @property
    def url(self) -> str:
        return self._http.url

    def __enter__(self) -> Self:
        self._http.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        self._http.close()

    def hold(self) -> None:
        """From now on every request waits (up to HOLD_MAX_S) until `release()`."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def _wait_if_held(self) -> None:
        with self._lock:
            if self._open.is_set():
                return
            self.held += 1
        try:
            self._open.wait(HOLD_MAX_S)
        finally:
            with self._lock:
                self.held -= 1

    def stall(self, contains: str) -> threading.Event:
        """Parses of texts containing `contains` wait (up to HOLD_MAX_S) until the returned
        event is set; the others are answered as usual. `stalled` counts those waiting."""
        gate = threading.Event()
        with self._lock:
            self._stalls.append((contains.lower(), gate))
        return gate

    def _wait_if_stalled(self, text: str) -> None:
        with self._lock:
            gates = [g for words, g in self._stalls if words in text.lower() and not g.is_set()]
            self.stalled += len(gates)
        try:
            for gate in gates:
                gate.wait(HOLD_MAX_S)
        finally:
            with self._lock:
                self.stalled -= len(gates)

    def classify(self, contains: str, intent: str, confidence: float = 0.93) -> None:
        """Texts containing `contains` (case-insensitive) parse as `intent`."""
        with self._lock:
            self._rules.append((contains.lower(), intent, confidence))

    def _parse(self, text: str) -> dict[str, Any]:
        with self._lock:
            self.parses += 1
            match = next((rule for rule in self._rules if rule[0] in text.lower()), None)
        intent, confidence = (match[1], match[2]) if match else ("out_of_scope", 0.88)
        others = [(name, 0.02) for _, name, _ in self._rules if name != intent][:4]
        ranking = [{"name": intent, "confidence": confidence}] + [
            {"name": name, "confidence": score} for name, score in others
        ]
        return {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": ranking,
            "entities": [],
        }

    def _on_request(self, http_method: str, path: str, params: dict[str, Any]) -> Response:
        self._wait_if_held()
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.status_code != 200:
            return self.status_code, {"status": "failure", "code": self.status_code}
        if path == "/status":
            return 200, {"model_file": "fake.tar.gz", "num_active_training_jobs": 0}
        if path == "/model/parse" and http_method == "POST":
            self._wait_if_stalled(str(params.get("text", "")))
            return 200, self._parse(str(params.get("text", "")))
        return 404, {"status": "failure", "reason": "NotFound"}
