"""The bot's client for Rasa's HTTP API (`rasa run --enable-api`)."""

from __future__ import annotations

import asyncio
import logging
import time

import httpx

from bot.nlu.priority import DEFAULT_ALSO_THRESHOLD, DEFAULT_CLAUSE_THRESHOLD
from bot.nlu.result import (
    DEFAULT_THRESHOLD,
    NOT_UNDERSTOOD,
    NluUnavailable,
    result_from_rasa,
)
from bot.values import NluResult

# Users may be undocumented: nothing here logs message text, nor anything derived from it.
log = logging.getLogger(__name__)

# Rasa's server answers each parse with the text echoed back; longer texts only cost time.
MAX_TEXT_CHARS = 4096
_HEALTH_TIMEOUT_S = 3.0  # a busy server on a loaded machine is slow, not dead


class RasaHttpClient:
    """Implements NluClient over `POST {base_url}/model/parse`."""

    def __init__(
        self,
        base_url: str,
        timeout_s: float = 2.0,
        threshold: float = DEFAULT_THRESHOLD,
        also_threshold: float = DEFAULT_ALSO_THRESHOLD,
        clause_threshold: float = DEFAULT_CLAUSE_THRESHOLD,
    ) -> None:
        self._timeout_s = timeout_s
        self._thresholds = (threshold, also_threshold, clause_threshold)
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            timeout=httpx.Timeout(timeout_s),
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=16),
        )

    async def parse(self, text: str) -> NluResult:
        if not text.strip():
            return NOT_UNDERSTOOD
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self._timeout_s):
                response = await self._post_parse(text[:MAX_TEXT_CHARS])
            response.raise_for_status()
            result = result_from_rasa(response.json(), *self._thresholds)
        except TimeoutError:
            log.warning("NLU parse timed out after %.1f s", self._timeout_s)
            raise NluUnavailable(f"no answer within {self._timeout_s} s") from None
        except httpx.HTTPStatusError as exc:
            log.warning("NLU parse failed with HTTP %d", exc.response.status_code)
            raise NluUnavailable(f"HTTP {exc.response.status_code}") from None
        except httpx.HTTPError as exc:
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

    async def _post_parse(self, text: str) -> httpx.Response:
        try:
            return await self._http.post("/model/parse", json={"text": text})
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            # The server may close a kept-alive connection just as it is reused; a parse
            # changes nothing, so it is sent once more on a fresh connection.
            log.info("NLU connection dropped; retrying once")
            return await self._http.post("/model/parse", json={"text": text})

    async def health(self) -> bool:
        """Whether the server is up with a model loaded (Rasa answers 409 without one)."""
        try:
            async with asyncio.timeout(_HEALTH_TIMEOUT_S):
                response = await self._http.get("/status", timeout=_HEALTH_TIMEOUT_S)
        except (TimeoutError, httpx.HTTPError):
            return False
        return response.status_code == 200

    async def aclose(self) -> None:
        await self._http.aclose()
