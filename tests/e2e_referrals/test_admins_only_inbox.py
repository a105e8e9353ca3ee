"""An inbox group switched to "only admins can post", through the real bot process and the
fake Bot API (round 9, "Still open"): Telegram refuses the bot's card there with a 400 and
sends no my_chat_member, so nothing was noticed and the card was lost. Now, after three
refusals, the inbox is lost as when the bot is removed (the admins told in private, its new
case no longer waiting there), and a reply that goes into the group again (to /cases, as the
admins' notice says) brings it back, with the case's card."""

from __future__ import annotations

import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import Migrant, connect_org, new_case, next_in
from tests.e2e_referrals.world import Db, admin_invite, until
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

FED = "Foundation for Education and Development (FED)"
ADMIN = 7_560_009


async def test_an_inbox_where_only_admins_post_is_lost_then_back(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle, db: Db
) -> None:
    fed = await connect_org(tg, bot.env, "FED", -100_560_001, 7_560_001)
    tg.user(ADMIN, first_name="Admin of FED")
    tg.user_sends_command(ADMIN, "join", admin_invite(bot.env, "FED", role="admin"))
    await next_in(tg, ADMIN)  # welcome
    tg.mute_bot_in(fed.inbox)  # the group's owner: only admins may post

    migrant = Migrant(tg, oracle, 918_273_560, "Aye Aye", "aye_aye_56")
    await migrant.onboard("en", "MM", "TH")
    ref = await new_case(migrant, fed, "The boss did not pay me for 2 months", None)
    [lost] = await next_in(tg, ADMIN, timeout=30.0)  # three 400s on the card, then this
    assert (lost.text or "").startswith(f"I cannot post in the case inbox group of {FED}")
    assert db.value("SELECT unreachable_at FROM inboxes WHERE org_id = 'FED'") is not None
    case = db.case(ref)  # FED is the only one connected: it waits for FED, as with no inbox
    assert (case["org"], case["status"], case["events"][-1]) == ("FED", "waiting", "waits")

    tg.mute_bot_in(fed.inbox, muted=False)  # everyone may post again: no update says so
    tg.group_message(fed.inbox, fed.caseworker, "/cases")
    [back] = await next_in(tg, ADMIN, timeout=30.0)
    assert back.text == (
        f"I can post in the case inbox group of {FED} again. New cases arrive there again, "
        "and its open cases are posted there."
    )
    assert db.value("SELECT unreachable_at FROM inboxes WHERE org_id = 'FED'") is None
    await until(lambda: db.case(ref)["status"] == "new", 10.0, "the case delivered")
    texts = [m.text or "" for m in await next_in(tg, fed.inbox, n=2, timeout=30.0)]
    assert any(text.startswith(f"New case {ref}\n") for text in texts), "its card"
