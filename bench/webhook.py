"""Two webhook instances on PostgreSQL, one SIGKILLed mid-burst (issue 11, item 4).

Needs the bot's webhook mode (`python -m bot run --webhook`, issue 11 item 3). Where the bot
has none yet, the scenario is skipped with the reason printed.
"""

from __future__ import annotations

import subprocess

from bench.scenarios import Context, Result
from tests.fakes.bot_process import BOT_PYTHON, ROOT

TITLE = "two webhook instances on PostgreSQL, one SIGKILLed mid-burst"


def webhook_missing() -> str | None:
    """Why the bot cannot run behind a webhook here, or None."""
    help_text = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "run", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    if "--webhook" not in help_text:
        return "the bot has no webhook mode yet (`python -m bot run --help` lists no --webhook)"
    return None


def two_instances(ctx: Context) -> list[Result]:
    reason = webhook_missing()
    if reason is not None:
        return [Result(TITLE, skipped=reason)]
    return [Result(TITLE, skipped="webhook mode found, but this scenario is not written yet")]
