"""Round 25A: a man who fled the army's call-up wrote in the form "i cannot go embassy, they
will send me back"; his caseworker's reply "Can you go to your embassy in Bangkok to renew
your passport?" was previewed with nothing said, and sent. The preview now says that the
person fears their embassy, when the reply names it; the caseworker may still send it."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case

MIGRANT = "tg:5926"
WORKER = 7926
CAREFUL = (
    "Careful: the person wrote that they fear their embassy or do not want to go to it. Your "
    "reply names the embassy."
)


def _preview(harness: Harness, story: str, reply: str, later: str = "") -> str:
    worker, case = harness.accepted_case(MIGRANT, WORKER, words=story)
    if later:  # the person writes to the caseworker after the form
        harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
        harness.staff_text(worker, "Hello, how can we help?")
        harness.say(MIGRANT, later)
        harness.press(MIGRANT, f"rel:{case.ref}")
    harness.staff_press(worker, ORG_CHAT["ALPHA"], "rep", case.id)
    said = harness.staff_text(worker, reply, send=False)
    assert harness.only(Case).status == "accepted"
    return "\n".join(s.text for s in said)


@pytest.mark.parametrize(
    "story",
    [
        "i run from army call up. i cannot go embassy, they will send me back",
        "စစ်မှုထမ်းရမှာကြောက်လို့ ထွက်ပြေးလာတာ၊ သံရုံးကို မသွားရဲဘူး",  # fled service, dare not go
    ],
)
def test_a_reply_naming_the_embassy_to_someone_who_fears_it_is_flagged(
    harness: Harness, story: str
):
    text = _preview(harness, story, "Can you go to your embassy in Bangkok to renew your passport?")
    assert CAREFUL in text


def test_the_fear_written_to_the_caseworker_later_counts_too(harness: Harness):
    later = "i dont want embassy, they will tell the army"
    text = _preview(harness, "my passport expire", "ไปสถานทูตได้ไหม", later=later)  # Thai
    assert CAREFUL in text


def test_no_line_without_the_fear_or_without_the_embassy(harness: Harness):
    text = _preview(harness, "my passport expire", "Go to your embassy to renew it.")
    assert CAREFUL not in text


def test_no_line_when_the_reply_does_not_name_the_embassy(harness: Harness):
    story = "i run from army call up. i cannot go embassy, they will send me back"
    assert CAREFUL not in _preview(harness, story, "We can help you without them.")
