"""A complaint about an organisation typed outside the form (round 43B).

"the Alpha staff ask me money" typed in the chat got fake_helper's (or fell_short's) answer,
whose "Talk to a person" opened a form that read only its own description: "boss not pay me
2 months" typed there went to Alpha, the organisation just complained about. Now the answer
says the request from its button will not go to them, the button carries only the
organisation's id, and the form it opens leaves that organisation out."""

from __future__ import annotations

import pytest
from referral_helpers import Harness

from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case

MIGRANT = "tg:4301"


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


def _typed(harness: Harness, words: str):  # type: ignore[no-untyped-def]
    """Typed outside the form, as the NLU reads it when it finds nothing (no topic)."""
    return harness.send(MIGRANT, Text(words, "en", None, NluResult(None, 0.2, (), ())))


def _ready(harness: Harness) -> None:
    harness.connect_inbox("ALPHA")
    harness.connect_inbox("GAMMA")
    harness.join("ALPHA", 4302)
    harness.join("GAMMA", 4303)
    harness.profile(MIGRANT, "KH", "TH")


def _to_summary(harness: Harness, button: str, words: str):  # type: ignore[no-untyped-def]
    harness.press(MIGRANT, button)
    return harness.to_summary(MIGRANT, words)


@pytest.mark.parametrize(
    "words",
    [
        "the alpha caseworker told my boss, i want other organisation",
        "alpha caseworker shouted at me, I dont trust them",
        "the Alpha caseworker told my boss what I said",
    ],
)
def test_talk_to_a_person_after_a_complaint_skips_that_organisation(harness: Harness, words: str):
    _ready(harness)
    replies = _typed(harness, words)
    text = "\n".join(r.text for r in replies)
    assert "You wrote about Alpha Aid (fixture). If you press “Talk to a person”" in text
    carried = [d for d in _buttons(replies) if d.startswith("person")]
    assert carried and all(d.endswith(":not=ALPHA") for d in carried)
    summary = _to_summary(harness, carried[0], "boss not pay me 2 months")
    assert summary.text.startswith("This is exactly what will be sent to Gamma Door (fixture):")
    assert "You wrote about Alpha Aid (fixture). This request will not be sent" in summary.text
    harness.press_send(MIGRANT, summary)
    case: Case = harness.only(Case)
    assert case.org_id == "GAMMA"
    assert "ALPHA" not in case.agreed


def test_a_question_naming_the_organisation_is_not_a_complaint(harness: Harness):
    _ready(harness)
    replies = _typed(harness, "boss not pay me 2 months, Alpha can help?")
    assert "You wrote about" not in "\n".join(r.text for r in replies)
    assert not any(":not=" in d for d in _buttons(replies))


def test_a_forged_button_leaves_out_no_unknown_organisation(harness: Harness):
    _ready(harness)
    summary = _to_summary(harness, "person::not=NOPE", "boss not pay me 2 months")
    assert summary.text.startswith("This is exactly what will be sent to Alpha Aid (fixture):")
    assert "You wrote about" not in summary.text


def test_an_impostor_who_says_he_is_from_the_organisation_leaves_it_in(harness: Harness):
    _ready(harness)
    replies = _typed(harness, "a man say he is from Alpha caseworker, he told my boss")
    assert not any(":not=" in d for d in _buttons(replies))
