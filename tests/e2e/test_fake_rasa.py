"""The fake Rasa server answers the bot's own NLU client like Rasa does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.nlu import NluUnavailable, RasaHttpClient
from tests.fakes.rasa_server import FakeRasa


@pytest.fixture
def nlu() -> Iterator[FakeRasa]:
    with FakeRasa() as fake:
        fake.classify("salary", "unpaid_wages")
        yield fake


async def test_scripted_texts_parse_as_their_intent(nlu: FakeRasa) -> None:
    client = RasaHttpClient(nlu.url)
    try:
        assert await client.health()
        understood = await client.parse("my boss did not pay my SALARY")
        assert (understood.topic, understood.confidence) == ("unpaid_wages", 0.93)
        assert (await client.parse("hello there")).topic is None  # out of scope
    finally:
        await client.aclose()


async def test_slow_and_failing_modes(nlu: FakeRasa) -> None:
    client = RasaHttpClient(nlu.url, timeout_s=0.2)
    try:
        nlu.delay_s = 0.5
        with pytest.raises(NluUnavailable):
            await client.parse("salary")
        nlu.delay_s = 0.0
        nlu.status_code = 500
        with pytest.raises(NluUnavailable):
            await client.parse("salary")
        assert not await client.health()
    finally:
        await client.aclose()
