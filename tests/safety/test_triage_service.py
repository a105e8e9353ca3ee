"""Danger through the service, as Telegram and the console call it, with a database and a
real referral: free text whatever the NLU does, a form step, an answer to a caseworker, a
photo caption. Emergency numbers first in every case (fixture content: Thailand's 191).

One test per path walks the whole danger table (one database per test keeps it quick).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from danger_messages import DANGER
from sqlalchemy import Engine

from bot.dialogue.events import ButtonPress, Media
from bot.dialogue.places import mentioned
from bot.nlu.result import NluUnavailable, result_from_rasa
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case
from bot.values import NluResult, Reply
from tests.referrals.referral_helpers import ORG_CHAT, Harness

MIGRANT = "tg:5001"
FIRST_NUMBER = "191"  # tests/fixtures/content: Thailand's police, the first emergency entry


class OddNlu:
    """An NLU that answers in a broken shape, or fails in a way nobody planned for."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour

    async def parse(self, text: str) -> NluResult:
        if self.behaviour == "raises":
            raise RuntimeError("an unplanned fault")
        if self.behaviour == "unavailable":
            raise NluUnavailable("down")
        # Rasa-like, but with no confidence and a string where an object belongs.
        return result_from_rasa({"intent": {"name": "unpaid_wages"}, "intent_ranking": "x"}, 0.5)


def ready(harness: Harness) -> None:
    harness.profile(MIGRANT, "KH", "TH")  # routed to ALPHA in the fixture partners


def free_text(behaviour: str) -> Callable[[Harness, str], tuple[Reply, ...]]:
    def say(harness: Harness, words: str) -> tuple[Reply, ...]:
        harness.service.nlu = OddNlu(behaviour)
        return harness.say(MIGRANT, words)

    return say


def form_step(harness: Harness, words: str) -> tuple[Reply, ...]:
    harness.press(MIGRANT, "person:unpaid_wages")
    harness.press(MIGRANT, "ref:topic:unpaid_wages")
    return harness.say(MIGRANT, words)


def answer_to_caseworker(harness: Harness, words: str) -> tuple[Reply, ...]:
    ref = harness.only(Case).ref
    harness.press(MIGRANT, f"ans:{ref}")
    return harness.say(MIGRANT, words)


def photo_caption(harness: Harness, words: str) -> tuple[Reply, ...]:
    return harness.send(MIGRANT, Media("photo", words))


PATHS = {
    "free text, NLU answers in a broken shape": free_text("broken"),
    "free text, NLU client raises": free_text("raises"),
    "free text, NLU down": free_text("unavailable"),
    "form: description": form_step,
    "answer to a caseworker": answer_to_caseworker,
    "photo caption": photo_caption,
}


def with_accepted_case(harness: Harness) -> None:
    harness.connect_inbox("ALPHA")
    worker = harness.join("ALPHA", 7001)
    harness.fill_form(MIGRANT, "unpaid_wages", "my boss did not pay")
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "acc", harness.only(Case).id)


@pytest.mark.parametrize("path", list(PATHS))
def test_every_danger_message_gets_the_numbers_first(
    engine: Engine, box: CryptoBox, path: str
) -> None:
    harness = Harness.build(engine, box)
    ready(harness)
    with_accepted_case(harness)
    missed = []
    for _language, words in DANGER:
        replies = PATHS[path](harness, words)
        if mentioned(words).country not in (None, "TH"):
            # "i was trafficked to malaysia": the numbers of the place named, which the
            # fixture content does not have; the emergency answer still comes first.
            if not replies[0].text.startswith("Emergency help"):
                missed.append(words)
        elif not (replies[0].text.startswith("🆘") and FIRST_NUMBER in replies[0].text):
            missed.append(words)
        harness.send(MIGRANT, ButtonPress("ref:cancel"))  # leave any step half done
    assert missed == [], f"{len(missed)} of {len(DANGER)} missed on {path}"


def test_the_answer_with_danger_words_still_reaches_the_caseworker(
    engine: Engine, box: CryptoBox
) -> None:
    harness = Harness.build(engine, box)
    ready(harness)
    with_accepted_case(harness)
    replies = answer_to_caseworker(harness, "they locked me in the room")
    assert replies[0].text.startswith("🆘")
    assert "locked me in the room" in harness.outbox_to(7001)[-1]["text"]


def test_a_caption_is_not_kept(engine: Engine, box: CryptoBox) -> None:
    harness = Harness.build(engine, box)
    ready(harness)
    asyncio.run(harness.service.handle(MIGRANT, Media("photo", "CAPTION-MARKER help me now")))
    with harness.engine.connect() as connection:
        for table in ("users", "outbox", "cases", "case_events", "processed_updates"):
            rows = connection.exec_driver_sql(f"SELECT * FROM {table}").fetchall()
            assert "CAPTION-MARKER" not in repr(rows)


class CountingNlu:
    """Reads every text as unpaid wages, and counts the parses."""

    def __init__(self) -> None:
        self.parses = 0

    async def parse(self, text: str) -> NluResult:
        self.parses += 1
        return NluResult("unpaid_wages", 0.9, (("unpaid_wages", 0.9),))


def test_a_redelivered_caption_is_not_read_again(engine: Engine, box: CryptoBox) -> None:
    """Telegram's redelivery of a photo with a caption, after it was answered: no reply and
    no NLU parse (the same one read before handling as a text's)."""
    harness = Harness.build(engine, box)
    ready(harness)
    nlu = CountingNlu()
    harness.service.nlu = nlu
    photo = Media("photo", "my boss did not pay me")
    first = asyncio.run(harness.service.answer(MIGRANT, photo, 41, 5001))
    assert first.replies and nlu.parses == 1
    again = asyncio.run(harness.service.answer(MIGRANT, photo, 41, 5001))
    assert again.replies == () and nlu.parses == 1
