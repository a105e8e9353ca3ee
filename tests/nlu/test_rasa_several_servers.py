"""NLU_URL with several Rasa servers (issue 11): parses are shared out, a dead server is
passed over for a while, and the person still gets an answer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.nlu import NluUnavailable, RasaHttpClient
from bot.nlu.client import server_urls
from tests.nlu.fake_rasa import Behaviour, FakeRasa
from tests.nlu.test_rasa_http_client import closed_port_url


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def live() -> Iterator[tuple[FakeRasa, FakeRasa]]:
    with FakeRasa() as first, FakeRasa() as second:
        yield first, second


def failures_on(url: str, caplog: pytest.LogCaptureFixture) -> int:
    return sum(f"failed on {url} " in record.getMessage() for record in caplog.records)


def test_nlu_url_lists_servers_comma_separated():
    assert server_urls("http://a:5005/, http://b:5005 ,,") == ["http://a:5005", "http://b:5005"]
    with pytest.raises(ValueError):
        RasaHttpClient(" , ")


async def test_one_dead_server_is_passed_over_and_the_live_ones_share_the_parses(
    live: tuple[FakeRasa, FakeRasa], caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING)
    dead = closed_port_url()
    clock = Clock()
    urls = ",".join([live[0].url, dead, live[1].url])
    client = RasaHttpClient(urls, timeout_s=10.0, dead_for_s=30.0, clock=clock)
    try:
        results = [await client.parse(f"message {n}") for n in range(12)]
        assert {r.topic for r in results} == {"unpaid_wages"}  # every one answered
        counts = [len(server.behaviour.received) for server in live]
        assert sum(counts) == 12 and min(counts) >= 5  # shared out between the live ones
        assert failures_on(dead, caplog) == 1  # tried once, then passed over

        clock.now = 31.0  # its time out is over: tried once more, and passed over again
        assert (await client.parse("again")).topic == "unpaid_wages"
        await client.parse("and again")
        await client.parse("once more")
        assert failures_on(dead, caplog) == 2
    finally:
        await client.aclose()


async def test_parallel_parses_with_a_dead_server_are_all_answered(
    live: tuple[FakeRasa, FakeRasa],
):
    client = RasaHttpClient(f"{closed_port_url()},{live[0].url},{live[1].url}", timeout_s=10.0)
    try:
        results = await asyncio.gather(*(client.parse(f"m{n}") for n in range(30)))
    finally:
        await client.aclose()
    assert {r.topic for r in results} == {"unpaid_wages"}
    assert all(server.behaviour.received for server in live)


async def test_a_server_without_a_model_or_failing_is_passed_over(live: tuple[FakeRasa, FakeRasa]):
    for status in (409, 500):
        with FakeRasa(behaviour=Behaviour(status=status)) as broken:
            client = RasaHttpClient(f"{broken.url},{live[0].url}", timeout_s=10.0)
            try:
                for n in range(4):
                    assert (await client.parse(f"m{n}")).topic == "unpaid_wages"
            finally:
                await client.aclose()
            assert len(broken.behaviour.received) == 1


async def test_a_hung_server_costs_one_parse_then_is_passed_over(live: tuple[FakeRasa, FakeRasa]):
    with FakeRasa(behaviour=Behaviour(delay_s=30.0)) as hung:
        client = RasaHttpClient(f"{live[0].url},{hung.url}", timeout_s=3.0)
        try:
            outcomes = []
            for n in range(6):
                try:
                    outcomes.append((await client.parse(f"m{n}")).topic)
                except NluUnavailable:
                    outcomes.append(None)
        finally:
            await client.aclose()
    assert outcomes.count(None) == 1  # the one parse that waited on the hung server
    assert len(hung.behaviour.received) == 1


async def test_all_servers_dead_is_unavailable():
    client = RasaHttpClient(f"{closed_port_url()},{closed_port_url()}", timeout_s=2.0)
    try:
        with pytest.raises(NluUnavailable):
            await client.parse("hello")
        assert await client.health() is False
    finally:
        await client.aclose()


async def test_healthy_when_any_server_is(live: tuple[FakeRasa, FakeRasa]):
    client = RasaHttpClient(f"{closed_port_url()},{live[1].url}")
    try:
        assert await client.health() is True
    finally:
        await client.aclose()


async def test_a_parse_goes_to_a_server_with_none_in_flight():
    # Rasa parses one message at a time: a parse sent in turn to a server busy with a slow
    # one (the encoder's) waits behind it while another server is idle.
    slow = Behaviour(delay_s=1.0, slow_marker="encoder")
    with (
        FakeRasa(behaviour=slow) as first,
        FakeRasa(behaviour=replace(slow, received=[])) as second,
    ):
        client = RasaHttpClient(f"{first.url},{second.url}", timeout_s=10.0)
        try:
            held = asyncio.create_task(client.parse("the encoder's slow one"))
            while not first.behaviour.received and not second.behaviour.received:
                await asyncio.sleep(0.01)
            busy, idle = (first, second) if first.behaviour.received else (second, first)
            for n in range(6):
                await client.parse(f"message {n}")
            assert len(busy.behaviour.received) == 1  # none sent behind the one in flight
            assert len(idle.behaviour.received) == 6
            await held
            for n in range(4):  # none in flight: in turn again
                await client.parse(f"after {n}")
            assert len(busy.behaviour.received) == 3 and len(idle.behaviour.received) == 8
        finally:
            await client.aclose()
