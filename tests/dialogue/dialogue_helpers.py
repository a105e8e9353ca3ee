"""Helpers for the dialogue tests: play events through the pure engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.content import load_catalog
from bot.dialogue import engine
from bot.dialogue.events import Event, Text
from bot.dialogue.outcome import Outcome
from bot.i18n import Tr, translator
from bot.nlu import NluResult
from bot.values import Reply, UserState

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
LOCALES = ROOT / "locales"


def make_context(content: Path = FIXTURE_CONTENT) -> engine.Context:
    """The engine's context on the fixture catalog (or on `content`, e.g. the real one)."""
    return engine.Context(
        catalog=load_catalog(content),
        translator=lambda language: translator(LOCALES, language),
        today=dt.date(2026, 11, 27),
    )


def tr(language: str | None) -> Tr:
    return translator(LOCALES, language)


def run(ctx: engine.Context, state: UserState, *events: Event) -> Outcome:
    """Play events in order, carrying the state, and return the last outcome."""
    outcome = Outcome((), state)
    for event in events:
        outcome = engine.handle(event, outcome.state, ctx)
        assert outcome.replies, f"no reply to {event!r}"
    return outcome


def said(outcome: Outcome) -> str:
    return "\n".join(reply.text for reply in outcome.replies)


def button_data(reply: Reply) -> list[str]:
    return [button.data for row in reply.buttons for button in row]


def all_button_data(outcome: Outcome) -> list[str]:
    return [data for reply in outcome.replies for data in button_data(reply)]


def text(
    words: str,
    language: str | None = "en",
    topic: str | None = None,
    ranking: tuple[tuple[str, float], ...] = (),
    nlu_down: bool = False,
    encoding: str | None = None,
) -> Text:
    nlu = None if nlu_down else NluResult(topic, 0.9 if topic else 0.1, ranking)
    return Text(words, language, encoding, nlu)


def read_as(words: str, topic: str | None, confidence: float, lang: str = "en") -> Text:
    """`words` as the NLU and the language detector read them (`topic` at `confidence`)."""
    ranking = ((topic, confidence),) if topic else ()
    topics = (topic,) if topic else ()
    return Text(words, lang, None, NluResult(topic, confidence, ranking, topics))


def read_by_rule(
    words: str, lang: str, topics: tuple[str, ...], *ranking: tuple[str, float]
) -> Text:
    """`words` as the bot's rule reads the NLU (bot/nlu/topics.py): the `topics` it keeps,
    and the model's `ranking`, best first (its best is the confidence)."""
    confidence = ranking[0][1] if ranking else 0.0
    nlu = NluResult(topics[0] if topics else None, confidence, ranking, topics)
    return Text(words, lang, None, nlu)


def settled(lang: str = "en", country: str = "TH") -> UserState:
    """A person from Myanmar in `country`, past the profile questions."""
    return UserState(language=lang, origin="MM", country=country, profile_asked=True)


def in_language(lang: str, msgid: str) -> str:
    """`msgid` as `lang` reads it; in a language other than English, translated."""
    line = tr(lang).gettext(msgid)
    if lang != "en":
        assert line != msgid, f"no {lang} translation of {msgid!r}"
    return line


FORM_STEPS = {"ref:topic": 1, "ref:contact": 4, "ref:urgency": 5, "ref:confirm": 6}


def form_at(
    ctx: engine.Context, step: str, description: str, lang: str = "en", place: str = "Mae Sot"
) -> Outcome:
    """A person from Myanmar in Thailand with the form (opened from Unpaid wages) filled in
    up to the button step `step` (one of FORM_STEPS)."""
    from bot.dialogue.events import ButtonPress

    events = [
        ButtonPress("person:unpaid_wages"),
        ButtonPress("ref:topic:unpaid_wages"),
        text(description, lang),
        text(place, lang),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    ]
    outcome = run(ctx, settled(lang), *events[: FORM_STEPS[step]])
    assert outcome.state.step == step
    return outcome
