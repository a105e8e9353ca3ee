"""Round 42A: /clear with a request at its summary, then the summary's old Send pressed.
In the console (no channel to delete messages: engine's /clear) /clear answered "On
Telegram, /clear deletes our messages" and kept the draft; its old Send then sent the
request the person had asked to forget. Now the draft's words go, the reply says so and
that nothing was sent, and the old Send sends nothing: no case, nothing to any inbox.
Telegram's own /clear (BotService.forget_draft) is checked the same way."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "r42a-m"
WORKER = 4201


def _summary(harness: Harness):  # type: ignore[no-untyped-def]
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.profile(MIGRANT, "KH", "TH")
    return harness.fill_form(MIGRANT, "unpaid_wages", "boss no pay 2 month", send=False)[-1]


@pytest.mark.parametrize("way", ["command", "telegram"])
def test_no_case_reaches_a_caseworker_after_clear_and_the_old_send(harness: Harness, way):
    summary = _summary(harness)
    before = len(harness.outbox_to(ORG_CHAT["ALPHA"]))
    if way == "command":
        cleared = harness.command(MIGRANT, "clear")
        text = "\n".join(r.text for r in cleared)
        assert "I deleted your request that was not sent" in text, text
        assert "Nothing was sent" in text
    else:
        assert harness.service.forget_draft(MIGRANT)
    assert not harness.state(MIGRANT).form
    after = harness.press_send(MIGRANT, summary)
    assert harness.count(Case) == 0, "the old Send sent the request /clear deleted"
    assert len(harness.outbox_to(ORG_CHAT["ALPHA"])) == before
    assert not any("case number" in r.text for r in after)


def test_clear_without_a_draft_says_nothing_of_one(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    cleared = harness.command(MIGRANT, "clear")
    assert not any("request" in r.text for r in cleared)


def test_a_sent_case_stays_after_clear(harness: Harness):
    summary = _summary(harness)
    harness.press_send(MIGRANT, summary)
    harness.command(MIGRANT, "clear")
    assert harness.count(Case) == 1  # /clear forgets words waiting, not a case sent
