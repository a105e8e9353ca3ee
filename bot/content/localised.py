"""Reading a localised text out of the catalog: one rule for every layer that shows content
(the dialogue's answers and the referral cards alike)."""

from __future__ import annotations

from bot.content.catalog import Catalog
from bot.content.models import LangText, Names


def pick(localised: LangText | Names, language: str) -> str:
    """A text in the user's language, falling back to English (directory names may lack one)."""
    text: str | None = getattr(localised, language, None)
    return text or localised.en


def topic_title(catalog: Catalog, topic_id: str, language: str) -> str:
    topic = catalog.topic(topic_id)
    return pick(topic.title, language) if topic else topic_id
