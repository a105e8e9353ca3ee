"""PTB's Bot API requests over aiohttp instead of httpx (issue 11: CPU per message).

Every message costs the bot at least two Bot API calls (the getUpdates that brings it, the
sendMessage that answers it). Through PTB's HTTPXRequest each took about 0.8 ms of the bot's
CPU (httpx, httpcore and anyio under it); aiohttp, which the bot already ships for its webhook
server, does the same in about 0.2 ms. This is HTTPXRequest's contract, kept:

- the same default time-outs (read, write and connect 5 s, pool 1 s, media upload 20 s) and
  the per-call ones PTB passes (getUpdates' long poll is added to its read time-out);
- a time-out is PTB's `TimedOut`, any other failure of the connection `NetworkError`; the
  status code and the body go back to PTB, which reads Telegram's answer as it always does;
- parameters form-encoded, files (a /stats chart) as multipart/form-data: the bytes on the
  wire are HTTPXRequest's, which PTB's users run against the real Bot API every day (a JSON
  body would save about 0.1 ms on a long reply, but this project cannot try it on Telegram);
- proxies from the environment (HTTPS_PROXY, ALL_PROXY) and the CA bundle httpx uses
  (certifi's).

Two differences, neither one a call the bot makes: aiohttp has no write time-out of its own
(the call as a whole is bounded instead, by the sum of its time-outs), and no HTTP/2. An
error's text is not passed on: aiohttp's name the URL, which holds the bot's token.
"""

from __future__ import annotations

import ssl
import urllib.parse
from typing import Any

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.aio import KEEP_ALIVE_S, proxies_set

FORM = "application/x-www-form-urlencoded"


def _given(value: Any, default: float | None) -> float | None:
    """A time-out PTB passed, or ours where it passed its DEFAULT_NONE."""
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


class AiohttpRequest(BaseRequest):
    """A drop-in for PTB's HTTPXRequest, for `ApplicationBuilder().request(...)` and
    `.get_updates_request(...)`. Its session is made by `initialize` (aiohttp binds it to the
    running event loop), and a shut-down request can be initialised again, as HTTPXRequest."""

    __slots__ = ("_media_write_timeout", "_pool_size", "_session", "_ssl", "_timeouts")

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._ssl: ssl.SSLContext | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[0]

    async def initialize(self) -> None:
        if self._session is not None and not self._session.closed:
            return
        if self._ssl is None:
            self._ssl = ssl.create_default_context(cafile=certifi.where())
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=self._pool_size, ssl=self._ssl, keepalive_timeout=KEEP_ALIVE_S
            ),
            headers={"User-Agent": self.USER_AGENT},
            trust_env=proxies_set(),
        )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read, write, connect, pool = self._timeouts
        if files:
            write = self._media_write_timeout
        timeout = _timeout(
            _given(read_timeout, read),
            _given(write_timeout, write),
            _given(connect_timeout, connect),
            _given(pool_timeout, pool),
        )
        body, headers = _body(request_data, files)
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's own time-outs are TimeoutErrors too
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}") from error


def _timeout(
    read: float | None, write: float | None, connect: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """Waiting for a free connection and opening one within pool + connect, each read within
    `read`, and the whole call within the sum (aiohttp times no write on its own)."""
    parts = [t for t in (read, write, connect, pool) if t is not None]
    total = sum(parts) if len(parts) == 4 else None
    acquire = None if connect is None and pool is None else (connect or 0.0) + (pool or 0.0)
    return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=connect, sock_read=read)


def _body(
    request_data: RequestData | None, files: dict[str, Any] | None
) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    if request_data is None:
        return None, None
    fields = request_data.json_parameters
    if not files:
        if not fields:
            return None, None
        return urllib.parse.urlencode(fields).encode(), {"Content-Type": FORM}
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form, None
