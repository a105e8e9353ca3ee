"""The NLU client as the service sees it, counting failed parses for /metrics.

A wrapper rather than a line in each client: the service already answers a failed parse with
menus (bot/service.py read_text); this only counts it, whichever client is configured.
"""

from __future__ import annotations

from typing import Protocol

from bot.metrics import NLU_ERRORS
from bot.values import NluResult


class HealthClient(Protocol):
    async def parse(self, text: str) -> NluResult: ...

    async def health(self) -> bool: ...


class CountedNlu:
    def __init__(self, inner: HealthClient) -> None:
        self.inner = inner

    async def parse(self, text: str) -> NluResult:
        try:
            return await self.inner.parse(text)
        except Exception:  # NluUnavailable or any other fault: counted, handled upstream
            NLU_ERRORS.inc()
            raise

    async def health(self) -> bool:
        return await self.inner.health()
