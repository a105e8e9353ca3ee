"""The glue between a channel adapter and the pure engine: normalise, ask the NLU, load and
save state, re-encode replies for Zawgyi users. Console and Telegram both call `handle`."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.content import CatalogHolder
from bot.dialogue import engine
from bot.dialogue.events import Event, Text
from bot.dialogue.replies import Button, Reply
from bot.dialogue.state import UserState
from bot.i18n import translator
from bot.language import normalise, to_zawgyi
from bot.nlu import NluClient, NluResult, NluUnavailable
from bot.storage import Store

log = logging.getLogger(__name__)


async def read_text(nlu: NluClient | None, raw: str) -> Text:
    """Normalise free text and ask the NLU; a down or slow NLU gives nlu=None."""
    normalised = normalise(raw)
    result: NluResult | None = None
    if nlu is not None and normalised.text:
        try:
            result = await nlu.parse(normalised.text)
        except NluUnavailable:
            log.warning("NLU unavailable; answering with menus")
    return Text(normalised.text, normalised.language, normalised.encoding, result)


def make_context(catalogs: CatalogHolder, locales_dir: Path) -> engine.Context:
    return engine.Context(
        catalog=catalogs.get(),
        translator=lambda language: translator(locales_dir, language),
        today=dt.date.today(),
    )


@dataclass
class BotService:
    store: Store
    catalogs: CatalogHolder
    nlu: NluClient | None
    locales_dir: Path

    async def text_event(self, raw: str) -> Text:
        return await read_text(self.nlu, raw)

    async def handle(self, uid: str, event: Event) -> tuple[Reply, ...]:
        state = await asyncio.to_thread(self.store.load_state, uid)
        outcome = engine.handle(event, state, make_context(self.catalogs, self.locales_dir))
        await asyncio.to_thread(self.store.save_state, uid, outcome.state)
        return encode_for(outcome.state, outcome.replies)


def encode_for(state: UserState, replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
    """Zawgyi users get replies in Zawgyi, so that they render on their phones."""
    if state.encoding != "zawgyi" or state.language != "my":
        return replies
    return tuple(
        Reply(
            to_zawgyi(reply.text),
            tuple(tuple(Button(to_zawgyi(b.label), b.data) for b in row) for row in reply.buttons),
            reply.venue,
        )
        for reply in replies
    )
