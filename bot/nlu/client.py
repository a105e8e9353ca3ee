"""The bot's client for Rasa's HTTP API (`rasa run --enable-api`), on one or several servers.

`NLU_URL` may list several Rasa servers, comma-separated (issue 11): each parse goes to the
live server with the fewest parses in flight (among equals, in turn), so a crowd of messages
is shared out and a parse does not queue behind a slow one on a server while another is idle
(each server parses one message at a time). A server that refuses the connection, drops it
twice, answers 5xx or has no model loaded (409) is skipped for `dead_for_s`, and the parse is
asked of the next one at once; when the time-out runs out on one, the parse fails (the person
gets the menus; waiting twice as long would not help them) and that server is skipped too.
A skipped server is tried again after its time out, or sooner when every other one failed.

HTTP goes through aiohttp, not httpx: a parse cost the bot 0.8 ms of CPU through httpx (and
anyio under it) against 0.2 ms here, on one of every message's three HTTP calls (issue 11).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

from bot.aio import KEEP_ALIVE_S, proxies_set
from bot.nlu.result import (
    DEFAULT_THRESHOLD,
    NOT_UNDERSTOOD,
    NluUnavailable,
    result_from_rasa,
)
from bot.nlu.topics import SECOND_RULE, SecondRule
from bot.values import NluResult

# Users may be undocumented: nothing here logs message text, nor anything derived from it.
log = logging.getLogger(__name__)

# Rasa's server answers each parse with the text echoed back; longer texts only cost time.
MAX_TEXT_CHARS = 4096
_HEALTH_TIMEOUT_S = 3.0  # a busy server on a loaded machine is slow, not dead
DEAD_FOR_S = 30.0  # how long a failed server is passed over
# A kept-alive connection the server closed, or one that broke mid-answer.
_GONE = (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError, aiohttp.ClientPayloadError)
_JSON = {"Content-Type": "application/json"}


class _ServerDown(Exception):
    """This server cannot answer now; another one may."""


class _HttpStatusError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


@dataclass
class _Answer:
    status: int
    body: bytes


@dataclass
class _Server:
    url: str
    dead_until: float = float("-inf")
    in_flight: int = 0  # parses asked of it and not yet answered
    http: aiohttp.ClientSession | None = field(default=None, repr=False)  # made on first use


def server_urls(urls: str) -> list[str]:
    """`NLU_URL`'s servers: comma-separated, blanks ignored."""
    return [url.strip().rstrip("/") for url in urls.split(",") if url.strip()]


