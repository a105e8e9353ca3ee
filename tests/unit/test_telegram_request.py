"""PTB's Bot over AiohttpRequest (bot/telegram/request.py) against the fake Bot API, side by
side with PTB's own HTTPXRequest: the same calls give the same results and the same errors."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.telegram.polling import get_raw
from bot.telegram.request import AiohttpRequest
from tests.fakes import NO_ANSWER, FakeTelegram, free_port

TOKEN = "123:TEST"
# PTB's own RetryAfter reads its deprecated int attribute when it is built.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
KINDS: dict[str, Callable[..., BaseRequest]] = {"httpx": HTTPXRequest, "aiohttp": AiohttpRequest}


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram(TOKEN) as fake:
        yield fake


def bot_for(url: str, kind: str, **timeouts: float) -> Bot:
    return Bot(
        TOKEN,
        base_url=f"{url}/bot",
        base_file_url=f"{url}/file/bot",
        request=KINDS[kind](**timeouts),
        get_updates_request=KINDS[kind](connection_pool_size=1),
    )


@pytest.fixture(params=sorted(KINDS))
async def bot(request: pytest.FixtureRequest, tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with bot_for(tg.url, request.param) as made:  # initialize() asks getMe
        yield made


async def test_text_buttons_and_a_photo_reach_the_chat(tg: FakeTelegram, bot: Bot):
    tg.user(42)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Accept ✓", callback_data="a:1")]])
    sent = await bot.send_message(42, "ငါ့ passport & fees = 100%", reply_markup=keyboard)
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    photo = await bot.send_photo(42, photo=png, caption="chart")
    text, chart = await tg.wait_for_messages(42, 2, timeout=5)
    assert (text.message_id, text.text) == (sent.message_id, "ငါ့ passport & fees = 100%")
    assert text.data == ["a:1"]
    assert (chart.method, chart.message_id) == ("sendPhoto", photo.message_id)
    assert chart.params["caption"] == "chart"
    assert chart.params["photo"] == png  # the upload arrived byte for byte, as multipart


async def test_get_updates_as_polling_asks_for_them(tg: FakeTelegram, bot: Bot):
    tg.user_sends_text(42, "hello")
    [update] = await get_raw(bot, None)
    assert update["message"]["text"] == "hello"
    assert bot._request[0].read_timeout == 5.0  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [("429", RetryAfter), ("blocked", Forbidden), ("too long", BadRequest)],
)
async def test_telegram_refusals_are_ptbs_errors(
    tg: FakeTelegram, bot: Bot, setup: str, expected: type[Exception]
):
    tg.user(42)
    if setup == "429":
        tg.fail_sends(1.0, codes=(429,), retry_after=3, limit=1)
    if setup == "blocked":
        tg.block_bot(42)
    with pytest.raises(expected) as raised:
        await bot.send_message(42, "hello" * (1000 if setup == "too long" else 1))
    if isinstance(raised.value, RetryAfter):
        assert raised.value.retry_after == 3


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_a_dropped_connection_is_a_network_error(tg: FakeTelegram, kind: str):
    tg.user(42)
    async with bot_for(tg.url, kind) as bot:
        tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=0.2)
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(42, "hello")
    assert not isinstance(raised.value, TimedOut)


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_an_answer_slower_than_the_read_timeout_is_timed_out(tg: FakeTelegram, kind: str):
    tg.user(42)
    async with bot_for(tg.url, kind, read_timeout=0.3) as bot:
        tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=5.0)
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await bot.send_message(42, "hello")
        assert time.monotonic() - started < 4.0  # its own time-out, not the server's drop
        tg.clear_faults()


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_nobody_listening_is_a_network_error_that_does_not_name_the_token(kind: str):
    bot = bot_for(f"http://127.0.0.1:{free_port()}", kind)
    await bot.request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(42, "hello")
    finally:
        await bot.request.shutdown()
    if kind == "aiohttp":
        assert "TEST" not in str(raised.value)


async def test_it_must_be_initialized_and_can_be_again_after_a_shutdown(tg: FakeTelegram):
    request = AiohttpRequest()
    with pytest.raises(RuntimeError):
        await request.do_request(f"{tg.url}/bot{TOKEN}/getMe", "POST")
    for _ in range(2):
        await request.initialize()
        await request.initialize()  # twice is once (a Bot twin shares its request)
        status, body = await request.do_request(f"{tg.url}/bot{TOKEN}/getMe", "POST")
        assert status == 200 and b'"ok": true' in body.replace(b'"ok":true', b'"ok": true')
        await request.shutdown()


@pytest.mark.parametrize(("proxy", "looked_up"), [(None, False), ("http://127.0.0.1:9", True)])
async def test_proxies_are_looked_up_only_when_one_is_set(
    monkeypatch: pytest.MonkeyPatch, proxy: str | None, looked_up: bool
):
    """NO_PROXY alone names no proxy: aiohttp would otherwise look one up (and .netrc) in a
    thread at every request. One set is honoured, as httpx did."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    if proxy is not None:
        monkeypatch.setenv("HTTPS_PROXY", proxy)
    request = AiohttpRequest()
    await request.initialize()
    try:
        assert request._session is not None and request._session.trust_env is looked_up
    finally:
        await request.shutdown()
