"""The bot called by one word of the reader's language (round 26C).

The form's "How should the organisation contact you?" offered "ဒီ bot ကနေ" and "តាម bot នេះ",
an English word on a button, and the line after Send said "ဒီဘော့" and "បូតនេះ": three names
for one thing in one conversation. Every string a migrant reads names it ဘော့တ် in Burmese and
បូត in Khmer; "bot" in Latin letters only in brackets after it, as the gloss on first meeting.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.dialogue.onboarding import WELCOME

ROOT = Path(__file__).resolve().parents[2]
NATIVE = {"my": "ဘော့တ်", "km": "បូត"}
# The strings a migrant reads: the dialogue's, and the one the desk sends them when their
# case moves to an organisation not connected yet.
MIGRANT_CARD = "The organisation that had your case {ref} cannot take it."
BARE = re.compile(r"(?<!\()\bbot\b(?!\))")


def migrant_strings(language: str) -> list[str]:
    with (ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalog = read_po(f)
    found = []
    for message in catalog:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        where = [path for path, _line in message.locations]
        if msgid and (
            any(p.startswith("bot/dialogue/") for p in where) or msgid.startswith(MIGRANT_CARD)
        ):
            found.append(message.string if isinstance(message.string, str) else message.string[0])
    return found


@pytest.mark.parametrize("language", ["my", "km"])
def test_the_bot_has_one_name_in_the_readers_letters(language: str) -> None:
    texts = [*migrant_strings(language), WELCOME]
    bare = [text for text in texts if BARE.search(text)]
    assert bare == []
    if language == "my":  # ဘော့ alone was the third name
        assert [text for text in texts if re.search("ဘော့(?!တ်)", text)] == []
    assert sum(NATIVE[language] in text for text in texts) >= 5
