"""/privacy names what an unsent request keeps (exploratory test 10): a form left at its
summary, or at any step, keeps the person's words (a name, a passport number) in the
profile, encrypted, until Send, Cancel ("Delete it") or the profile's deletion; weeks later
"You have an unfinished request" offers them again. /privacy said only "I do not keep your
questions" and what a sent case keeps."""

from __future__ import annotations

import pytest
from dialogue_helpers import in_language, run, said, settled

from bot.dialogue.events import Command

DRAFT_LINE = (
    "- A request you started and did not send: what you wrote in it, stored encrypted, "
    "until you send it, cancel it, or your profile is deleted."
)


@pytest.mark.parametrize("lang", ["my", "km", "en"])
def test_privacy_says_an_unsent_request_is_kept_until_sent_or_cancelled(ctx, lang):
    body = said(run(ctx, settled(lang), Command("privacy")))
    assert in_language(lang, DRAFT_LINE) in body
