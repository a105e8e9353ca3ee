"""Fault test (issue 5): 200 referrals sent as a burst while the fake Telegram fails 30% of
sends (500, or 429 with retry_after=1), the bot SIGKILLed in the middle and restarted; then
caseworkers reply to cases under the same faults, with another SIGKILL (burst.py).

The scenario runs once for the module; each test asserts one guarantee on what it saw, so a
broken guarantee does not hide another. Run with `-s` to see the counts.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.e2e_referrals.burst import (
    CASEWORKERS_PER_ORG,
    FAILED_ROWS,
    MIGRANTS,
    Crowd,
    cards_by_ref,
    flood_violations,
    replies_delivered,
    report,
    run_scenario,
)
from tests.e2e_referrals.crowd import write_crowd_content
from tests.e2e_referrals.world import Db
from tests.fakes import FakeTelegram, FaultPlan
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

# A send that reaches Telegram this soon after a 429 was already on its way: the bot had not
# read the 429 yet (two cores, two processes and the fake's threads share them).
IN_FLIGHT_S = 0.25


@pytest.fixture(scope="module")
def crowd_content(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    target = tmp_path_factory.mktemp("content") / "content"
    return target, write_crowd_content(target)


@pytest.fixture(scope="module")
def bot_settings(crowd_content: tuple[Path, list[str]]) -> dict[str, str]:
    return {"CONTENT_DIR": str(crowd_content[0])}


@pytest.fixture(scope="module")
def run(
    tg: FakeTelegram, bot: BotProcess, db: Db, crowd_content: tuple[Path, list[str]]
) -> tuple[Crowd, FaultPlan]:
    crowd = Crowd(partner_ids=crowd_content[1])
    plan = asyncio.run(run_scenario(tg, bot, db, crowd))
    report(tg, db, crowd, plan)
    return crowd, plan


def test_every_confirmed_referral_reached_its_inbox_and_is_stored_once(
    run: tuple[Crowd, FaultPlan], tg: FakeTelegram, db: Db
) -> None:
    crowd, _plan = run
    assert len(crowd.confirmed) + len(crowd.told_stale) == MIGRANTS
    cards = cards_by_ref(tg, crowd)
    for migrant, ref in crowd.confirmed.items():
        assert cards[ref] >= 1, f"case {ref} never reached an inbox"
        [(org, uid)] = db.rows("SELECT org_id, uid FROM cases WHERE ref = ?", ref)
        assert (org, uid) == (crowd.org_of[migrant], f"tg:{migrant}")
    per_migrant = dict(db.rows("SELECT uid, count(*) FROM cases GROUP BY uid"))
    assert per_migrant == {f"tg:{m}": 1 for m in crowd.org_of}, "a form became two cases"
    assert db.value(FAILED_ROWS) == 0


def test_duplicates_come_only_from_sends_in_flight_at_the_kill(
    run: tuple[Crowd, FaultPlan], tg: FakeTelegram
) -> None:
    crowd, _plan = run
    kill = crowd.kills[0]
    duplicated = {ref for ref, n in cards_by_ref(tg, crowd).items() if n > 1}
    assert len(duplicated) <= len(kill.in_flight)
    assert duplicated <= kill.refs()


def test_every_relayed_reply_arrived_once_unless_in_flight_at_the_kill(
    run: tuple[Crowd, FaultPlan], tg: FakeTelegram
) -> None:
    crowd, _plan = run
    assert len(crowd.replies) == len(crowd.partner_ids) * CASEWORKERS_PER_ORG
    delivered = replies_delivered(tg, crowd)
    assert all(n >= 1 for n in delivered.values()), delivered
    duplicated = {ref for ref, n in delivered.items() if n > 1}
    assert duplicated <= crowd.kills[1].refs()


def test_no_send_went_out_inside_a_flood_wait(run: tuple[Crowd, FaultPlan]) -> None:
    _crowd, plan = run
    assert plan.injected
    assert plan.violations == 0


def test_only_sends_already_on_their_way_went_into_a_flood_wait(
    run: tuple[Crowd, FaultPlan], tg: FakeTelegram
) -> None:
    """What the bot controls: once it knows of a 429 (within a fraction of a second), no
    sender starts another send until the wait is over."""
    _crowd, plan = run
    late = [(after, chat) for after, chat in flood_violations(tg) if after > IN_FLIGHT_S]
    assert late == [], f"sent into a known flood wait ({plan.violations} violations in all)"
