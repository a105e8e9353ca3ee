"""Messages of exploratory test 7 (2026-12-05), read by the trained model under a real Rasa and
the bot's own client and rules: what the person wrote must reach the right topics.

- Finding 6: an introduction (name, workplace, phone) before the problems hid all but one.
- Finding 13: "how to renew passport" got the visa and work-permit answer; the embassy's
  answer is the one with the reference sheet's passport renewal facts.

Needs the Rasa venv and a model trained from this tree's data (`make nlu-model`); skipped
without them, as tests/nlu/test_rasa_heldout_floor.py is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from real_rasa import served

from bot.language import normalise

INTRODUCED = (
    "hello sir my name is Ko Zaw Min, i am working in factory Shah Alam, my phone 0123456789. "
    "boss take my passport since 6 month and not pay salary 3 month, also my friend Ma Hla she "
    "is sick and boss not let her go hospital. agent in yangon take 3000 dollar. what i can do? "
    "please help"
)

pytestmark = pytest.mark.rasa


async def test_the_exploratory_messages_reach_their_topics(model: Path, tmp_path: Path) -> None:
    async with served(model, tmp_path / "rasa.log", timeout_s=30.0) as client:
        introduced = await client.parse(normalise(INTRODUCED).text)
        renew = await client.parse(normalise("how to renew passport").text)
    assert {"documents_confiscated", "unpaid_wages"} <= set(introduced.topics)
    assert renew.topic == "embassy_contact"
