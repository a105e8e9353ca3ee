"""Round 25A: a Khmer reader whose caseworker had written forwarded an English notice about a
fee ("All workers must pay 5000 baht to the agent ... pay to account ..."). The bot asked
"Send this to <org>?"; on No, the notice was answered as the person's own English words: the
replies switched to English ("I reply in English. Tap to change") and the forwarded notice's
line was lost, because the words kept for the question lost that they were forwarded
(session 22 keeps a forward's reader in their language, but only when it is answered at
once). Now the words keep it until No answers them."""

from __future__ import annotations

import asyncio

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

NOTICE = (
    "All Cambodian workers must pay 5000 baht to the agent for the new pink card before "
    "31 December. Pay to account 123-4-56789."
)
MIGRANT = "tg:5925"
WORKER = 7925


def _forwarded_then_no(harness: Harness, forwarded: bool) -> tuple[str, str | None]:
    harness.connect_inbox("ALPHA")
    harness.join("ALPHA", WORKER)
    harness.press(MIGRANT, "lang:km")
    harness.press(MIGRANT, "origin:KH")
    harness.press(MIGRANT, "country:TH")
    harness.fill_form(MIGRANT, "unpaid_wages", "help")
    case = harness.only(Case)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "acc", case.id)
    harness.staff_press(WORKER, ORG_CHAT["ALPHA"], "rep", case.id)
    harness.staff_text(WORKER, "How much does your boss owe you?")
    answer = asyncio.run(harness.service.answer_text(MIGRANT, NOTICE, forwarded=forwarded))
    [asked] = answer.replies
    assert f"rel:{case.ref}" in str(asked.buttons)  # the caseworker may be told: one press
    replies = harness.press(MIGRANT, "rel:no")
    return "\n".join(r.text for r in replies), harness.state(MIGRANT).language


def test_a_forwarded_notice_answered_after_no_keeps_the_readers_language(harness: Harness):
    text, language = _forwarded_then_no(harness, forwarded=True)
    assert language == "km"
    assert "I reply in English" not in text


def test_the_persons_own_english_still_switches_as_before(harness: Harness):
    _text, language = _forwarded_then_no(harness, forwarded=False)
    assert language == "en"  # their own words in English: the replies follow them
