"""The trained model under a real Rasa, started by the bot's own supervisor and read through
the bot's client (the tests marked `rasa`; conftest.py's `model` skips them without the Rasa
venv or a model)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.nlu import RasaHttpClient, RasaSupervisor
from tests.fakes.bot_process import RASA_BIN
from tests.fakes.jsonhttp import free_port


@asynccontextmanager
async def served(
    model: Path, log_path: Path, timeout_s: float = 10.0
) -> AsyncIterator[RasaHttpClient]:
    """A client of `model` served until the block ends; Rasa's log, in `log_path`, is complete
    after it."""
    supervisor = RasaSupervisor(RASA_BIN, model, free_port(), log_path)
    await supervisor.start()
    try:
        assert await supervisor.wait_ready(180), log_path.read_text(errors="replace")[-2000:]
        client = RasaHttpClient(supervisor.url, timeout_s=timeout_s)
        try:
            yield client
        finally:
            await client.aclose()
    finally:
        await supervisor.stop()
