"""`make bench`'s harness works: the fake Bot API enforces Telegram's limits when asked (and
only then), and the scenarios run end to end at a tiny size and report what happened.

Correctness only: no figure here is a timing claim (the machine may be busy).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import httpx
import pytest

from bench import scenarios, webhook_burst
from bench.scenarios import Context
from bench.traffic import emergency_texts, ordinary_texts
from bench.webhook import judge
from tests.fakes import FakeTelegram
from tests.fakes.rasa_server import FakeRasa
from tests.fakes.telegram_limits import SendLimits


def test_the_31st_send_in_one_second_gets_a_429() -> None:
    limits = SendLimits()
    for chat in range(1, 31):
        assert limits.verdict("sendMessage", chat, 100.0 + chat / 100) is None
    refused = limits.verdict("sendMessage", 31, 100.5)
    assert refused is not None
    status, body = refused
    assert status == 429 and body["parameters"] == {"retry_after": 1}
    assert limits.refused == 1 and limits.refused_by_kind["bot"] == 1
    assert limits.verdict("sendMessage", 31, 101.02) is None  # the first send left the window


def test_one_send_per_second_in_a_private_chat_and_twenty_a_minute_in_a_group() -> None:
    limits = SendLimits()
    assert limits.verdict("sendMessage", 7, 10.0) is None
    assert limits.verdict("sendMessage", 7, 10.5) is not None
    assert limits.verdict("sendMessage", 8, 10.5) is None  # another chat is not held
    assert limits.verdict("sendMessage", 7, 11.0) is None
    for i in range(20):
        assert limits.verdict("sendMessage", -100, 20.0 + i * 2) is None
    refused = limits.verdict("sendMessage", -100, 60.0)
    assert refused is not None and refused[1]["parameters"] == {"retry_after": 20}
    assert limits.verdict("sendMessage", -100, 80.01) is None
    assert limits.verdict("answerCallbackQuery", 7, 11.1) is None  # not a send
    assert dict(limits.refused_by_kind) == {"private": 1, "group": 1}


def _send(tg: FakeTelegram, http: httpx.Client, chat: int) -> httpx.Response:
    return http.post(f"{tg.url}/bot{tg.token}/sendMessage", json={"chat_id": chat, "text": "hi"})


def test_the_fake_answers_429_only_when_limits_are_enforced() -> None:
    with FakeTelegram() as tg, httpx.Client(trust_env=False) as http:
        tg.user(42)
        assert [_send(tg, http, 42).status_code for _ in range(3)] == [200, 200, 200]
        limits = tg.enforce_limits(private_interval_s=3600.0)  # no clock in the assertion
        assert _send(tg, http, 42).status_code == 200
        refused = _send(tg, http, 42)
        assert refused.status_code == 429
        assert refused.json()["parameters"]["retry_after"] >= 1
        assert limits.refused == 1 == len([c for c in tg.errors() if c.status == 429])
        assert len(tg.messages_to(42)) == 4  # the refused one was not delivered


@pytest.mark.e2e
def test_the_scenarios_run_at_a_tiny_size(tmp_path: Path) -> None:
    ids = itertools.count(60_000_000)
    with FakeRasa() as nlu:
        ctx = Context(
            nlu.url, [], tmp_path, 0.05, ordinary_texts(), emergency_texts(), lambda: next(ids)
        )
        [steady, resources] = scenarios.steady(ctx)
        [burst] = scenarios.burst(ctx)
        [stall] = scenarios.stall(ctx)
        [hooked] = webhook_burst.burst_webhook(ctx)
    assert steady.figures["messages"] == 75  # 25/s for 3 s
    assert steady.figures["unanswered"] == 0
    assert resources.figures["rss_mb"] > 0
    assert burst.figures["unanswered"] == 0
    assert burst.figures["sends_per_s"] > 0
    assert burst.figures["cpu_ms_per_message"] > 0  # the bot's, over the burst (NLU by URL)
    assert burst.title.startswith("burst of 30 messages from 30 users, 2 emergencies")
    # The 429s the table reports are the ones the fake's call log holds.
    assert burst.figures["refused"] == burst.figures["refused_in_call_log"]
    # The proxy held exactly the marked parse, and everyone was answered all the same.
    assert stall.figures["stalled_parses"] == 1
    assert stall.figures["unanswered"] == 0
    # The burst as Telegram delivers it to a webhook: every update stored, every one answered.
    assert not hooked.skipped, hooked.skipped
    assert hooked.figures["unanswered"] == 0
    assert hooked.figures["refused"] == hooked.figures["refused_in_call_log"]


def test_the_webhook_scenario_tells_lost_doubled_and_reordered_answers() -> None:
    expected = ["A", "B", "C"]
    assert judge(expected, ["A", "B", "C"]) == (0, 0, True)
    assert judge(expected, ["A", "x", "B", "y", "C"]) == (0, 0, True)  # other sends ignored
    assert judge(expected, ["A", "C"]) == (1, 0, True)
    assert judge(expected, ["A", "B", "B", "C"]) == (0, 1, True)
    assert judge(expected, ["B", "A", "C"]) == (0, 0, False)
    assert judge(expected, []) == (3, 0, True)


def test_the_outbox_poll_benchmark_runs_and_prints_its_rows(capsys: pytest.CaptureFixture[str]):
    from bench import outbox_poll

    assert outbox_poll.main(["--calls", "3", "--rows", "5"]) == 0
    printed = capsys.readouterr().out
    for row in ("building the select alone", "built each call", "fetch_due, 5 rows waiting"):
        assert f"| {row}" in printed


def test_the_send_turns_benchmark_runs_and_prints_its_rows(capsys: pytest.CaptureFixture[str]):
    from bench import send_turns

    assert send_turns.main(["--chats", "50", "1200"]) == 0
    printed = capsys.readouterr().out
    assert "| 50 |" in printed and "| 1,200 |" in printed
