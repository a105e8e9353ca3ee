"""In-process NLU fakes, set as `BotService.nlu` where the real NLU is not the point."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.nlu import NluResult, NluUnavailable


@dataclass
class ListeningNlu:
    """An NLU that reads every text as a question about the embassy, and notes what it read."""

    heard: list[str] = field(default_factory=list)

    async def parse(self, text: str) -> NluResult:
        self.heard.append(text)
        return NluResult("embassy_contact", 0.9, (("embassy_contact", 0.9),))


@dataclass
class ScriptedNlu:
    """An NLU answering what the test set in `next` for the next message (None: it is down)."""

    next: NluResult | None = None

    async def parse(self, text: str) -> NluResult:
        if self.next is None:
            raise NluUnavailable("scripted: down")
        return self.next
