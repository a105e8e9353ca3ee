"""The form, filled in by someone writing for another person (explore10 x10a, finding F8):
a mother in Myanmar whose daughter in Malaysia stopped answering. "Where are you?" let her
answer only for herself, and the only urgent choice was "Urgent: I am in danger or need help
today", not true of her. The questions now fit her too; what she consents to is unchanged:
her own contact, as she chose it, and nothing said about the daughter's consent."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, text

from bot.dialogue.events import ButtonPress
from bot.values import UserState

STORY = "My daughter works in Malaysia. She stopped answering her phone 2 weeks ago."


def at(ctx, lang: str, until: str):
    state = UserState(language=lang, origin="MM", country="MM", profile_asked=True)
    done = run(ctx, state, ButtonPress("person"))
    done = run(ctx, done.state, text(STORY, lang))
    assert done.state.step == "ref:place"
    if until == "place":
        return done
    done = run(ctx, done.state, text("Malaysia", lang))
    done = run(ctx, done.state, ButtonPress("ref:contact:bot"))
    assert done.state.step == "ref:urgency"
    return done


def labels(outcome) -> list[str]:
    return [button.label for reply in outcome.replies for row in reply.buttons for button in row]


def test_the_place_question_can_be_answered_for_the_person_written_about(ctx):
    assert "If you write for someone else, where are they?" in said(at(ctx, "en", "place"))


def test_the_urgent_choice_does_not_say_the_writer_is_in_danger(ctx):
    asked = at(ctx, "en", "urgency")
    assert said(asked).endswith("It is urgent when someone is in danger or needs help today.")
    assert labels(asked)[:2] == ["Urgent", "Not urgent"]


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_the_urgency_buttons_fit_a_small_phone(ctx, lang):
    # A full-width button on a 360-pixel-wide phone shows about 30 letters; what urgent
    # means is in the question (round 15B: the button was 31 to 48 letters long).
    assert all(len(label) <= 20 for label in labels(at(ctx, lang, "urgency")))


@pytest.mark.parametrize("lang", ["my", "km"])
def test_the_new_questions_are_translated(ctx, lang):
    assert "If you write for someone else, where are they?" not in said(at(ctx, lang, "place"))
    assert not labels(at(ctx, lang, "urgency"))[0].startswith("Urgent")
    assert "someone is in danger" not in said(at(ctx, lang, "urgency"))