class RasaHttpClient:
    """Implements NluClient over `POST {url}/model/parse`, on each of `base_url`'s servers."""

    def __init__(
        self,
        base_url: str,
        timeout_s: float = 2.0,
        threshold: float = DEFAULT_THRESHOLD,
        rule: SecondRule = SECOND_RULE,
        dead_for_s: float = DEAD_FOR_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        urls = server_urls(base_url)
        if not urls:
            raise ValueError("no NLU server URL")
        self._timeout_s, self._dead_for, self._clock = timeout_s, dead_for_s, clock
        self._thresholds = (threshold, rule)
        self._servers = [_Server(url) for url in urls]
        self._turn = 0

    def _http(self, server: _Server) -> aiohttp.ClientSession:
        """The server's session, made in the running loop (aiohttp needs one)."""
        if server.http is None:
            server.http = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=32, keepalive_timeout=KEEP_ALIVE_S),
                timeout=aiohttp.ClientTimeout(total=self._timeout_s),
                trust_env=proxies_set(),
            )
        return server.http

    @property
    def urls(self) -> list[str]:
        return [server.url for server in self._servers]

    async def parse(self, text: str) -> NluResult:
        if not text.strip():
            return NOT_UNDERSTOOD
        started = time.perf_counter()
        server = self._servers[0]
        try:
            async with asyncio.timeout(self._timeout_s):  # all servers tried within it
                for server in self._in_turn():
                    server.in_flight += 1
                    try:
                        answer = await self._post_parse(server, text[:MAX_TEXT_CHARS])
                        break
                    except _ServerDown as down:
                        self._pass_over(server, str(down))
                    finally:
                        server.in_flight -= 1
                else:
                    raise NluUnavailable("no NLU server answered")
            if answer.status >= 400:
                raise _HttpStatusError(answer.status)
            result = result_from_rasa(json.loads(answer.body), *self._thresholds)
        except TimeoutError:
            log.warning("NLU parse timed out after %.1f s", self._timeout_s)
            self._pass_over(server, "time-out")
            raise NluUnavailable(f"no answer within {self._timeout_s} s") from None
        except _HttpStatusError as exc:
            log.warning("NLU parse failed with HTTP %d", exc.status)
            raise NluUnavailable(f"HTTP {exc.status}") from None
        except aiohttp.ClientError as exc:
            log.warning("NLU parse failed: %s", type(exc).__name__)
            raise NluUnavailable(type(exc).__name__) from None
        except (ValueError, RecursionError) as exc:
            # Not JSON, or nested past the parser's depth (result_from_rasa itself reads any
            # JSON without raising). `from None`: a JSON error carries the response body,
            # which echoes the text.
            log.warning("NLU answer malformed: %s", type(exc).__name__)
            raise NluUnavailable("malformed answer") from None
        log.debug(
            "NLU parse: topic=%s confidence=%.3f in %.1f ms",
            result.topic,
            result.confidence,
            (time.perf_counter() - started) * 1000,
        )
        return result

    def _in_turn(self) -> list[_Server]:
        """Live servers, the least busy first (among equals, starting one further each
        parse); then the passed-over ones, as a last resort (a server may be back before its
        time out ends)."""
        now = self._clock()
        live = [s for s in self._servers if s.dead_until <= now]
        self._turn += 1
        first = self._turn % len(live) if live else 0
        turned = live[first:] + live[:first]
        turned.sort(key=lambda server: server.in_flight)  # stable: the turn among equals
        return turned + [s for s in self._servers if s.dead_until > now]

    def _pass_over(self, server: _Server, why: str) -> None:
        log.warning(
            "NLU parse failed on %s (%s); tried last for %.0f s", server.url, why, self._dead_for
        )
        server.dead_until = self._clock() + self._dead_for

    async def _post_parse(self, server: _Server, text: str) -> _Answer:
        body = json.dumps({"text": text}, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            try:
                answer = await self._post(server, body)
            except _GONE:
                # The server may close a kept-alive connection just as it is reused; a parse
                # changes nothing, so it is sent once more on a fresh connection.
                log.info("NLU connection dropped; retrying once")
                answer = await self._post(server, body)
        except (aiohttp.ClientConnectionError, *_GONE) as exc:  # refused, reset, closed
            raise _ServerDown(type(exc).__name__) from None
        if answer.status >= 500 or answer.status == 409:  # 409: no model
            raise _ServerDown(f"HTTP {answer.status}")
        server.dead_until = float("-inf")
        return answer

    async def _post(self, server: _Server, body: bytes) -> _Answer:
        """The whole answer read, as httpx did: a break while reading it is a dropped
        connection too."""
        url = f"{server.url}/model/parse"
        async with self._http(server).post(url, data=body, headers=_JSON) as response:
            return _Answer(response.status, await response.read())

    async def health(self) -> bool:
        """Whether a server is up with a model loaded (Rasa answers 409 without one)."""
        health = aiohttp.ClientTimeout(total=_HEALTH_TIMEOUT_S)
        for server in self._servers:
            try:
                async with (
                    asyncio.timeout(_HEALTH_TIMEOUT_S),
                    self._http(server).get(f"{server.url}/status", timeout=health) as response,
                ):
                    status = response.status
                    await response.read()
            except (TimeoutError, aiohttp.ClientError):
                continue
            if status == 200:
                return True
        return False

    async def aclose(self) -> None:
        for server in self._servers:
            if server.http is not None:
                await server.http.close()
                server.http = None
