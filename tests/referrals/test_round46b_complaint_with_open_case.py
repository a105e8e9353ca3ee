"""A complaint from someone whose case an organisation already holds (round 46B).

With a case open at Alpha, "Talk to a person" shows "You already have case ... with Alpha"
(my_cases.held_first). "the caseworker told my boss" or "i want other organisation, not this
one" typed there got fell_short's answer, whose "Talk to a person" showed the same held case
again. Now the answer says a new request can go to another organisation, that Alpha is not
told and the case stays open unless withdrawn (/mycases), and one button starts that request
with Alpha left out: it reaches Gamma, and Alpha's caseworkers see nothing of it."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case
from bot.values import CaseStatus

MIGRANT = "tg:4601"
ALPHA_WORKER = 4602
LINE = "You can start a new request that goes to another organisation, not to Alpha"


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


def _typed(harness: Harness, words: str, language: str = "en"):  # type: ignore[no-untyped-def]
    """Typed outside the form, as the NLU reads it when it finds nothing (no topic)."""
    return harness.send(MIGRANT, Text(words, language, None, NluResult(None, 0.2, (), ())))


def _with_alpha_case(harness: Harness, language: str = "en") -> Case:
    harness.connect_inbox("GAMMA")
    harness.join("GAMMA", 4603)
    _worker, case = harness.accepted_case(MIGRANT, ALPHA_WORKER)
    if language != "en":
        harness.press(MIGRANT, f"lang:{language}")
    held = harness.press(MIGRANT, "person")
    assert "person::new" in _buttons(held)  # "You already have case ... with Alpha"
    return case


def _to_summary(harness: Harness, button: str, words: str):  # type: ignore[no-untyped-def]
    harness.press(MIGRANT, button)
    return harness.to_summary(MIGRANT, words)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "the caseworker told my boss"),
        ("en", "i want other organisation, not this one"),
        ("en", "Alpha staff never answer, i want another organisation"),
        ("my", "Alpha ဝန်ထမ်းကို မယုံဘူး"),
        ("km", "ខ្ញុំមិនទុកចិត្ត Alpha ទេ"),
        ("en", "khnhom ot tuk chet Alpha"),
    ],
)
def test_a_complaint_about_the_holding_organisation_offers_a_request_elsewhere(
    harness: Harness, language: str, words: str
):
    first = _with_alpha_case(harness, language)
    replies = _typed(harness, words, language)
    # one tap, first, to a new request with Alpha left out (not the held case again)
    assert replies[0].buttons[0][0].data == "person::not=ALPHA"
    assert "person" not in _buttons(replies)
    if language == "en":
        text = replies[0].text
        assert LINE in text and f"Your case {first.ref} with Alpha" in text
        assert "stays open; to withdraw it, use /mycases." in text
    seen_by_alpha = len(harness.texts_to(ORG_CHAT["ALPHA"]))
    summary = _to_summary(harness, "person::not=ALPHA", "boss not pay me 2 months")
    assert not any(b.data == "person::new" for row in summary.buttons for b in row)
    harness.press_send(MIGRANT, summary)
    cases = {case.id: case for case in harness.all(Case)}
    [new] = [case for case in cases.values() if case.id != first.id]
    assert new.org_id == "GAMMA" and "ALPHA" not in new.agreed
    assert cases[first.id].status == CaseStatus.ACCEPTED  # the open case stays as it is
    assert len(harness.texts_to(ORG_CHAT["ALPHA"])) == seen_by_alpha


@pytest.mark.parametrize(
    "words",
    [
        "thank you to my caseworker, she help me a lot",
        "my boss not pay overtime, what can i do",
        "a man say he is from Alpha, ask me 2000 baht",
    ],
)
def test_other_words_with_an_open_case_offer_no_request_elsewhere(harness: Harness, words: str):
    _with_alpha_case(harness)
    replies = _typed(harness, words)
    assert LINE not in "\n".join(r.text for r in replies)
    assert not any(":not=" in d for d in _buttons(replies))


def test_without_an_open_case_the_caseworker_complaint_names_no_one(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    replies = _typed(harness, "the caseworker told my boss")
    assert LINE not in "\n".join(r.text for r in replies)
    assert not any(":not=" in d for d in _buttons(replies))
