"""Burmese "the group's staff told the boss" with no partner named (round 49A).

"အဖွဲ့က ဝန်ထမ်းက သူဌေးကို ပြောလိုက်တယ်" (the group's staff told the boss), its Zawgyi and
romanised forms, and "တခြားအဖွဲ့" (another group, without အစည်း) were "did not understand":
the boss counted as another place, and only အဖွဲ့အစည်း was read as an organisation. Now they
read as the English "the caseworker told my boss": a settled Burmese person with a case at
Alpha is offered a request that leaves Alpha out, and Alpha sees nothing of it."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.dialogue import fell_short
from bot.dialogue.events import Text
from bot.nlu import NluResult
from bot.storage.models import Case
from bot.values import CaseStatus

MIGRANT = "tg:4901"
ALPHA_WORKER = 4902

TOLD = [
    "အဖွဲ့က ဝန်ထမ်းက သူဌေးကို ပြောလိုက်တယ်",
    "ကူညီတဲ့ အဖွဲ့က သူဌေးကို ပြန်ပြောသွားတယ်",
    "အဖြဲ႕က ၀န္ထမ္းက သူေဌးကို ေျပာလိုက္တယ္",  # Zawgyi
    "a phwe ka wun htan ka thu htay ko pyaw lite tal",
]
ANOTHER = ["တခြားအဖွဲ့ကို လိုချင်တယ်", "တျခားအဖြဲ႕ လိုခ်င္တယ္", "ta char a phwe lo chin tal"]
NEAR = [
    "အဖွဲ့ခေါင်းက သူဌေးကို ပြောလိုက်တယ်",  # the team leader told the boss
    "ဝန်ထမ်းတစ်ယောက်က သူဌေးကို ပြောလိုက်တယ်",  # a co-worker told the boss
    "စက်ရုံမှာ တခြားအဖွဲ့ကို ပြောင်းချင်တယ်",  # another team at the factory
    "သူဌေးကို ပြောလိုက်တယ်",  # I told the boss
]


@pytest.mark.parametrize("words", TOLD)
def test_the_group_told_the_boss_is_read(words: str) -> None:
    assert fell_short.kind(words) == fell_short.HURT


@pytest.mark.parametrize("words", ANOTHER)
def test_another_group_is_read(words: str) -> None:
    assert fell_short.kind(words) == fell_short.ANOTHER


@pytest.mark.parametrize("words", NEAR)
def test_near_misses_are_not_read(words: str) -> None:
    assert fell_short.kind(words) is None


def _buttons(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for reply in replies for row in reply.buttons for b in row]


@pytest.mark.parametrize("words", [*TOLD, ANOTHER[0]])
def test_a_settled_burmese_person_gets_a_request_that_skips_alpha(
    harness: Harness, words: str
) -> None:
    harness.connect_inbox("GAMMA")
    harness.join("GAMMA", 4903)
    _worker, first = harness.accepted_case(MIGRANT, ALPHA_WORKER)
    harness.press(MIGRANT, "lang:my")
    held = harness.press(MIGRANT, "person")
    assert "person::new" in _buttons(held)
    replies = harness.send(MIGRANT, Text(words, "my", None, NluResult(None, 0.2, (), ())))
    assert replies[0].buttons[0][0].data == "person::not=ALPHA"
    seen_by_alpha = len(harness.texts_to(ORG_CHAT["ALPHA"]))
    harness.press(MIGRANT, "person::not=ALPHA")
    summary = harness.to_summary(MIGRANT, "boss not pay me 2 months")
    harness.press_send(MIGRANT, summary)
    cases = {case.id: case for case in harness.all(Case)}
    [new] = [case for case in cases.values() if case.id != first.id]
    assert new.org_id == "GAMMA" and "ALPHA" not in new.agreed
    assert cases[first.id].status == CaseStatus.ACCEPTED
    assert len(harness.texts_to(ORG_CHAT["ALPHA"])) == seen_by_alpha
