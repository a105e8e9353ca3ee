"""Consent needs the right name: the summary a person agrees to must name the organisation
that then receives the case, also when that organisation is not the first choice of the
routes (issue 5: "a plain summary of exactly what will be shared and with which
organisation"). Only FAR is connected here; Cambodians are routed to CWCC first, then FAR.
"""

from __future__ import annotations

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import ORG_NAMES, Migrant, connect_org
from tests.e2e_referrals.world import Db, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e


async def test_the_summary_names_the_organisation_that_receives_the_case(
    tg: FakeTelegram, bot: BotProcess, db: Db, oracle: Oracle
) -> None:
    far = await connect_org(tg, bot.env, "FAR", -100_710_001, 7_710_001)
    migrant = Migrant(tg, oracle, 918_600_001, "Dara", "dara_kh")
    await migrant.onboard("en", "KH", "TH")
    summary = await migrant.fill_form(None, "The broker kept my first salary", None)
    ref = await migrant.send()
    receiver = await until(lambda: db.case(ref)["org"], 5, "the case is stored")
    card = await until(
        lambda: [m for m in tg.messages_to(far.inbox) if ref in (m.text or "")], 5, "a card"
    )
    assert receiver == "FAR" and card, "routed to the organisation that has an inbox"
    text = summary.text or ""
    first, *rest = text.split("\n")
    named = [org for org, name in ORG_NAMES.items() if name in first]
    assert named == [receiver], f"the person agreed to send it to {named}: {text!r}"
    # Any other organisation named is one the case may be passed to, said as such (consent
    # covers every organisation a case may reach: exploratory test 7, finding 2).
    onward = [line for line in rest if any(name in line for name in ORG_NAMES.values())]
    assert all("may be sent to" in line for line in onward), onward
