"""The NLU service is unreachable (NLU_URL points at a closed port): the bot says it cannot read
free text right now, and everything still works through the menus."""

from __future__ import annotations

import pytest

from tests.e2e.driver import Oracle, Person, script_of
from tests.fakes import free_port

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def nlu_env() -> dict[str, str]:
    return {"NLU_URL": f"http://127.0.0.1:{free_port()}"}


async def test_free_text_gets_an_honest_answer_and_the_menu(person: Person, oracle: Oracle) -> None:
    await person.onboard("en", "MM", "TH")
    # A dead NLU must not make the user wait: the answer comes within the driver's reply wait
    # (no stopwatch here: a busy machine is slow, not wrong).
    [reply] = await person.says("my boss did not pay my salary")
    # The engine's own words for this case, whatever they become: not an answer, not a guess.
    down = oracle.tr("en").gettext(
        "I cannot read free text right now. Please use the buttons: they work. "
        "Try writing again later."
    )
    assert reply.text == down
    assert person.button_data("group:"), "the menu comes with it"


async def test_the_menus_still_lead_to_answers(person: Person, oracle: Oracle) -> None:
    await person.onboard("km", "KH", "TH")
    [reply] = await person.says("ថៅកែមិនបើកប្រាក់ខែឱ្យខ្ញុំ")  # "my boss does not pay me"
    assert "KHMER" in script_of(reply.text or "")
    await person.press("group:safe_migration")
    await person.press("group:agencies")  # its subgroup (a small screen's list)
    answer = await person.press("topic:recruitment_fees")
    assert oracle.title("recruitment_fees", "km") in answer[0].text
