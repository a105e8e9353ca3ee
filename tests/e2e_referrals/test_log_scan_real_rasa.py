"""The log scan of test_case_flow.py once more, with the real Rasa NLU the bot starts and
supervises itself (the embedded default): no text anyone typed may be in the bot's log, at
DEBUG, nor in Rasa's log (var/rasa.log), which reads every free-text question.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from tests.e2e.driver import Oracle
from tests.e2e_referrals.scenes import (
    Desk,
    Migrant,
    accept,
    answer,
    card_arrives,
    close,
    connect_org,
    new_case,
    note,
    reply,
)
from tests.e2e_referrals.world import until
from tests.fakes import FakeTelegram, free_port
from tests.fakes.bot_process import (
    RASA_READY_S,
    ROOT,
    BotProcess,
    embedded_nlu,
    missing_rasa,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.rasa,
    pytest.mark.skipif(missing_rasa() is not None, reason=str(missing_rasa())),
]


@pytest.fixture(scope="module")
def nlu_port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def bot_settings(nlu_port: int) -> dict[str, str]:
    return {**embedded_nlu(nlu_port), "LOG_LEVEL": "DEBUG"}


@pytest.fixture(scope="module")
def rasa_url(bot: BotProcess, nlu_port: int) -> str:
    url = f"http://127.0.0.1:{nlu_port}"

    def ready() -> bool:
        assert bot.alive, f"the bot died while Rasa loaded:\n{bot.log()}"
        try:
            return httpx.get(f"{url}/status", timeout=2.0, trust_env=False).status_code == 200
        except httpx.HTTPError:
            return False

    asyncio.run(until(ready, RASA_READY_S, "Rasa loads its model", every=0.5))
    return url


@pytest.fixture(scope="module")
def oracle(rasa_url: str, locales_dir: Path) -> Oracle:
    """The engine, classifying with the same Rasa server as the bot."""
    return Oracle(ROOT / "content", locales_dir, rasa_url)


async def test_nothing_typed_reaches_the_bots_or_rasas_log(
    tg: FakeTelegram, bot: BotProcess, oracle: Oracle
) -> None:
    fed = await connect_org(tg, bot.env, "FED", -100_810_001, 7_810_001)
    desk = Desk(tg, fed)
    migrant = Migrant(tg, oracle, 918_700_001, "Mya Mya", "myamya_3")
    await migrant.onboard("en", "MM", "TH")
    await migrant.ask("my employer has not paid my salary for three months qzxv41")
    await migrant.ask("the agent took my passport and will not give it back qzxv42")
    await migrant.command("menu")
    ref = await new_case(migrant, fed, "We work 14 hours and get no pay slip qzxv43", "Mae Sot")
    card = await card_arrives(tg, fed, ref)
    await accept(desk, card, migrant, ref)
    relayed = await reply(desk, card, migrant, ref, "Do you have a written contract? qzxv44")
    await note(desk, card, ref, "Check with the labour office qzxv45")
    await answer(desk, relayed, migrant, ref, "Only in Thai, I cannot read it qzxv46")
    await close(desk, card, migrant, ref, unanswered=True)

    bot_log = bot.log_path.read_text(errors="replace")
    assert "NLU parse: topic=" in bot_log, "the questions did not reach Rasa"
    rasa_log = (Path(bot.env["BOT_VAR_DIR"]) / "rasa.log").read_text(errors="replace")
    assert rasa_log, "Rasa wrote no log"
    typed = [*migrant.typed, *desk.typed]
    for name, log in (("bot", bot_log), ("Rasa", rasa_log)):
        leaked = [text for text in typed if text in log or text.split()[-1] in log]
        assert leaked == [], f"typed text in {name}'s log"
