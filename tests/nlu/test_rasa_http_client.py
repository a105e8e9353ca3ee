"""RasaHttpClient against a fake Rasa server: mapping, threshold, failures, no text in logs."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import pytest

from bot.nlu import NluResult, NluUnavailable, RasaHttpClient
from bot.nlu.client import MAX_TEXT_CHARS
from tests.nlu.fake_rasa import Behaviour, FakeRasa

SECRET = "ကျွန်တော့် passport ပျောက်သွားတယ် SECRET-TEXT"


@pytest.fixture
def fake() -> Iterator[FakeRasa]:
    with FakeRasa() as server:
        yield server


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


# rasa's intent_ranking, threshold -> expected result
MAPPINGS = [
    (
        "top intent above threshold is the topic",
        [("unpaid_wages", 0.8), ("out_of_scope", 0.15), ("visa", 0.05)],
        0.3,
        NluResult("unpaid_wages", 0.8, (("unpaid_wages", 0.8), ("visa", 0.05)), ("unpaid_wages",)),
    ),
    (
        "below threshold is not understood but keeps the ranking",
        [("unpaid_wages", 0.25), ("visa", 0.2), ("lost_passport", 0.1)],
        0.3,
        NluResult(None, 0.25, (("unpaid_wages", 0.25), ("visa", 0.2), ("lost_passport", 0.1))),
    ),
    (
        "out_of_scope is never a topic nor ranked, and is said to be out of scope",
        [("out_of_scope", 0.9), ("visa", 0.06)],
        0.3,
        NluResult(None, 0.9, (("visa", 0.06),), out_of_scope=True),
    ),
    (
        "an unsure out_of_scope is not understood, not out of scope",
        [("out_of_scope", 0.25), ("visa", 0.2)],
        0.3,
        NluResult(None, 0.25, (("visa", 0.2),)),
    ),
    (
        "threshold is inclusive",
        [("visa", 0.3)],
        0.3,
        NluResult("visa", 0.3, (("visa", 0.3),), ("visa",)),
    ),
    (
        "Rasa's own fallback gives the best real intent, below threshold",
        [("nlu_fallback", 0.7), ("visa", 0.2), ("out_of_scope", 0.1)],
        0.3,
        NluResult(None, 0.2, (("visa", 0.2),)),
    ),
    (
        "ranking is cut to five",
        [(f"topic_{i}", 0.5 - i * 0.05) for i in range(8)],
        0.3,
        NluResult(
            "topic_0",
            0.5,
            tuple((f"topic_{i}", 0.5 - i * 0.05) for i in range(5)),
            ("topic_0",),
        ),
    ),
    ("no intent at all", [], 0.3, NluResult(None, 0.0, ())),
    (
        # no clause reads it: a runner-up of the whole message is a weak witness, offered
        # after the answer (bot/nlu/topics.py), not answered first for being more urgent;
        # the rule refitted on dev (2026-12-04) offers one alone from about 0.4
        "a second problem is offered after the answer",
        [("unpaid_wages", 0.52), ("documents_confiscated", 0.45), ("out_of_scope", 0.03)],
        0.3,
        NluResult(
            "unpaid_wages",
            0.52,
            (("unpaid_wages", 0.52), ("documents_confiscated", 0.45)),
            ("unpaid_wages", "documents_confiscated"),
        ),
    ),
]


@pytest.mark.parametrize(
    ("ranking", "threshold", "expected"),
    [case[1:] for case in MAPPINGS],
    ids=[case[0] for case in MAPPINGS],
)
async def test_parse_maps_rasa_answer_to_result(
    fake: FakeRasa,
    ranking: list[tuple[str, float]],
    threshold: float,
    expected: NluResult,
) -> None:
    fake.behaviour.intent_ranking = ranking
    client = RasaHttpClient(fake.url, threshold=threshold)
    try:
        assert await client.parse("my boss no pay") == expected
    finally:
        await client.aclose()


async def test_blank_text_is_not_sent(fake: FakeRasa) -> None:
    client = RasaHttpClient(fake.url)
    result = await client.parse("   ")
    await client.aclose()
    assert result.topic is None and result.ranking == ()
    assert fake.behaviour.received == []


async def test_very_long_text_is_cut(fake: FakeRasa) -> None:
    client = RasaHttpClient(fake.url)
    await client.parse("a" * 100_000)
    await client.aclose()
    assert len(fake.behaviour.received[0]) == MAX_TEXT_CHARS


SLOW_S = 30.0  # a server far slower than the client's 0.3 s time-out
FAILURES = [
    ("server error", Behaviour(status=500)),
    ("no model loaded", Behaviour(status=409)),
    ("not json", Behaviour(body=b"<html>" + SECRET.encode() + b"</html>")),
    ("json nested past the parser's depth", Behaviour(body=b"[" * 100_000 + b"]" * 100_000)),
    ("slower than the timeout", Behaviour(delay_s=SLOW_S)),
]


@pytest.mark.parametrize("behaviour", [f[1] for f in FAILURES], ids=[f[0] for f in FAILURES])
async def test_failures_raise_nlu_unavailable_without_logging_text(
    behaviour: Behaviour, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeRasa(behaviour=behaviour) as server:
        client = RasaHttpClient(server.url, timeout_s=0.3)
        started = time.perf_counter()
        with pytest.raises(NluUnavailable) as raised:
            await client.parse(SECRET)
        elapsed = time.perf_counter() - started
        await client.aclose()
    # Gave up at its own time-out, not after the slow server's answer: a margin so wide that
    # a busy machine cannot cross it (0.3 s against 30 s).
    assert elapsed < SLOW_S / 2
    assert "SECRET" not in str(raised.value) and raised.value.__cause__ is None
    assert "SECRET" not in caplog.text and "ပျောက်" not in caplog.text


async def test_json_of_another_shape_is_not_understood_never_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeRasa(behaviour=Behaviour(body=b'{"text": "x", "intent": "greet"}')) as server:
        client = RasaHttpClient(server.url)
        result = await client.parse(SECRET)
        await client.aclose()
    assert result == NluResult(None, 0.0, ())
    assert "SECRET" not in caplog.text


async def test_server_down_raises_nlu_unavailable() -> None:
    client = RasaHttpClient(closed_port_url(), timeout_s=0.5)
    with pytest.raises(NluUnavailable):
        await client.parse("hello")
    assert await client.health() is False
    await client.aclose()


async def test_successful_parse_logs_no_text(
    fake: FakeRasa, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = RasaHttpClient(fake.url)
    await client.parse(SECRET)
    await client.aclose()
    assert "SECRET" not in caplog.text and "ပျောက်" not in caplog.text


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (409, False), (500, False)])
async def test_health_is_true_only_with_a_loaded_model(status: int, healthy: bool) -> None:
    with FakeRasa(behaviour=Behaviour(status=status)) as server:
        client = RasaHttpClient(server.url)
        assert await client.health() is healthy
        await client.aclose()


async def test_parallel_parses_share_one_client(fake: FakeRasa) -> None:
    import asyncio

    client = RasaHttpClient(fake.url)
    results = await asyncio.gather(*(client.parse(f"message {i}") for i in range(20)))
    await client.aclose()
    assert {r.topic for r in results} == {"unpaid_wages"}


async def test_a_dropped_connection_is_retried_once() -> None:
    with FakeRasa(behaviour=Behaviour(drop_connections=1)) as server:
        client = RasaHttpClient(server.url)
        assert (await client.parse("hello")).topic == "unpaid_wages"
        await client.aclose()
        assert server.behaviour.received == ["hello", "hello"]


async def test_a_connection_dropped_twice_is_unavailable() -> None:
    with FakeRasa(behaviour=Behaviour(drop_connections=2)) as server:
        client = RasaHttpClient(server.url)
        with pytest.raises(NluUnavailable):
            await client.parse("hello")
        await client.aclose()
