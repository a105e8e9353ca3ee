"""A tiny threaded HTTP/1.1 server for fakes: one callable answers every request with JSON.

Stdlib only, in a background thread, so the fakes work from sync and async tests alike and
never depend on the test's event loop. Keep-alive is supported because httpx (PTB, the NLU
client) reuses connections.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# (status, JSON body) or (status, raw bytes) for file downloads.
Response = tuple[int, Any]
Handler = Callable[[str, str, dict[str, Any]], Response]


def free_port() -> int:
    """A port nobody listens on right now (closed again at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form, JSON or multipart parameters as a dict of strings (uploads as bytes)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}
    if kind == "application/json":
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    if kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        params: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            params[str(name)] = payload if part.get_filename() else payload.decode()
        return params
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle's algorithm and the
        # client's delayed ACK add about 40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        try:
            params.update(parse_body(self.headers.get("Content-Type", ""), body))
            status, payload = self.server.handler(self.command, url.path, params)
        except Exception as error:  # a bug in a fake must show up, not hang the client
            status, payload = 500, {"ok": False, "error_code": 500, "description": repr(error)}
        if payload is None:  # the fake asks to drop the connection without an answer
            self.close_connection = True
            return
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        kind = "application/octet-stream" if isinstance(payload, bytes) else "application/json"
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (killed, timed out)
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read the call log
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, handler: Handler) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.handler = handler

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # dropped connections are normal when a bot process is killed


class JsonHttpServer:
    """Runs `handler(http_method, path, params)` for every request, on 127.0.0.1."""

    def __init__(self, handler: Handler) -> None:
        self._server = _Server(handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
