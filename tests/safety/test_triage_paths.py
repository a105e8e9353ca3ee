"""Danger typed anywhere reaches the emergency numbers first: free text (NLU up, down or
confused), every text step of the referral form, an answer to a caseworker, and photo, video
and file captions. Ordinary messages on the same paths raise no alarm.

Engine level, on the real content (its real numbers); the service and Telegram levels are in
test_triage_service.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from danger_messages import DANGER, ORDINARY

from bot.content import Catalog, load_catalog
from bot.dialogue import engine
from bot.dialogue.events import ButtonPress, Event, Media, Text
from bot.dialogue.outcome import Outcome
from bot.dialogue.places import mentioned
from bot.i18n import translator
from bot.language import normalise
from bot.values import CaseView, NluResult, UserState

ROOT = Path(__file__).resolve().parents[2]
CASE = CaseView("K7Q2", "unpaid_wages", "cwcc", "accepted", "2026-11-20")
CTX = engine.Context(
    catalog=load_catalog(ROOT / "content"),
    translator=lambda language: translator(ROOT / "locales", language),
    today=dt.date(2026, 12, 3),
    cases=(CASE,),
    new_ref="R2D2",
)
# The same without emergency keywords: what the engine answers when nothing sounds like danger.
CATALOG = CTX.catalog
QUIET = dataclasses.replace(
    CTX, catalog=Catalog(CATALOG.topics, CATALOG.entries, CATALOG.partners, None)
)


def first_numbers(country: str | None) -> list[str]:
    return [phone for entry in CTX.catalog.emergency_contacts(country) for phone in entry.phones]


# Countries whose emergency numbers the directory knows, taken in turn; the others (and a
# person who has not said where they are) are checked apart.
WHERE = ("TH", "KH", "MY", "SG", "KR", "JP", "MM", "other")
COUNTRIES = tuple(country for country in WHERE if first_numbers(country))
NO_NUMBERS = [country for country in WHERE if not first_numbers(country)] + [None]


def typed(words: str, nlu: NluResult | None) -> Text:
    normalised = normalise(words)
    return Text(normalised.text, normalised.language, normalised.encoding, nlu)


def free_text(nlu: NluResult | None) -> Callable[[str], list[Event]]:
    return lambda words: [typed(words, nlu)]


def form_step(*before: str) -> Callable[[str], list[Event]]:
    # ":new": a new request although CASE is held ("Talk to a person" shows it first).
    steps = ["person:unpaid_wages:new", "ref:topic:unpaid_wages", *before]

    def events(words: str) -> list[Event]:
        return [ButtonPress(data) for data in steps] + [typed(words, None)]

    return events


def form_place(words: str) -> list[Event]:
    return [*form_step()("my boss did not pay"), typed(words, None)]


def form_contact(words: str) -> list[Event]:
    return [*form_place("Bangkok"), ButtonPress("ref:contact:phone"), typed(words, None)]


def answer_to_caseworker(words: str) -> list[Event]:
    return [ButtonPress(f"ans:{CASE.ref}"), typed(words, None)]


def caption(kind: str) -> Callable[[str], list[Event]]:
    return lambda words: [Media(kind, caption=words)]


PATHS: dict[str, Callable[[str], list[Event]]] = {
    "free text, NLU found another topic": free_text(NluResult("unpaid_wages", 0.9, ())),
    "free text, NLU not sure": free_text(NluResult(None, 0.1, ())),
    "free text, NLU down": free_text(None),
    "form: description": form_step(),
    "form: place": form_place,
    "form: contact": form_contact,
    "answer to a caseworker": answer_to_caseworker,
    "photo caption": caption("photo"),
    "video caption": caption("video"),
    "file caption": caption("document"),
}


def ready(language: str, country: str) -> UserState:
    return UserState(language=language, origin="MM", country=country, profile_asked=True)


def play(state: UserState, events: list[Event], ctx: engine.Context = CTX) -> Outcome:
    *before, last = events
    for event in before:
        state = engine.handle(event, state, ctx).state
    return engine.handle(last, state, ctx)


CASES = [
    pytest.param(path, language, words, COUNTRIES[index % len(COUNTRIES)], id=f"{path}|{index}")
    for path in PATHS
    for index, (language, words) in enumerate(DANGER)
]


@pytest.mark.parametrize(("path", "language", "words", "country"), CASES)
def test_danger_gets_the_emergency_numbers_first(
    path: str, language: str, words: str, country: str
) -> None:
    outcome = play(ready(language, country), PATHS[path](words))
    first = outcome.replies[0].text
    # The numbers of the place the words name ("i was trafficked to malaysia"), else the
    # profile's.
    where = mentioned(words).country or country
    assert first.startswith("🆘"), (path, words, first[:80])
    numbers = first_numbers(where)
    assert numbers and numbers[0] in first
    buttons = [b.data for reply in outcome.replies for row in reply.buttons for b in row]
    assert "person:emergency_help" in buttons


# A caption is free text too: answered as the same words typed (bot/dialogue/media.py).
NOT_FREE_TEXT = [p for p in PATHS if not p.startswith("free text") and "caption" not in p]


@pytest.mark.parametrize("path", NOT_FREE_TEXT)
def test_after_the_numbers_the_usual_reply_state_and_effects_follow(path: str) -> None:
    # The form goes on with the words in it, the answer still reaches the caseworker.
    state = ready("en", "TH")
    events = PATHS[path]("they beat me, please come")
    loud, quiet = play(state, events), play(state, events, QUIET)
    if path == "form: contact":
        # Words that are no phone number are asked again; in danger they join the person's
        # own words (not the contact) and mark the case urgent (finding 4).
        assert quiet.state.step == loud.state.step == "ref:contact_value"
        assert loud.replies[0].text.startswith("🆘")
        form = loud.state.form or {}
        assert "they beat me" in form["description"] and form["urgent"] == "1"
        assert "contact" not in form
        return
    urgent = len(loud.replies) - len(quiet.replies)
    assert urgent >= 1 and loud.replies[urgent:] == quiet.replies
    if path.startswith("form"):
        # Danger in the form also marks the case urgent (finding 4), and nothing else.
        assert loud.state.form == {**(quiet.state.form or {}), "urgent": "1"}
        loud = dataclasses.replace(loud, state=quiet.state)
    assert (loud.state, loud.effects) == (quiet.state, quiet.effects)


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize("words", ORDINARY)
def test_ordinary_words_raise_no_alarm(path: str, words: str) -> None:
    outcome = play(ready("en", "TH"), PATHS[path](words))
    assert not any(reply.text.startswith("🆘") for reply in outcome.replies)


def test_most_places_have_numbers() -> None:
    assert len(COUNTRIES) >= 4, COUNTRIES


@pytest.mark.parametrize("country", NO_NUMBERS)
@pytest.mark.parametrize("path", list(PATHS))
def test_without_known_numbers_the_emergency_answer_still_comes_first(
    path: str, country: str | None
) -> None:
    # Where the directory has no checked emergency number, or the person has not said where
    # they are, the emergency answer (call the police, go to a safe place, talk to a person)
    # comes first all the same. Numbers are never made up.
    state = UserState(language="en", country=country, profile_asked=True)
    outcome = play(state, PATHS[path]("help me now"))
    assert outcome.replies[0].text.startswith("Emergency help")
