"""A fake Rasa NLU server on 127.0.0.1: answers /model/parse and /status like `rasa run
--enable-api` does, with the answer, status code and delay a test sets.

Run as a script it is also a stand-in for the `rasa` executable (`fake_rasa.py run --port N
...`), for the supervisor tests; FAKE_RASA_CRASH_AFTER makes it exit after that many seconds
and FAKE_RASA_CHILD makes it start a child process, to check that stopping kills the group.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Behaviour:
    intent_ranking: list[tuple[str, float]] = field(
        default_factory=lambda: [("unpaid_wages", 0.8), ("out_of_scope", 0.15), ("visa", 0.05)]
    )
    status: int = 200
    delay_s: float = 0.0
    slow_marker: str = ""  # with a delay: only texts holding it wait (none: every text)
    body: bytes | None = None  # sent as is instead of the JSON answer
    drop_connections: int = 0  # this many parses are answered by closing the connection
    received: list[str] = field(default_factory=list)


def parse_answer(text: str, ranking: list[tuple[str, float]]) -> dict[str, Any]:
    top = ranking[0] if ranking else None
    return {
        "text": text,
        "intent": {"name": top[0], "confidence": top[1]} if top else {"name": None},
        "entities": [],
        "intent_ranking": [{"name": name, "confidence": conf} for name, conf in ranking],
    }


def make_handler(behaviour: Behaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path == "/status":
                self._send(behaviour.status, b'{"model_file": "fake.tar.gz"}')
            else:
                self._send(404, b"{}")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            text = json.loads(self.rfile.read(length))["text"]
            behaviour.received.append(text)
            if behaviour.drop_connections > 0:
                behaviour.drop_connections -= 1
                self.close_connection = True
                return
            if behaviour.slow_marker in text:
                time.sleep(behaviour.delay_s)
            if self.path != "/model/parse":
                self._send(404, b"{}")
                return
            body = behaviour.body
            if body is None:
                body = json.dumps(parse_answer(text, behaviour.intent_ranking)).encode()
            self._send(behaviour.status, body)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 resets parallel connections


class FakeRasa:
    def __init__(self, port: int = 0, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self._server = _Server(("127.0.0.1", port), make_handler(self.behaviour))
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeRasa:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("--port", type=int, required=True)
    args, _ = parser.parse_known_args()
    if os.environ.get("FAKE_RASA_CHILD"):
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        print(f"child {child.pid}", flush=True)
    print(f"fake rasa pid {os.getpid()} LOG_LEVEL={os.environ.get('LOG_LEVEL')}", flush=True)
    crash_after = float(os.environ.get("FAKE_RASA_CRASH_AFTER", "0"))
    with FakeRasa(args.port):
        if crash_after:
            time.sleep(crash_after)
            os._exit(3)
        while True:
            time.sleep(1)


if __name__ == "__main__":
    main()
