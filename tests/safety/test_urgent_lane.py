"""What goes first (issue 11): `BotService.lane_of` picks the update to start first from the
words alone (the triage's check), and `BotService.answer` marks a reply urgent when the
engine saw danger or the NLU read an emergency or an arrest. The whole danger table, and the
ordinary messages that must not jump the queue."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from danger_messages import DANGER, ORDINARY
from sqlalchemy import Engine

from bot.content import CatalogHolder
from bot.dialogue.events import Media
from bot.nlu.result import NluUnavailable
from bot.service import BotService
from bot.storage import Store
from bot.storage.crypto import CryptoBox
from bot.values import Lane, NluResult, UserState
from tests.e2e.driver import CONTENT_DIR

ROOT = Path(__file__).resolve().parents[2]
UID = "tg:7001"


class ScriptedNlu:
    def __init__(self, topic: str | None) -> None:
        self.topic = topic

    async def parse(self, text: str) -> NluResult:
        if self.topic is None:
            raise NluUnavailable("down")
        return NluResult(self.topic, 0.95, ((self.topic, 0.95),), (self.topic,))


def service(engine: Engine, box: CryptoBox, topic: str | None = None) -> BotService:
    store = Store(engine, box)
    store.save_state(UID, UserState(language="en", origin="MM", country="TH", profile_asked=True))
    return BotService(store, CatalogHolder(CONTENT_DIR), ScriptedNlu(topic), ROOT / "locales")


def test_every_danger_message_is_lane_urgent_and_no_ordinary_one_is(
    engine: Engine, box: CryptoBox
) -> None:
    bot = service(engine, box)
    missed = [words for _language, words in DANGER if bot.lane_of(words) != Lane.URGENT]
    assert missed == [], f"{len(missed)} of {len(DANGER)} danger messages not urgent"
    raised = [words for words in ORDINARY if bot.lane_of(words) != Lane.PRIVATE]
    assert raised == []
    assert bot.lane_of("") == Lane.PRIVATE


@pytest.mark.parametrize("words", ["help", "Help 🙏", "ကူညီ", "ជួយ", "kuu nyi"])
def test_help_typed_alone_goes_first(engine: Engine, box: CryptoBox, words: str) -> None:
    """Round 25B: in a raid people write "police here", "help", "help" seconds apart; after
    the numbers a lone "help" is answered with them again (triage.help_after_danger), and it
    waited behind the queue. The lane cannot see the last answer, so every lone "help" goes
    first; "help me with my visa" is a question and waits its turn."""
    bot = service(engine, box)
    assert bot.lane_of(words) == Lane.URGENT
    assert bot.lane_of("help me with my visa") == Lane.PRIVATE
    assert bot.lane_of("/help") == Lane.PRIVATE  # the command: the help page, in its turn


@pytest.mark.parametrize(
    ("topic", "words", "urgent"),
    [
        ("emergency_help", "what can I do", True),
        ("arrest_detention", "the police took my friend", True),
        ("unpaid_wages", "my boss did not pay me", False),
        (None, "they locked me in the room", True),  # the NLU down: the triage still sees it
        (None, "my boss did not pay me", False),
    ],
)
def test_an_answer_is_urgent_for_danger_an_emergency_or_an_arrest(
    engine: Engine, box: CryptoBox, topic: str | None, words: str, urgent: bool
) -> None:
    answer = asyncio.run(service(engine, box, topic).answer_text(UID, words))
    assert answer.urgent is urgent
    assert answer.replies  # and answered as ever


@pytest.mark.parametrize(
    ("topic", "words", "urgent"),
    [
        ("arrest_detention", "the police took my friend", True),  # no danger keyword
        ("emergency_help", "what can I do", True),
        (None, "they locked me in the room", True),
        ("unpaid_wages", "my boss did not pay me", False),
    ],
)
def test_a_caption_is_urgent_exactly_as_the_same_words_typed(
    engine: Engine, box: CryptoBox, topic: str | None, words: str, urgent: bool
) -> None:
    """Read by the NLU like typed text (explore5 finding 1): an arrest or an emergency the
    NLU reads in a photo's caption goes first too."""
    answer = asyncio.run(service(engine, box, topic).answer(UID, Media("photo", words)))
    assert answer.urgent is urgent


def test_a_caption_is_answered_by_what_the_nlu_reads(engine: Engine, box: CryptoBox) -> None:
    words = "my boss did not pay me, this is my payslip"
    bot = service(engine, box, "unpaid_wages")
    captioned = asyncio.run(bot.answer(UID, Media("photo", words))).replies
    # Typed to a bot that has not just answered them (another process): the same bot right
    # after would say the answer is just above (bot/dialogue/follow_up.py, same_again).
    again = service(engine, box, "unpaid_wages")
    typed = asyncio.run(again.answer_text(UID, words)).replies
    assert captioned[1:] == typed  # the same answer, after the line about the photo
    assert captioned[0].text.startswith(
        "I read only your words, not what you attached. I do not keep it."
    )
