"""Danger typed anywhere, through the real bot process and (fake) Telegram: a photo caption
and a step of the referral form get the emergency numbers first, and the caption's words
reach no log. A caption is read as typed words (its language too); a contact shared at the
form's phone step is the number.
"""

from __future__ import annotations

import pytest

from tests.e2e.driver import Person
from tests.fakes.bot_process import BotProcess

pytestmark = pytest.mark.e2e

MARKER = "CAPTION-MARKER-7731"
THAILAND_FIRST = "1300"  # content/directory: the first emergency number for Thailand


async def test_danger_in_a_photo_caption_gets_the_numbers_first(
    person: Person, bot: BotProcess
) -> None:
    await person.onboard("en", "MM", "TH")
    got = await person.sends("photo", caption=f"they beat me, help me now {MARKER}")
    assert (got[0].text or "").startswith("🆘") and THAILAND_FIRST in (got[0].text or "")
    assert MARKER not in bot.log(100_000)


async def test_a_photo_with_an_ordinary_caption_gets_the_usual_reply(person: Person) -> None:
    await person.onboard("en", "MM", "TH")
    got = await person.sends("photo", caption="my contract, page 2")
    assert not (got[0].text or "").startswith("🆘")


@pytest.mark.parametrize(
    "words",
    [
        "they locked me in",
        "ကယ္ပါ",
        "ជួយផង",
        "kuu nyi par",
        # At "Tell me what happened" (exploratory test 8, findings 1 and 7): a plea with its
        # polite ending, and Immigration come into the shop.
        "ကူညီပေးပါဗျာ",
        "ဆိုင်ကို လဝက ဝင်လာတယ်",
    ],
)
async def test_danger_in_a_form_step_gets_the_numbers_first(person: Person, words: str) -> None:
    await person.onboard("en", "MM", "TH")
    await person.press_data("person:unpaid_wages")
    await person.press_data("ref:topic:unpaid_wages")
    got = await person.says(words)
    assert (got[0].text or "").startswith("🆘") and THAILAND_FIRST in (got[0].text or "")


@pytest.mark.parametrize("words", ["ကယ်ပါ သူဌေးက ရိုက်တယ်", "ជួយខ្ញុំផង ថៅកែវាយខ្ញុំ"])
async def test_danger_in_a_burmese_or_khmer_caption_is_answered_as_typed(
    person: Person, words: str
) -> None:
    """A new person's first message, a photo with danger in its caption (explore5 finding 1):
    the emergency answer in their language, where they are (the one question in danger:
    round 23B), then the numbers."""
    got = await person.sends("photo", caption=words)
    assert person.state.language in ("my", "km") and person.state.step == "country"
    assert not (got[0].text or "").startswith("Emergency help")  # not English
    got = await person.press_data("country:TH")
    assert any(THAILAND_FIRST in (message.text or "") for message in got)


async def test_a_contact_at_the_phone_step_is_the_number(person: Person) -> None:
    await person.onboard("en", "MM", "TH")
    await person.press_data("person:unpaid_wages")
    await person.press_data("ref:topic:unpaid_wages")
    await person.says("boss did not pay 3 months")
    await person.says("Mae Sot")
    await person.press_data("ref:contact:phone")
    # Their own card carries their own user id (round 21C: another's is not taken).
    own = {"phone_number": "+66812223344", "first_name": "Me", "user_id": person.user_id}
    got = await person.sends("contact", contact=own)
    assert got[-1].text.startswith("Is it urgent?")  # taken: the form goes on (summary shows it)
    assert (person.state.form or {})["contact"] == "+66812223344"
