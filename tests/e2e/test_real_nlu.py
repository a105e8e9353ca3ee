"""Free text through the real Rasa NLU: the bot's embedded supervisor starts Rasa from
.venv-nlu with the newest model in models/ (`make test` builds both first)."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.e2e.driver import CONTENT_DIR, Oracle, Person
from tests.fakes import free_port
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
def nlu_env(nlu_port: int) -> dict[str, str]:
    return embedded_nlu(nlu_port)


def wait_for_rasa(url: str, bot: BotProcess, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(trust_env=False, timeout=2.0) as http:
        while time.monotonic() < deadline:
            assert bot.alive, f"the bot died while Rasa loaded:\n{bot.log()}"
            try:
                if http.get(f"{url}/status").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)  # polling a loading server: there is no event to wait on
    rasa_log = ROOT / bot.env["BOT_VAR_DIR"] / "rasa.log"
    tail = rasa_log.read_text(errors="replace")[-3000:] if rasa_log.exists() else "(no log)"
    pytest.fail(f"Rasa not ready on {url} after {timeout:.0f} s; rasa.log:\n{tail}")


@pytest.fixture(scope="module")
def oracle(bot: BotProcess, locales_dir: object, nlu_port: int) -> Oracle:
    url = f"http://127.0.0.1:{nlu_port}"
    wait_for_rasa(url, bot, RASA_READY_S)
    return Oracle(CONTENT_DIR, locales_dir, url)  # type: ignore[arg-type]


async def test_english_free_text_gets_the_unpaid_wages_answer(
    person: Person, oracle: Oracle
) -> None:
    await person.onboard("en", "MM", "TH")
    answer = await person.says("my boss did not pay my salary")
    assert oracle.title("unpaid_wages", "en") in answer[0].text


async def test_khmer_free_text_switches_to_khmer_and_is_understood(
    person: Person, oracle: Oracle
) -> None:
    await person.onboard("en", "KH", "TH")
    answer = await person.says("ថៅកែមិនឲ្យលុយខែខ្ញុំទេ")  # "the boss does not give me my pay"
    assert person.state.language == "km"
    assert oracle.title("unpaid_wages", "km") in answer[0].text
