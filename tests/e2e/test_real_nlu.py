"""Free text through the real Rasa NLU: the bot's embedded supervisor starts Rasa from
.venv-nlu with the newest model in models/ (`make test` builds both first)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

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


def test_piped_console_lines_are_read_by_the_nlu_not_refused_while_it_loads(
    tmp_path: Path, locales_dir: Path
) -> None:
    """`printf ... | make run` (no token: the console): every line arrives at once, so the
    console waits for the embedded NLU first; without that wait the question below is
    answered "I cannot read free text right now"."""
    env = {
        **os.environ,
        **embedded_nlu(free_port()),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "BOT_VAR_DIR": str(tmp_path),
        "CONTENT_DIR": str(CONTENT_DIR),
        "LOCALES_DIR": str(locales_dir),
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="my boss has not paid my salary for two months\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=RASA_READY_S + 60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "cannot read free text" not in done.stdout
    assert Oracle(CONTENT_DIR, locales_dir).title("unpaid_wages", "en") in done.stdout
