"""A text written as a reply to one of the bot's answers (Telegram's reply-to): the answer it
points at is the one it is about (exploratory round 21C, M45). "yes this one" or "🙏🙏 help"
under an answer of days ago got "did not understand" or the help text, as if said alone: the
bot remembers the answer shown last only for a few minutes, in memory (bot/recent.py). The
answer replied to is named by its title, a line of its own in every answer (answers.py), read
in any of the three languages (and from Zawgyi, as a Zawgyi reader's replies go); it then
stands in for the answer shown last (Context.last_answer), for the reply and the count alike.
The replied-to text is read here and never kept.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from bot.content import Catalog
from bot.content.localised import pick
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text
from bot.dialogue.follow_up import topic_of
from bot.dialogue.lexicon import readings

LANGUAGES = ("en", "my", "km")


@functools.lru_cache(maxsize=4)  # one catalog at a time (a reload makes a new one)
def _titles(catalog: Catalog) -> dict[str, str]:
    """Each topic's title, in each language, to its id."""
    titles: dict[str, str] = {}
    for topic_id, topic in catalog.topics.items():
        for language in LANGUAGES:
            titles.setdefault(pick(topic.title, language).strip(), topic_id)
    return titles


def answered_in(text: str, catalog: Catalog) -> str | None:
    """The topic of the answer `text` is (its first line that is a topic's title), if any."""
    titles = _titles(catalog)
    for reading in readings(text):
        for line in reading.splitlines():
            if (topic := titles.get(line.strip())) is not None:
                return topic
    return None


def context_for(event: Event, ctx: Context) -> Context:
    """`ctx`, with the answer a reply points at as the answer shown last; unchanged for
    anything else, or when that answer is the one shown last already (its place kept)."""
    if not isinstance(event, Text) or not event.replying_to:
        return ctx
    topic = answered_in(event.replying_to, ctx.catalog)
    if topic is None or topic == topic_of(ctx.last_answer):
        return ctx
    return replace(ctx, last_answer=f"topic:{topic}", last_also=())
