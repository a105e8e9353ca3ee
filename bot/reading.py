"""Reading what a person sent, and what the engine needs to answer it: normalised text, the
NLU's reading (or none when it is down), and the context of the answer. Used by the service,
`python -m bot ask` and the end-to-end oracle alike, so all read a message the same way."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from bot.content import CatalogHolder
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.i18n import translator
from bot.language import normalise, read_thai
from bot.nlu import introduction
from bot.nlu.result import NluClient, NluUnavailable
from bot.storage.models import utcnow
from bot.values import CaseView, NluResult, Subscription

log = logging.getLogger(__name__)


async def read_text(
    nlu: NluClient | None,
    raw: str,
    sent_at: dt.datetime | None = None,
    message_id: int | None = None,
) -> Text:
    """Normalise free text and ask the NLU; a down or slow NLU gives nlu=None. `sent_at`,
    `message_id`: the message's, when the channel gives them (Text)."""
    normalised = read_thai(normalise(raw))  # "นายจ้าง not pay" read as English (round 27C)
    result: NluResult | None = None
    if nlu is not None and normalised.text:
        try:
            result = await _parse(nlu, normalised.text)
        except NluUnavailable:
            log.warning("NLU unavailable; answering with menus")
        except Exception as error:  # any other client fault: the message is still answered
            # (emergency words first); the class only, as the error may quote the text.
            log.error("NLU client failed: %s; answering with menus", type(error).__name__)
    return Text(
        normalised.text,
        normalised.language,
        normalised.encoding,
        result,
        normalised.romanised,
        sent_at,
        message_id,
    )


async def _parse(nlu: NluClient, text: str) -> NluResult:
    """The NLU's reading of `text`; of what follows its opening introduction, when it begins
    with one (round 49B: the introduction dilutes the whole reading, towards another topic).
    The whole text is parsed too, for those messages alone: the opening sentence may hold a
    problem itself ("Hello, I am Min, my passport was taken by the agent. I also have no money
    for food": the lead, session 29), so the whole message's problem is never lost: offered
    beside the rest's answer, or answered where the rest reads no problem (small talk: "is it
    raining? thanks" after an introduction is still out of scope when the whole is too). An
    emergency read in the rest alone (the closing plea weighs more in the shorter text) gives
    way to another problem the whole answers and the rest found too."""
    rest = introduction.remainder(text)
    if rest is None:
        return await nlu.parse(text)
    introduction.COUNTS["read_apart"] += 1
    result = await nlu.parse(rest)
    introduction.COUNTS["extra_parses"] += 1
    whole = await nlu.parse(text)
    if result.topic in introduction.ANSWERED:
        return _offering(result, whole.topic)
    if result.out_of_scope or result.topic not in introduction.EMERGENCY:
        return whole if whole.topic in introduction.ANSWERED or not result.out_of_scope else result
    if whole.topic is not None and whole.topic not in introduction.EMERGENCY:
        return whole if whole.topic in result.topics else result
    return result


def _offering(result: NluResult, topic: str | None) -> NluResult:
    """`result` with `topic` (the whole message's answer) among its problems, second, when it
    is a problem the rest's reading did not find."""
    if topic is None or topic not in introduction.ANSWERED or topic in result.topics:
        return result
    topics = (*result.topics[:1], topic, *result.topics[1:])[: introduction.MAX_TOPICS]
    return replace(result, topics=topics)


def plain_text(raw: str, sent_at: dt.datetime | None = None, message_id: int | None = None) -> Text:
    """The form's own words or an answer to a caseworker: normalised, never sent to the NLU."""
    normalised = normalise(raw)
    return Text(
        normalised.text,
        normalised.language,
        normalised.encoding,
        None,
        sent_at=sent_at,
        message_id=message_id,
    )


def make_context(
    catalogs: CatalogHolder,
    locales_dir: Path,
    user_cases: tuple[CaseView, ...] = (),
    new_ref: str = "",
    retention_days: int = 90,
    connected: frozenset[str] = frozenset(),
    keep_unanswered_days: int = 0,
    profile_days: int = 365,
    subscription: Subscription | None = None,
    clears_chat: bool = False,
    join_seconds: float | None = None,
    repeated: bool = False,
    last_answer: str | None = None,
    last_also: tuple[str, ...] = (),
) -> Context:
    return Context(
        catalog=catalogs.get(),
        translator=lambda language: translator(locales_dir, language),
        today=dt.date.today(),
        now=utcnow(),
        cases=user_cases,
        new_ref=new_ref,
        retention_days=retention_days,
        connected=connected,
        keep_unanswered_days=keep_unanswered_days,
        profile_days=profile_days,
        subscription=subscription,
        clears_chat=clears_chat,
        join_seconds=join_seconds,
        repeated=repeated,
        last_answer=last_answer,
        last_also=last_also,
    )
