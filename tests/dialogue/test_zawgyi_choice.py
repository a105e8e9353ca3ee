"""The button that chooses Burmese in Zawgyi is written in Zawgyi (round 26C).

It read "မြန်မာ (Zawgyi)" in Unicode's code points: on a phone with only a Zawgyi font the
one word its reader needs came out as "မွနျမာ". Its Burmese is in Zawgyi's code points now,
on the first screen, in "that was not clear" and in the offer to change back, and a reply
re-encoded for a Zawgyi reader leaves it as it is (converting it twice scrambles it).
"""

from __future__ import annotations

import pytest
from dialogue_helpers import make_context, read_as, settled

from bot.dialogue import engine
from bot.dialogue.events import Command
from bot.dialogue.outcome import Outcome
from bot.language import ZAWGYI_CHOICE, encode_for
from bot.language.zawgyi import zawgyi_probability
from bot.values import Button, Reply, UserState


@pytest.fixture(scope="module")
def ctx() -> engine.Context:
    return make_context()


def zawgyi_labels(outcome: Outcome) -> list[str]:
    return [
        button.label
        for reply in outcome.replies
        for row in reply.buttons
        for button in row
        if button.data == ZAWGYI_CHOICE
    ]


def burmese_of(label: str) -> str:
    return label.removesuffix(" (Zawgyi)")


def test_the_first_screen_names_zawgyi_in_zawgyi(ctx: engine.Context) -> None:
    [label] = zawgyi_labels(engine.handle(Command("start", ""), UserState(), ctx))
    assert label.endswith(" (Zawgyi)")
    assert zawgyi_probability(burmese_of(label)) > 0.9


def test_not_clear_to_a_unicode_reader_names_zawgyi_in_zawgyi(ctx: engine.Context) -> None:
    outcome = engine.handle(read_as("nar ma lal bu", None, 0.3, "my"), settled("my"), ctx)
    [label] = zawgyi_labels(outcome)
    assert zawgyi_probability(burmese_of(label)) > 0.9


def test_a_zawgyi_reply_keeps_the_choice_as_written() -> None:
    choice = Button("\u103b\u1019\u1014\u1039\u1019\u102c (Zawgyi)", ZAWGYI_CHOICE)
    other = Button("မြန်မာ (Unicode)", "lang:my")
    zawgyi = settled("my").with_(encoding="zawgyi")
    [reply] = encode_for(zawgyi, (Reply("မြန်မာ", ((choice, other),)),))
    kept, converted = reply.buttons[0]
    assert kept == choice
    assert converted.label != other.label and zawgyi_probability(burmese_of(converted.label)) > 0.9


def test_the_first_screen_greets_a_zawgyi_phone_in_zawgyi_too(ctx: engine.Context) -> None:
    """Round 26C left it open: on a phone with only a Zawgyi font the Burmese greeting came
    garbled, only the button readable. A line of it in Zawgyi follows the three languages."""
    [reply] = engine.handle(Command("start", ""), UserState(), ctx).replies
    last = reply.text.split("\n")[-1]
    assert last.startswith("Zawgyi: ") and zawgyi_probability(last.removeprefix("Zawgyi: ")) > 0.9
    assert "ဘာသာစကား ရွေးပါ" in reply.text  # the Unicode line stays


def test_a_known_zawgyi_reader_gets_the_greeting_converted_once(ctx: engine.Context) -> None:
    """A reader whose replies are converted to Zawgyi gets the Burmese line converted with the
    rest, not a second Zawgyi line converted again into nonsense."""
    zawgyi = UserState(language="my", encoding="zawgyi")
    outcome = engine.handle(Command("start", ""), zawgyi, ctx)
    [reply] = encode_for(outcome.state, outcome.replies)
    assert "Zawgyi: " not in reply.text
    first = reply.text.split("\n")[0]
    assert zawgyi_probability(first) > 0.9
