"""Emergency keywords (content/safety/emergency_keywords.yml): words that mean danger now."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field

from bot.content.models import Reviews, Strict, Text

KEYWORDS_FILE = Path("safety") / "emergency_keywords.yml"


class KeywordLists(Strict):
    en: list[Text] = Field(min_length=1)
    my: list[Text] = Field(min_length=1)
    km: list[Text] = Field(min_length=1)


class EmergencyKeywords(Strict):
    review: Reviews
    keywords: KeywordLists

    def pattern(self) -> re.Pattern[str]:
        """English as whole words; Burmese and Khmer, written without spaces, as substrings."""
        latin = [rf"\b{re.escape(word.lower())}\b" for word in self.keywords.en]
        other = [re.escape(word) for word in (*self.keywords.my, *self.keywords.km)]
        return re.compile("|".join(latin + other))
